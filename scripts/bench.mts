// `npm run bench`: the site against stock Docusaurus (bench/baseline) and against the build
// before the change, same machine, same run, interleaved.
//   1. builds the three (site and stock cold, then warm, timing each; the previous commit once),
//      inside one hold of the build lock;
//   2. serves each build gzip-compressed on 127.0.0.1;
//   3. runs Lighthouse 12 in rounds: each round measures every page type once on each build,
//      in an order that rotates from round to round (A, B, C, then B, C, A …), so that a busy
//      spell of the shared machine falls on all three; medians and spreads over the rounds;
//   4. times search in Chromium over the search quality set;
//   5. prints a table, writes bench/results.json and appends to bench/history.json.
// Options: --from-head (build the committed site, git HEAD, from a copy under bench/.work/site-src;
//          default: the working tree), --previous=REF (the build before the change; default HEAD
//          when the working tree has changes, else HEAD~1), --no-previous, --no-lock (only with
//          --from-head: the copies and the baseline share no cache with other builds, so the lock
//          only saves CPU), --skip-build (reuse bench/.work/*-build), --runs=N (rounds, default 5),
//          --modes=mobile,desktop (default mobile), --pages=home,intro (ids of SITE_PAGES),
//          --no-lighthouse, --no-search.
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {startStaticServer} from '../tests/e2e/static-server';
import {chromiumPath, launchBrowser} from '../tests/e2e/browser';
import {
  directoryBytes,
  headCopy,
  sitemapPaths,
  timedBuilds,
  type BuildTiming,
} from './bench/build.mjs';
import {
  aggregateRuns,
  measureOnce,
  type Mode,
  type PageResult,
  type PageRun,
} from './bench/lighthouse.mjs';
import {compareRuns, describeComparison, median, type Comparison} from './bench/compare';
import {longestChapter} from './bench/longest-chapter';
import {measureSearch, type SearchLatency} from './bench/search-latency.mjs';
import {measurePrefetch, type Prefetch} from './bench/prefetch.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, 'bench');
const workDir = path.join(benchDir, '.work');
const siteOut = path.join(workDir, 'site-build');
const baselineDir = path.join(benchDir, 'baseline');
const baselineOut = path.join(workDir, 'baseline-build');
const previousOut = path.join(workDir, 'previous-build');

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string) => argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const runs = Number(option('runs') ?? 5);
const modes = (option('modes') ?? 'mobile').split(',') as Mode[];

interface PageSpec {
  readonly id: string;
  readonly kind: string;
  readonly path: string;
  /** Which baseline page it is compared with. */
  readonly baseline: 'home' | 'doc';
  /** Sitemap entry that must exist for the page to be measured. */
  readonly sitemap: string;
}

const SITE_PAGES: PageSpec[] = [
  {id: 'home', kind: '홈', path: '/', baseline: 'home', sitemap: '/'},
  {id: 'intro', kind: '일반 장', path: '/docs/intro', baseline: 'doc', sitemap: '/docs/intro'},
  {
    id: 'namespaces',
    kind: '대화형 도식 장',
    path: '/docs/containers/namespaces',
    baseline: 'doc',
    sitemap: '/docs/containers/namespaces',
  },
  {
    id: 'runtimes',
    kind: 'Mermaid 장',
    path: '/docs/containers/runtimes-and-standards',
    baseline: 'doc',
    sitemap: '/docs/containers/runtimes-and-standards',
  },
  {
    id: 'install-windows',
    kind: '설치 가이드',
    path: '/docs/install/windows',
    baseline: 'doc',
    sitemap: '/docs/install/windows',
  },
  {id: 'playground', kind: '실습장', path: '/playground', baseline: 'doc', sitemap: '/playground'},
  {
    id: 'search',
    kind: '검색',
    path: `/search?q=${encodeURIComponent('도커')}`,
    baseline: 'doc',
    sitemap: '/search',
  },
];

const BASELINE_PAGES = [
  {id: 'home', path: '/'},
  {id: 'doc', path: '/docs/intro'},
] as const;

