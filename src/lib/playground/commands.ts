/**
 * The command lines of a runnable `bash` block, read from its text as the page shows it:
 * `\` continuations joined into one line, blank lines and `#` comments skipped.
 */
export function commandsOf(text: string): string[] {
  const commands: string[] = [];
  let pending = '';
  for (const rawLine of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = rawLine.trimEnd();
    if (pending === '' && (line.trim() === '' || line.trim().startsWith('#'))) continue;
    const continued = /(?:^|[^\\])(?:\\\\)*\\$/.test(line);
    const body = continued ? line.slice(0, -1) : line;
    pending = pending === '' ? body.trimEnd() : `${pending} ${body.trim()}`.trimEnd();
    if (!continued) {
      commands.push(pending.trim());
      pending = '';
    }
  }
  if (pending.trim() !== '') commands.push(pending.trim());
  return commands;
}
