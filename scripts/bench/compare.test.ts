import {describe, expect, it} from 'vitest';
import {
  compareRuns,
  describeComparison,
  mannWhitneyP,
  median,
  shiftEstimate,
  uStatistic,
} from './compare';

describe('comparing two builds run by run', () => {
  it('takes medians of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('counts U with ties as one half', () => {
    expect(uStatistic([1, 2, 3], [4, 5, 6])).toBe(0);
    expect(uStatistic([4, 5, 6], [1, 2, 3])).toBe(9);
    expect(uStatistic([2], [2])).toBe(0.5);
  });

  it('gives the exact two-sided p for fully separated samples', () => {
    // 2 of the C(6,3) = 20 orderings are this extreme (all lower or all higher).
    expect(mannWhitneyP([1, 2, 3], [4, 5, 6])).toBeCloseTo(0.1, 10);
    // C(16,8) = 12 870.
    const low = [1, 2, 3, 4, 5, 6, 7, 8];
    const high = [9, 10, 11, 12, 13, 14, 15, 16];
    expect(mannWhitneyP(low, high)).toBeCloseTo(2 / 12870, 10);
    expect(mannWhitneyP(high, low)).toBeCloseTo(2 / 12870, 10);
  });

  it('matches published critical values: U = 13 is just significant for 8 and 8', () => {
    // Tables of the Mann-Whitney test: for m = n = 8, two-sided 5 %, the critical U is 13.
    const at = (u: number) => {
      const a = Array.from({length: 8}, (_, index) => index * 2);
      const b = Array.from({length: 8}, (_, index) => index * 2 + 1);
      // Interleaved a < b pairwise gives U = 28; move a's values up one step at a time.
      const shifted = [...a];
      let current = uStatistic(shifted, b);
      for (let index = 7; current > u; index = (index + 7) % 8) {
        shifted[index]! -= 2;
        current = uStatistic(shifted, b);
      }
      return mannWhitneyP(shifted, b);
    };
    expect(at(13)).toBeLessThan(0.05);
    expect(at(14)).toBeGreaterThan(0.05);
  });

  it('says p = 1 for the same runs, and uses the normal approximation for long series', () => {
    expect(mannWhitneyP([1, 2, 3, 4], [1, 2, 3, 4])).toBe(1);
    const a = Array.from({length: 40}, (_, index) => index);
    const b = a.map((value) => value + 20);
    const p = mannWhitneyP(a, b);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(0.001);
    expect(mannWhitneyP(a, [...a].reverse())).toBeCloseTo(1, 5);
  });

  it('estimates the shift as the median of the pairwise differences', () => {
    expect(shiftEstimate([4, 5, 6], [1, 2, 3])).toBe(3);
    expect(shiftEstimate([100, 110, 500], [200, 210, 220])).toBe(-100);
  });

  it('says "no difference shown" unless p is below 5 %', () => {
    // Lighthouse TBT of /docs/intro, 2026-12-05: split entry chunks against the build before.
    const before = [137, 182, 187, 200, 243, 270, 326, 410];
    const split = [83, 129, 134, 162, 195, 205, 224, 319];
    const noisy = compareRuns(split, before);
    expect(noisy.shift).toBeLessThan(0);
    expect(noisy.p).toBeGreaterThan(0.05);
    expect(noisy.verdict).toBe('no difference shown');
    const clear = compareRuns([90, 95, 100, 105, 110], [200, 210, 220, 230, 240]);
    expect(clear.verdict).toBe('lower');
    expect(describeComparison(clear, ' ms')).toBe('−120 ms, p 0.008 (lower)');
    expect(describeComparison(compareRuns([2, 3], [1, 2]))).toMatch(
      /^\+1, p 0\.\d+ \(no difference shown\)$/,
    );
  });
});
