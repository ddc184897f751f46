/** A very small YAML subset parser (block maps, block lists, flow lists, scalars) for compose files. */
export type YamlValue = string | number | boolean | null | YamlValue[] | {[key: string]: YamlValue};

interface Line {
  indent: number;
  text: string;
  no: number;
}

export class YamlError extends Error {}

function scalar(raw: string): YamlValue {
  const s = raw.replace(/\s+#.*$/, '').trim();
  if (s === '' || s === '~' || s === 'null') return null;
  if (/^".*"$/.test(s)) return s.slice(1, -1).replace(/\\"/g, '"').replace(/\\n/g, '\n');
  if (/^'.*'$/.test(s)) return s.slice(1, -1).replace(/''/g, "'");
  if (s === 'true') return true;
  if (s === 'false') return false;
  if (/^-?\d+(\.\d+)?$/.test(s) && !/^0\d/.test(s)) return Number(s);
  if (s.startsWith('[') && s.endsWith(']')) {
    const inner = s.slice(1, -1).trim();
    return inner === '' ? [] : inner.split(',').map((x) => scalar(x));
  }
  if (s.startsWith('{') && s.endsWith('}')) {
    const out: {[k: string]: YamlValue} = {};
    for (const part of s.slice(1, -1).split(',')) {
      const i = part.indexOf(':');
      if (i > 0) out[part.slice(0, i).trim()] = scalar(part.slice(i + 1));
    }
    return out;
  }
  return s;
}

export function parseYaml(text: string): YamlValue {
  const lines: Line[] = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.includes('\t') && /^\s*\t/.test(raw))
      throw new YamlError(`yaml: line ${i + 1}: found character that cannot start any token`);
    const stripped = raw.replace(/\s+$/, '');
    if (stripped.trim() === '' || stripped.trim().startsWith('#')) return;
    lines.push({
      indent: stripped.length - stripped.trimStart().length,
      text: stripped.trim(),
      no: i + 1,
    });
  });
  let pos = 0;
  const parseBlock = (indent: number): YamlValue => {
    if (pos >= lines.length) return null;
    if (lines[pos].text.startsWith('- ') || lines[pos].text === '-') {
      const list: YamlValue[] = [];
      while (
        pos < lines.length &&
        lines[pos].indent === indent &&
        (lines[pos].text.startsWith('- ') || lines[pos].text === '-')
      ) {
        const item = lines[pos].text.slice(1).trim();
        const itemIndent = indent + 2;
        pos++;
        if (item === '')
          list.push(
            pos < lines.length && lines[pos].indent > indent ? parseBlock(lines[pos].indent) : null,
          );
        else if (/^[^'"{[][^:]*:(\s|$)/.test(item)) {
          // "- key: value" starts a map inside the list
          lines.splice(pos, 0, {indent: itemIndent, text: item, no: lines[pos - 1].no});
          list.push(parseBlock(itemIndent));
        } else list.push(scalar(item));
      }
      return list;
    }
    const map: {[k: string]: YamlValue} = {};
    while (pos < lines.length && lines[pos].indent === indent) {
      const l = lines[pos];
      const m = /^("[^"]*"|'[^']*'|[^:]+?):(?:\s+(.*)|$)/.exec(l.text);
      if (!m) throw new YamlError(`yaml: line ${l.no}: could not find expected ':'`);
      const key = m[1].replace(/^["']|["']$/g, '');
      pos++;
      if (m[2] !== undefined && m[2].trim() !== '' && !m[2].trim().startsWith('#')) {
        if (m[2].trim() === '|' || m[2].trim() === '>') {
          const parts: string[] = [];
          while (pos < lines.length && lines[pos].indent > indent) parts.push(lines[pos++].text);
          map[key] = parts.join(m[2].trim() === '|' ? '\n' : ' ') + '\n';
        } else map[key] = scalar(m[2]);
      } else if (pos < lines.length && lines[pos].indent > indent)
        map[key] = parseBlock(lines[pos].indent);
      else if (
        pos < lines.length &&
        lines[pos].indent === indent &&
        lines[pos].text.startsWith('- ')
      )
        map[key] = parseBlock(indent);
      else map[key] = null;
    }
    if (pos < lines.length && lines[pos].indent > indent)
      throw new YamlError(
        `yaml: line ${lines[pos].no}: mapping values are not allowed in this context`,
      );
    return map;
  };
  if (lines.length === 0) return null;
  const v = parseBlock(lines[0].indent);
  if (pos < lines.length)
    throw new YamlError(`yaml: line ${lines[pos].no}: did not find expected key`);
  return v;
}

const plainScalar = (v: string): string =>
  v === '' ||
  /^[\s\-?:,[\]{}#&*!|>'"%@`]|[:#]\s|\s$|^(?:true|false|null|~|-?\d+(?:\.\d+)?)$/.test(v) ||
  v.includes('\n')
    ? JSON.stringify(v)
    : v;

/** Block-style YAML for a parsed value (`compose config`): keys in their given order, 2 spaces. */
export function toYaml(value: YamlValue, indent = 0): string {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return `${pad}[]\n`;
    return value
      .map((item) =>
        item !== null && typeof item === 'object'
          ? `${pad}- ${toYaml(item, indent + 2).trimStart()}`
          : `${pad}- ${typeof item === 'string' ? plainScalar(item) : String(item)}\n`,
      )
      .join('');
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value)
      .map(([k, v]) => {
        if (
          v !== null &&
          typeof v === 'object' &&
          (Array.isArray(v) ? v.length : Object.keys(v).length)
        )
          return `${pad}${k}:\n${toYaml(v, indent + 2)}`;
        if (v !== null && typeof v === 'object')
          return `${pad}${k}: ${Array.isArray(v) ? '[]' : '{}'}\n`;
        return `${pad}${k}: ${v === null ? 'null' : typeof v === 'string' ? plainScalar(v) : String(v)}\n`;
      })
      .join('');
  }
  return `${pad}${value === null ? 'null' : typeof value === 'string' ? plainScalar(value) : String(value)}\n`;
}
