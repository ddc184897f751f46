/**
 * Which arrow keys move through a group of items: a horizontal tab list uses
 * Left/Right, a vertical list Up/Down, and `both` takes all four (a wrapping
 * row of buttons where either reads naturally).
 */
export type RovingOrientation = 'horizontal' | 'vertical' | 'both';

export interface RovingMoveOptions {
  readonly orientation: RovingOrientation;
  /** Past the last item go to the first (and back); otherwise stop at the ends. */
  readonly wrap: boolean;
}

const STEPS: Readonly<Record<RovingOrientation, Readonly<Record<string, 1 | -1>>>> = {
  horizontal: {ArrowRight: 1, ArrowLeft: -1},
  vertical: {ArrowDown: 1, ArrowUp: -1},
  both: {ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1},
};

/**
 * The index a key press moves to from `current` in a group of `count` items
 * (WAI-ARIA roving focus: arrows, Home, End), or null when the key does not
 * move (another key, or an empty group).
 */
export function rovingTargetIndex(
  key: string,
  current: number,
  count: number,
  {orientation, wrap}: RovingMoveOptions,
): number | null {
  if (count <= 0) return null;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  const step = STEPS[orientation][key];
  if (step === undefined) return null;
  const next = current + step;
  if (wrap) return (next + count) % count;
  return Math.max(0, Math.min(count - 1, next));
}
