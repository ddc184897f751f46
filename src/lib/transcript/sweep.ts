/**
 * Judges what the run buttons typed in the browser (tests/e2e/run-button.e2e.ts, the sweep):
 * the same rules as the chapter replay (`judge` in replay.ts: expected failures, blocking
 * commands, notes), applied to the entries the run terminal shows, plus the chapter-level
 * checks issue 19 names: a build finishes and `docker images` lists its image, and
 * `docker compose ps` shows what `docker compose up -d` started.
 */
import {judge} from './replay';
import type {ScriptLine} from './script';

/** One entry of the run terminal's log, as the page shows it (savedSession.TranscriptEntry). */
export interface ShownEntry {
  readonly kind: 'input' | 'stdout' | 'stderr' | 'info';
  readonly text: string;
  /** For `input`: the prompt before it, as shown. */
  readonly prompt?: string;
  /** For `input`: the exit code of the command this line finished. */
  readonly exitCode?: number;
}

/** A command typed at a shell prompt, with its continuation lines, answers and output. */
export interface TypedCommand {
  /** Its first line. */
  readonly command: string;
  readonly chunks: readonly {readonly stream: 'stdout' | 'stderr'; readonly text: string}[];
  /** The exit code of its last line; undefined when no line finished it. */
  readonly exitCode: number | undefined;
}

