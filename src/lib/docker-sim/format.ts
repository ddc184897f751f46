/**
 * Output helpers that mirror the Go code docker/cli uses:
 * text/tabwriter, github.com/docker/go-units (HumanDuration, HumanSizeWithPrecision)
 * and a small subset of text/template as used by `--format`.
 */

/** text/tabwriter.NewWriter(out, minwidth, tabwidth, padding, ' ', 0) for uniform tables. */
export function tabwrite(rows: readonly (readonly string[])[], minwidth = 10, padding = 3): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      if (i === row.length - 1) return;
      widths[i] = Math.max(widths[i] ?? minwidth, [...cell].length + padding);
    });
  }
  return rows
    .map((row) =>
      row
        .map((cell, i) =>
          i === row.length - 1 ? cell : cell + ' '.repeat(widths[i] - [...cell].length),
        )
        .join(''),
    )
    .map((l) => `${l}\n`)
    .join('');
}

/** Splits rendered template lines on tabs and aligns them like the CLI's formatter. */
export function tabwriteLines(text: string, minwidth = 10, padding = 3): string {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return tabwrite(
    lines.map((l) => l.split('\t')),
    minwidth,
    padding,
  );
}

/** go-units HumanDuration. */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const minutes = Math.floor(ms / 60000);
  const hours = Math.floor(ms / 3600000 + 0.5);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`;
  return `${Math.floor(Math.floor(ms / 3600000) / 24 / 365)} years`;
}

/** Go's fmt %.<prec>g (no '#' flag): shortest of %e / %f, trailing zeros removed. */
export function goFormatG(x: number, prec: number): string {
  if (x === 0) return '0';
  const exp = Number(x.toExponential(prec - 1).split('e')[1]);
  if (exp < -4 || exp >= prec) {
    const [mant, e] = x.toExponential(prec - 1).split('e');
    const m = mant.includes('.') ? mant.replace(/0+$/, '').replace(/\.$/, '') : mant;
    const n = Number(e);
    return `${m}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
  }
  const fixed = x.toFixed(Math.max(0, prec - 1 - exp));
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}

const DECIMAL_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];
const BINARY_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'];

/** go-units HumanSizeWithPrecision (decimal units). */
export function humanSize(bytes: number, precision = 3): string {
  let size = bytes;
  let i = 0;
  while (size >= 1000 && i < DECIMAL_UNITS.length - 1) {
    size /= 1000;
    i++;
  }
  return `${goFormatG(size, precision)}${DECIMAL_UNITS[i]}`;
}

/** go-units BytesSize (binary units, precision 4), used by `docker stats`. */
export function bytesSize(bytes: number): string {
  let size = bytes;
  let i = 0;
  while (size >= 1024 && i < BINARY_UNITS.length - 1) {
    size /= 1024;
    i++;
  }
  return `${goFormatG(size, 4)}${BINARY_UNITS[i]}`;
}

/**
 * go-units RAMInBytes (binary units: `32m` = 32 MiB), as the CLI parses `--memory` and
 * `--memory-swap`; the error text is what go-units returns (docker/go-units size.go parseSize).
 */
export function ramInBytes(value: string): number | string {
  const sep = Math.max(...[...'01234567890. '].map((ch) => value.lastIndexOf(ch)));
  if (sep === -1) return `invalid size: '${value}'`;
  const num = value[sep] === ' ' ? value.slice(0, sep) : value.slice(0, sep + 1);
  let sfx = value.slice(sep + 1);
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(num))
    return `strconv.ParseFloat: parsing ${goQuote(num)}: invalid syntax`;
  const size = Number(num);
  if (size < 0) return `invalid size: '${value}'`;
  if (sfx.length === 0) return Math.trunc(size);
  const badSuffix = `invalid suffix: '${sfx.length > 3 ? sfx : sfx.toLowerCase()}'`;
  if (sfx.length > 3) return badSuffix;
  sfx = sfx.toLowerCase();
  if (sfx[0] === 'b') return sfx.length > 1 ? badSuffix : Math.trunc(size);
  const power = 'kmgtp'.indexOf(sfx[0]);
  if (power < 0) return badSuffix;
  if ((sfx.length === 2 && sfx[1] !== 'b') || (sfx.length === 3 && sfx.slice(1) !== 'ib'))
    return badSuffix;
  return Math.trunc(size * 1024 ** (power + 1));
}