const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const ratio = (value: number, base: number) =>
  base > 0 ? Math.round((value / base) * 100) / 100 : null;

function git(args: string[]): string {
  try {
    return execFileSync('git', args, {cwd: root, encoding: 'utf8'}).trim();
  } catch {
    return '';
  }
}

function machineInfo() {
  const cpus = os.cpus();
  let chromium = '';
  try {
    chromium = execFileSync(chromiumPath(), ['--version'], {encoding: 'utf8'}).trim();
  } catch {
    chromium = 'unknown';
  }
  const lighthouseVersion = (
    JSON.parse(
      fs.readFileSync(path.join(root, 'node_modules/lighthouse/package.json'), 'utf8'),
    ) as {version: string}
  ).version;
  return {
    cpuModel: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium,
    lighthouse: lighthouseVersion,
    loadAverageAtStart: os.loadavg().map((value) => Number(value.toFixed(2))),
  };
}

interface Builds {
  site: {cold: BuildTiming; warm: BuildTiming};
  baseline: {cold: BuildTiming; warm: BuildTiming};
  previous: BuildTiming | null;
}

/** The commit the site is compared with ("the build before the change"), or null. */
function previousRef(): string | null {
  if (flag('no-previous')) return null;
  const given = option('previous');
  if (given) return given;
  if (flag('from-head')) return 'HEAD~1';
  return git(['status', '--porcelain', '--untracked-files=no']) !== '' ? 'HEAD' : 'HEAD~1';
}

function runBuilds(previous: string | null): Builds {
  let siteDir = root;
  if (flag('from-head')) {
    const copy = headCopy(root, path.join(workDir, 'site-src'));
    console.log(
      `▶ building the committed site ${copy.head.slice(0, 10)} from ${path.relative(root, copy.dir)}`,
    );
    siteDir = copy.dir;
  }
  fs.mkdirSync(workDir, {recursive: true});
  const steps = [
    {label: 'baseline (cold)', cwd: root, siteDir: baselineDir, outDir: baselineOut, cold: true},
    {label: 'baseline (warm)', cwd: root, siteDir: baselineDir, outDir: baselineOut, cold: false},
    {label: 'site (cold)', cwd: siteDir, siteDir, outDir: siteOut, cold: true},
    {label: 'site (warm)', cwd: siteDir, siteDir, outDir: siteOut, cold: false},
  ];
  if (previous) {
    const copy = headCopy(root, path.join(workDir, 'previous-src'), previous);
    console.log(`▶ the build before the change: ${previous} = ${copy.head.slice(0, 10)}`);
    steps.push({
      label: `previous ${previous}`,
      cwd: copy.dir,
      siteDir: copy.dir,
      outDir: previousOut,
      cold: false,
    });
  }
  console.log(
    `▶ builds (one hold of the build lock): ${steps.map((step) => step.label).join(', ')}`,
  );
  const lock = !(flag('no-lock') && flag('from-head'));
  if (!lock)
    console.log('  without the build lock: every build here has its own .docusaurus and cache');
  const timings = timedBuilds(steps, {lock});
  steps.forEach((step, index) =>
    console.log(`  ${step.label}: ${timings[index]!.seconds.toFixed(1)} s`),
  );
  const [baselineCold, baselineWarm, siteCold, siteWarm, previousBuild] = timings;
  return {
    baseline: {cold: baselineCold!, warm: baselineWarm!},
    site: {cold: siteCold!, warm: siteWarm!},
    previous: previousBuild ?? null,
  };
}

interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly values: number[];
}

function spread(values: readonly number[]): Spread | null {
  const finite = values.filter((value) => Number.isFinite(value));
  if (finite.length === 0) return null;
  return {
    median: median(finite),
    min: Math.min(...finite),
    max: Math.max(...finite),
    values: [...finite],
  };
}

