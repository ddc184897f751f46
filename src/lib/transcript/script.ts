/**
 * Turns a chapter's blocks into the lines a reader types (STYLE.md, "Code-fence meta words"):
 * `bash` blocks only, `\` continuations joined, here-documents kept with their command,
 * comments skipped; in a tab group only the linux/ubuntu/bash branch; `host="…"` blocks counted
 * by reason and not replayed.
 */
import {HOST_REASONS, TEXT_LANGUAGES, type HostReason} from '../../../plugins/code-highlight/meta';
import type {SourceBlock} from './extract';

/** The tab of each group whose blocks are replayed (the others show the same step elsewhere). */
export const REPLAYED_TABS: Readonly<Record<string, string>> = {
  os: 'linux',
  distro: 'ubuntu',
  shell: 'bash',
};

export interface ExpectedOutput {
  /** The `text` block's content. */
  readonly text: string;
  /** `example`: an illustration, not compared. */
  readonly example: boolean;
}

export interface ScriptLine {
  /** What the reader types: continuations joined, a here-document's body after a newline. */
  readonly command: string;
  /** 1-based MDX line of the block. */
  readonly blockLine: number;
  /** The output shown right after the block, for the block's last command. */
  readonly expected?: ExpectedOutput;
  /** The chapter shows this line failing: its output block is an error message. */
  readonly expectFailure: boolean;
}

export interface ChapterScript {
  readonly lines: readonly ScriptLine[];
  /** Command lines of `host="…"` blocks, by reason. */
  readonly marked: Readonly<Record<HostReason, number>>;
  /** Prompts and output lines found inside `bash` blocks. */
  readonly problems: readonly string[];
}

/** How an error shown as a command's output starts: the chapter means the line to fail. */
const ERROR_OUTPUT =
  /^(?:Error\b|ERROR\b|error\b|docker: |Error response from daemon|unknown (?:shorthand )?flag|[\w./-]+: command not found|[\w.-]+: bad address '|curl: \(\d+\) |wget: can't connect|.*\b(?:no such file or directory|permission denied|read-only file system|operation not permitted)\b)/i;

export function showsFailure(text: string): boolean {
  const first = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return ERROR_OUTPUT.test(first.trim());
}

const PROMPT = /^(?:\$ |[\w.-]+@[\w.-]+:[^$#\s]*[$#] |PS [A-Z]:\\|[A-Z]:\\>)/;

/**
 * Why `line` (a block's first physical line of a command) is not a command a reader types, or
 * null. Commands start with a lowercase word, a path, an assignment or a shell keyword; output
 * rows start with capitals (`CONTAINER ID`), Hangul, spaces or symbols.
 */
export function notACommand(line: string): string | null {
  if (PROMPT.test(line)) return `prompt in a bash block: ${line}`;
  if (/^[A-Za-z_]\w*=/.test(line)) return null;
  if (/^(?:[a-z0-9_.~/]|\.\/|\(|\{|!|\[\[? )/.test(line)) return null;
  return `output line in a bash block (move it to the text block after it): ${line}`;
}

/** The commands of one block's lines. */
export function commandsOf(lines: readonly string[]): {commands: string[]; problems: string[]} {
  const commands: string[] = [];
  const problems: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!;
    if (first.trim() === '' || first.trim().startsWith('#')) continue;
    const problem = notACommand(first);
    if (problem) {
      problems.push(problem);
      continue;
    }
    let command = first;
    while (/\\$/.test(command) && i + 1 < lines.length) {
      command = `${command.slice(0, -1).trimEnd()} ${lines[++i]!.trim()}`;
    }
    const heredoc = /<<-?\s*(['"]?)(\w+)\1/.exec(command);
    if (heredoc) {
      const body: string[] = [];
      while (i + 1 < lines.length && lines[i + 1]!.trim() !== heredoc[2]) body.push(lines[++i]!);
      i++;
      command = [command, ...body, heredoc[2]].join('\n');
    }
    commands.push(command.trim());
  }
  return {commands, problems};
}

function replayed(block: SourceBlock): boolean {
  if (!block.tab) return true;
  return REPLAYED_TABS[block.tab.groupId] === block.tab.value;
}

export function chapterScript(blocks: readonly SourceBlock[]): ChapterScript {
  const lines: ScriptLine[] = [];
  const problems: string[] = [];
  const marked = Object.fromEntries(HOST_REASONS.map((r) => [r, 0])) as Record<HostReason, number>;
  blocks.forEach((block, index) => {
    if (block.language !== 'bash' || !replayed(block)) return;
    const found = commandsOf(block.lines);
    problems.push(...found.problems.map((p) => `line ${block.line}: ${p}`));
    if (block.meta.host) {
      marked[block.meta.host] += found.commands.length;
      return;
    }
    const next = blocks[index + 1];
    const output =
      next &&
      next.followsDirectly &&
      TEXT_LANGUAGES.has(next.language) &&
      next.tab?.value === block.tab?.value
        ? {text: next.lines.join('\n'), example: next.meta.example}
        : undefined;
    found.commands.forEach((command, i) => {
      const last = i === found.commands.length - 1;
      lines.push({
        command,
        blockLine: block.line,
        ...(last && output && {expected: output}),
        expectFailure: last && output !== undefined && showsFailure(output.text),
      });
    });
  });
  return {lines, marked, problems};
}
