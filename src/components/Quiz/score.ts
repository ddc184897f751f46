import type {QuizData} from '@site/src/data/quizzes/types';

export interface QuizScore {
  readonly answered: number;
  readonly correct: number;
}

/** Counts answered and correct questions; `null` marks an unanswered one. */
export function scoreQuiz(quiz: QuizData, answers: ReadonlyArray<number | null>): QuizScore {
  let answered = 0;
  let correct = 0;
  quiz.questions.forEach((question, index) => {
    const answer = answers[index];
    if (answer === null || answer === undefined) return;
    answered += 1;
    if (answer === question.answer) correct += 1;
  });
  return {answered, correct};
}
