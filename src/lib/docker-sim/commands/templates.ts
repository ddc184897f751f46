/** `--format` handling shared by ps, images, volume ls, network ls (docker/cli cli/command/formatter). */
import {
  goJson,
  lookup,
  renderTemplate,
  tabwriteLines,
  TemplateError,
  type TemplateValue,
} from '../format';

export interface FormatSpec {
  /** field → table header, e.g. ID → 'CONTAINER ID' */
  headers: Record<string, string>;
  defaultTable: string;
  typeName: string;
}

export type Row = Record<string, TemplateValue>;

/** Renders rows with a --format value ('' = default table, 'table ...', 'json', or a raw template). */
export function renderRows(
  spec: FormatSpec,
  format: string | undefined,
  rows: readonly Row[],
  quietField?: string,
): {text: string} | {error: string} {
  let f = format ?? '';
  if (quietField) f = `{{.${quietField}}}`;
  if (f === '' || f === 'table') f = spec.defaultTable;
  const raw = f.replace(/\\t/g, '\t').replace(/\\n/g, '\n');
  try {
    if (raw === 'json') return {text: rows.map((r) => `${goJson(r)}\n`).join('')};
    if (raw.startsWith('table')) {
      const body = raw.slice(5).replace(/^\s+/, '');
      const header = renderTemplate(
        body,
        (p) => (p.length === 0 ? '' : (spec.headers[p[0]] ?? p[0].toUpperCase())),
        spec.typeName,
      );
      const lines = [
        header,
        ...rows.map((r) => renderTemplate(body, (p) => lookup(r, p), spec.typeName)),
      ];
      return {text: tabwriteLines(lines.join('\n') + '\n')};
    }
    return {
      text: rows
        .map((r) => `${renderTemplate(raw, (p) => lookup(r, p), spec.typeName)}\n`)
        .join(''),
    };
  } catch (e) {
    if (e instanceof TemplateError) return {error: e.message};
    return {error: String(e)};
  }
}
