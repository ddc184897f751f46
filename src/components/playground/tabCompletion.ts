/**
 * Tab completion on the view side: given the line, the cursor and the engine's candidates,
 * decide what the input shows next and what (if anything) to list below it, like bash does.
 */

export interface CompletionResult {
  /** The new input value. */
  readonly value: string;
  /** Where the cursor goes. */
  readonly cursor: number;
  /** Candidates to list when the completion is ambiguous and nothing could be added. */
  readonly listed: readonly string[];
}

/** The start of the word under the cursor (words split on unquoted blanks). */
export function wordStart(line: string, cursor: number): number {
  let start = cursor;
  while (start > 0 && !/\s/.test(line[start - 1]!)) start -= 1;
  return start;
}

export function commonPrefix(words: readonly string[]): string {
  if (words.length === 0) return '';
  let prefix = words[0]!;
  for (const word of words.slice(1)) {
    let i = 0;
    while (i < prefix.length && i < word.length && prefix[i] === word[i]) i += 1;
    prefix = prefix.slice(0, i);
  }
  return prefix;
}

/**
 * Applies candidates for the word under the cursor. Candidates may be whole words
 * ("nginx") or whole lines ("docker run nginx"); whole lines are reduced to their last word
 * when they start with the text before the word.
 */
export function applyCompletion(
  line: string,
  cursor: number,
  candidates: readonly string[],
): CompletionResult {
  const start = wordStart(line, cursor);
  const before = line.slice(0, start);
  const partial = line.slice(start, cursor);
  const after = line.slice(cursor);
  const words = [
    ...new Set(
      candidates
        .map((candidate) =>
          before !== '' && candidate.startsWith(before)
            ? candidate.slice(before.length)
            : candidate,
        )
        .filter((word) => word.startsWith(partial) && word !== ''),
    ),
  ].sort();
  if (words.length === 0) return {value: line, cursor, listed: []};
  if (words.length === 1) {
    const word = words[0]!;
    const suffix = word.endsWith('/') || word.endsWith('=') || after.startsWith(' ') ? '' : ' ';
    const value = before + word + suffix + after;
    return {value, cursor: (before + word + suffix).length, listed: []};
  }
  const prefix = commonPrefix(words);
  if (prefix.length > partial.length) {
    const value = before + prefix + after;
    return {value, cursor: (before + prefix).length, listed: []};
  }
  return {value: line, cursor, listed: words};
}
