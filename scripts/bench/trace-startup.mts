// Traces one page's start-up in Chromium at 4× CPU and says where the main thread's time went
// (scripts/bench/trace-analysis.ts). Builds are compared interleaved (A, B, A, B …), each served
// with gzip by tests/e2e/static-server.ts, and the median of each figure is reported with the
// 1-minute load average before every run. Optionally a Lighthouse 12 mobile run per turn too.
//
//   npx tsx scripts/bench/trace-startup.mts --build=before:/tmp/a --build=after:build \
//     --path=/docs/containers/namespaces --runs=5 [--lighthouse] [--out=file.json]
import fs from 'node:fs';
import os from 'node:os';
import {startStaticServer} from '../../tests/e2e/static-server';
import {chromiumPath, launchBrowser} from '../../tests/e2e/browser';
import {compareRuns, describeComparison, median} from './compare';
import {analyzeTrace, type Breakdown, type TraceEvent} from './trace-analysis';
import {measurePage} from './lighthouse.mjs';

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink.user_timing',
  'loading',
  'disabled-by-default-v8.cpu_profiler',
].join(',');

function option(name: string): string[] {
  const prefix = `--${name}=`;
  return process.argv
    .filter((arg) => arg.startsWith(prefix))
    .map((arg) => arg.slice(prefix.length));
}

const builds = option('build').map((spec) => {
  const [label, dir] = spec.split(/:(.*)/s) as [string, string];
  return {label, dir};
});
if (builds.length === 0) throw new Error('give at least one --build=label:dir');
const pagePath = option('path')[0] ?? '/docs/containers/namespaces';
const runs = Number(option('runs')[0] ?? 3);
const withLighthouse = process.argv.includes('--lighthouse');
// Real CPU throttling in Chromium (4 like Lighthouse mobile); with --rate=1 the figures under
// `cpu` are thread times × 4, Lighthouse's simulation, which a busy machine inflates far less.
const rate = Number(option('rate')[0] ?? 4);
const out = option('out')[0];

interface Run {
  readonly loadAverage: number;
  readonly breakdown: Breakdown;
  readonly lighthouse?: {performance: number; tbt: number; mainJsScriptingMs: number | null};
}

async function traceOnce(url: string): Promise<TraceEvent[]> {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({
      viewport: {width: 412, height: 823},
      deviceScaleFactor: 1.75,
      isMobile: true,
      hasTouch: true,
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', {rate});
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (message) => {
      events.push(...(message.value as unknown as TraceEvent[]));
    });
    const done = new Promise<void>((resolve) =>
      cdp.once('Tracing.tracingComplete', () => resolve()),
    );
    await cdp.send('Tracing.start', {
      categories: CATEGORIES,
      transferMode: 'ReportEvents',
    });
    await page.goto(url, {waitUntil: 'load'});
    // Hydration and the work after it (idle callbacks, lazy chunks) end within a few seconds.
    await page.waitForTimeout(5000);
    await cdp.send('Tracing.end');
    await done;
    return events;
  } finally {
    await browser.close();
  }
}

function medianRecord(
  records: ReadonlyArray<Readonly<Record<string, number>>>,
): Record<string, number> {
  const keys = new Set(records.flatMap((record) => Object.keys(record)));
  return Object.fromEntries(
    [...keys]
      .map(
        (key) =>
          [key, Math.round(median(records.map((record) => record[key] ?? 0)) * 10) / 10] as const,
      )
      .sort(([, a], [, b]) => b - a),
  );
}

