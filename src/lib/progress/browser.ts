import {createProgressStore, type ProgressStore, type StorageLike} from './store';

let browserStore: ProgressStore | null = null;

/**
 * The one store of this page, backed by localStorage (or by memory when that
 * is unavailable). Safe to call on the server: it then never touches storage.
 */
export function getProgressStore(): ProgressStore {
  browserStore ??= createProgressStore({
    storage: () => (globalThis as {localStorage?: StorageLike}).localStorage ?? null,
  });
  return browserStore;
}

/** For the playground: a scenario was finished (optionally from a chapter's doc id). */
export function markTaskDone(scenarioId: string, chapterId?: string): void {
  getProgressStore().markTaskDone(scenarioId, chapterId);
}
