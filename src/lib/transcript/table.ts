/** The per-chapter results as the Markdown table kept in docs-dev/transcripts.md. */
import {HOST_REASONS, type HostReason} from '../../../plugins/code-highlight/meta';

export interface ChapterRow {
  readonly id: string;
  readonly runnable: number;
  readonly passing: number;
  /** Failing lines that the known-failures list holds. */
  readonly knownFailing: number;
  readonly marked: Readonly<Record<HostReason, number>>;
}

export const TABLE_START = '<!-- transcript-table:start -->';
export const TABLE_END = '<!-- transcript-table:end -->';

const sum = (rows: readonly ChapterRow[], pick: (r: ChapterRow) => number): number =>
  rows.reduce((total, row) => total + pick(row), 0);

/** Chapters without any command line are left out. */
export function renderTable(rows: readonly ChapterRow[]): string {
  const shown = rows.filter((r) => r.runnable + sum([r], (x) => markedTotal(x)) > 0);
  const header = [
    'chapter',
    'runnable',
    'passing',
    'known failing',
    ...HOST_REASONS.map((r) => `host ${r}`),
  ];
  const line = (cells: readonly (string | number)[]): string => `| ${cells.join(' | ')} |`;
  const cells = (r: ChapterRow): (string | number)[] => [
    r.runnable,
    r.passing,
    r.knownFailing,
    ...HOST_REASONS.map((h) => r.marked[h]),
  ];
  const total: ChapterRow = {
    id: '**total**',
    runnable: sum(shown, (r) => r.runnable),
    passing: sum(shown, (r) => r.passing),
    knownFailing: sum(shown, (r) => r.knownFailing),
    marked: Object.fromEntries(
      HOST_REASONS.map((h) => [h, sum(shown, (r) => r.marked[h])]),
    ) as Record<HostReason, number>,
  };
  return [
    line(header),
    line(header.map((_, i) => (i === 0 ? '---' : '---:'))),
    ...shown.map((r) => line([`\`${r.id}\``, ...cells(r)])),
    line([total.id, ...cells(total)]),
  ].join('\n');
}

export function markedTotal(row: ChapterRow): number {
  return HOST_REASONS.reduce((total, h) => total + row.marked[h], 0);
}

/** The table between the markers of `markdown`, or null. */
export function tableIn(markdown: string): string | null {
  const start = markdown.indexOf(TABLE_START);
  const end = markdown.indexOf(TABLE_END);
  if (start < 0 || end < start) return null;
  return markdown.slice(start + TABLE_START.length, end).trim();
}

export function withTable(markdown: string, table: string): string {
  const start = markdown.indexOf(TABLE_START);
  const end = markdown.indexOf(TABLE_END);
  return `${markdown.slice(0, start + TABLE_START.length)}\n${table}\n${markdown.slice(end)}`;
}

/** How many failing lines each cause has (one line may have several), most frequent first. */
export function renderCauses(causes: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const cause of causes) counts.set(cause, (counts.get(cause) ?? 0) + 1);
  const rows = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return ['| cause | lines |', '|---|---:|', ...rows.map(([c, n]) => `| ${c} | ${n} |`)].join('\n');
}