async function main(): Promise<void> {
  const servers = await Promise.all(
    builds.map((build) => startStaticServer(build.dir, {gzip: true})),
  );
  const results = new Map<string, Run[]>(builds.map((build) => [build.label, []]));
  const started = Date.now();
  try {
    for (let turn = 0; turn < runs; turn += 1) {
      for (const [index, build] of builds.entries()) {
        const url = servers[index]!.url + pagePath;
        const loadAverage = Number(os.loadavg()[0]!.toFixed(2));
        const breakdown = analyzeTrace(await traceOnce(url), rate === 1 ? 4 : 1);
        let lighthouse: Run['lighthouse'];
        if (withLighthouse) {
          const result = await measurePage(url, 'mobile', 1, chromiumPath());
          const mainJs = result.median.diagnostics.bootup.find((item) => /\/main\./.test(item.url));
          lighthouse = {
            performance: result.median.scores.performance,
            tbt: Math.round(result.median.metrics.tbt),
            mainJsScriptingMs: mainJs?.scriptingMs ?? null,
          };
        }
        results.get(build.label)!.push({loadAverage, breakdown, lighthouse});
        console.log(
          `${build.label} #${turn + 1} load ${loadAverage}: tasks ${breakdown.taskMs} ms, blocking ${breakdown.blockingMs} ms, ` +
            `cpu tasks ${breakdown.cpu.taskMs} ms, cpu blocking ${breakdown.cpu.blockingMs} ms, ` +
            `long tasks ${breakdown.longTasks.map((task) => task.durationMs).join('/')}` +
            (lighthouse
              ? `; Lighthouse ${lighthouse.performance} TBT ${lighthouse.tbt} main.js ${lighthouse.mainJsScriptingMs}`
              : ''),
        );
      }
    }
  } finally {
    await Promise.all(servers.map((server) => server.close()));
  }
  const summary = Object.fromEntries(
    [...results].map(([label, list]) => [
      label,
      {
        runs: list.length,
        loadAverage: list.map((run) => run.loadAverage),
        fcpMs: median(list.map((run) => run.breakdown.fcpMs)),
        taskMs: median(list.map((run) => run.breakdown.taskMs)),
        cpuTaskMs: median(list.map((run) => run.breakdown.cpu.taskMs)),
        cpuBlockingMs: median(list.map((run) => run.breakdown.cpu.blockingMs)),
        cpuBlockingSpread: list.map((run) => run.breakdown.cpu.blockingMs),
        cpuLongestMs: median(list.map((run) => run.breakdown.cpu.longestMs)),
        mainJsSampledMs: median(list.map((run) => run.breakdown.samplesByScript['main.js'] ?? 0)),
        blockingMs: median(list.map((run) => run.breakdown.blockingMs)),
        blockingSpread: list.map((run) => run.breakdown.blockingMs),
        forcedStyleLayoutMs: median(list.map((run) => run.breakdown.forcedStyleLayoutMs)),
        longestTaskMs: median(
          list.map((run) => Math.max(0, ...run.breakdown.longTasks.map((t) => t.durationMs))),
        ),
        byEvent: medianRecord(list.map((run) => run.breakdown.byEvent)),
        evaluateByScript: medianRecord(list.map((run) => run.breakdown.evaluateByScript)),
        samplesByPhase: medianRecord(list.map((run) => run.breakdown.samplesByPhase)),
        samplesByScript: medianRecord(list.map((run) => run.breakdown.samplesByScript)),
        renderByComponent: medianRecord(list.map((run) => run.breakdown.renderByComponent)),
        lighthouse: list[0]?.lighthouse
          ? {
              performance: median(list.map((run) => run.lighthouse!.performance)),
              tbt: median(list.map((run) => run.lighthouse!.tbt)),
              tbtSpread: list.map((run) => run.lighthouse!.tbt),
              mainJsScriptingMs: median(list.map((run) => run.lighthouse!.mainJsScriptingMs ?? 0)),
            }
          : undefined,
        longTasks: list.map((run) => run.breakdown.longTasks),
      },
    ]),
  );
  // Every build against the first one: is the difference more than the machine's noise?
  const [[firstLabel, firstRuns] = ['', []], ...others] = [...results];
  const against = Object.fromEntries(
    others.map(([label, runs]) => {
      const versusFirst = (figure: (run: Run) => number) =>
        compareRuns(runs.map(figure), firstRuns.map(figure));
      const figures = {
        cpuBlockingMs: versusFirst((run) => run.breakdown.cpu.blockingMs),
        blockingMs: versusFirst((run) => run.breakdown.blockingMs),
        ...(runs[0]?.lighthouse && firstRuns[0]?.lighthouse
          ? {lighthouseTbtMs: versusFirst((run) => run.lighthouse!.tbt)}
          : {}),
      };
      return [`${label} vs ${firstLabel}`, figures];
    }),
  );
  const report = {
    page: pagePath,
    cpuThrottling: rate,
    seconds: Math.round((Date.now() - started) / 1000),
    machine: {cores: os.cpus().length, loadAverageAtEnd: os.loadavg()},
    summary,
    against,
  };
  if (out) fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(JSON.stringify(report, null, 2));
  for (const [pair, figures] of Object.entries(against)) {
    console.log(
      `${pair}: ` +
        Object.entries(figures)
          .map(([figure, comparison]) => `${figure} ${describeComparison(comparison, ' ms')}`)
          .join(' · '),
    );
  }
}

await main();
