// Search latency in Chromium, timed in the page with performance.now():
//  - ui: each reader query (tests/e2e/search-reader-queries.ts: both halves and the fresh group,
//    then the site's own set, tests/e2e/search-queries.ts), seen for the first time, typed into
//    /search's input until the status reads "N개 문서를 찾았습니다" (results rendered), minus the
//    UI's 120 ms debounce. This is the whole query layer: every extra search it runs (variants,
//    fallbacks) and the loading of the results' fragments. pagefind.js, its WebAssembly and the
//    lexicon are loaded by one warm-up query first;
//  - first query: the same, on a fresh page with no service worker (so nothing from its cache),
//    once the page has hydrated: it includes loading pagefind.js, the WebAssembly, the index
//    chunks and the lexicon;
//  - breakdown: for each ui query, the page's own timings (src/components/search/usePagefind.ts
//    records them when window.__dgSearchTimings exists): Pagefind searches and their wait, result
//    data() loads and their wait, the layer's own work, and rendering until the status changed;
//  - api: the bare Pagefind calls (search(q), then data() of the top 8) over the site's own set,
//    for comparison with the layer: first time each query runs, then again with all cached.
import type {Browser, Page} from 'playwright-core';
import {launchBrowser, newContext} from '../../tests/e2e/browser';
import {QUERY_SET} from '../../tests/e2e/search-queries';
import {FRESH_QUERIES, READER_QUERIES} from '../../tests/e2e/search-reader-queries';

export const DEBOUNCE_MS = 120;
const MAX_PAGES = 8;

export interface Percentiles {
  readonly n: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

export interface SearchLatency {
  readonly queries: number;
  /** The first query on a fresh, hydrated /search with no service worker, debounce subtracted. */
  readonly firstQuery: number;
  /** First time each query runs: index chunks it needs may still be downloaded. */
  readonly apiFirst: Percentiles;
  /** The same queries again, everything cached. */
  readonly apiRepeat: Percentiles;
  /** The same first query, typed as soon as the page has hydrated (loading may still run). */
  readonly firstQueryAtHydration: number;
  /** Where the two first queries' time went. */
  readonly firstQueries: {readonly afterIdle: UiSample; readonly atHydration: UiSample};
  /** Typing into /search until results are rendered, debounce subtracted. */
  readonly ui: Percentiles;
  /** Where the ui time went. */
  readonly breakdown: Breakdown;
  /** Every ui query's sample, in the order typed (the bench's --dump writes them). */
  readonly samples: readonly UiSample[];
  /** What the first search on a fresh visit downloads under /pagefind/. */
  readonly firstSearchDownload: {requests: number; transferBytes: number; files: string[]};
}

/** One ui query: the whole time and the page's own timings (usePagefind's QueryTiming). */
export interface UiSample {
  readonly query: string;
  readonly total: number;
  readonly searches: number;
  readonly searchMs: number;
  readonly dataLoads: number;
  readonly dataMs: number;
  /** The layer's own work: planning, checking words, ranking (layer minus the waits). */
  readonly ownMs: number;
  /** From the results being set until the status line changed (React render and commit). */
  readonly renderMs: number;
  /** Waiting for pagefind.js and the lexicon (0 once loaded). */
  readonly loadMs: number;
  /** From typing until the debounced search started, beyond the debounce (a busy main thread). */
  readonly queueMs: number;
}

export interface Breakdown {
  readonly searchesPerQuery: number;
  readonly dataLoadsPerQuery: number;
  readonly searchMs: Percentiles;
  readonly dataMs: Percentiles;
  readonly ownMs: Percentiles;
  readonly renderMs: Percentiles;
  readonly loadMs: Percentiles;
  readonly queueMs: Percentiles;
}

const mean = (values: number[]) =>
  Math.round((values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length)) * 100) /
  100;

export function breakdownOf(samples: readonly UiSample[]): Breakdown {
  const of = (key: Exclude<keyof UiSample, 'query'>) => samples.map((sample) => sample[key]);
  return {
    searchesPerQuery: mean(of('searches')),
    dataLoadsPerQuery: mean(of('dataLoads')),
    searchMs: percentiles(of('searchMs')),
    dataMs: percentiles(of('dataMs')),
    ownMs: percentiles(of('ownMs')),
    renderMs: percentiles(of('renderMs')),
    loadMs: percentiles(of('loadMs')),
    queueMs: percentiles(of('queueMs')),
  };
}

export function percentiles(values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    n: sorted.length,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    max: round(sorted.at(-1) ?? Number.NaN),
  };
}