/** Each figure's median over the runs, with its smallest and largest value. */
function runStats(all: readonly PageRun[]) {
  return {
    performance: spread(all.map((run) => run.scores.performance)),
    tbtMs: spread(all.map((run) => Math.round(run.metrics.tbt))),
    lcpMs: spread(all.map((run) => Math.round(run.metrics.lcp))),
    fcpMs: spread(all.map((run) => Math.round(run.metrics.fcp))),
    mainJsScriptingMs: spread(all.map((run) => run.mainJsScriptingMs ?? Number.NaN)),
  };
}

function pageSummary(result: PageResult, prefetch: Prefetch) {
  const run = result.median;
  return {
    stats: runStats(result.all),
    scores: run.scores,
    performanceScores: result.performanceScores,
    lcpMs: Math.round(run.metrics.lcp),
    tbtMs: Math.round(run.metrics.tbt),
    cls: Math.round(run.metrics.cls * 1000) / 1000,
    fcpMs: Math.round(run.metrics.fcp),
    speedIndexMs: Math.round(run.metrics.si),
    ttiMs: Math.round(run.metrics.tti),
    jsExecutedGzipKiB: kib(run.jsExecuted.transferBytes),
    jsExecutedRawKiB: kib(run.jsExecuted.resourceBytes),
    jsExecutedFiles: run.jsExecuted.count,
    jsPrefetchedGzipKiB: kib(prefetch.transferBytes),
    jsPrefetchedFiles: prefetch.files,
    prefetchLinkElements: prefetch.linkElements,
    jsPrefetchedInLighthouseTraceKiB: kib(run.jsPrefetched.transferBytes),
    cssGzipKiB: kib(run.css.transferBytes),
    cssRawKiB: kib(run.css.resourceBytes),
    requests: run.requests,
    totalTransferKiB: kib(run.totalTransferBytes),
    loadAverage: result.loadAverage,
    diagnostics: {...run.diagnostics, prefetchedUrls: prefetch.urls},
  };
}

type Summary = ReturnType<typeof pageSummary>;

/**
 * Whether the site's runs differ from another build's, figure by figure (scripts/bench/compare.ts:
 * Hodges-Lehmann shift and Mann-Whitney p over the rounds), so a difference of medians that the
 * machine's noise could make is not read as a gain or a loss.
 */
function runComparisons(page: Summary, other: Summary | null | undefined) {
  if (!other) return null;
  const of = (pick: (stats: Summary['stats']) => Spread | null): Comparison | null => {
    const mine = pick(page.stats)?.values;
    const theirs = pick(other.stats)?.values;
    return mine?.length && theirs?.length ? compareRuns(mine, theirs) : null;
  };
  return {
    performance: of((stats) => stats.performance),
    tbtMs: of((stats) => stats.tbtMs),
    mainJsScriptingMs: of((stats) => stats.mainJsScriptingMs),
    lcpMs: of((stats) => stats.lcpMs),
  };
}

function ratios(page: Summary, base: Summary) {
  return {
    jsExecuted: ratio(page.jsExecutedGzipKiB, base.jsExecutedGzipKiB),
    jsPrefetched: ratio(page.jsPrefetchedGzipKiB, base.jsPrefetchedGzipKiB),
    css: ratio(page.cssGzipKiB, base.cssGzipKiB),
    lcp: ratio(page.lcpMs, base.lcpMs),
    tbt: ratio(page.tbtMs, base.tbtMs),
    performanceDelta: page.scores.performance - base.scores.performance,
  };
}

function printTable(
  rows: Array<{name: string; mode: Mode; summary: Summary; jsRatio: number | null}>,
): void {
  const header = [
    'page',
    'mode',
    'perf',
    'a11y',
    'bp',
    'seo',
    'LCP ms',
    'TBT ms',
    'CLS',
    'JS run KiB',
    '×base',
    'prefetch KiB (n)',
    'CSS KiB',
  ];
  const lines = rows.map(({name, mode, summary: s, jsRatio}) => [
    name,
    mode,
    String(s.scores.performance),
    String(s.scores.accessibility),
    String(s.scores['best-practices']),
    String(s.scores.seo),
    String(s.lcpMs),
    String(s.tbtMs),
    s.cls.toFixed(3),
    s.jsExecutedGzipKiB.toFixed(1),
    jsRatio === null ? '—' : `${jsRatio.toFixed(2)}`,
    `${s.jsPrefetchedGzipKiB.toFixed(1)} (${s.jsPrefetchedFiles})`,
    s.cssGzipKiB.toFixed(1),
  ]);
  printColumns(header, lines, 2);
}

