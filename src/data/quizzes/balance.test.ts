// Guessing by position or by length must not pay off: in each part's quizzes (grouped by part
// folder, found on disk so that a new quiz joins by itself), the correct answer sits in no
// position more than 35 % of the time and is the longest choice in at most 35 % of the questions.
import {describe, expect, it} from 'vitest';
import {checkBalance} from './balance';
import {loadAllQuizzes} from './load-all';
import type {QuizQuestion} from './types';

const quizFiles = await loadAllQuizzes();
const PARTS = [
  'building-images',
  'compose-cluster',
  'containers',
  'course',
  'docker-basics',
  'install',
  'start',
  'virtualization',
];

const question = (answer: number, choices: string[]): QuizQuestion => ({
  prompt: `질문 ${answer} ${choices.join()}`,
  choices,
  answer,
  explanation: '해설',
});

describe('checkBalance', () => {
  it('flags a part whose answers are mostly the second and the longest choice', () => {
    const report = checkBalance([
      question(1, ['가', '가장 긴 정답', '나']),
      question(1, ['다', '역시 긴 정답', '라']),
      question(0, ['짧다', '조금 더 길다']),
    ]);
    expect(report.problems).toEqual([
      '2번째 선택지가 정답인 문제가 67 %입니다.',
      '정답이 가장 긴 선택지인 문제가 67 %입니다.',
    ]);
  });

  it('passes answers spread over positions and lengths', () => {
    const report = checkBalance([
      question(0, ['정답', '더 긴 오답']),
      question(1, ['더 긴 오답', '정답']),
      question(2, ['오답', '긴 오답이다', '정답']),
    ]);
    expect(report.problems).toEqual([]);
  });
});

describe('quiz files', () => {
  it('are found in every part folder', () => {
    expect([...new Set(quizFiles.map(({part}) => part))]).toEqual(PARTS);
  });

  it('have unique ids', () => {
    const ids = quizFiles.map(({quiz}) => quiz.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe.each(PARTS)('the %s quizzes', (part) => {
  const questions = quizFiles
    .filter((file) => file.part === part)
    .flatMap(({quiz}) => quiz.questions);

  it('point every answer at an existing choice, each choice different', () => {
    for (const {prompt, answer, choices} of questions) {
      expect(Number.isInteger(answer), prompt).toBe(true);
      expect(choices[answer], prompt).toBeDefined();
      expect(new Set(choices).size, prompt).toBe(choices.length);
    }
  });

  it('do not reward guessing by position or by length', () => {
    const report = checkBalance(questions);
    expect(report.problems, report.longestPrompts.join('\n')).toEqual([]);
  });
});