/** stringid.TruncateID */
export function truncateId(id: string): string {
  const plain = id.startsWith('sha256:') ? id.slice(7) : id;
  return plain.slice(0, 12);
}

/** formatter.Ellipsis: shortens to maxDisplayWidth runes, ending in '…'. */
export function ellipsis(s: string, max: number): string {
  const chars = [...s];
  if (chars.length <= max) return s;
  return `${chars.slice(0, max - 1).join('')}…`;
}

/** Go's strconv.Quote for the printable ASCII/UTF-8 text we produce. */
export function goQuote(s: string): string {
  return JSON.stringify(s).replace(/\\u001b/g, '\\x1b');
}

/** Go's time.Time.String() in UTC: '2025-05-30 12:07:14 +0000 UTC'. */
export function goTimeString(ms: number): string {
  const d = new Date(ms);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000 UTC`;
}

/** RFC 3339 with nanoseconds, as the Engine API returns timestamps. */
export function rfc3339Nano(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000000Z');
}

/** Go's time.ANSIC: 'Fri May 30 12:07:14 2025'. */
export function ansic(ms: number): string {
  const d = new Date(ms);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ];
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${days[d.getUTCDay()]} ${months[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
}

export type TemplateValue =
  string | number | boolean | null | TemplateValue[] | {[key: string]: TemplateValue};

/** Objects that stand for Go structs: json.Marshal keeps their field order instead of sorting. */
const GO_STRUCTS = new WeakSet<object>();

/** Marks `value` as a Go struct (fields already in declaration order) for goJson. */
export function goStruct<T extends {[key: string]: TemplateValue}>(value: T): T {
  GO_STRUCTS.add(value);
  return value;
}

/** Go's json.Marshal output for our values: compact, map keys sorted, struct fields in order, HTML-safe escapes. */
export function goJson(v: TemplateValue): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return `[${v.map(goJson).join(',')}]`;
  if (typeof v === 'object') {
    const keys = GO_STRUCTS.has(v) ? Object.keys(v) : Object.keys(v).sort();
    return `{${keys.map((k) => `${goJsonString(k)}:${goJson(v[k])}`).join(',')}}`;
  }
  if (typeof v === 'string') return goJsonString(v);
  return String(v);
}

function goJsonString(s: string): string {
  return JSON.stringify(s)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');
}

/** Pretty JSON as `docker inspect` prints it (json.Indent with 4 spaces, unsorted keys kept in insertion order). */
export function indentJson(v: unknown): string {
  return JSON.stringify(v, null, 4)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');
}

export class TemplateError extends Error {}

/**
 * Renders a Go template subset: literal text, `{{.Field}}`, `{{.A.B}}`, `{{json .}}`,
 * `{{json .Field}}`, `{{upper .X}}`, `{{lower .X}}`, `{{index .Map "key"}}`, `{{println .X}}`,
 * `{{"\n"}}` and `{{range .List}}…{{end}}` (over a slice, or a map's values by sorted key).
 * `resolve(path)` returns the value of a dotted field path ('' for `.`).
 */
export function renderTemplate(
  template: string,
  resolve: (path: string[]) => TemplateValue | undefined,
  typeName: string,
): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{{', i);
    if (open === -1) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, open);
    const close = template.indexOf('}}', open + 2);
    if (close === -1)
      throw new TemplateError(`template parsing error: template: :1: unclosed action`);
    const action = actionText(template, open, close);
    const range = /^range\s+(\S+)$/.exec(action);
    if (range) {
      // {{range .List}}body{{end}}: the body once per element, with `.` the element.
      const end = matchingEnd(template, close + 2);
      const body = template.slice(close + 2, end.open);
      const list = evalValue(range[1]!, resolve, typeName, open + 2);
      const items = Array.isArray(list)
        ? list
        : list && typeof list === 'object'
          ? Object.keys(list)
              .sort()
              .map((k) => list[k]!)
          : [];
      for (const item of items) out += renderTemplate(body, (path) => lookup(item, path), typeName);
      i = end.close + 2;
      continue;
    }
    out += evalAction(action, resolve, typeName, open + 2);
    i = close + 2;
  }
  return out;
}

function actionText(template: string, open: number, close: number): string {
  return template
    .slice(open + 2, close)
    .replace(/^-\s*/, '')
    .replace(/\s*-$/, '')
    .trim();
}

/** The `{{end}}` closing a block whose body starts at `from`, past nested range/if/with blocks. */
function matchingEnd(template: string, from: number): {open: number; close: number} {
  let depth = 0;
  let i = from;
  for (;;) {
    const open = template.indexOf('{{', i);
    const close = open === -1 ? -1 : template.indexOf('}}', open + 2);
    if (open === -1 || close === -1)
      throw new TemplateError('template parsing error: template: :1: unexpected EOF');
    const action = actionText(template, open, close);
    if (/^(?:range|if|with)\s/.test(action)) depth += 1;
    else if (action === 'end') {
      if (depth === 0) return {open, close};
      depth -= 1;
    }
    i = close + 2;
  }
}

/** The value at a dotted field path of a template's data (undefined when a field is missing). */
export function lookup(value: TemplateValue, path: readonly string[]): TemplateValue | undefined {
  let cur: TemplateValue | undefined = value;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, p)) return undefined;
    cur = cur[p];
  }
  return cur;
}

/** A Go string literal's value: "\n" is a newline. */
function goStringLiteral(word: string): string {
  return word
    .slice(1, -1)
    .replace(/\\(["\\nt])/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
}

function evalValue(
  w: string,
  resolve: (path: string[]) => TemplateValue | undefined,
  typeName: string,
  col: number,
): TemplateValue {
  if (w.startsWith('"')) return goStringLiteral(w);
  if (!w.startsWith('.'))
    throw new TemplateError(`template parsing error: template: :1: function "${w}" not defined`);
  const path = w === '.' ? [] : w.slice(1).split('.');
  const v = resolve(path);
  if (v === undefined) {
    throw new TemplateError(
      `template: :1:${col}: executing "" at <${w}>: can't evaluate field ${path[path.length - 1]} in type ${typeName}`,
    );
  }
  return v;
}

