/**
 * Replays a chapter's lines in one fresh engine, as a reader would type them, and says for each
 * line whether it behaves as real Docker and bash would.
 */
import {
  createEngine,
  PLAYGROUND_NOTE_PREFIX,
  shownAnswer,
  type AwaitingInput,
  type Engine,
  type RunResult,
} from '../docker-sim';
import {inContainerShell, leavesShellBefore} from '../playground/shellSession';
import {outputMatches} from './normalize';
import {applyRenames, collectRenames} from './rename';
import type {ScriptLine} from './script';

/** Where a chapter starts: commands a reader ran in earlier chapters, and the directory. */
export interface StartState {
  readonly setup: readonly string[];
  readonly cwd?: string;
}

export interface LineResult {
  readonly command: string;
  /** Empty when the line passes. */
  readonly causes: readonly string[];
  readonly output: string;
}

/**
 * Commands that block in a real terminal until Ctrl+C: the playground may note that it
 * returned at once, and any exit code is fine (the reader's Ctrl+C ends them).
 */
export function blocksInTerminal(command: string): boolean {
  return (
    /\blogs\b.*(?:\s-f\b|\s--follow\b|\s-\w*f\w*\b)/.test(command) ||
    (/\bcompose\b.*\bup\b/.test(command) && !/\s(?:-d|--detach|--wait)\b/.test(command)) ||
    /\bcompose\b.*\bwatch\b/.test(command) ||
    /\bnode\s+--watch\b/.test(command) ||
    (/\bdocker (?:container )?stats\b/.test(command) && !/--no-stream\b/.test(command)) ||
    /\bdocker (?:system )?events\b/.test(command) ||
    (/\bdocker (?:container )?(?:run|start|attach)\b/.test(command) &&
      !/\s(?:-d|--detach|-\w*d\w*)\b/.test(command))
  );
}

/** Both streams in the order a terminal shows them (pull progress before the container id). */
const shownText = (
  run: Pick<RunResult, 'stdout' | 'stderr'> & Partial<Pick<RunResult, 'chunks'>>,
) => (run.chunks ? run.chunks.map((chunk) => chunk.text).join('') : `${run.stdout}${run.stderr}`);

const CHECKS: readonly [RegExp, string][] = [
  [/플레이그라운드 내부 오류/, 'internal error'],
  [/unknown command/, 'unknown command'],
  [/unknown (?:shorthand )?flag/, 'unknown flag'],
  [/: command not found/, 'command not found'],
  [/흉내 내지 않습니다|지원하지 않습니다/, 'not imitated'],
];

/** Why `line`'s run is wrong, given what the chapter expects of it. */
export function judge(
  line: ScriptLine,
  run: Pick<RunResult, 'stdout' | 'stderr' | 'exitCode'> & Partial<Pick<RunResult, 'chunks'>>,
): string[] {
  const causes: string[] = [];
  const all = shownText(run);
  const blocking = blocksInTerminal(line.command);
  for (const [pattern, cause] of CHECKS) {
    if (pattern.test(all) && !(line.expectFailure && cause !== 'internal error'))
      causes.push(cause);
  }
  if (run.stderr.includes(PLAYGROUND_NOTE_PREFIX) && !blocking && !causes.includes('not imitated'))
    causes.push('playground note');
  if (!blocking && !line.expectFailure && run.exitCode !== 0 && causes.length === 0)
    causes.push(`exit ${run.exitCode}`);
  if (line.expectFailure && run.exitCode === 0) causes.push('succeeds where the chapter fails');
  if (line.expected && !line.expected.example) {
    const shown = all
      .split('\n')
      .filter((l) => !l.startsWith(PLAYGROUND_NOTE_PREFIX))
      .join('\n');
    if (!outputMatches(shown, line.expected.text)) causes.push('output differs');
  }
  return causes;
}

const T0 = Date.parse('2026-11-23T10:00:00Z');

/** What the replay types when a program asks: a fixed name, a fixed test password, and yes. */
export const REPLAY_ANSWERS: Readonly<Record<AwaitingInput['kind'], string>> = {
  line: 'reader',
  password: 'test-password',
  confirm: 'y',
};

/** Answers every question `run` ends with; the whole exchange as one result, as a terminal shows it. */
export function answerQuestions(engine: Engine, run: RunResult): RunResult {
  let result = run;
  for (let round = 0; result.awaiting && round < 10; round++) {
    const asked: AwaitingInput = result.awaiting;
    const next = engine.run(REPLAY_ANSWERS[asked.kind]);
    result = {
      stdout: result.stdout + shownAnswer(asked, REPLAY_ANSWERS[asked.kind]) + next.stdout,
      stderr: result.stderr + next.stderr,
      exitCode: next.exitCode,
      chunks: [
        ...result.chunks,
        {stream: 'stdout', text: shownAnswer(asked, REPLAY_ANSWERS[asked.kind])},
        ...next.chunks,
      ],
      ...(next.awaiting && {awaiting: next.awaiting}),
    };
  }
  return result;
}

/** Runs `lines` after `start` in a fresh engine; one result per line. */
export function replay(lines: readonly ScriptLine[], start: StartState): LineResult[] {
  let t = T0;
  const engine = createEngine({seed: 1, now: () => (t += 1000)});
  for (const setup of start.setup) answerQuestions(engine, engine.run(setup));
  if (start.cwd) engine.run(`cd ${start.cwd}`);
  const inContainer = (): boolean => inContainerShell(engine.prompt());
  let sessionOpenedAt = -1;
  return lines.map((line, i) => {
    const leaves = leavesShellBefore(
      line.command,
      sessionOpenedAt >= 0 && lines[sessionOpenedAt]!.blockLine === line.blockLine,
    );
    if (inContainer() && leaves) engine.run('exit');
    const wasInContainer = inContainer();
    const run = answerQuestions(engine, engine.run(line.command));
    // Remember the line that opened the session, not the lines typed inside it.
    sessionOpenedAt = !inContainer() ? -1 : wasInContainer ? sessionOpenedAt : i;
    return {
      command: line.command,
      causes: judge(line, run),
      output: shownText(run),
    };
  });
}

/**
 * Replays the chapter as written and again with the reader's own names and ports renamed.
 * A line fails when either run fails; the renamed run's causes are prefixed with `renamed: `.
 */
export function replayTwice(lines: readonly ScriptLine[], start: StartState): LineResult[] {
  const plain = replay(lines, start);
  const renames = collectRenames([...start.setup, ...lines.map((l) => l.command)]);
  const renamedLines = lines.map((l) => ({
    ...l,
    command: applyRenames(l.command, renames),
    ...(l.expected && {expected: {...l.expected, text: applyRenames(l.expected.text, renames)}}),
  }));
  const renamed = replay(renamedLines, {
    setup: start.setup.map((s) => applyRenames(s, renames)),
    ...(start.cwd !== undefined && {cwd: start.cwd}),
  });
  return plain.map((result, i) => {
    // A renamed word can also be an ordinary word of the output ("web" in "the nginx web
    // server"): the renamed run's output may match the chapter's text as written instead.
    const expected = lines[i]!.expected;
    const matchesAsWritten =
      expected !== undefined && outputMatches(renamed[i]!.output, expected.text);
    const extra = renamed[i]!.causes.filter(
      (c) => !result.causes.includes(c) && !(c === 'output differs' && matchesAsWritten),
    );
    return {...result, causes: [...result.causes, ...extra.map((c) => `renamed: ${c}`)]};
  });
}
