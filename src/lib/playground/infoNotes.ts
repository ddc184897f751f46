/**
 * docker/cli's notes on stderr (v29.7.2 internal/tui/note.go PrintNote): a blank line, the
 * `i Info → ` header, and each further line indented by the header's width. They are hints, not
 * errors, so the terminals show them without the error style the rest of stderr gets.
 */
export const INFO_HEADER = 'i Info → ';
const CONTINUATION = ' '.repeat(INFO_HEADER.length);

export interface StreamPart {
  readonly text: string;
  /** part of an `i Info →` note (with the blank line before it) */
  readonly note: boolean;
}

/** Splits stderr text into runs of note lines and other lines, in order, text unchanged. */
export function splitInfoNotes(text: string): StreamPart[] {
  const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  if (lines.length === 0) return [{text, note: false}];
  const marks = lines.map(() => false);
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith(INFO_HEADER)) continue;
    if (i > 0 && lines[i - 1] === '\n') marks[i - 1] = true;
    marks[i] = true;
    while (i + 1 < lines.length && lines[i + 1]!.startsWith(CONTINUATION)) marks[++i] = true;
  }
  const parts: {text: string; note: boolean}[] = [];
  lines.forEach((line, i) => {
    const last = parts[parts.length - 1];
    if (last && last.note === marks[i]) last.text += line;
    else parts.push({text: line, note: marks[i]!});
  });
  return parts;
}