/** A shell's prompt (host `user@playground:~$ `, container `root@…:/# `), not `> ` or a question. */
const SHELL_PROMPT = /[$#] $/;

/** Splits log entries into the commands typed at a shell prompt, in order. */
export function typedCommands(entries: readonly ShownEntry[]): TypedCommand[] {
  const found: {command: string; chunks: TypedCommand['chunks'][number][]; exitCode?: number}[] =
    [];
  for (const entry of entries) {
    const current = found.at(-1);
    if (entry.kind === 'input') {
      if (SHELL_PROMPT.test(entry.prompt ?? '') || !current) {
        found.push({command: entry.text, chunks: []});
      }
      // A here-document's lines and answers to questions belong to the command before them.
      if (entry.exitCode !== undefined) found.at(-1)!.exitCode = entry.exitCode;
    } else if (entry.kind !== 'info' && current) {
      current.chunks.push({stream: entry.kind, text: `${entry.text}\n`});
    }
  }
  return found.map(({command, chunks, exitCode}) => ({command, chunks, exitCode}));
}

export const outputOf = (typed: TypedCommand): string =>
  typed.chunks.map((chunk) => chunk.text).join('');

/** A chapter line and what the terminal showed for it. */
export interface SweptLine {
  readonly line: ScriptLine;
  readonly typed: TypedCommand;
}

/**
 * Pairs a block's script lines with what the run typed, and says what went wrong: a different
 * number or order of commands, or a line the replay rules reject (output is not compared: the
 * browser's engine has a random seed, and the unit replay compares outputs already).
 */
export function judgeBlock(
  lines: readonly ScriptLine[],
  typed: readonly TypedCommand[],
): {swept: SweptLine[]; problems: {command: string; problem: string; output: string}[]} {
  const problems: {command: string; problem: string; output: string}[] = [];
  const swept: SweptLine[] = [];
  // The run button types `exit` to leave a container shell where a reader would
  // (playground/shellSession.ts): those are not the block's lines.
  let at = 0;
  const leaves = (line: ScriptLine): boolean =>
    typed[at]?.command === 'exit' && line.command !== 'exit' && typed[at]?.exitCode === 0;
  lines.forEach((line) => {
    while (leaves(line)) at++;
    const shown = typed[at++];
    const firstLine = line.command.split('\n')[0]!;
    if (!shown) {
      problems.push({command: firstLine, problem: 'was not typed', output: ''});
      return;
    }
    if (shown.command !== firstLine) {
      problems.push({
        command: firstLine,
        problem: `the terminal shows "${shown.command}" in its place`,
        output: outputOf(shown),
      });
      return;
    }
    swept.push({line, typed: shown});
    if (shown.exitCode === undefined) {
      problems.push({command: firstLine, problem: 'did not finish', output: outputOf(shown)});
      return;
    }
    const stderr = shown.chunks
      .filter((chunk) => chunk.stream === 'stderr')
      .map((chunk) => chunk.text)
      .join('');
    const causes = judge(
      {command: line.command, blockLine: line.blockLine, expectFailure: line.expectFailure},
      {stdout: '', stderr, exitCode: shown.exitCode, chunks: [...shown.chunks]},
    );
    if (causes.length > 0)
      problems.push({command: firstLine, problem: causes.join(', '), output: outputOf(shown)});
  });
  for (const extra of typed.slice(at)) {
    problems.push({command: extra.command, problem: 'typed but not in the block', output: ''});
  }
  return {swept, problems};
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The names a `docker build` line tags (`-t`, `--tag`), with `:latest` added; none for `-q`. */
export function builtNames(command: string): string[] {
  if (!/^docker (?:image )?build\s/.test(command) || /\s(?:-q|--quiet)\b/.test(command)) return [];
  return [...command.matchAll(/\s(?:-t|--tag)[\s=]+(\S+)/g)].map(([, name]) =>
    /:[^/]*$/.test(name!) ? name! : `${name}:latest`,
  );
}

/** The repository filter of a plain `docker images`/`image ls` listing ('' for all), or null. */
export function listingFilter(command: string): string | null {
  const m = /^docker (?:images|image ls|image list)\b(.*)$/.exec(command);
  if (!m || /\s(?:-q|--quiet|--format|--filter|-f)\b/.test(m[1]!)) return null;
  return (
    m[1]!
      .trim()
      .split(/\s+/)
      .find((word) => word !== '' && !word.startsWith('-')) ?? ''
  );
}

const REMOVES_IMAGES = /^docker (?:rmi|image (?:rm|remove|prune)|system prune)\b/;
const COMPOSE_UP_DETACHED = /^docker compose\b.*\sup\b.*\s(?:-d|--detach)\b/;
const COMPOSE_PS = /^docker compose\b.*\sps\b/;
const COMPOSE_STOPS = /^docker compose\b.*\s(?:down|stop|rm|kill|pause)\b/;

export interface Pair {
  readonly first: number;
  readonly second: number;
}

/**
 * Pairs of command indices: a build, and a later listing that should show what it built (the
 * listing's filter names the built repository or is empty, and no image was removed between).
 */
export function buildListingPairs(commands: readonly string[]): Pair[] {
  const pairs: Pair[] = [];
  let lastBuild = -1;
  commands.forEach((command, index) => {
    if (builtNames(command).length > 0) lastBuild = index;
    else if (REMOVES_IMAGES.test(command)) lastBuild = -1;
    const filter = listingFilter(command);
    if (filter === null || lastBuild < 0) return;
    const repositories = builtNames(commands[lastBuild]!).map((name) =>
      name.replace(/:[^/]*$/, ''),
    );
    if (filter === '' || repositories.includes(filter.replace(/:[^/]*$/, ''))) {
      pairs.push({first: lastBuild, second: index});
    }
  });
  return pairs;
}

/** Pairs of command indices: `compose up -d`, and the next `compose ps` with nothing stopped between. */
export function composeUpPsPairs(commands: readonly string[]): Pair[] {
  const pairs: Pair[] = [];
  let lastUp = -1;
  commands.forEach((command, index) => {
    if (COMPOSE_UP_DETACHED.test(command)) lastUp = index;
    else if (COMPOSE_STOPS.test(command)) lastUp = -1;
    else if (COMPOSE_PS.test(command) && !/\s(?:-q|--quiet|--format|--services)\b/.test(command)) {
      if (lastUp >= 0) pairs.push({first: lastUp, second: index});
      lastUp = -1;
    }
  });
  return pairs;
}

/** `repo:tag` shown as `repo:tag` (Docker 29's list) or in REPOSITORY and TAG columns. */
const listsImage = (output: string, name: string): boolean => {
  const cut = name.lastIndexOf(':');
  const [repository, tag] = [name.slice(0, cut), name.slice(cut + 1)];
  return new RegExp(`(?:^|\\s)${escape(repository)}(?::|\\s+)${escape(tag)}(?:\\s|$)`, 'm').test(
    output,
  );
};

/**
 * What the whole chapter's run shows wrong: a build that did not finish naming its image, a
 * listing after it without the image, a `compose ps` without the containers `up -d` started.
 */
export function chapterProblems(swept: readonly SweptLine[]): {command: string; problem: string}[] {
  const problems: {command: string; problem: string}[] = [];
  const commands = swept.map(({line}) => line.command);
  const output = (index: number): string => outputOf(swept[index]!.typed);
  const ok = (index: number): boolean => swept[index]!.typed.exitCode === 0;
  commands.forEach((command, index) => {
    for (const name of builtNames(command)) {
      if (!ok(index)) continue;
      const finished = /\) FINISHED\b/.test(output(index));
      if (
        !finished ||
        !output(index).includes(`naming to docker.io/`) ||
        !output(index).includes(name)
      )
        problems.push({command, problem: `the build does not show finishing and naming ${name}`});
    }
  });
  for (const {first, second} of buildListingPairs(commands)) {
    if (!ok(first)) continue;
    const filter = listingFilter(commands[second]!) ?? '';
    for (const name of builtNames(commands[first]!)) {
      if (filter !== '' && !name.startsWith(filter.replace(/:[^/]*$/, ''))) continue;
      if (!listsImage(output(second), name))
        problems.push({command: commands[second]!, problem: `does not list ${name}`});
    }
  }
  for (const {first, second} of composeUpPsPairs(commands)) {
    if (!ok(first)) continue;
    const started = [
      ...output(first).matchAll(/Container (\S+)\s+(?:Started|Running|Healthy)\b/g),
    ].map(([, name]) => name!);
    if (started.length === 0)
      problems.push({command: commands[first]!, problem: 'shows no container started'});
    for (const name of started) {
      if (!new RegExp(`(?:^|\\s)${escape(name)}\\s`, 'm').test(output(second)))
        problems.push({command: commands[second]!, problem: `does not show ${name}`});
    }
  }
  return problems;
}
