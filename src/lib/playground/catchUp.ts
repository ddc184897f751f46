/**
 * What a run button does to the playground session, given which of the chapter's runnable
 * blocks that session has already run (STYLE.md: every `bash` block without `host=` runs).
 */
export interface RunPlan {
  /** Start from the chapter's start state (a fresh engine) before anything else. */
  readonly reset: boolean;
  /** Indices of the earlier blocks run quietly first, in order. */
  readonly quietBlocks: readonly number[];
  /** Their lines, in order. */
  readonly quietLines: readonly string[];
  /** The same lines, one array per block (a block's lines are separate commands). */
  readonly quietBlockLines: readonly (readonly string[])[];
  /** The clicked block's lines, typed one after another. */
  readonly typedLines: readonly string[];
  /** The blocks the session has run once the plan is done. */
  readonly ranBlocks: readonly number[];
}

/**
 * `blocks[i]` holds the command lines of the i-th runnable block, `clicked` is the block whose
 * button was pressed and `ranBlocks` the blocks the current session ran, in any order.
 *
 * - every earlier block has run: continue from the current state;
 * - the earlier blocks that ran are a prefix (none counts): run the missing ones quietly on the
 *   current state, then the block;
 * - otherwise (a gap, e.g. only a later block ran): start again from the chapter's start state
 *   and run every earlier block quietly.
 *
 * `skipped` blocks (in a tab the reader did not choose) are never run quietly.
 */
export function planRun(
  blocks: readonly (readonly string[])[],
  clicked: number,
  ranBlocks: readonly number[],
  skipped: ReadonlySet<number> = new Set(),
): RunPlan {
  if (!Number.isInteger(clicked) || clicked < 0 || clicked >= blocks.length) {
    throw new RangeError(`no runnable block ${clicked} (the chapter has ${blocks.length})`);
  }
  const ran = new Set(ranBlocks);
  const earlier = [...Array(clicked).keys()].filter((index) => !skipped.has(index));
  const firstMissing = earlier.findIndex((index) => !ran.has(index));
  const missing = firstMissing === -1 ? [] : earlier.slice(firstMissing);
  const gap = missing.some((index) => ran.has(index));
  const reset = gap;
  const quietBlocks = gap ? earlier : missing.filter((index) => !ran.has(index));
  const before = reset ? [] : [...ran];
  return {
    reset,
    quietBlocks,
    quietLines: quietBlocks.flatMap((index) => blocks[index] ?? []),
    quietBlockLines: quietBlocks.map((index) => blocks[index] ?? []),
    typedLines: blocks[clicked] ?? [],
    ranBlocks: [...new Set([...before, ...quietBlocks, clicked])].sort((a, b) => a - b),
  };
}

/** The terminal's line about the catch-up, or none when nothing ran first. */
export function catchUpLine(plan: RunPlan): string | undefined {
  if (plan.quietBlocks.length === 0) return undefined;
  const restart = plan.reset ? '처음 상태에서 다시 시작해 ' : '';
  return `${restart}앞의 명령 블록 ${plan.quietBlocks.length}개(명령 ${plan.quietLines.length}개)를 먼저 조용히 실행했습니다.`;
}

/** One sentence for the screen reader: what ran before and now. */
export function runSummary(plan: RunPlan): string {
  const restart = plan.reset ? '처음 상태에서 다시 시작해 ' : '';
  const earlier =
    plan.quietBlocks.length > 0
      ? `${restart}앞의 명령 블록 ${plan.quietBlocks.length}개(명령 ${plan.quietLines.length}개)를 먼저 실행했습니다. `
      : '';
  return `${earlier}명령 ${plan.typedLines.length}개를 실행했습니다.`;
}

/** The pause before each typed line: the whole block in at most `maxTotalMs`, none when motion is reduced. */
export function typingDelay(lineCount: number, reducedMotion: boolean, maxTotalMs = 5000): number {
  if (reducedMotion || lineCount === 0) return 0;
  return Math.min(600, Math.floor(maxTotalMs / lineCount));
}

/** The terminal's line about a chapter that starts from what earlier chapters left. */
export function startStateLine(setupCount: number): string {
  return `이 장은 앞 장에서 만든 상태에서 시작합니다. 그 명령 ${setupCount}개를 먼저 조용히 실행했습니다.`;
}
