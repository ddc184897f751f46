import {describe, expect, it} from 'vitest';
import {fireEvent, render, screen} from '@testing-library/react';
import type {QuizData} from '@site/src/data/quizzes/types';
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
