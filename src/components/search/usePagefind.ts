import {useEffect, useRef, useState} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {
  emptyTrace,
  layeredSearch,
  newSession,
  prepareWordsFor,
  type EngineResult,
  type SearchEngine,
  type SearchSession,
  type SearchTrace,
} from '@site/src/lib/search/layered';
import {
  prepareLexicon,
  type LexiconTerm,
  type PreparedLexicon,
  type SearchLexicon,
} from '@site/src/lib/search/lexicon';
import {fetchFragment} from '@site/src/lib/search/fragment';
import {
  LEXICON_FILE,
  PAGEFIND_SCRIPT,
  SEARCH_BUNDLE_DIR,
  wordShardFile,
} from '@site/src/lib/search/files';
import {decomposeHangul} from '@site/src/lib/search/korean';
import {prefetchPages} from '@site/src/lib/search/prefetch';
import {whenIdle} from '@site/src/lib/dom/whenIdle';
import type {SearchHit} from '@site/src/lib/search/results';

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{results: EngineResult[]} | null>;
  preload(query: string): Promise<void>;
}

interface LoadedSearch {
  readonly engine: SearchEngine;
  readonly lexicon: PreparedLexicon;
  /** Results and page texts the queries of this visit share. */
  readonly session: SearchSession;
}

const PAGEFIND_PATH = `/${SEARCH_BUNDLE_DIR}/${PAGEFIND_SCRIPT}`;
const LEXICON_PATH = `/${SEARCH_BUNDLE_DIR}/${LEXICON_FILE}`;

/** Options every Pagefind instance of the site gets. */
const PAGEFIND_OPTIONS = {excerptLength: 22};

let searchPromise: Promise<LoadedSearch> | undefined;

/** The query in the page's address (the search page's ?q=), or ''. */
function addressQuery(): string {
  return new URLSearchParams(window.location.search).get('q')?.trim() ?? '';
}
async function fetchChecked(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response;
}

let lexiconPromise: Promise<PreparedLexicon> | undefined;

/**
 * The query layer's words, written beside the index by scripts/search-index.mts, loaded once;
 * the site's word list is in shards beside it (ko-words-<n>.txt) that queries load as their
 * words need them.
 */
function loadLexicon(lexiconUrl: string): Promise<PreparedLexicon> {
  const shardUrl = (shard: number) =>
    new URL(wordShardFile(shard), new URL(lexiconUrl, window.location.href)).href;
  lexiconPromise ??= fetchChecked(lexiconUrl).then(async (response) =>
    prepareLexicon((await response.json()) as SearchLexicon, async (shard) =>
      (await fetchChecked(shardUrl(shard))).text(),
    ),
  );
  lexiconPromise.catch(() => {
    lexiconPromise = undefined; // a later search may try again
  });
  return lexiconPromise;
}

let pagesPrefetched = false;

/**
 * How long after the first results the other pages start to load. Started at once, the loads
 * (about fifty, one after another) ran beside the first results' paint and the page's start-up,
 * on the same network and main thread; a reader is still reading the first results by then.
 */
const PREFETCH_AFTER_MS = 3000;

/** After the first query, the other pages load when idle (src/lib/search/prefetch.ts). */
function prefetchOnce({lexicon, session}: LoadedSearch, pagefindUrl: string): void {
  if (pagesPrefetched) return;
  pagesPrefetched = true;
  const ids = [...lexicon.outlines.keys()];
  window.setTimeout(
    () => void prefetchPages(session, ids, (id) => fetchFragment(pagefindUrl, id), whenIdle),
    PREFETCH_AFTER_MS,
  );
}

/**
 * Loads pagefind.js (and its index) once, on first use. Also on /search?q=… it starts only
 * after hydration: started earlier, Pagefind's worker unpacked the index chunks while main.js
 * ran, and lengthened its tasks.
 */
function loadSearch(pagefindUrl: string, lexiconUrl: string): Promise<LoadedSearch> {
  searchPromise ??= Promise.all([
    import(/* webpackIgnore: true */ pagefindUrl).then(async (module: PagefindModule) => {
      await module.options(PAGEFIND_OPTIONS);
      await module.init();
      // init() only starts the worker; a preload fetches its WebAssembly and the index metadata
      // meanwhile, and the chunks of the address's query (/search?q=…) while the lexicon loads.
      // No other words' chunks: since the Korean index is split, one serves few queries.
      module.preload(decomposeHangul(addressQuery())).catch(() => undefined);
      return module;
    }),
    loadLexicon(lexiconUrl),
  ]).then(([pagefind, lexicon]) => ({
    // Asked as indexed (decomposed), so Pagefind ranks a Hangul word's match as written, as it
    // does an ASCII word's, instead of as a mere variant of it.
    engine: async (query: string) =>
      ((await pagefind.search(decomposeHangul(query)))?.results ?? []).map((result) => ({
        ...result,
        // The page's text straight from the bundle; Pagefind's data() if that fails.
        data: () => fetchFragment(pagefindUrl, result.id).catch(() => result.data()),
      })),
    lexicon,
    session: newSession(),
  }));
  searchPromise.catch(() => {
    searchPromise = undefined; // a later search may try again
  });
  return searchPromise;
}

