import {describe, expect, it} from 'vitest';
import {catchUpLine, planRun, runSummary, typingDelay} from './catchUp';

const blocks = [
  ['docker pull nginx'],
  ['docker run -d --name web nginx', 'docker ps'],
  ['docker stop web'],
  ['docker rm web'],
];

describe('planRun', () => {
  it('catches a new session up on every earlier block, quietly, then types the block', () => {
    const plan = planRun(blocks, 2, []);
    expect(plan.reset).toBe(false);
    expect(plan.quietBlocks).toEqual([0, 1]);
    expect(plan.quietLines).toEqual([
      'docker pull nginx',
      'docker run -d --name web nginx',
      'docker ps',
    ]);
    expect(plan.typedLines).toEqual(['docker stop web']);
    expect(plan.ranBlocks).toEqual([0, 1, 2]);
  });

  it('continues from the current state when the earlier blocks have run', () => {
    const plan = planRun(blocks, 3, [0, 1, 2]);
    expect(plan).toMatchObject({
      reset: false,
      quietBlocks: [],
      quietLines: [],
      typedLines: ['docker rm web'],
    });
    expect(plan.ranBlocks).toEqual([0, 1, 2, 3]);
  });

  it('runs only the missing earlier blocks when the ones that ran are a prefix', () => {
    const plan = planRun(blocks, 3, [0]);
    expect(plan.reset).toBe(false);
    expect(plan.quietBlocks).toEqual([1, 2]);
  });

  it('starts again from the start state when an earlier block is missing before one that ran', () => {
    const plan = planRun(blocks, 3, [2]);
    expect(plan.reset).toBe(true);
    expect(plan.quietBlocks).toEqual([0, 1, 2]);
    expect(plan.ranBlocks).toEqual([0, 1, 2, 3]);
  });

  it('runs the first block with nothing before it', () => {
    expect(planRun(blocks, 0, [])).toMatchObject({
      reset: false,
      quietBlocks: [],
      typedLines: ['docker pull nginx'],
    });
  });

  it('never runs a skipped block (another tab) quietly', () => {
    const plan = planRun(blocks, 3, [], new Set([1]));
    expect(plan.quietBlocks).toEqual([0, 2]);
    expect(planRun(blocks, 3, [0, 2], new Set([1])).quietBlocks).toEqual([]);
  });

  it('refuses a block the chapter does not have', () => {
    expect(() => planRun(blocks, 4, [])).toThrow(RangeError);
  });
});

describe('runSummary', () => {
  it('says how many earlier blocks ran and how many commands the block ran', () => {
    expect(runSummary(planRun(blocks, 2, []))).toBe(
      '앞의 명령 블록 2개(명령 3개)를 먼저 실행했습니다. 명령 1개를 실행했습니다.',
    );
    expect(runSummary(planRun(blocks, 1, [0]))).toBe('명령 2개를 실행했습니다.');
    expect(runSummary(planRun(blocks, 2, [1]))).toMatch(
      /^처음 상태에서 다시 시작해 앞의 명령 블록 2개/,
    );
  });
});

describe('catchUpLine', () => {
  it('is one line about the earlier blocks, and none when nothing ran first', () => {
    expect(catchUpLine(planRun(blocks, 2, []))).toBe(
      '앞의 명령 블록 2개(명령 3개)를 먼저 조용히 실행했습니다.',
    );
    expect(catchUpLine(planRun(blocks, 3, [2]))).toMatch(/^처음 상태에서 다시 시작해 /);
    expect(catchUpLine(planRun(blocks, 1, [0]))).toBeUndefined();
  });
});

describe('typingDelay', () => {
  it('types a block in at most five seconds, and at once when motion is reduced', () => {
    expect(typingDelay(2, false)).toBe(600);
    expect(typingDelay(40, false) * 40).toBeLessThanOrEqual(5000);
    expect(typingDelay(3, true)).toBe(0);
  });
});
