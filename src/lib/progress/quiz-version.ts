import {LEGACY_QUIZ_VERSIONS} from './quiz-legacy-versions';
import type {ChapterProgress, QuizScore} from './schema';

/** What a quiz's version depends on: its questions, their choices in order and the answers. */
export interface QuizContent {
  readonly questions: readonly {
    readonly prompt: string;
    readonly choices: readonly string[];
    readonly answer: number;
  }[];
}

/**
 * A quiz's content hash: 8 hex digits of FNV-1a (32 bit) over its prompts, choices and answers.
 * Explanations are left out, so fixing a typo in one keeps readers' scores. Plain string
 * arithmetic, so the server, the browser and the tests compute the same value.
 */
export function quizVersion(quiz: QuizContent): string {
  const text = JSON.stringify(
    quiz.questions.map(({prompt, choices, answer}) => [prompt, choices, answer]),
  );
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * The quiz version a stored score was made on. Scores saved before quizzes had versions carry
 * none: they were made on the quiz as it was then, whose hash {@link LEGACY_QUIZ_VERSIONS} keeps.
 */
export function scoreVersion(docId: string, score: QuizScore): string | undefined {
  return score.version ?? LEGACY_QUIZ_VERSIONS[docId];
}

export interface QuizAttempts {
  /** The latest attempt at the quiz as it is now, if any. */
  readonly current: QuizScore | null;
  /** Attempts at earlier versions of the quiz, newest first. */
  readonly earlier: readonly QuizScore[];
}

/** A chapter's quiz scores, split into the current version's and earlier versions'. */
export function quizAttempts(
  chapter: ChapterProgress | undefined,
  docId: string,
  currentVersion: string,
): QuizAttempts {
  const earlier = [...(chapter?.earlierQuizzes ?? [])];
  let current: QuizScore | null = null;
  if (chapter?.quiz) {
    if (scoreVersion(docId, chapter.quiz) === currentVersion) current = chapter.quiz;
    else earlier.push(chapter.quiz);
  }
  earlier.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return {current, earlier};
}