async function apiTimings(
  page: Page,
  queries: string[],
): Promise<{first: number[]; repeat: number[]}> {
  return page.evaluate(
    async ({queries, maxPages}) => {
      interface Pagefind {
        options(o: Record<string, unknown>): Promise<void>;
        init(): Promise<void>;
        search(q: string): Promise<{results: {data(): Promise<unknown>}[]} | null>;
      }
      const url = '/pagefind/pagefind.js';
      const pagefind = (await import(/* webpackIgnore: true */ url)) as Pagefind;
      await pagefind.options({excerptLength: 22});
      await pagefind.init();
      const once = async (query: string) => {
        const start = performance.now();
        const response = await pagefind.search(query);
        await Promise.all(
          (response?.results ?? []).slice(0, maxPages).map((result) => result.data()),
        );
        return performance.now() - start;
      };
      await once('도커');
      const first: number[] = [];
      for (const query of queries) first.push(await once(query));
      const repeat: number[] = [];
      for (const query of queries) repeat.push(await once(query));
      return {first, repeat};
    },
    {queries, maxPages: MAX_PAGES},
  );
}

async function uiTiming(page: Page, query: string): Promise<UiSample> {
  return page.evaluate(
    async ([query, debounceMs]) => {
      const input = document.querySelector<HTMLInputElement>('main input[type="search"]');
      const status = document.querySelector<HTMLElement>('main [aria-live="polite"]');
      if (!input || !status) throw new Error('search page has no input or status');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const type = (value: string) => {
        setValue.call(input, value);
        input.dispatchEvent(new Event('input', {bubbles: true}));
      };
      // Start from an empty field so the status is not already "…찾았습니다".
      type('');
      await new Promise((resolve) => setTimeout(resolve, 50));
      const done = () => /개 문서를 찾았습니다|결과가 없습니다/.test(status.textContent ?? '');
      interface Timing {
        query: string;
        searches: number;
        searchMs: number;
        dataLoads: number;
        dataMs: number;
        layerMs: number;
        startedAt: number;
        loadedAt: number;
        resultAt: number;
      }
      const page = window as unknown as {__dgSearchTimings?: Timing[]};
      const timings = (page.__dgSearchTimings ??= []);
      const start = performance.now();
      type(query);
      await new Promise<void>((resolve, reject) => {
        if (done()) resolve();
        const timeout = setTimeout(() => {
          observer.disconnect();
          reject(
            new Error(
              `no results for "${query}" after 15 s; status: "${status.textContent ?? ''}"`,
            ),
          );
        }, 15_000);
        const observer = new MutationObserver(() => {
          if (done()) {
            clearTimeout(timeout);
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(status, {childList: true, characterData: true, subtree: true});
      });
      const end = performance.now();
      const timing = timings.filter((entry) => entry.query === query.trim()).at(-1);
      if (!timing) throw new Error(`the page recorded no timings for "${query}"`);
      const layerWaits = timing.searchMs + timing.dataMs;
      return {
        query,
        total: end - start,
        searches: timing.searches,
        searchMs: timing.searchMs,
        dataLoads: timing.dataLoads,
        dataMs: timing.dataMs,
        ownMs: timing.layerMs - layerWaits,
        renderMs: end - timing.resultAt,
        loadMs: timing.loadedAt - timing.startedAt,
        queueMs: timing.startedAt - start - debounceMs,
      };
    },
    [query, DEBOUNCE_MS] as const,
  );
}

// tsx compiles this file with esbuild's keepNames, which wraps the functions inside the
// page.evaluate callbacks in a `__name(fn, "name")` helper that exists only in Node.
const NAME_HELPER = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

async function contextFor(browser: Browser) {
  const context = await newContext(browser);
  await context.addInitScript(NAME_HELPER);
  return context;
}

/** A fresh visit: no cache and no service worker to serve Pagefind's files. */
async function freshContextFor(browser: Browser) {
  const context = await browser.newContext({
    locale: 'ko-KR',
    viewport: {width: 1280, height: 800},
    serviceWorkers: 'block',
  });
  await context.addInitScript(NAME_HELPER);
  return context;
}

async function openHydratedSearch(
  page: Page,
  baseUrl: string,
  waitUntil: 'networkidle' | 'commit' = 'networkidle',
): Promise<void> {
  await page.goto(`${baseUrl}/search`, {waitUntil});
  await page.waitForSelector('html[data-has-hydrated="true"]');
  await page.waitForSelector('main input[type="search"]:not([disabled])');
}

export async function measureSearch(
  baseUrl: string,
  {queryLimit = Infinity}: {queryLimit?: number} = {},
): Promise<SearchLatency> {
  const browser = await launchBrowser();
  try {
    const siteQueries = QUERY_SET.map(([query]) => query);
    const readerQueries = [...READER_QUERIES, ...FRESH_QUERIES].map(({query}) => query);
    const queries = [...new Set([...readerQueries, ...siteQueries])];

    // What a first search downloads and how long it takes, on a fresh visit to /search.
    const downloads = await freshContextFor(browser);
    const downloadPage = await downloads.newPage();
    const fetched: Array<{url: string; bytes: number}> = [];
    downloadPage.on('requestfinished', (request) => {
      const url = new URL(request.url());
      if (!url.pathname.startsWith('/pagefind/')) return;
      void request.sizes().then((sizes) =>
        fetched.push({
          url: url.pathname,
          bytes: sizes.responseBodySize + sizes.responseHeadersSize,
        }),
      );
    });
    await openHydratedSearch(downloadPage, baseUrl);
    const afterIdle = await uiTiming(downloadPage, queries[0]!);
    const firstQuery = Math.max(0, afterIdle.total - DEBOUNCE_MS);
    await downloadPage.waitForLoadState('networkidle');
    await downloads.close();

    // The same, typed as soon as the page has hydrated: whatever loading is still running counts.
    const early = await freshContextFor(browser);
    const earlyPage = await early.newPage();
    await openHydratedSearch(earlyPage, baseUrl, 'commit');
    const atHydration = await uiTiming(earlyPage, queries[0]!);
    const firstQueryAtHydration = Math.max(0, atHydration.total - DEBOUNCE_MS);
    await early.close();

    // The UI path: one page, every query typed in turn (pagefind.js already loaded by the first).
    const uiContext = await contextFor(browser);
    const uiPage = await uiContext.newPage();
    await openHydratedSearch(uiPage, baseUrl);
    await uiTiming(uiPage, '도커');
    const samples: UiSample[] = [];
    for (const query of queries.slice(0, queryLimit)) samples.push(await uiTiming(uiPage, query));
    await uiContext.close();
    const ui = samples.map((sample) => Math.max(0, sample.total - DEBOUNCE_MS));

    // The API path, in a fresh page so the UI's caches do not help it.
    const apiContext = await contextFor(browser);
    const apiPage = await apiContext.newPage();
    await apiPage.goto(`${baseUrl}/search`, {waitUntil: 'networkidle'});
    const {first, repeat} = await apiTimings(apiPage, siteQueries.slice(0, queryLimit));
    await apiContext.close();

    return {
      queries: queries.length,
      firstQuery: Math.round(firstQuery),
      firstQueryAtHydration: Math.round(firstQueryAtHydration),
      firstQueries: {afterIdle, atHydration},
      apiFirst: percentiles(first),
      apiRepeat: percentiles(repeat),
      ui: percentiles(ui),
      breakdown: breakdownOf(samples),
      samples,
      firstSearchDownload: {
        requests: fetched.length,
        transferBytes: fetched.reduce((total, file) => total + file.bytes, 0),
        files: fetched.map((file) => file.url),
      },
    };
  } finally {
    await browser.close();
  }
}

/**
 * `tsx scripts/bench/search-latency.mts <build dir> [<build dir> …] [--rounds=N]`: the search part
 * alone, each build served gzip on 127.0.0.1, the builds taking turns (interleaved) for N rounds,
 * so a before/after comparison sees the same machine load.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dirs = args.filter((arg) => !arg.startsWith('--'));
  const rounds = Number(/--rounds=(\d+)/.exec(args.join(' '))?.[1] ?? 1);
  // --queries=N: only the first N queries (a quick look at the first-query numbers).
  const queryLimit = Number(/--queries=(\d+)/.exec(args.join(' '))?.[1] ?? Infinity);
  // --dump=FILE: every query's sample of every run, one JSON line each (which queries are slow).
  const dump = /--dump=(\S+)/.exec(args.join(' '))?.[1];
  const {appendFileSync} = await import('node:fs');
  const {startStaticServer} = await import('../../tests/e2e/static-server');
  const {loadavg} = await import('node:os');
  for (let round = 1; round <= rounds; round += 1) {
    for (const dir of dirs) {
      const server = await startStaticServer(dir, {gzip: true});
      const loadBefore = loadavg()[0]!.toFixed(2);
      try {
        const result = await measureSearch(server.url, {queryLimit});
        const {firstSearchDownload, samples, ...numbers} = result;
        if (dump !== undefined) {
          for (const sample of samples) {
            appendFileSync(dump, `${JSON.stringify({round, dir, ...sample})}\n`);
          }
        }
        console.log(
          JSON.stringify({
            round,
            dir,
            loadBefore,
            loadAfter: loadavg()[0]!.toFixed(2),
            ...numbers,
            firstSearchDownload: {...firstSearchDownload, files: undefined},
          }),
        );
      } finally {
        await server.close();
      }
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
