import {describe, expect, it} from 'vitest';
import type {QuizData} from '../types';
import firstContainer from './first-container';

// Part 0's quizzes, held to part 1's rule: guessing by position or by length does not pay off.
const part: readonly QuizData[] = [firstContainer];
const questions = part.flatMap((quiz) => quiz.questions);
const MAX_SHARE = 0.35;

describe('part 0 quizzes', () => {
  it('use the chapter ids as progress keys', () => {
    expect(part.map((quiz) => quiz.id)).toEqual(['start/first-container']);
  });

  it('point every answer at an existing choice', () => {
    for (const question of questions) {
      expect(question.answer, question.prompt).toBeGreaterThanOrEqual(0);
      expect(question.answer, question.prompt).toBeLessThan(question.choices.length);
    }
  });

  it('put the correct answer in no position more than 35 % of the time', () => {
    const byPosition = new Map<number, number>();
    for (const {answer} of questions) byPosition.set(answer, (byPosition.get(answer) ?? 0) + 1);
    for (const [position, count] of byPosition) {
      expect(count / questions.length, `position ${position}`).toBeLessThanOrEqual(MAX_SHARE);
    }
  });

  it('make the correct answer the longest choice in at most 35 % of the questions', () => {
    const longestIsCorrect = questions.filter(({choices, answer}) => {
      const longest = Math.max(...choices.map((choice) => choice.length));
      return choices[answer]!.length === longest;
    });
    expect(
      longestIsCorrect.length / questions.length,
      longestIsCorrect.map((question) => question.prompt).join('\n'),
    ).toBeLessThanOrEqual(MAX_SHARE);
  });
});