/** A plain-text table: the first `leftColumns` columns left-aligned, the others right-aligned. */
function printColumns(
  header: readonly string[],
  lines: ReadonlyArray<readonly string[]>,
  leftColumns: number,
): void {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column]!.length)),
  );
  const format = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column < leftColumns ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join('  ');
  console.log(format(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const line of lines) console.log(format(line));
}

/** The site's TBT runs against another build's, for the comparison table. */
function siteTbtAgainst(site: Summary, other: Summary): string {
  const tbt = runComparisons(site, other)?.tbtMs;
  return tbt ? describeComparison(tbt, ' ms') : '—';
}

/** Medians (smallest–largest) of the site, the build before the change and stock, side by side. */
function printComparison(
  rows: ReadonlyArray<{
    name: string;
    mode: Mode;
    site: Summary;
    previous: Summary | null;
    stock: Summary | null;
  }>,
): void {
  const cell = (value: Spread | null | undefined) =>
    value ? `${Math.round(value.median)} (${Math.round(value.min)}–${Math.round(value.max)})` : '—';
  const header = [
    'page',
    'mode',
    'build',
    'perf',
    'TBT ms',
    'main.js ms',
    'LCP ms',
    'site TBT against this build',
  ];
  const lines = rows.flatMap((row) =>
    (
      [
        ['site', row.site],
        ['previous', row.previous],
        ['stock', row.stock],
      ] as const
    ).flatMap(([build, summary]) =>
      summary
        ? [
            [
              build === 'site' ? row.name : '',
              build === 'site' ? row.mode : '',
              build,
              cell(summary.stats.performance),
              cell(summary.stats.tbtMs),
              cell(summary.stats.mainJsScriptingMs),
              cell(summary.stats.lcpMs),
              build === 'site' ? '' : siteTbtAgainst(row.site, summary),
            ],
          ]
        : [],
    ),
  );
  console.log(
    "medians over the rounds (smallest–largest); the last column: how far the site's TBT is " +
      "from that build's (Hodges-Lehmann) and whether the rounds show it (Mann-Whitney, 5 %)",
  );
  printColumns(header, lines, header.length);
}

