import {useId, useMemo, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import type {QuizData, QuizQuestion} from '@site/src/data/quizzes/types';
import {getProgressStore} from '@site/src/lib/progress/browser';
import {quizAttempts, quizVersion} from '@site/src/lib/progress/quiz-version';
import {useProgress} from '@site/src/components/progress/useProgress';
import {scoreQuiz} from './score';
import styles from './styles.module.css';
import {formatKoreanDate} from '@site/src/lib/format/date';

interface QuizProps {
  readonly quiz: QuizData;
}

/**
 * Multiple-choice quiz. Without JavaScript every question shows its answer
 * and explanation in a <details>; with it the reader answers and gets a score.
 * Both are in the server HTML, told apart by the `dg-js-only` and
 * `dg-nojs-only` classes (see the <noscript> style in docusaurus.config.ts),
 * so hydration changes nothing on the page. The reader's stored scores appear
 * after hydration (the server and the hydrating render see no progress); a score
 * of an earlier version of the quiz (another content hash) is shown as an earlier
 * attempt, not as a score of this quiz.
 */
export default function Quiz({quiz}: QuizProps): ReactNode {
  const [checked, setChecked] = useState<ReadonlyArray<number | null>>(() =>
    quiz.questions.map(() => null),
  );
  const {answered, correct} = scoreQuiz(quiz, checked);
  const total = quiz.questions.length;
  const version = useMemo(() => quizVersion(quiz), [quiz]);

  return (
    <section className={styles.quiz} aria-label="확인 문제">
      <ol className={styles.questions}>
        {quiz.questions.map((question, index) => (
          <li key={question.prompt} className={styles.question}>
            <QuestionItem
              question={question}
              checkedChoice={checked[index]}
              onCheck={(choice) => {
                const next = checked.map((value, i) => (i === index ? choice : value));
                setChecked(next);
                const score = scoreQuiz(quiz, next);
                // The whole quiz is answered: keep the score in the reader's progress.
                if (score.answered === total)
                  getProgressStore().recordQuiz(quiz.id, score.correct, total, version);
              }}
            />
          </li>
        ))}
      </ol>
      <div className={clsx(styles.footer, 'dg-js-only')}>
        <p className={styles.score} aria-live="polite">
          {answered === total
            ? `점수: ${total}문제 중 ${correct}문제를 맞혔습니다.`
            : `${total}문제 중 ${answered}문제를 풀었습니다.`}
        </p>
        {answered > 0 && (
          <button
            type="button"
            className="button button--secondary button--sm"
            onClick={() => setChecked(quiz.questions.map(() => null))}
          >
            다시 풀기
          </button>
        )}
      </div>
      <StoredAttempts quizId={quiz.id} version={version} answered={answered} />
    </section>
  );
}

/**
 * The reader's stored scores: the last one of this quiz while the reader has not started
 * again, and the latest attempt at an earlier version of the quiz, labelled as such. Its own
 * component, so that the progress arriving after hydration re-renders only this part.
 */
function StoredAttempts({
  quizId,
  version,
  answered,
}: {
  readonly quizId: string;
  readonly version: string;
  readonly answered: number;
}): ReactNode {
  const {progress} = useProgress();
  const {current, earlier} = quizAttempts(progress.chapters[quizId], quizId, version);
  const previous = earlier[0];
  if (!previous && !(current && answered === 0)) return null;
  return (
    <div className={styles.attempts}>
      {current && answered === 0 && (
        <p>
          지난 기록: {current.total}문제 중 {current.correct}문제(
          {formatKoreanDate(current.at, 'medium')})
        </p>
      )}
      {previous && (
        <p>
          이전 버전 퀴즈 기록: {previous.total}문제 중 {previous.correct}문제(
          {formatKoreanDate(previous.at, 'medium')}). 그 뒤로 문제가 바뀌어 지금 퀴즈의 점수로 치지
          않습니다.
          {!current && ' 바뀐 퀴즈는 아직 풀지 않았습니다.'}
        </p>
      )}
    </div>
  );
}

interface QuestionItemProps {
  readonly question: QuizQuestion;
  readonly checkedChoice: number | null;
  readonly onCheck: (choice: number) => void;
}

function QuestionItem({question, checkedChoice, onCheck}: QuestionItemProps): ReactNode {
  const name = `quiz-${useId().replace(/:/g, '')}`;
  const [selected, setSelected] = useState<number | null>(null);
  const done = checkedChoice !== null;
  const isCorrect = checkedChoice === question.answer;

  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.prompt}>{question.prompt}</legend>
      <div className={styles.choices}>
        {question.choices.map((choice, index) => (
          <label
            key={choice}
            className={clsx(
              styles.choice,
              done && index === question.answer && styles.correctChoice,
              done && index === checkedChoice && !isCorrect && styles.wrongChoice,
            )}
          >
            <input
              type="radio"
              name={name}
              value={index}
              checked={selected === index}
              disabled={done}
              onChange={() => setSelected(index)}
            />
            <span>{choice}</span>
          </label>
        ))}
      </div>
      <div className="dg-js-only">
        {!done && (
          <button
            type="button"
            className="button button--primary button--sm"
            disabled={selected === null}
            onClick={() => selected !== null && onCheck(selected)}
          >
            정답 확인
          </button>
        )}
        <div aria-live="polite">
          {done && (
            <div className={clsx(styles.feedback, isCorrect ? styles.correct : styles.wrong)}>
              <p className={styles.verdict}>
                {isCorrect ? '정답입니다.' : `틀렸습니다. 정답은 ${question.answer + 1}번입니다.`}
              </p>
              <p>{question.explanation}</p>
            </div>
          )}
        </div>
      </div>
      <details className={clsx(styles.answerDetails, 'dg-nojs-only')}>
        <summary>정답과 해설</summary>
        <p>
          정답: {question.answer + 1}번. {question.explanation}
        </p>
      </details>
    </fieldset>
  );
}
