// Guessing by position or by length must not pay off: in each quiz group below, the correct
// answer sits in no position more than 35 % of the time and is the longest choice in at most
// 35 % of the questions (issue "The course"; older parts join this table once rebalanced).
import {describe, expect, it} from 'vitest';
import type {QuizData} from './types';
import firstContainer from './start/first-container';
import history from './virtualization/history';
import virtualizationTypes from './virtualization/virtualization-types';
import serverVirtualization from './virtualization/server-virtualization';
import hypervisors from './virtualization/hypervisors';
import osVirtualization from './virtualization/os-virtualization';
import buildByHand from './containers/build-by-hand';
import networking from './docker-basics/networking';
import debugging from './docker-basics/debugging';

const MAX_SHARE = 0.35;

const GROUPS: readonly {name: string; ids: readonly string[]; quizzes: readonly QuizData[]}[] = [
  {name: 'part 0', ids: ['start/first-container'], quizzes: [firstContainer]},
  {
    name: 'part 1',
    ids: [
      'virtualization/history',
      'virtualization/virtualization-types',
      'virtualization/server-virtualization',
      'virtualization/hypervisors',
      'virtualization/os-virtualization',
    ],
    quizzes: [history, virtualizationTypes, serverVirtualization, hypervisors, osVirtualization],
  },
  {name: 'build-by-hand', ids: ['containers/build-by-hand'], quizzes: [buildByHand]},
  {name: 'networking', ids: ['docker-basics/networking'], quizzes: [networking]},
  {name: 'debugging', ids: ['docker-basics/debugging'], quizzes: [debugging]},
];

describe.each(GROUPS)('$name quizzes', ({ids, quizzes}) => {
  const questions = quizzes.flatMap((quiz) => quiz.questions);

  it('use the chapter ids as progress keys', () => {
    expect(quizzes.map((quiz) => quiz.id)).toEqual(ids);
  });

  it('point every answer at an existing choice', () => {
    for (const {prompt, answer, choices} of questions) {
      expect(answer, prompt).toBeGreaterThanOrEqual(0);
      expect(answer, prompt).toBeLessThan(choices.length);
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
