import {scoreVersion} from './quiz-version';
import {
  MAX_EARLIER_QUIZZES,
  PLAYGROUND_ID,
  QUIZ_VERSION_PATTERN,
  STORAGE_KEY,
  emptyProgress,
  fromStored,
  type ChapterProgress,
  type ProgressV2,
} from './schema';

/** The part of the Web Storage API the store uses (localStorage fits). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface ProgressSnapshot {
  readonly progress: ProgressV2;
  /**
   * False once the browser storage could not be read or written (blocked,
   * full, private mode): progress then lives in memory for this page only.
   */
  readonly persistent: boolean;
}

export type ImportResult = {readonly ok: true} | {readonly ok: false; readonly error: string};

export interface ProgressStore {
  getSnapshot(): ProgressSnapshot;
  subscribe(listener: () => void): () => void;
  markRead(docId: string): void;
  unmarkRead(docId: string): void;
  /**
   * A finished attempt at a chapter's quiz whose content hash is `version` (`quizVersion`). A
   * stored score of another version of the quiz is kept as an earlier attempt.
   */
  recordQuiz(docId: string, correct: number, total: number, version: string): void;
  /** A playground scenario was finished, optionally from a chapter's doc id. */
  markTaskDone(scenarioId: string, chapterId?: string): void;
  /** The progress file as pretty JSON (version 2). */
  exportJson(): string;
  /** Validates and replaces all progress; an invalid file changes nothing. */
  importJson(text: string): Promise<ImportResult>;
  reset(): void;
  /** Re-reads storage, e.g. after another tab changed it. */
  reload(): void;
}

export interface ProgressStoreOptions {
  /** Returns the storage, or throws / returns null when there is none (SSR, blocked). */
  readonly storage: () => StorageLike | null;
  readonly now?: () => Date;
  readonly key?: string;
}

export function createProgressStore({
  storage,
  now = () => new Date(),
  key = STORAGE_KEY,
}: ProgressStoreOptions): ProgressStore {
  const listeners = new Set<() => void>();
  let snapshot: ProgressSnapshot | null = null;
  let persistent = true;

  const backend = (): StorageLike | null => {
    try {
      return storage();
    } catch {
      return null;
    }
  };

  function load(): ProgressSnapshot {
    let progress = emptyProgress();
    const store = backend();
    if (!store) {
      persistent = false;
    } else {
      try {
        const text = store.getItem(key);
        if (text !== null) {
          try {
            progress = fromStored(JSON.parse(text), now().toISOString()) ?? progress;
          } catch {
            // A damaged entry is ignored (and replaced at the next change), never fatal.
          }
        }
      } catch {
        persistent = false;
      }
    }
    return {progress, persistent};
  }

  const current = (): ProgressSnapshot => (snapshot ??= load());

  function emit(): void {
    for (const listener of [...listeners]) listener();
  }

  function commit(progress: ProgressV2): void {
    const store = persistent ? backend() : null;
    if (store) {
      try {
        if (Object.keys(progress.chapters).length === 0) store.removeItem(key);
        else store.setItem(key, JSON.stringify(progress));
      } catch {
        persistent = false; // Quota exceeded or blocked: keep going in memory.
      }
    } else {
      persistent = false;
    }
    snapshot = {progress, persistent};
    emit();
  }

  function update(
    docId: string,
    change: (chapter: ChapterProgress) => ChapterProgress | null,
  ): void {
    const {progress} = current();
    const before = progress.chapters[docId] ?? {};
    const after = change(before);
    if (after === null) return;
    const chapters = {...progress.chapters};
    if (Object.keys(after).length === 0) delete chapters[docId];
    else chapters[docId] = after;
    commit({version: 2, chapters});
  }

  return {
    getSnapshot: current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    markRead(docId) {
      update(docId, (chapter) => (chapter.read ? null : {...chapter, read: now().toISOString()}));
    },
    unmarkRead(docId) {
      update(docId, (chapter) => {
        if (!chapter.read) return null;
        const {read: _read, ...rest} = chapter;
        return rest;
      });
    },
    recordQuiz(docId, correct, total, version) {
      if (
        !Number.isInteger(correct) ||
        !Number.isInteger(total) ||
        total <= 0 ||
        correct < 0 ||
        correct > total ||
        !QUIZ_VERSION_PATTERN.test(version)
      )
        return;
      update(docId, (chapter) => {
        const quiz = {correct, total, at: now().toISOString(), version};
        const before = chapter.quiz;
        if (!before || scoreVersion(docId, before) === version) return {...chapter, quiz};
        const earlierQuizzes = [...(chapter.earlierQuizzes ?? []), before].slice(
          -MAX_EARLIER_QUIZZES,
        );
        return {...chapter, quiz, earlierQuizzes};
      });
    },
    markTaskDone(scenarioId, chapterId = PLAYGROUND_ID) {
      update(chapterId, (chapter) =>
        chapter.tasks?.includes(scenarioId)
          ? null
          : {...chapter, tasks: [...(chapter.tasks ?? []), scenarioId]},
      );
    },
    exportJson() {
      return `${JSON.stringify(current().progress, null, 2)}\n`;
    },
    async importJson(text) {
      // The strict validator with its messages loads only when a reader imports a file.
      const {parseProgress} = await import('./validate');
      let progress: ProgressV2;
      try {
        progress = parseProgress(text, now);
      } catch (error) {
        return {ok: false, error: error instanceof Error ? error.message : String(error)};
      }
      commit(progress);
      return {ok: true};
    },
    reset() {
      commit(emptyProgress());
    },
    reload() {
      snapshot = null;
      persistent = true;
      current();
      emit();
    },
  };
}