async function main(): Promise<void> {
  const started = new Date();
  // Read now: a commit made while the bench runs must not be taken for the one it built.
  const head = git(['rev-parse', 'HEAD']);
  const dirty = git(['status', '--porcelain', '--untracked-files=no']) !== '';
  const machine = machineInfo();
  console.log(
    `bench ${started.toISOString()} · ${machine.cpuModel} × ${machine.cores} · node ${machine.node} · ${machine.chromium}`,
  );

  const previous = previousRef();
  const builds = flag('skip-build') ? null : runBuilds(previous);
  const hasPrevious = previous !== null && fs.existsSync(path.join(previousOut, 'index.html'));
  for (const dir of [siteOut, baselineOut]) {
    if (!fs.existsSync(path.join(dir, 'index.html')))
      throw new Error(`${dir} has no build; run without --skip-build`);
  }
  if (machine.loadAverageAtStart[0]! > 1)
    console.log(
      `⚠ load average ${machine.loadAverageAtStart[0]} at the start: the bench should run alone`,
    );

  const sitemap = sitemapPaths(siteOut);
  const previousSitemap = hasPrevious ? sitemapPaths(previousOut) : new Set<string>();
  const longest = longestChapter(siteOut);
  const pageSpecs: PageSpec[] = SITE_PAGES.some((page) => page.path === longest.path)
    ? SITE_PAGES
    : [
        ...SITE_PAGES,
        {
          id: 'longest',
          kind: '가장 긴 장',
          path: longest.path,
          baseline: 'doc',
          sitemap: longest.path,
        },
      ];
  console.log(
    `the longest chapter: ${longest.path} (${kib(longest.articleBytes)} KiB of article HTML)`,
  );
  const only = option('pages')?.split(',');
  const sitePages = pageSpecs.filter(
    (page) => sitemap.has(page.sitemap) && (!only || only.includes(page.id)),
  );
  const skipped = pageSpecs.filter((page) => !sitemap.has(page.sitemap)).map((page) => page.path);
  if (skipped.length > 0) console.log(`not in the site's sitemap, skipped: ${skipped.join(', ')}`);

  const site = await startStaticServer(siteOut, {gzip: true});
  const baseline = await startStaticServer(baselineOut, {gzip: true});
  const before = hasPrevious ? await startStaticServer(previousOut, {gzip: true}) : null;
  const chromePath = chromiumPath();

  const pageResults: Record<string, Partial<Record<Mode, Summary>>> = {};
  const previousResults: Record<string, Partial<Record<Mode, Summary>>> = {};
  const baselineResults: Record<string, Partial<Record<Mode, Summary>>> = {};
  const lighthouseErrors: string[] = [];
  const browser = await launchBrowser();
  try {
    if (!flag('no-lighthouse')) {
      type Build = 'stock' | 'previous' | 'site';
      const builds: Build[] = before ? ['stock', 'previous', 'site'] : ['stock', 'site'];
      const collected = new Map<string, {url: string; runs: PageRun[]; loads: number[]}>();
      const stockPages = new Set(sitePages.map((page) => page.baseline)).size;
      const total = runs * modes.length * (sitePages.length * (builds.length - 1) + stockPages);
      let done = 0;
      const measure = async (key: string, url: string, mode: Mode, label: string) => {
        const load = Number(os.loadavg()[0]!.toFixed(2));
        done += 1;
        try {
          const run = await measureOnce(url, mode, chromePath);
          const entry = collected.get(key) ?? {url, runs: [], loads: []};
          entry.runs.push(run);
          entry.loads.push(load);
          collected.set(key, entry);
          console.log(
            `  ${done}/${total} ${label}: perf ${run.scores.performance}, TBT ${Math.round(run.metrics.tbt)} ms, ` +
              `main.js ${run.mainJsScriptingMs ?? '—'} ms (load ${load})`,
          );
        } catch (error) {
          lighthouseErrors.push(`${mode} ${url}: ${String(error)}`);
          console.log(`  ${done}/${total} ${label}: failed: ${String(error)}`);
        }
      };
      for (const mode of modes) {
        for (let round = 0; round < runs; round += 1) {
          console.log(`▶ lighthouse ${mode}, round ${round + 1} of ${runs}`);
          // The order of the builds rotates, so that none always runs first or last.
          const order = builds.map((_, index) => builds[(index + round) % builds.length]!);
          const stockDone = new Set<string>();
          for (const page of sitePages) {
            for (const build of order) {
              if (build === 'stock') {
                const stock = BASELINE_PAGES.find((entry) => entry.id === page.baseline)!;
                if (stockDone.has(stock.id)) continue;
                stockDone.add(stock.id);
                await measure(
                  `stock ${stock.id} ${mode}`,
                  `${baseline.url}${stock.path}`,
                  mode,
                  `stock ${stock.path}`,
                );
              } else if (build === 'previous') {
                if (!previousSitemap.has(page.sitemap)) continue;
                await measure(
                  `previous ${page.id} ${mode}`,
                  `${before!.url}${page.path}`,
                  mode,
                  `previous ${page.path}`,
                );
              } else {
                await measure(
                  `site ${page.id} ${mode}`,
                  `${site.url}${page.path}`,
                  mode,
                  page.path,
                );
              }
            }
          }
        }
        const summarize = async (key: string) => {
          const entry = collected.get(key);
          if (!entry) return undefined;
          return pageSummary(
            aggregateRuns(entry.url, mode, entry.runs, entry.loads),
            await measurePrefetch(browser, entry.url, mode),
          );
        };
        for (const page of BASELINE_PAGES) {
          const summary = await summarize(`stock ${page.id} ${mode}`);
          if (summary) (baselineResults[page.id] ??= {})[mode] = summary;
        }
        for (const page of sitePages) {
          const summary = await summarize(`site ${page.id} ${mode}`);
          if (summary) (pageResults[page.id] ??= {})[mode] = summary;
          const earlier = await summarize(`previous ${page.id} ${mode}`);
          if (earlier) (previousResults[page.id] ??= {})[mode] = earlier;
        }
      }
    }

    let search: SearchLatency | null = null;
    let searchError: string | null = null;
    if (
      !flag('no-search') &&
      sitemap.has('/search') &&
      fs.existsSync(path.join(siteOut, 'pagefind/pagefind.js'))
    ) {
      process.stdout.write('▶ search latency … ');
      try {
        search = await measureSearch(site.url);
        console.log(
          `ui p50 ${search.ui.p50} ms, p95 ${search.ui.p95} ms, first query ${search.firstQuery} ms`,
        );
      } catch (error) {
        searchError = String(error);
        console.log(`failed: ${searchError}`);
      }
    }
    const index = directoryBytes(path.join(siteOut, 'pagefind'));

    // Report.
    const pages = sitePages.map((page) => {
      const entry: Record<string, unknown> = {
        id: page.id,
        kind: page.kind,
        path: page.path,
        baseline: page.baseline,
      };
      for (const mode of modes) {
        const summary = pageResults[page.id]?.[mode];
        const base = baselineResults[page.baseline]?.[mode];
        const earlier = previousResults[page.id]?.[mode];
        if (summary)
          entry[mode] = {
            ...summary,
            vsBaseline: base ? ratios(summary, base) : null,
            previous: earlier ?? null,
            runsAgainst: {
              previous: runComparisons(summary, earlier),
              stock: runComparisons(summary, base),
            },
          };
      }
      return entry;
    });
    const buildRatios = builds
      ? {
          cold: ratio(builds.site.cold.seconds, builds.baseline.cold.seconds),
          warm: ratio(builds.site.warm.seconds, builds.baseline.warm.seconds),
        }
      : null;
    const round1 = (value: number) => Math.round(value * 10) / 10;
    const results = {
      date: started.toISOString(),
      finished: new Date().toISOString(),
      git: {
        head,
        built: flag('from-head')
          ? 'HEAD (git archive)'
          : flag('skip-build')
            ? 'earlier build'
            : 'working tree',
        dirty: flag('from-head') ? false : dirty,
      },
      seconds: Math.round((Date.now() - started.getTime()) / 1000),
      previous: hasPrevious
        ? {ref: previous, commit: git(['rev-parse', `${previous}^{commit}`])}
        : null,
      longestChapter: longest,
      machine,
      method: {
        lighthouse: `Lighthouse ${machine.lighthouse}, ${runs} rounds per mode; each round measures every page type once on the site, on the build before the change (previous) and on stock Docusaurus (its home for the home page, its /docs/intro for every other page type, once per round), each run in a fresh Chromium, the builds in an order that rotates from round to round. stats: each figure's median with its smallest and largest value over the rounds; mainJsScriptingMs is Lighthouse's bootup-time scripting of main.js (at the simulated 4x CPU on mobile). The other fields are from the run with the median performance score. mobile = default config (simulated Moto G Power, 4× CPU slowdown, slow 4G), desktop = lighthouse/core/config/desktop-config.js. The longest chapter is the docs page with the most article HTML in this build.`,
        serving: 'Each build is served gzip-compressed by tests/e2e/static-server.ts on 127.0.0.1.',
        jsExecuted:
          "Sum of transferSize (gzip) of the page's network requests with resourceType 'Script' (the scripts that ran).",
        jsPrefetched:
          "Measured in Chromium (playwright-core) at the mode's viewport, service workers blocked: .js requests of resource type 'other' (what <link rel=prefetch> is) from load until 2 s without any request; transfer size (gzip body + headers), each URL once. These are the chunks Docusaurus prefetches in requestIdleCallback for links in the viewport: downloaded, not run. Lighthouse's own trace ends before that idle work (jsPrefetchedInLighthouseTraceKiB shows what it saw). prefetchLinkElements counts the <link rel=prefetch> elements left in the document.",
        css: "Sum of transferSize of resourceType 'Stylesheet' requests.",
        builds:
          'Cold: .docusaurus and node_modules/.cache removed (what `docusaurus clear` removes, except the shared build/ directory), then built. Warm: built again right after. All four builds run in one hold of /tmp/docusaurus-build.lock, each timed alone.',
        search:
          'In Chromium (playwright-core), timed with performance.now() in the page. ui: each reader query (tests/e2e/search-reader-queries.ts, all groups, then tests/e2e/search-queries.ts) seen for the first time, typed into /search until the status reads "개 문서를 찾았습니다" (results rendered), minus the 120 ms debounce: the whole query layer, with its extra searches and the loading of the results\' fragments, after one warm-up query loaded pagefind.js, its WebAssembly and the lexicon. firstQuery: the same for the first query of a fresh hydrated /search with service workers blocked (no SW cache). api: bare pagefind.search(q) + data() of the top 8 over tests/e2e/search-queries.ts after init and one warm-up search; first = first time each query runs, repeat = again with everything cached.',
        ratios:
          'vsBaseline divides by the stock Docusaurus page of the same kind (home → home, every other page → /docs/intro) measured in the same run.',
        runsAgainst:
          "For each figure, the site's runs against the previous build's and against stock's (scripts/bench/compare.ts): shift = Hodges-Lehmann estimate of site minus other (the median of all pairwise differences), p = two-sided Mann-Whitney U (exact), verdict at 5 %. 'no difference shown' means the rounds cannot tell the two apart on this machine, whatever the medians say.",
      },
      builds: builds
        ? {
            siteSeconds: {
              cold: round1(builds.site.cold.seconds),
              warm: round1(builds.site.warm.seconds),
            },
            baselineSeconds: {
              cold: round1(builds.baseline.cold.seconds),
              warm: round1(builds.baseline.warm.seconds),
            },
            ratio: buildRatios,
          }
        : null,
      pages,
      baselinePages: BASELINE_PAGES.map((page) => ({...page, ...baselineResults[page.id]})),
      search: search
        ? {
            ...search,
            samples: undefined, // 220 per-query lines; search-latency.mts --dump writes them
            indexBytes: index.bytes,
            indexFiles: index.files,
            indexKiB: kib(index.bytes),
            firstSearchDownloadKiB: kib(search.firstSearchDownload.transferBytes),
          }
        : {
            indexBytes: index.bytes,
            indexFiles: index.files,
            indexKiB: kib(index.bytes),
            error: searchError,
          },
      skippedPages: skipped,
      lighthouseErrors,
    };
    fs.writeFileSync(path.join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

    const historyFile = path.join(benchDir, 'history.json');
    const history: unknown[] = fs.existsSync(historyFile)
      ? (JSON.parse(fs.readFileSync(historyFile, 'utf8')) as unknown[])
      : [];
    const perPage = <T,>(pick: (s: Summary) => T, mode: Mode) =>
      Object.fromEntries(
        sitePages.flatMap((page) =>
          pageResults[page.id]?.[mode] ? [[page.id, pick(pageResults[page.id]![mode]!)]] : [],
        ),
      );
    history.push({
      date: results.date,
      head: results.git.head,
      built: results.git.built,
      dirty: results.git.dirty,
      loadAverageAtStart: machine.loadAverageAtStart,
      mobilePerformance: perPage((s) => s.scores.performance, 'mobile'),
      desktopPerformance: perPage((s) => s.scores.performance, 'desktop'),
      baselineMobilePerformance: Object.fromEntries(
        BASELINE_PAGES.flatMap((page) =>
          baselineResults[page.id]?.mobile
            ? [[page.id, baselineResults[page.id]!.mobile!.scores.performance]]
            : [],
        ),
      ),
      mobileTbtMs: perPage((s) => s.tbtMs, 'mobile'),
      mobileMedians: perPage(
        (s) => ({
          performance: s.stats.performance?.median,
          tbtMs: s.stats.tbtMs?.median,
          mainJsScriptingMs: s.stats.mainJsScriptingMs?.median,
        }),
        'mobile',
      ),
      rounds: runs,
      seconds: results.seconds,
      jsExecutedGzipKiB: perPage((s) => s.jsExecutedGzipKiB, 'mobile'),
      jsPrefetchedGzipKiB: perPage((s) => s.jsPrefetchedGzipKiB, 'mobile'),
      baselineJsExecutedGzipKiB: Object.fromEntries(
        BASELINE_PAGES.flatMap((page) =>
          baselineResults[page.id]?.mobile
            ? [[page.id, baselineResults[page.id]!.mobile!.jsExecutedGzipKiB]]
            : [],
        ),
      ),
      builds: results.builds,
      search: search
        ? {
            uiP50: search.ui.p50,
            uiP95: search.ui.p95,
            firstQuery: search.firstQuery,
            apiFirstP50: search.apiFirst.p50,
            apiFirstP95: search.apiFirst.p95,
          }
        : null,
      searchIndexKiB: kib(index.bytes),
    });
    fs.writeFileSync(historyFile, `${JSON.stringify(history, null, 2)}\n`);

    // Table.
    console.log('');
    const rows: Array<{name: string; mode: Mode; summary: Summary; jsRatio: number | null}> = [];
    for (const mode of modes) {
      for (const page of BASELINE_PAGES) {
        const summary = baselineResults[page.id]?.[mode];
        if (summary) rows.push({name: `stock ${page.path}`, mode, summary, jsRatio: null});
      }
      for (const page of sitePages) {
        const summary = pageResults[page.id]?.[mode];
        const base = baselineResults[page.baseline]?.[mode];
        if (summary)
          rows.push({
            name: page.path,
            mode,
            summary,
            jsRatio: base ? ratio(summary.jsExecutedGzipKiB, base.jsExecutedGzipKiB) : null,
          });
      }
    }
    if (rows.length > 0) {
      printTable(rows);
      console.log('');
      printComparison(
        modes.flatMap((mode) =>
          sitePages.flatMap((page) => {
            const summary = pageResults[page.id]?.[mode];
            if (!summary) return [];
            return [
              {
                name: `${page.path} (${page.kind})`,
                mode,
                site: summary,
                previous: previousResults[page.id]?.[mode] ?? null,
                stock: baselineResults[page.baseline]?.[mode] ?? null,
              },
            ];
          }),
        ),
      );
    }
    if (builds) {
      console.log(
        `\nbuild (s)   site cold ${round1(builds.site.cold.seconds)} · warm ${round1(builds.site.warm.seconds)}   ` +
          `stock cold ${round1(builds.baseline.cold.seconds)} · warm ${round1(builds.baseline.warm.seconds)}   ` +
          `ratio cold ${buildRatios?.cold} · warm ${buildRatios?.warm}`,
      );
    }
    if (search) {
      console.log(
        `search (${search.queries} queries)   ui p50 ${search.ui.p50} ms · p95 ${search.ui.p95} ms · first query on a fresh page ${search.firstQuery} ms   ` +
          `api first p50 ${search.apiFirst.p50} · p95 ${search.apiFirst.p95} ms   api repeat p50 ${search.apiRepeat.p50} · p95 ${search.apiRepeat.p95} ms`,
      );
      console.log(
        `search index ${kib(index.bytes)} KiB in ${index.files} files; a first search downloads ` +
          `${kib(search.firstSearchDownload.transferBytes)} KiB in ${search.firstSearchDownload.requests} requests`,
      );
    }
    console.log(
      `\nwrote bench/results.json and appended to bench/history.json (${history.length} entries); ` +
        `the bench took ${Math.round(results.seconds / 60)} min`,
    );
  } finally {
    await browser.close();
    await site.close();
    await baseline.close();
    await before?.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
