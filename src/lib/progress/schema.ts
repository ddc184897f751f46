import {applyMovedIds} from './moved';

/**
 * The progress file, as stored under {@link STORAGE_KEY} and as exported.
 * Version 2 is current; version 1 files (the first format) are migrated on load and import.
 */

export const STORAGE_KEY = 'dg.progress';
export const CURRENT_VERSION = 2;

/** Doc id used for playground tasks that belong to no chapter. */
export const PLAYGROUND_ID = 'playground';

export interface QuizScore {
  readonly correct: number;
  readonly total: number;
  /** ISO date-time of the attempt. */
  readonly at: string;
  /**
   * The quiz's content hash when the attempt was made (`quizVersion`). Scores saved before
   * quizzes had versions have none; see `scoreVersion`.
   */
  readonly version?: string;
}

export interface ChapterProgress {
  /** ISO date-time when the chapter was marked read. */
  readonly read?: string;
  /** The latest finished attempt at the chapter's quiz. */
  readonly quiz?: QuizScore;
  /** Attempts at earlier versions of the quiz, oldest first (at most {@link MAX_EARLIER_QUIZZES}). */
  readonly earlierQuizzes?: readonly QuizScore[];
  /** Playground scenario ids finished from this chapter. */
  readonly tasks?: readonly string[];
}

/** How many attempts at earlier quiz versions a chapter keeps. */
export const MAX_EARLIER_QUIZZES = 5;

/** A quiz version as stored: the 8 hex digits of `quizVersion`. */
export const QUIZ_VERSION_PATTERN = /^[0-9a-f]{8}$/;

export interface ProgressV2 {
  readonly version: 2;
  /** Keyed by doc id, e.g. `containers/namespaces`. */
  readonly chapters: Readonly<Record<string, ChapterProgress>>;
}

/**
 * The first format: a list of read doc ids and, per doc id, the quiz result as
 * a `[correct, total]` pair. It had no dates and no playground tasks.
 */
export interface ProgressV1 {
  readonly version: 1;
  readonly read: readonly string[];
  readonly quizzes: Readonly<Record<string, readonly [number, number]>>;
}

export type Progress = ProgressV2;

export const emptyProgress = (): ProgressV2 => ({version: 2, chapters: {}});

/** Version 1 → 2. Dates that version 1 did not keep become the migration time. */
export function migrateV1(old: ProgressV1, at: string): ProgressV2 {
  const chapters: Record<string, ChapterProgress> = {};
  for (const id of old.read) chapters[id] = {...chapters[id], read: at};
  for (const [id, [correct, total]] of Object.entries(old.quizzes)) {
    chapters[id] = {...chapters[id], quiz: {correct, total, at}};
  }
  return {version: 2, chapters};
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isDate = (value: unknown): value is string =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value));

/** A stored quiz score, or null when it is unusable. */
function storedScore(quiz: unknown): QuizScore | null {
  if (
    !isObject(quiz) ||
    !Number.isInteger(quiz.correct) ||
    !Number.isInteger(quiz.total) ||
    (quiz.correct as number) < 0 ||
    (quiz.correct as number) > (quiz.total as number) ||
    (quiz.total as number) <= 0 ||
    !isDate(quiz.at)
  )
    return null;
  const score = {correct: quiz.correct as number, total: quiz.total as number, at: quiz.at};
  return typeof quiz.version === 'string' && QUIZ_VERSION_PATTERN.test(quiz.version)
    ? {...score, version: quiz.version}
    : score;
}

/**
 * Reads what localStorage holds, leniently and without messages (this runs on
 * every page, so it stays small): fields of the wrong type are dropped, an
 * unusable entry gives null. Files a reader imports go through the strict
 * `parseProgress` in ./validate instead.
 */
export function fromStored(value: unknown, at: string): ProgressV2 | null {
  if (!isObject(value)) return null;
  if (value.version === 1) {
    const read = Array.isArray(value.read)
      ? value.read.filter((id): id is string => typeof id === 'string')
      : [];
    const quizzes: Record<string, readonly [number, number]> = {};
    if (isObject(value.quizzes)) {
      for (const [id, pair] of Object.entries(value.quizzes)) {
        if (Array.isArray(pair) && pair.length === 2)
          quizzes[id] = [pair[0] as number, pair[1] as number];
      }
    }
    return fromStored(migrateV1({version: 1, read, quizzes}, at), at);
  }
  if (value.version !== 2 || !isObject(value.chapters)) return null;
  const chapters: Record<string, ChapterProgress> = {};
  for (const [id, entry] of Object.entries(value.chapters)) {
    if (!isObject(entry)) continue;
    const chapter: {
      read?: string;
      quiz?: QuizScore;
      earlierQuizzes?: QuizScore[];
      tasks?: string[];
    } = {};
    if (isDate(entry.read)) chapter.read = entry.read;
    const quiz = storedScore(entry.quiz);
    if (quiz) chapter.quiz = quiz;
    if (Array.isArray(entry.earlierQuizzes)) {
      const earlier = entry.earlierQuizzes
        .map(storedScore)
        .filter((score): score is QuizScore => score !== null);
      if (earlier.length > 0) chapter.earlierQuizzes = earlier.slice(-MAX_EARLIER_QUIZZES);
    }
    if (Array.isArray(entry.tasks))
      chapter.tasks = entry.tasks.filter((task): task is string => typeof task === 'string');
    chapters[id] = chapter;
  }
  return applyMovedIds({version: 2, chapters});
}
