// Where the build writes the search files (scripts/search-index.mts) and where the client and the
// search page's preloads (plugins/post-build-pipeline/search-preloads.ts) find them.

/** The folder of Pagefind's bundle and the query layer's files, under the base URL. */
export const SEARCH_BUNDLE_DIR = 'pagefind';
/** Pagefind's script, in the bundle. */
export const PAGEFIND_SCRIPT = 'pagefind.js';
/** The query layer's lexicon (src/lib/search/lexicon.ts), in the bundle. */
export const LEXICON_FILE = 'ko-lexicon.json';
/** One shard of the site's word list (site-index.ts splitWords), beside the lexicon. */
export const wordShardFile = (shard: number) => `ko-words-${shard}.txt`;
/** A result's fragment in the bundle (Pagefind 1.5.2, coupled_search.ts _loadFragment). */
export const fragmentFile = (id: string) => `fragment/${id}.pf_fragment`;
/** The result id of a bundle path that is a fragment's, else undefined. */
export const fragmentIdOf = (bundlePath: string): string | undefined =>
  /^fragment\/([^/]+)\.pf_fragment$/.exec(bundlePath)?.[1];
