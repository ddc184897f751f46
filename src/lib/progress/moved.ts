import {MAX_EARLIER_QUIZZES, type ChapterProgress, type ProgressV2} from './schema';

/**
 * Chapters whose doc id changed, old id → new id. Permanent: a reader's stored progress and
 * files exported before a move keep their chapters. Never remove an entry; when a chapter moves
 * again, point every older id straight at the newest one.
 */
export const MOVED_CHAPTER_IDS: Readonly<Record<string, string>> = {
  // Session 5: Podman moved from part 3 to the end of part 5.
  'docker-basics/podman': 'compose-cluster/podman',
};

const earlier = (a?: string, b?: string) => (a && b ? (a < b ? a : b) : (a ?? b));

/**
 * Both records of one chapter in one: read at the earlier date, the later quiz, the attempts at
 * earlier quiz versions of both, all tasks.
 */
function merge(a: ChapterProgress, b: ChapterProgress): ChapterProgress {
  const read = earlier(a.read, b.read);
  const quiz = a.quiz && b.quiz ? (a.quiz.at >= b.quiz.at ? a.quiz : b.quiz) : (a.quiz ?? b.quiz);
  const earlierQuizzes = [...(a.earlierQuizzes ?? []), ...(b.earlierQuizzes ?? [])]
    .sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0))
    .slice(-MAX_EARLIER_QUIZZES);
  const tasks = [...new Set([...(a.tasks ?? []), ...(b.tasks ?? [])])];
  return {
    ...(read ? {read} : {}),
    ...(quiz ? {quiz} : {}),
    ...(earlierQuizzes.length > 0 ? {earlierQuizzes} : {}),
    ...(tasks.length > 0 ? {tasks} : {}),
  };
}

/** Progress with every moved chapter's record under its current id. */
export function applyMovedIds(
  progress: ProgressV2,
  moved: Readonly<Record<string, string>> = MOVED_CHAPTER_IDS,
): ProgressV2 {
  if (!Object.keys(progress.chapters).some((id) => id in moved)) return progress;
  const chapters: Record<string, ChapterProgress> = {};
  for (const [id, record] of Object.entries(progress.chapters)) {
    const current = moved[id] ?? id;
    const existing = chapters[current];
    chapters[current] = existing ? merge(existing, record) : record;
  }
  return {version: 2, chapters};
}
