// The search page's first results wait on a chain of downloads that starts only after hydration:
// Pagefind's script, then its worker, WebAssembly, index chunks and the results' fragments, with
// the lexicon beside them. Preloaded from the page's HTML, the script and the lexicon download
// while main.js does (at low priority, so they do not delay it); they still run only after
// hydration. Lighthouse mobile /search?q=도커: LCP 3 120 → 2 865 ms in seven interleaved runs
// each (p < 0.001, TBT no difference shown; bench/startup/2026-12-05-search-preloads.json), and
// 3 192 → 2 878 ms in the bench (p 0.008, TBT 50 → 130 ms, p 0.032; bench/README.md). The tags
// are written here rather than through Docusaurus's <Head>: react-helmet-async may remove and
// re-add its tags during hydration, and a removed preload is not matched by the fetch after it.
import fs from 'node:fs';
import path from 'node:path';
import {LEXICON_FILE, PAGEFIND_SCRIPT, SEARCH_BUNDLE_DIR} from '../../src/lib/search/files';

/** The search page's file in the build (src/pages/search.tsx, no trailing slash). */
export const SEARCH_PAGE_FILE = 'search.html';

/** The two preload tags, with the site's base URL. */
export function searchPreloadTags(baseUrl: string): string {
  const bundle = `${baseUrl}${SEARCH_BUNDLE_DIR}/`;
  return (
    `<link rel="modulepreload" href="${bundle}${PAGEFIND_SCRIPT}" fetchpriority="low">` +
    `<link rel="preload" href="${bundle}${LEXICON_FILE}" as="fetch" crossorigin="anonymous" fetchpriority="low">`
  );
}

/** Adds the preload tags to the search page's head; both files must be in the build. */
export function addSearchPreloads(outDir: string, baseUrl: string): void {
  for (const file of [PAGEFIND_SCRIPT, LEXICON_FILE]) {
    if (!fs.existsSync(path.join(outDir, SEARCH_BUNDLE_DIR, file))) {
      throw new Error(`search preloads: ${SEARCH_BUNDLE_DIR}/${file} is not in the build`);
    }
  }
  const page = path.join(outDir, SEARCH_PAGE_FILE);
  const html = fs.readFileSync(page, 'utf8');
  const tags = searchPreloadTags(baseUrl);
  if (html.includes(tags)) return; // a second run of the step
  const headEnd = html.indexOf('</head>');
  if (headEnd < 0) throw new Error(`search preloads: ${SEARCH_PAGE_FILE} has no </head>`);
  fs.writeFileSync(page, html.slice(0, headEnd) + tags + html.slice(headEnd));
}
