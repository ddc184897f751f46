import {useSyncExternalStore} from 'react';
import {STORAGE_KEY} from '@site/src/lib/progress/schema';
import {getProgressStore} from '@site/src/lib/progress/browser';
import type {ProgressSnapshot} from '@site/src/lib/progress/store';

const serverSnapshot: ProgressSnapshot = {progress: {version: 2, chapters: {}}, persistent: true};

function subscribe(listener: () => void): () => void {
  const store = getProgressStore();
  const unsubscribe = store.subscribe(listener);
  // Another tab changed the record: read it again.
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) store.reload();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    unsubscribe();
    window.removeEventListener('storage', onStorage);
  };
}

const getSnapshot = () => getProgressStore().getSnapshot();
const getServerSnapshot = () => serverSnapshot;

/**
 * The reader's progress. The server and the hydrating render see an empty
 * record, so marks appear only after mount and never mismatch the HTML.
 */
export function useProgress(): ProgressSnapshot {
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}

/**
 * One value derived from the reader's progress, for components on every page (the
 * sidebar's marks). Return a primitive: React re-renders a component only when its
 * value differs from the server's, so a reader with no progress costs no re-render
 * after hydration, and one with progress re-renders only the marked items.
 */
export function useProgressValue<T extends string | number | boolean>(
  select: (snapshot: ProgressSnapshot) => T,
): T {
  return useSyncExternalStore(
    subscribe,
    () => select(getSnapshot()),
    () => select(serverSnapshot),
  );
}

/** True after hydration (the same switch as useProgress, without a store read). */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noopSubscribe,
    () => true,
    () => false,
  );
}

const noopSubscribe = () => () => {};
