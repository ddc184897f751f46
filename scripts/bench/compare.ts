// Is one build's figure really different from another's? On this shared two-core machine the
// same build's Lighthouse TBT spans two- to fivefold between runs (docs-dev/performance.md), so
// two medians that differ by 50 ms say little. The bench reports, next to the medians, the
// Hodges-Lehmann shift (the median of all pairwise differences) and the two-sided p-value of a
// Mann-Whitney U test, which assumes nothing about the shape of the spread.

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** U of `a` against `b`: pairs where a's value is larger, ties counting one half. */
export function uStatistic(a: readonly number[], b: readonly number[]): number {
  let u = 0;
  for (const x of a) for (const y of b) u += x > y ? 1 : x === y ? 0.5 : 0;
  return u;
}

/** How many orderings of m + n distinct values give each U from 0 to m·n (exact distribution). */
function uCounts(m: number, n: number): number[] {
  // counts[i][j][k]: orderings of i values of one sample and j of the other with U = k.
  let previous: number[][] = Array.from({length: n + 1}, () => [1]);
  for (let i = 1; i <= m; i += 1) {
    const current: number[][] = [[1]];
    for (let j = 1; j <= n; j += 1) {
      const size = i * j + 1;
      const row = new Array<number>(size).fill(0);
      const withoutJ = current[j - 1]!;
      const withoutI = previous[j]!;
      for (let k = 0; k < size; k += 1) {
        row[k] = (withoutJ[k] ?? 0) + (k - j >= 0 ? (withoutI[k - j] ?? 0) : 0);
      }
      current.push(row);
    }
    previous = current;
  }
  return previous[n]!;
}

/** Largest sample size for the exact distribution; above it the normal approximation. */
const EXACT_LIMIT = 30;

/**
 * Two-sided p-value of the Mann-Whitney U test: the chance, if both builds had the same
 * distribution, of a U at least this far from its mean. Exact for samples up to 30 (ties are
 * rare in milliseconds and make it slightly conservative), else the normal approximation.
 */
export function mannWhitneyP(a: readonly number[], b: readonly number[]): number {
  const m = a.length;
  const n = b.length;
  if (m === 0 || n === 0) return Number.NaN;
  const u = uStatistic(a, b);
  const mean = (m * n) / 2;
  const distance = Math.abs(u - mean);
  if (m <= EXACT_LIMIT && n <= EXACT_LIMIT) {
    const counts = uCounts(m, n);
    const total = counts.reduce((sum, count) => sum + count, 0);
    // U values at least as far from the mean, on both sides (the distribution is symmetric).
    let extreme = 0;
    counts.forEach((count, k) => {
      if (Math.abs(k - mean) >= distance - 1e-9) extreme += count;
    });
    return Math.min(1, extreme / total);
  }
  const sd = Math.sqrt((m * n * (m + n + 1)) / 12);
  const z = Math.max(0, distance - 0.5) / sd;
  return Math.min(1, 2 * (1 - normalCdf(z)));
}

function normalCdf(z: number): number {
  // Abramowitz and Stegun 7.1.26 (error below 1.5e-7), enough for a p-value.
  const t = 1 / (1 + 0.3275911 * (z / Math.SQRT2));
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return 0.5 * (1 + (1 - poly * Math.exp(-(z * z) / 2)));
}

/** Hodges-Lehmann estimate of how much `after` is above `before`: median of all differences. */
export function shiftEstimate(after: readonly number[], before: readonly number[]): number {
  return median(after.flatMap((x) => before.map((y) => x - y)));
}

export interface Comparison {
  /** after − before, Hodges-Lehmann (negative: lower after). */
  readonly shift: number;
  readonly p: number;
  /** What the runs show at the 5 % level. */
  readonly verdict: 'lower' | 'higher' | 'no difference shown';
}

export const SIGNIFICANCE = 0.05;

export function compareRuns(after: readonly number[], before: readonly number[]): Comparison {
  const shift = shiftEstimate(after, before);
  const p = mannWhitneyP(after, before);
  const verdict =
    !(p < SIGNIFICANCE) || shift === 0 ? 'no difference shown' : shift < 0 ? 'lower' : 'higher';
  return {shift, p, verdict};
}

/** "−43 ms, p 0.04 (lower)" for the bench's tables. */
export function describeComparison(comparison: Comparison, unit = ''): string {
  const sign = comparison.shift > 0 ? '+' : comparison.shift < 0 ? '−' : '±';
  const p = comparison.p < 0.001 ? '< 0.001' : comparison.p.toFixed(comparison.p < 0.1 ? 3 : 2);
  return `${sign}${Math.abs(Math.round(comparison.shift))}${unit}, p ${p} (${comparison.verdict})`;
}
