// Lighthouse 12 runs for the bench: one Chromium per page and mode, N runs, the run with
// the median performance score kept, and the figures the bench reports pulled out of it.
import os from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

export type Mode = 'mobile' | 'desktop';

export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface NetworkItem {
  url: string;
  resourceType?: string;
  transferSize?: number;
  resourceSize?: number;
  priority?: string;
  statusCode?: number;
  sessionTargetType?: string;
}

interface Audit {
  score: number | null;
  numericValue?: number;
  displayValue?: string;
  details?: {items?: Array<Record<string, unknown>>};
}

export interface Bytes {
  readonly count: number;
  readonly transferBytes: number;
  readonly resourceBytes: number;
}

export interface PageRun {
  readonly scores: Record<(typeof CATEGORIES)[number], number>;
  readonly metrics: {fcp: number; lcp: number; tbt: number; cls: number; si: number; tti: number};
  /** Scripts the page ran: network requests of resourceType Script. */
  readonly jsExecuted: Bytes;
  /** Scripts fetched but not run: `<link rel=prefetch>` (Chrome's priority Lowest, resourceType Other). */
  readonly jsPrefetched: Bytes;
  readonly css: Bytes;
  readonly requests: number;
  readonly totalTransferBytes: number;
  /** Lighthouse's bootup-time "scripting" of main.js (ms at the mode's CPU slowdown). */
  readonly mainJsScriptingMs: number | null;
  readonly diagnostics: Diagnostics;
}

export interface Diagnostics {
  readonly bootup: Array<{url: string; totalMs: number; scriptingMs: number; parseMs: number}>;
  readonly longTasks: Array<{url: string; startMs: number; durationMs: number}>;
  readonly unusedJs: Array<{url: string; totalBytes: number; wastedBytes: number}>;
  readonly mainThread: Array<{group: string; ms: number}>;
  readonly renderBlocking: Array<{url: string; wastedMs: number}>;
  readonly prefetchedUrls: string[];
}

export interface PageResult {
  readonly url: string;
  readonly mode: Mode;
  readonly runs: number;
  readonly performanceScores: number[];
  readonly loadAverage: number[];
  readonly median: PageRun;
  /** Every run, in the order they were made. */
  readonly all: readonly PageRun[];
}

const isJs = (item: NetworkItem) => /\.m?js(\?|$)/.test(new URL(item.url).pathname);

function sum(items: NetworkItem[]): Bytes {
  return {
    count: items.length,
    transferBytes: items.reduce((total, item) => total + (item.transferSize ?? 0), 0),
    resourceBytes: items.reduce((total, item) => total + (item.resourceSize ?? 0), 0),
  };
}

function shortUrl(url: unknown): string {
  if (typeof url !== 'string') return String(url);
  try {
    const parsed = new URL(url);
    return parsed.protocol.startsWith('http') ? parsed.pathname + parsed.search : url;
  } catch {
    return url;
  }
}

function items(audit: Audit | undefined): Array<Record<string, unknown>> {
  return audit?.details?.items ?? [];
}

const num = (value: unknown) => (typeof value === 'number' ? value : 0);

/** Extracts the bench's figures from one Lighthouse result. */
export function summarize(lhr: {
  categories: Record<string, {score: number | null}>;
  audits: Record<string, Audit>;
}): PageRun {
  const audits = lhr.audits;
  // Requests of the page itself (a service worker's precaching, if any, is not the page's).
  const network = (items(audits['network-requests']) as unknown as NetworkItem[]).filter(
    (item) => item.sessionTargetType !== 'worker',
  );
  const scripts = network.filter((item) => item.resourceType === 'Script');
  const prefetched = network.filter(
    (item) => isJs(item) && item.resourceType !== 'Script' && item.priority === 'Lowest',
  );
  const css = network.filter((item) => item.resourceType === 'Stylesheet');
  const metric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
  const mainJs = items(audits['bootup-time']).find((item) =>
    /\/main\.[0-9a-f]+\.js$/.test(shortUrl(item.url)),
  );
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  return {
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    metrics: {
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      si: metric('speed-index'),
      tti: metric('interactive'),
    },
    jsExecuted: sum(scripts),
    jsPrefetched: sum(prefetched),
    css: sum(css),
    requests: network.length,
    totalTransferBytes: network.reduce((total, item) => total + (item.transferSize ?? 0), 0),
    mainJsScriptingMs: mainJs ? Math.round(num(mainJs.scripting)) : null,
    diagnostics: {
      bootup: items(audits['bootup-time'])
        .map((item) => ({
          url: shortUrl(item.url),
          totalMs: Math.round(num(item.total)),
          scriptingMs: Math.round(num(item.scripting)),
          parseMs: Math.round(num(item.scriptParseCompile)),
        }))
        .slice(0, 5),
      longTasks: items(audits['long-tasks'])
        .map((item) => ({
          url: shortUrl(item.url),
          startMs: Math.round(num(item.startTime)),
          durationMs: Math.round(num(item.duration)),
        }))
        .slice(0, 5),
      unusedJs: items(audits['unused-javascript'])
        .map((item) => ({
          url: shortUrl(item.url),
          totalBytes: num(item.totalBytes),
          wastedBytes: num(item.wastedBytes),
        }))
        .slice(0, 5),
      mainThread: items(audits['mainthread-work-breakdown'])
        .map((item) => ({
          group: String(item.groupLabel ?? item.group),
          ms: Math.round(num(item.duration)),
        }))
        .slice(0, 6),
      renderBlocking: items(audits['render-blocking-resources']).map((item) => ({
        url: shortUrl(item.url),
        wastedMs: Math.round(num(item.wastedMs)),
      })),
      prefetchedUrls: prefetched.map((item) => shortUrl(item.url)),
    },
  };
}

/** One Lighthouse run of `url` in a Chromium of its own (a fresh profile: no cache, no code cache). */
export async function measureOnce(url: string, mode: Mode, chromePath: string): Promise<PageRun> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: CHROME_FLAGS,
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(
      url,
      {port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES]},
      mode === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const lhr = result.lhr as unknown as Parameters<typeof summarize>[0] & {
      runtimeError?: {message: string};
    };
    if (lhr.runtimeError)
      throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
    return summarize(lhr);
  } finally {
    await chrome.kill();
  }
}

/** Several runs of one page as one result: the run with the median performance score kept. */
export function aggregateRuns(
  url: string,
  mode: Mode,
  results: readonly PageRun[],
  loadAverage: readonly number[],
): PageResult {
  if (results.length === 0) throw new Error(`no Lighthouse run of ${url}`);
  const sorted = [...results].sort((a, b) => a.scores.performance - b.scores.performance);
  return {
    url,
    mode,
    runs: results.length,
    performanceScores: results.map((run) => run.scores.performance),
    loadAverage: [...loadAverage],
    median: sorted[Math.floor((sorted.length - 1) / 2)]!,
    all: [...results],
  };
}

/** Runs Lighthouse `runs` times on `url`, one after another, and aggregates them. */
export async function measurePage(
  url: string,
  mode: Mode,
  runs: number,
  chromePath: string,
): Promise<PageResult> {
  const results: PageRun[] = [];
  const loadAverage: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    loadAverage.push(Number(os.loadavg()[0]!.toFixed(2)));
    results.push(await measureOnce(url, mode, chromePath));
  }
  return aggregateRuns(url, mode, results, loadAverage);
}
