import {describe, expect, it} from 'vitest';
import type {QuizData} from '../types';
import history from './history';
import hypervisors from './hypervisors';
import osVirtualization from './os-virtualization';
import serverVirtualization from './server-virtualization';
import virtualizationTypes from './virtualization-types';

// Part 1's quizzes, so that guessing by position or by length does not pay off (issue "The course").
const part: readonly QuizData[] = [
  history,
  virtualizationTypes,
  serverVirtualization,
  hypervisors,
  osVirtualization,
];
const questions = part.flatMap((quiz) => quiz.questions);
const MAX_SHARE = 0.35;

describe('part 1 quizzes', () => {
  it('give each chapter its own id', () => {
    expect(part.map((quiz) => quiz.id)).toEqual([
      'virtualization/history',
      'virtualization/virtualization-types',
      'virtualization/server-virtualization',
      'virtualization/hypervisors',
      'virtualization/os-virtualization',
    ]);
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
