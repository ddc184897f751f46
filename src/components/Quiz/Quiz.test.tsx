import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import type {QuizData} from '@site/src/data/quizzes/types';
import {STORAGE_KEY, getProgressStore, quizVersion} from '@site/src/lib/progress';
import {expectHydratesWithoutChange, renderToHtml, textOf} from '@site/tests/utils/ssr';
import {scoreQuiz} from './score';
import Quiz from '.';

const quiz: QuizData = {
  id: 'test',
  questions: [
    {prompt: '첫 질문', choices: ['가', '나'], answer: 1, explanation: '나가 맞습니다.'},
    {prompt: '둘째 질문', choices: ['다', '라'], answer: 0, explanation: '다가 맞습니다.'},
  ],
};

beforeEach(() => {
  localStorage.clear();
  getProgressStore().reload();
});
afterEach(cleanup);

/** The reader's stored progress for the test quiz's chapter. */
function storeChapter(chapter: object): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify({version: 2, chapters: {test: chapter}}));
  getProgressStore().reload();
}

describe('scoreQuiz', () => {
  it('counts answered and correct questions', () => {
    expect(scoreQuiz(quiz, [null, null])).toEqual({answered: 0, correct: 0});
    expect(scoreQuiz(quiz, [1, 1])).toEqual({answered: 2, correct: 1});
  });
});

describe('<Quiz>', () => {
  it('shows every question, choice and explanation without JavaScript', () => {
    const text = textOf(renderToHtml(<Quiz quiz={quiz} />));
    for (const question of quiz.questions) {
      expect(text).toContain(question.prompt);
      for (const choice of question.choices) expect(text).toContain(choice);
      expect(text).toContain(question.explanation);
    }
  });

  it('marks the answers for readers without JavaScript and the buttons for the rest', () => {
    const html = renderToHtml(<Quiz quiz={quiz} />);
    expect(html.match(/<details class="[^"]*dg-nojs-only/g)).toHaveLength(quiz.questions.length);
    expect(html).toMatch(/class="dg-js-only"><button[^>]*>정답 확인/);
  });

  it('hydrates its server HTML without changing the DOM', async () => {
    await expectHydratesWithoutChange(<Quiz quiz={quiz} />);
  });

  it('checks an answer, explains it and keeps the score', () => {
    render(<Quiz quiz={quiz} />);
    fireEvent.click(screen.getByLabelText('나'));
    fireEvent.click(screen.getAllByRole('button', {name: '정답 확인'})[0]!);
    expect(screen.getByText('정답입니다.')).toBeTruthy();
    expect(screen.getByText('나가 맞습니다.')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('라'));
    fireEvent.click(screen.getByRole('button', {name: '정답 확인'}));
    expect(screen.getByText(/틀렸습니다. 정답은 1번입니다./)).toBeTruthy();
    expect(screen.getByText('점수: 2문제 중 1문제를 맞혔습니다.')).toBeTruthy();
  });
});

describe('<Quiz> with stored scores', () => {
  // Noon UTC, so the date is the same in every time zone the tests may run in.
  const at = '2026-11-02T12:00:00.000Z';
  const date = new Intl.DateTimeFormat('ko-KR', {dateStyle: 'medium'}).format(new Date(at));

  it('shows a score of an earlier version as an earlier attempt and the quiz as not taken', () => {
    storeChapter({quiz: {correct: 1, total: 3, at, version: '0badc0de'}});
    render(<Quiz quiz={quiz} />);
    expect(
      screen.getByText(
        `이전 버전 퀴즈 기록: 3문제 중 1문제(${date}). 그 뒤로 문제가 바뀌어 지금 퀴즈의 점수로 치지 않습니다. 바뀐 퀴즈는 아직 풀지 않았습니다.`,
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/지난 기록/)).toBeNull();
    expect(screen.getByText('2문제 중 0문제를 풀었습니다.')).toBeTruthy();
  });

  it('treats a score saved without a version, on a quiz that has changed, as an earlier attempt', () => {
    // "test" has no entry among the versions of the quizzes before they were versioned.
    storeChapter({read: at, quiz: {correct: 2, total: 2, at}});
    render(<Quiz quiz={quiz} />);
    expect(screen.getByText(/^이전 버전 퀴즈 기록: 2문제 중 2문제/)).toBeTruthy();
  });

  it('shows the last score of this version, and keeps the earlier one after a new attempt', () => {
    storeChapter({quiz: {correct: 1, total: 3, at, version: '0badc0de'}});
    render(<Quiz quiz={quiz} />);
    fireEvent.click(screen.getByLabelText('나'));
    fireEvent.click(screen.getAllByRole('button', {name: '정답 확인'})[0]!);
    fireEvent.click(screen.getByLabelText('다'));
    fireEvent.click(screen.getByRole('button', {name: '정답 확인'}));
    const chapter = getProgressStore().getSnapshot().progress.chapters.test;
    expect(chapter?.quiz).toMatchObject({correct: 2, total: 2, version: quizVersion(quiz)});
    expect(chapter?.earlierQuizzes).toEqual([{correct: 1, total: 3, at, version: '0badc0de'}]);
    expect(screen.getByText(/^이전 버전 퀴즈 기록: 3문제 중 1문제/).textContent).not.toContain(
      '아직 풀지 않았습니다',
    );
    fireEvent.click(screen.getByRole('button', {name: '다시 풀기'}));
    expect(screen.getByText(/^지난 기록: 2문제 중 2문제/)).toBeTruthy();
  });

  it('leaves stored scores out of the server HTML', () => {
    storeChapter({quiz: {correct: 1, total: 3, at, version: '0badc0de'}});
    const text = textOf(renderToHtml(<Quiz quiz={quiz} />));
    expect(text).not.toContain('이전 버전');
    expect(text).not.toContain('지난 기록');
  });
});
