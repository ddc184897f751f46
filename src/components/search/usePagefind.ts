import {useEffect, useRef, useState} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {toHit, type PagefindResultData, type SearchHit} from '@site/src/lib/search/results';

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{results: {data(): Promise<PagefindResultData>}[]} | null>;
}

/** Options every Pagefind instance of the site gets. */
const PAGEFIND_OPTIONS = {excerptLength: 22};

let pagefindPromise: Promise<PagefindModule> | undefined;

/**
 * Loads pagefind.js (and its index) once, on first use. Also on /search?q=… it starts only
 * after hydration: started earlier, Pagefind's worker unpacked the Korean index (one ~300 KiB
 * chunk, Pagefind does not split Korean) while main.js ran, and lengthened its tasks.
 */
function loadPagefind(url: string): Promise<PagefindModule> {
  pagefindPromise ??= import(/* webpackIgnore: true */ url).then(async (module: PagefindModule) => {
    await module.options(PAGEFIND_OPTIONS);
    await module.init();
    return module;
  });
  return pagefindPromise;
}

export type SearchStatus = 'idle' | 'loading' | 'done' | 'error';

const MAX_PAGES = 8;
const DEBOUNCE_MS = 120;

/** Results for `query`, debounced unless `immediate`; the latest query always wins. */
export function usePagefind(
  query: string,
  {immediate = false}: {immediate?: boolean} = {},
): {status: SearchStatus; hits: readonly SearchHit[]} {
  const pagefindUrl = useBaseUrl('/pagefind/pagefind.js');
  const [state, setState] = useState<{status: SearchStatus; hits: readonly SearchHit[]}>({
    status: 'idle',
    hits: [],
  });
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    const trimmed = query.trim();
    if (trimmed === '') {
      setState({status: 'idle', hits: []});
      return undefined;
    }
    setState((previous) => ({status: 'loading', hits: previous.hits}));
    const timer = window.setTimeout(
      async () => {
        try {
          const pagefind = await loadPagefind(pagefindUrl);
          const response = await pagefind.search(trimmed);
          if (!response || ticket !== latest.current) return;
          const data = await Promise.all(
            response.results.slice(0, MAX_PAGES).map((result) => result.data()),
          );
          if (ticket === latest.current) setState({status: 'done', hits: data.map(toHit)});
        } catch {
          if (ticket === latest.current) setState({status: 'error', hits: []});
        }
      },
      immediate ? 0 : DEBOUNCE_MS,
    );
    return () => window.clearTimeout(timer);
  }, [query, pagefindUrl, immediate]);

  return state;
}
