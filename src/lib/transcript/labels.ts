/**
 * Every output a chapter shows is traceable (STYLE.md, "Code-fence meta words"): an output block
 * right after a shell block is either checked by the transcript replay against the playground
 * engine, or says where it comes from (`source="repo@tag path"`) or that it is an illustration
 * (`example`).
 *
 * "Checked" is read from the known-failures list instead of a second replay: the transcript test
 * keeps that list equal to the lines that fail, so a replayed line not on it passes.
 */
import {SHELL_LANGUAGES, TEXT_LANGUAGES} from '../../../plugins/code-highlight/meta';
import type {SourceBlock} from './extract';
import {REPLAYED_TABS, commandsOf} from './script';

export interface UnlabelledOutput {
  /** 1-based MDX line of the output block's opening fence. */
  readonly line: number;
  /** The last command of the block before it: what the output belongs to. */
  readonly command: string;
  /** Why the engine does not check it. */
  readonly reason: string;
}

/** The block's last command; for languages other than bash, its last line that is not blank. */
function lastCommand(shell: SourceBlock): string {
  const commands = shell.language === 'bash' ? commandsOf(shell.lines).commands : [];
  return (
    commands.at(-1) ??
    [...shell.lines]
      .reverse()
      .find((line) => line.trim() !== '')
      ?.trim() ??
    ''
  );
}

/**
 * Why the engine does not check the output of `shell`, or null when it does. `failing` says
 * whether a command of this chapter is on the known-failures list.
 */
function uncheckedBecause(
  shell: SourceBlock,
  failing: (command: string) => string | undefined,
): string | null {
  if (shell.language !== 'bash') return `after a ${shell.language} block, which is not replayed`;
  if (shell.meta.host) return `after a host="${shell.meta.host}" block, which is not replayed`;
  if (shell.tab && REPLAYED_TABS[shell.tab.groupId] !== shell.tab.value)
    return `in the "${shell.tab.value}" tab, which is not replayed`;
  const last = commandsOf(shell.lines).commands.at(-1);
  if (last === undefined) return 'after a bash block without a command';
  const cause = failing(last);
  return cause === undefined ? null : `its line is a known failure (${cause}): ${last}`;
}

/**
 * The output blocks of a chapter's `blocks` that neither the engine checks nor a label explains.
 * `failing(command)` gives the known-failure cause of a command of this chapter, if listed.
 */
export function unlabelledOutputs(
  blocks: readonly SourceBlock[],
  failing: (command: string) => string | undefined,
): UnlabelledOutput[] {
  const found: UnlabelledOutput[] = [];
  blocks.forEach((block, index) => {
    const shell = blocks[index - 1];
    if (
      !shell ||
      !block.followsDirectly ||
      !SHELL_LANGUAGES.has(shell.language) ||
      !TEXT_LANGUAGES.has(block.language) ||
      block.tab?.value !== shell.tab?.value ||
      block.meta.example ||
      block.meta.source !== undefined
    )
      return;
    const reason = uncheckedBecause(shell, failing);
    if (reason !== null) found.push({line: block.line, command: lastCommand(shell), reason});
  });
  return found;
}
