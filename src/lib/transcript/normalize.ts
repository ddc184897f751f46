/**
 * Compares an engine's output with a chapter's `text` block after normalising what differs
 * between any two real runs: ids, digests, times, durations, sizes, column padding.
 */

const RULES: readonly [RegExp, string][] = [
  // Terminal escapes (colours) are not part of what a chapter shows.
  // eslint-disable-next-line no-control-regex
  [/\u001b\[[0-9;?]*[A-Za-z]/g, ''],
  [/sha256:[0-9a-f]{12,64}/g, '<DIGEST>'],
  [/\b[0-9a-f]{64}\b/g, '<ID>'],
  [/\b[0-9a-f]{12}\b/g, '<ID>'],
  [
    /\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d+)?(?:Z| ?[+-]\d\d:?\d\d)?(?: UTC| [A-Z]{3})?/g,
    '<DATE>',
  ],
  // nginx's error log (2026/12/01 10:00:12) and access log (01/Dec/2026:10:00:24 +0000).
  [/\b\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d\b/g, '<DATE>'],
  [/\b\d\d\/[A-Z][a-z]{2}\/\d{4}:\d\d:\d\d:\d\d [+-]\d{4}/g, '<DATE>'],
  [
    /\b(?:Less than a second|About an? (?:minute|hour)|(?:\d+|an?) (?:second|minute|hour|day|week|month|year)s?)(?: ago)?\b/g,
    '<TIME>',
  ],
  [/\b\d+(?:\.\d+)?(?:ms|s|m)\b/g, '<DUR>'],
  [/\b\d+(?:\.\d+)?\s?(?:[kKMGT]i?B|B)\b/g, '<SIZE>'],
  [/\b\d+(?:\.\d+)?%/g, '<PCT>'],
];

/** One line, normalised. */
export function normalizeLine(line: string): string {
  let out = line;
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  return out.replace(/\s{2,}/g, '  ').trimEnd();
}

const GAP = /^\s*(?:\.\.\.|…|\(생략\)|\(\.\.\.\))\s*$/;

/** The lines of `text` without leading and trailing blank lines, normalised. */
export function normalizeText(text: string): string[] {
  const lines = text.split('\n').map(normalizeLine);
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  return lines;
}

/**
 * True when `expected` is found in `actual`: its parts between gap lines (`...`, `…`, `(생략)`)
 * appear in order, each as consecutive lines (a chapter may show the first part of a long output).
 */
export function outputMatches(actual: string, expected: string): boolean {
  const have = normalizeText(actual);
  const parts: string[][] = [[]];
  for (const line of normalizeText(expected)) {
    if (GAP.test(line)) parts.push([]);
    else parts.at(-1)!.push(line);
  }
  let from = 0;
  for (const part of parts) {
    if (part.length === 0) continue;
    let found = -1;
    for (let i = from; i + part.length <= have.length; i++) {
      if (part.every((line, j) => have[i + j] === line)) {
        found = i;
        break;
      }
    }
    if (found < 0) return false;
    from = found + part.length;
  }
  return true;
}
