// Which webpack modules cost the most to evaluate when a page starts: wraps every module factory
// pushed to the chunk-loading global before the runtime sees it and times it in the page
// (self time: its own top-level code and the lazy compilation of its functions, without the
// modules it requires). Found the quiz's module-scope Intl.DateTimeFormat (docs-dev/performance.md).
//
//   npx tsx scripts/bench/module-times.mts --build=build --path=/docs/intro [--runs=3] [--top=15]
// Module ids are the build's; look one up with `grep -o '<id>(e,t,r){.\{300\}' build/assets/js/*.js`.
import {startStaticServer} from '../../tests/e2e/static-server';
import {launchBrowser} from '../../tests/e2e/browser';
import {median} from './compare';

const option = (name: string, fallback: string) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const buildDir = option('build', 'build');
const pagePath = option('path', '/docs/intro');
const runs = Number(option('runs', '3'));
const top = Number(option('top', '15'));
const chunkGlobal = option('global', 'webpackChunkdocker_gilajabi');

// Runs in the page before any script: a stand-in array whose `push` (the runtime replaces it)
// wraps the factories of every chunk pushed before or after the runtime starts.
const timer = `(() => {
  const selfMs = {}; const stack = []; window.__moduleTimes = selfMs;
  const wrap = (chunk) => { const factories = chunk[1]; for (const id of Object.keys(factories)) {
    const factory = factories[id];
    factories[id] = function () { const started = performance.now(); stack.push(0);
      try { return factory.apply(this, arguments); } finally {
        const took = performance.now() - started; const inner = stack.pop();
        selfMs[id] = (selfMs[id] || 0) + took - inner; if (stack.length) stack[stack.length - 1] += took; } }; } };
  const chunks = []; let runtimePush = null;
  Object.defineProperty(chunks, 'push', { configurable: true,
    get() { return (...items) => { items.forEach(wrap); return runtimePush ? runtimePush(...items) : Array.prototype.push.apply(chunks, items); }; },
    set(push) { runtimePush = push; } });
  self[${JSON.stringify(chunkGlobal)}] = chunks;
})();`;

const server = await startStaticServer(buildDir, {gzip: true});
const browser = await launchBrowser();
const samples = new Map<string, number[]>();
try {
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({
      viewport: {width: 412, height: 823},
      isMobile: true,
      serviceWorkers: 'block',
    });
    await context.addInitScript({content: timer});
    const page = await context.newPage();
    await page.goto(server.url + pagePath, {waitUntil: 'load'});
    await page.waitForTimeout(2500);
    const times = await page.evaluate(
      () => (window as unknown as {__moduleTimes: Record<string, number>}).__moduleTimes,
    );
    for (const [id, ms] of Object.entries(times)) samples.set(id, [...(samples.get(id) ?? []), ms]);
    const total = Object.values(times).reduce((sum, ms) => sum + ms, 0);
    console.log(`run ${run + 1}: ${Object.keys(times).length} modules, ${total.toFixed(1)} ms`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`\nmodule  median ms (self, ${runs} runs) on ${pagePath}`);
for (const [id, values] of [...samples].sort((a, b) => median(b[1]) - median(a[1])).slice(0, top))
  console.log(`${id.padEnd(6)}  ${median(values).toFixed(1)}`);
