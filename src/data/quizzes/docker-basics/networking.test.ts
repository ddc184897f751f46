import {describe, expect, it} from 'vitest';
import quiz from './networking';

// Guessing by position or by length must not pay off (the rule of src/data/quizzes/start).
const {questions} = quiz;
const MAX_SHARE = 0.35;

describe('networking quiz', () => {
  it('uses the chapter id as its progress key', () => {
    expect(quiz.id).toBe('docker-basics/networking');
  });

  it('points every answer at an existing choice', () => {
    for (const question of questions) {
      expect(question.answer, question.prompt).toBeGreaterThanOrEqual(0);
      expect(question.answer, question.prompt).toBeLessThan(question.choices.length);
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
    expect(
      longestIsCorrect.length / questions.length,
      longestIsCorrect.map((question) => question.prompt).join('\n'),
    ).toBeLessThanOrEqual(MAX_SHARE);
  });
});
