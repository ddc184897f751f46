/**
 * The command lines of a runnable `bash` block, read from its text as the page shows it:
 * `\` continuations joined into one line, blank lines and `#` comments skipped. A here-document's
 * body, blank lines and `#` lines included, stays with its command (lines joined by `\n`).
 */
export function commandsOf(text: string): string[] {
  const commands: string[] = [];
  let pending = '';
  /** The delimiter of a here-document being read: its body lines are kept as they are. */
  let heredoc: {end: string; stripTabs: boolean} | null = null;
  for (const rawLine of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (heredoc) {
      commands[commands.length - 1] += `\n${rawLine}`;
      if ((heredoc.stripTabs ? rawLine.replace(/^\t+/, '') : rawLine) === heredoc.end)
        heredoc = null;
      continue;
    }
    const line = rawLine.trimEnd();
    if (pending === '' && (line.trim() === '' || line.trim().startsWith('#'))) continue;
    const continued = /(?:^|[^\\])(?:\\\\)*\\$/.test(line);
    const body = continued ? line.slice(0, -1) : line;
    pending = pending === '' ? body.trimEnd() : `${pending} ${body.trim()}`.trimEnd();
    if (!continued) {
      commands.push(pending.trim());
      const opened = /<<(-?)\s*(['"]?)(\w+)\2/.exec(pending);
      if (opened) heredoc = {end: opened[3]!, stripTabs: opened[1] === '-'};
      pending = '';
    }
  }
  if (pending.trim() !== '') commands.push(pending.trim());
  return commands;
}
