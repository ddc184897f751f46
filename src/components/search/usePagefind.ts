import {useEffect, useRef, useState} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {layeredSearch, type EngineResult, type SearchEngine} from '@site/src/lib/search/layered';
import {
  prepareLexicon,
  type LexiconTerm,
  type PreparedLexicon,
  type SearchLexicon,
} from '@site/src/lib/search/lexicon';
import type {SearchHit} from '@site/src/lib/search/results';

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{results: EngineResult[]} | null>;
}

interface LoadedSearch {
  readonly engine: SearchEngine;
  readonly lexicon: PreparedLexicon;
}

/** Options every Pagefind instance of the site gets. */
const PAGEFIND_OPTIONS = {excerptLength: 22};

let searchPromise: Promise<LoadedSearch> | undefined;

/**
 * Loads pagefind.js (and its index) once, on first use. Also on /search?q=… it starts only
 * after hydration: started earlier, Pagefind's worker unpacked the Korean index (one ~300 KiB
 * chunk, Pagefind does not split Korean) while main.js ran, and lengthened its tasks.
 */
function loadSearch(pagefindUrl: string, lexiconUrl: string): Promise<LoadedSearch> {
  searchPromise ??= Promise.all([
    import(/* webpackIgnore: true */ pagefindUrl).then(async (module: PagefindModule) => {
      await module.options(PAGEFIND_OPTIONS);
      await module.init();
      return module;
    }),
    // The query layer's words, written beside the index by scripts/search-index.mts.
    fetch(lexiconUrl).then(async (response) => {
      if (!response.ok) throw new Error(`${lexiconUrl}: ${response.status}`);
      return prepareLexicon((await response.json()) as SearchLexicon);
    }),
  ]).then(([pagefind, lexicon]) => ({
    engine: async (query: string) => (await pagefind.search(query))?.results ?? [],
    lexicon,
  }));
  searchPromise.catch(() => {
    searchPromise = undefined; // a later search may try again
  });
  return searchPromise;
}

export type SearchStatus = 'idle' | 'loading' | 'done' | 'error';

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
  const pagefindUrl = useBaseUrl('/pagefind/pagefind.js');
  const lexiconUrl = useBaseUrl('/pagefind/ko-lexicon.json');
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
    const timer = window.setTimeout(
      async () => {
        try {
          const {engine, lexicon} = await loadSearch(pagefindUrl, lexiconUrl);
          if (ticket !== latest.current) return;
          const result = await layeredSearch(trimmed, lexicon, engine, MAX_PAGES);
          if (ticket === latest.current) setState({status: 'done', ...result});
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
