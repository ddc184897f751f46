import {applyMovedIds} from './moved';
import {
  CURRENT_VERSION,
  MAX_EARLIER_QUIZZES,
  QUIZ_VERSION_PATTERN,
  migrateV1,
  type ChapterProgress,
  type ProgressV1,
  type ProgressV2,
  type QuizScore,
} from './schema';

export class ProgressFormatError extends Error {
  constructor(reason: string) {
    super(`올바른 학습 기록 파일이 아닙니다: ${reason}`);
    this.name = 'ProgressFormatError';
  }
}

const MAX_FILE_CHARS = 1_000_000;
const ID_PATTERN = /^[a-z0-9][a-z0-9/_-]{0,199}$/;
const ISO_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isIsoDate = (value: unknown): value is string =>
  typeof value === 'string' && ISO_PATTERN.test(value) && !Number.isNaN(Date.parse(value));

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 1000;

function checkId(id: string, where: string): void {
  if (!ID_PATTERN.test(id))
    throw new ProgressFormatError(`${where}의 문서 id "${id.slice(0, 60)}"가 올바르지 않습니다.`);
}

function checkScore(correct: unknown, total: unknown, where: string): void {
  if (!isCount(correct) || !isCount(total) || total === 0 || correct > total) {
    throw new ProgressFormatError(`${where}의 퀴즈 점수가 올바르지 않습니다.`);
  }
}

/** One quiz score of a version 2 file; `where` names it in the message. */
function validScore(quiz: unknown, where: string): QuizScore {
  if (!isRecord(quiz)) throw new ProgressFormatError(`${where}가 객체가 아닙니다.`);
  checkScore(quiz.correct, quiz.total, where);
  if (!isIsoDate(quiz.at))
    throw new ProgressFormatError(`${where}.at이 날짜(ISO 8601)가 아닙니다.`);
  const score = {correct: quiz.correct as number, total: quiz.total as number, at: quiz.at};
  if (quiz.version === undefined) return score;
  if (typeof quiz.version !== 'string' || !QUIZ_VERSION_PATTERN.test(quiz.version)) {
    throw new ProgressFormatError(`${where}.version이 퀴즈 버전(16진수 8자리)이 아닙니다.`);
  }
  return {...score, version: quiz.version};
}

function validateV1(value: Record<string, unknown>): ProgressV1 {
  const {read, quizzes} = value;
  if (!Array.isArray(read) || !read.every((id): id is string => typeof id === 'string')) {
    throw new ProgressFormatError('read 항목은 문서 id의 목록이어야 합니다.');
  }
  read.forEach((id) => checkId(id, 'read'));
  if (!isRecord(quizzes)) throw new ProgressFormatError('quizzes 항목이 없거나 객체가 아닙니다.');
  for (const [id, score] of Object.entries(quizzes)) {
    checkId(id, 'quizzes');
    if (!Array.isArray(score) || score.length !== 2) {
      throw new ProgressFormatError(`quizzes.${id}는 [맞힌 수, 문제 수] 형태여야 합니다.`);
    }
    checkScore(score[0], score[1], `quizzes.${id}`);
  }
  return {version: 1, read, quizzes: quizzes as ProgressV1['quizzes']};
}

function validateV2(value: Record<string, unknown>): ProgressV2 {
  const {chapters} = value;
  if (!isRecord(chapters)) throw new ProgressFormatError('chapters 항목이 없거나 객체가 아닙니다.');
  const result: Record<string, ChapterProgress> = {};
  for (const [id, entry] of Object.entries(chapters)) {
    checkId(id, 'chapters');
    if (!isRecord(entry)) throw new ProgressFormatError(`chapters.${id}가 객체가 아닙니다.`);
    const chapter: {
      read?: string;
      quiz?: QuizScore;
      earlierQuizzes?: QuizScore[];
      tasks?: string[];
    } = {};
    if (entry.read !== undefined) {
      if (!isIsoDate(entry.read))
        throw new ProgressFormatError(`chapters.${id}.read가 날짜(ISO 8601)가 아닙니다.`);
      chapter.read = entry.read;
    }
    if (entry.quiz !== undefined) chapter.quiz = validScore(entry.quiz, `chapters.${id}.quiz`);
    if (entry.earlierQuizzes !== undefined) {
      const earlier = entry.earlierQuizzes;
      if (!Array.isArray(earlier) || earlier.length > MAX_EARLIER_QUIZZES) {
        throw new ProgressFormatError(
          `chapters.${id}.earlierQuizzes는 퀴즈 기록 ${MAX_EARLIER_QUIZZES}개 이하의 목록이어야 합니다.`,
        );
      }
      chapter.earlierQuizzes = earlier.map((score, index) =>
        validScore(score, `chapters.${id}.earlierQuizzes[${index}]`),
      );
    }
    if (entry.tasks !== undefined) {
      const tasks = entry.tasks;
      if (
        !Array.isArray(tasks) ||
        !tasks.every((task): task is string => typeof task === 'string' && ID_PATTERN.test(task))
      ) {
        throw new ProgressFormatError(`chapters.${id}.tasks는 실습 id의 목록이어야 합니다.`);
      }
      chapter.tasks = [...new Set(tasks)];
    }
    result[id] = chapter;
  }
  return {version: 2, chapters: result};
}

/**
 * Parses and validates a progress file (either version) and returns it in the
 * current version. Throws {@link ProgressFormatError} with a Korean message.
 */
export function parseProgress(text: string, now: () => Date = () => new Date()): ProgressV2 {
  if (text.length > MAX_FILE_CHARS) throw new ProgressFormatError('파일이 너무 큽니다(1MB 초과).');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ProgressFormatError('JSON 형식이 아닙니다.');
  }
  if (!isRecord(value)) throw new ProgressFormatError('최상위 값이 객체가 아닙니다.');
  switch (value.version) {
    case 1:
      return applyMovedIds(migrateV1(validateV1(value), now().toISOString()));
    case 2:
      return applyMovedIds(validateV2(value));
    default:
      if (typeof value.version === 'number' && value.version > CURRENT_VERSION) {
        throw new ProgressFormatError(`이 사이트보다 새로운 형식(버전 ${value.version})입니다.`);
      }
      throw new ProgressFormatError('version 항목이 없거나 알 수 없는 값입니다.');
  }
}