function evalAction(
  action: string,
  resolve: (path: string[]) => TemplateValue | undefined,
  typeName: string,
  col: number,
): string {
  const words = action.match(/"[^"]*"|\S+/g) ?? [];
  if (words.length === 0)
    throw new TemplateError(`template parsing error: template: :1: missing value for command`);
  const value = (w: string): TemplateValue => evalValue(w, resolve, typeName, col);
  const fn = words[0] ?? '';
  const args = words.slice(1);
  const str = (v: TemplateValue): string =>
    typeof v === 'string'
      ? v
      : v === null
        ? '<no value>'
        : typeof v === 'object'
          ? goJson(v)
          : String(v);
  switch (fn) {
    case 'json':
      return goJson(value(args[0] ?? '.'));
    case 'upper':
      return str(value(args[0] ?? '.')).toUpperCase();
    case 'lower':
      return str(value(args[0] ?? '.')).toLowerCase();
    case 'println':
      return `${args.map((a) => str(value(a))).join(' ')}\n`;
    case 'index': {
      const m = value(args[0] ?? '.');
      const key = args[1]?.replace(/^"|"$/g, '') ?? '';
      if (m && typeof m === 'object' && !Array.isArray(m)) return str(m[key] ?? null);
      // A slice by position (index .RepoDigests 0); out of range stays unimitated.
      if (Array.isArray(m) && /^\d+$/.test(key) && Number(key) < m.length)
        return str(m[Number(key)] ?? null);
      return '<no value>';
    }
    default:
      if (args.length > 0)
        throw new TemplateError(
          `template parsing error: template: :1: function "${fn.replace(/^\./, '')}" not defined`,
        );
      return str(value(fn));
  }
}
