import {describe, expect, it} from 'vitest';
import quiz from './build-by-hand';

// Guessing by position or by length must not pay off (issue "The course", same rule as part 1).
const MAX_SHARE = 0.35;

describe('containers/build-by-hand quiz', () => {
  const {questions} = quiz;

  it('points every answer at an existing choice', () => {
    for (const {prompt, answer, choices} of questions) {
      expect(answer, prompt).toBeGreaterThanOrEqual(0);
      expect(answer, prompt).toBeLessThan(choices.length);
    }
  });

  it('puts the correct answer in no position more than 35 % of the time', () => {
    const byPosition = new Map<number, number>();
    for (const {answer} of questions) byPosition.set(answer, (byPosition.get(answer) ?? 0) + 1);
    for (const [position, count] of byPosition) {
      expect(count / questions.length, `position ${position}`).toBeLessThanOrEqual(MAX_SHARE);
    }
  });

  it('makes the correct answer the longest choice in at most 35 % of the questions', () => {
    const longestIsCorrect = questions.filter(({choices, answer}) => {
      const longest = Math.max(...choices.map((choice) => choice.length));
      return choices[answer]!.length === longest;
    });
    expect(longestIsCorrect.length / questions.length).toBeLessThanOrEqual(MAX_SHARE);
  });
});
