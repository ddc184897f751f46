// After a reader's first query (and a pause, usePagefind.ts), the pages not yet loaded are
// loaded one at a time while the browser is idle, so a later query waits only for its searches:
// ranking needs no page (the lexicon's outlines), but the excerpts of the pages shown do. The
// service worker precaches the same files (pagefind/**) on a first visit, so the bytes are
// usually fetched once anyway.
import {rememberPage, type SearchSession} from './layered';
import type {PagefindResultData} from './results';

/** Runs a task when the page is idle (requestIdleCallback in the browser). */
export type Scheduler = (task: () => void) => void;

/**
 * Loads each page of `ids` the session does not hold yet, one per idle slot, in order. A page
 * that fails to load is skipped (a query loads it again when it shows it). Resolves when done.
 */
export function prefetchPages(
  session: SearchSession,
  ids: readonly string[],
  load: (id: string) => Promise<PagefindResultData>,
  whenIdle: Scheduler,
): Promise<void> {
  return new Promise((resolve) => {
    let index = 0;
    const next = () => {
      while (index < ids.length && session.pages.has(ids[index]!)) index += 1;
      if (index >= ids.length) {
        resolve();
        return;
      }
      const id = ids[index]!;
      index += 1;
      rememberPage(session, id, () => load(id))
        .catch(() => undefined)
        .finally(() => whenIdle(next));
    };
    whenIdle(next);
  });
}