/**
 * Starts loading search when a reader is about to use it (the dialog opened, the search page
 * idle after hydration), so the first query does not wait for pagefind.js, its WebAssembly, the
 * index metadata and the lexicon.
 */
export function usePreloadSearch(when: 'now' | 'idle'): void {
  const pagefindUrl = useBaseUrl(PAGEFIND_PATH);
  const lexiconUrl = useBaseUrl(LEXICON_PATH);
  useEffect(() => {
    const start = () => void loadSearch(pagefindUrl, lexiconUrl).catch(() => undefined);
    if (when === 'now') {
      start();
      return undefined;
    }
    return whenIdle(start, 2000, 200);
  }, [when, pagefindUrl, lexiconUrl]);
}

export type SearchStatus = 'idle' | 'loading' | 'done' | 'error';

/** One query's timings, kept only when the bench asks for them (scripts/bench/search-latency.mts). */
export interface QueryTiming extends SearchTrace {
  readonly query: string;
  /** performance.now() when the debounce ended, when loading was done, when results were set. */
  readonly startedAt: number;
  readonly loadedAt: number;
  readonly resultAt: number;
}

declare global {
  interface Window {
    __dgSearchTimings?: QueryTiming[];
  }
}

const MAX_PAGES = 8;
const DEBOUNCE_MS = 120;

export interface SearchState {
  readonly status: SearchStatus;
  readonly hits: readonly SearchHit[];
  /** Index of the first hit that matches only most of the words (the layer's fallback). */
  readonly partialFrom: number | null;
  /** The glossary term the query names, shown as a compact "용어" result. */
  readonly term: LexiconTerm | null;
  /** Nearest known words when nothing matched. */
  readonly suggestions: readonly string[];
}

const IDLE: SearchState = {
  status: 'idle',
  hits: [],
  partialFrom: null,
  term: null,
  suggestions: [],
};

/** Results for `query`, debounced unless `immediate`; the latest query always wins. */
export function usePagefind(
  query: string,
  {immediate = false}: {immediate?: boolean} = {},
): SearchState {
  const pagefindUrl = useBaseUrl(PAGEFIND_PATH);
  const lexiconUrl = useBaseUrl(LEXICON_PATH);
  const [state, setState] = useState<SearchState>(IDLE);
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    const trimmed = query.trim();
    if (trimmed === '') {
      setState(IDLE);
      return undefined;
    }
    setState((previous) => ({...previous, status: 'loading'}));
    // Pagefind is asked for first: its script, WebAssembly and index chunks are the longest chain
    // to the first results (with the lexicon requested before it, /search?q='s LCP was ~175 ms
    // later in Lighthouse). The word shards the query needs load during the debounce (for
    // /search?q=…, as soon as the lexicon is in), not after Pagefind is ready.
    loadSearch(pagefindUrl, lexiconUrl).catch(() => undefined);
    loadLexicon(lexiconUrl)
      .then((lexicon) => prepareWordsFor(trimmed, lexicon))
      .catch(() => undefined);
    const timer = window.setTimeout(
      async () => {
        try {
          const startedAt = performance.now();
          const search = await loadSearch(pagefindUrl, lexiconUrl);
          const {engine, lexicon, session} = search;
          if (ticket !== latest.current) return;
          const loadedAt = performance.now();
          const trace = emptyTrace();
          const result = await layeredSearch(trimmed, lexicon, engine, MAX_PAGES, trace, session);
          if (ticket !== latest.current) return;
          const timing = {query: trimmed, startedAt, loadedAt, resultAt: performance.now()};
          window.__dgSearchTimings?.push({...trace, ...timing});
          setState({status: 'done', ...result});
          prefetchOnce(search, pagefindUrl);
        } catch {
          if (ticket === latest.current) setState({...IDLE, status: 'error'});
        }
      },
      immediate ? 0 : DEBOUNCE_MS,
    );
    return () => window.clearTimeout(timer);
  }, [query, pagefindUrl, lexiconUrl, immediate]);

  return state;
}
