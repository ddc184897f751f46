/**
 * A small POSIX-shell-like line parser: quoting, escapes, $VAR expansion, `&&`, `||`, `;`,
 * `|` and redirections. Shared by the host shell and the shell inside containers.
 */

export type Redirect =
  {op: '>' | '>>' | '<' | '2>' | '2>>' | '&>'; target: string} | {op: '2>&1' | '>&2'};

export interface SimpleCommand {
  words: string[];
  redirects: Redirect[];
  /** The command's text as typed (for `history`). */
  text: string;
}

export interface ListItem {
  /** How this command is joined to the previous one (null for the first). */
  join: '&&' | '||' | ';' | null;
  /** Commands of a pipeline (length > 1 means `a | b`). */
  pipeline: SimpleCommand[];
}

export type ParsedLine = {ok: true; items: ListItem[]} | {ok: false; error: string};

type Token = {kind: 'word'; value: string; raw: string} | {kind: 'op'; value: string};

const OPERATORS = ['&&', '||', '2>>', '2>&1', '>&2', '&>', '>>', '2>', ';', '|', '>', '<', '&'];

/** Runs a `$(...)` command substitution and returns its stdout. */
export type Substitute = (command: string) => string;

/** Finds the `)` that closes a `$(` opened at `start` (the index of `$`), honouring quotes. */
function closingParen(line: string, start: number): number {
  let depth = 0;
  for (let i = start + 1; i < line.length; i++) {
    const c = line[i];
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end === -1) return -1;
      i = end;
    } else if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Splits a line into words and operators, expanding variables with `lookup` and `$(...)` with `subst`. */
export function tokenize(
  line: string,
  lookup: (name: string) => string,
  subst?: Substitute,
): Token[] | {error: string} {
  const tokens: Token[] = [];
  let i = 0;
  const n = line.length;
  while (i < n) {
    const ch = line[i];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      i++;
      continue;
    }
    if (ch === '#') break;
    const op = OPERATORS.find(
      (o) => line.startsWith(o, i) && !(o.startsWith('2') && isWordChar(line[i - 1])),
    );
    if (op) {
      tokens.push({kind: 'op', value: op});
      i += op.length;
      continue;
    }
    let value = '';
    const start = i;
    let quoted = false;
    let splitEmpty = false;
    while (i < n) {
      const c = line[i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') break;
      if (c === ';' || c === '|' || c === '<' || c === '>' || c === '&') break;
      if (c === '\\') {
        if (i + 1 < n) value += line[i + 1];
        i += 2;
        continue;
      }
      if (c === "'") {
        const end = line.indexOf("'", i + 1);
        if (end === -1) return {error: "bash: unexpected EOF while looking for matching `''"};
        value += line.slice(i + 1, end);
        i = end + 1;
        quoted = true;
        continue;
      }
      if (c === '"') {
        i++;
        let closed = false;
        while (i < n) {
          const d = line[i];
          if (d === '"') {
            closed = true;
            i++;
            break;
          }
          if (d === '\\' && i + 1 < n && '"\\$`\n'.includes(line[i + 1])) {
            value += line[i + 1];
            i += 2;
            continue;
          }
          if (d === '$' && line[i + 1] === '(' && subst) {
            const end = closingParen(line, i);
            if (end === -1) return {error: "bash: unexpected EOF while looking for matching `)'"};
            value += subst(line.slice(i + 2, end)).replace(/\n+$/, '');
            i = end + 1;
            continue;
          }
          if (d === '$') {
            const r = expandVar(line, i, lookup);
            value += r.value;
            i = r.next;
            continue;
          }
          value += d;
          i++;
        }
        if (!closed) return {error: 'bash: unexpected EOF while looking for matching `"\''};
        quoted = true;
        continue;
      }
      if (c === '$' && line[i + 1] === '(' && subst) {
        const end = closingParen(line, i);
        if (end === -1) return {error: "bash: unexpected EOF while looking for matching `)'"};
        const output = subst(line.slice(i + 2, end));
        // Unquoted substitution: the output is split into words.
        const parts = output.split(/\s+/).filter(Boolean);
        if (parts.length > 0) {
          value += parts[0];
          for (const p of parts.slice(1)) {
            tokens.push({kind: 'word', value, raw: line.slice(start, end + 1)});
            value = p;
          }
        } else if (value === '' && !quoted) splitEmpty = true;
        i = end + 1;
        continue;
      }
      if (c === '$') {
        const r = expandVar(line, i, lookup);
        value += r.value;
        i = r.next;
        continue;
      }
      value += c;
      i++;
    }
    if (splitEmpty && value === '') continue;
    if (value !== '' || quoted) tokens.push({kind: 'word', value, raw: line.slice(start, i)});
  }
  return tokens;
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9_]/.test(c);
}

function expandVar(
  line: string,
  i: number,
  lookup: (name: string) => string,
): {value: string; next: number} {
  const rest = line.slice(i + 1);
  let m = /^\{([A-Za-z_][A-Za-z0-9_]*|\?)\}/.exec(rest);
  if (m) return {value: lookup(m[1]), next: i + 1 + m[0].length};
  m = /^([A-Za-z_][A-Za-z0-9_]*|\?|\$)/.exec(rest);
  if (m) return {value: lookup(m[1]), next: i + 1 + m[0].length};
  return {value: '$', next: i + 1};
}

/** Parses a whole line into `&&`/`||`/`;`-joined pipelines. */
export function parseLine(
  line: string,
  lookup: (name: string) => string,
  subst?: Substitute,
): ParsedLine {
  const tokens = tokenize(line, lookup, subst);
  if (!Array.isArray(tokens)) return {ok: false, error: tokens.error};
  const items: ListItem[] = [];
  let join: ListItem['join'] = null;
  let pipeline: SimpleCommand[] = [];
  let cur: SimpleCommand = {words: [], redirects: [], text: ''};
  const syntax = (tok: string): ParsedLine => ({
    ok: false,
    error: `bash: syntax error near unexpected token \`${tok}'`,
  });
  const endCommand = (): boolean => {
    if (cur.words.length === 0 && cur.redirects.length === 0) return false;
    pipeline.push(cur);
    cur = {words: [], redirects: [], text: ''};
    return true;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'word') {
      cur.words.push(t.value);
      cur.text += (cur.text ? ' ' : '') + t.raw;
      continue;
    }
    switch (t.value) {
      case '>':
      case '>>':
      case '<':
      case '2>':
      case '2>>':
      case '&>': {
        const next = tokens[i + 1];
        if (!next || next.kind !== 'word') return syntax(next ? next.value : 'newline');
        cur.redirects.push({op: t.value, target: next.value});
        cur.text += `${cur.text ? ' ' : ''}${t.value} ${next.raw}`;
        i++;
        break;
      }
      case '2>&1':
      case '>&2':
        cur.redirects.push({op: t.value});
        break;
      case '|':
        if (!endCommand()) return syntax('|');
        break;
      default: {
        // && || ; &
        const op = t.value === '&' ? ';' : t.value;
        if (!endCommand()) {
          if (op === ';' && pipeline.length === 0 && items.length === 0 && i === tokens.length - 1)
            return syntax(';');
          return syntax(t.value);
        }
        items.push({join, pipeline});
        pipeline = [];
        join = op as ListItem['join'];
      }
    }
  }
  const last = tokens[tokens.length - 1];
  if (
    last &&
    last.kind === 'op' &&
    (last.value === '|' || last.value === '&&' || last.value === '||')
  )
    return syntax('newline');
  if (cur.words.length > 0 || cur.redirects.length > 0) pipeline.push(cur);
  if (pipeline.length > 0) items.push({join, pipeline});
  return {ok: true, items};
}

/** Quotes a word for display if it needs it (used by `history` and messages). */
export function shellQuote(w: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, "'\\''")}'`;
}
