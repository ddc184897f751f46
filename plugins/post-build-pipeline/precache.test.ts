// @vitest-environment node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import {describe, expect, it} from 'vitest';
import {writeServiceWorker} from './precache';

const ROOT = path.resolve(__dirname, '../..');

function fixtureSite(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dg-sw-'));
  const files: Record<string, string> = {
    'index.html': '<h1>home</h1>',
    '404.html': '<h1>404</h1>',
    'docs/intro.html': '<h1>intro</h1>',
    'docs/install/index.html': '<h1>install</h1>',
    'assets/js/main.1a2b3c4d.js': 'console.log(1)',
    'pagefind/pagefind.js': 'export {}',
    'pagefind/wasm.ko.pagefind': 'wasm',
    'pagefind/index/ko_abc.pf_index': 'x',
    'nginx-csp.conf': 'add_header X 1;',
    'examples/node-app.zip': 'PK',
  };
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), {recursive: true});
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

interface Manifest {
  url: string;
  revision: string | null;
}

type Listeners = Record<string, (event: unknown) => void>;

/** Runs sw.js in a sandbox with the given cache and network; returns its event listeners. */
function runWorker(source: string, caches: unknown, fetch: (url: string) => Promise<Response>) {
  const listeners: Listeners = {};
  const sandbox = {
    URL,
    Headers,
    Response,
    self: {
      registration: {scope: 'https://example.test/'},
      addEventListener: (type: string, listener: (event: unknown) => void) =>
        (listeners[type] = listener),
    },
    caches,
    fetch,
  };
  vm.runInNewContext(source, sandbox);
  return listeners;
}

/** Dispatches a fetch event; the worker's response, or null when it leaves it to the browser. */
function respondTo(listeners: Listeners, url: string, mode: string): Promise<Response> | null {
  let responded: Promise<Response> | null = null;
  listeners.fetch!({
    request: {url, method: 'GET', mode},
    respondWith: (value: Promise<Response>) => (responded = value),
  });
  return responded;
}

/** Runs sw.js in a sandbox and returns its fetch handler's cache-key choice for a URL. */
function loadWorker(source: string) {
  const listeners = runWorker(
    source,
    {open: async () => ({match: async (key: string) => new Response(key)})},
    async () => new Response('network'),
  );
  return async (url: string, mode = 'navigate'): Promise<string | null> => {
    const response = respondTo(listeners, url, mode);
    return response ? (await response).text() : null;
  };
}

describe('writeServiceWorker', () => {
  const dir = fixtureSite();
  const written = writeServiceWorker(dir, ROOT);

  it('precaches pages, hashed assets without revision, the whole Pagefind index and the example archives, not server files', async () => {
    const {count} = await written;
    const source = fs.readFileSync(path.join(dir, 'sw.js'), 'utf8');
    const manifest = JSON.parse(/const MANIFEST = (\[.*?\]);/s.exec(source)![1]!) as Manifest[];
    const byUrl = new Map(manifest.map((entry) => [entry.url, entry.revision]));
    expect(count).toBe(9);
    expect([...byUrl.keys()].sort()).toEqual([
      '404.html',
      'assets/js/main.1a2b3c4d.js',
      'docs/install/index.html',
      'docs/intro.html',
      'examples/node-app.zip',
      'index.html',
      'pagefind/index/ko_abc.pf_index',
      'pagefind/pagefind.js',
      'pagefind/wasm.ko.pagefind',
    ]);
    expect(byUrl.get('assets/js/main.1a2b3c4d.js')).toBeNull();
    expect(byUrl.get('docs/intro.html')).toMatch(/^[0-9a-f]{32}$/);
    expect(byUrl.get('examples/node-app.zip')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('maps trailingSlash:false URLs and directory indexes to the precached files', async () => {
    await written;
    const respond = loadWorker(fs.readFileSync(path.join(dir, 'sw.js'), 'utf8'));
    expect(await respond('https://example.test/docs/intro')).toMatch(
      /^https:\/\/example\.test\/docs\/intro\.html\?__rev=/,
    );
    expect(await respond('https://example.test/docs/intro?q=1#top')).toMatch(
      /docs\/intro\.html\?__rev=/,
    );
    expect(await respond('https://example.test/docs/install')).toMatch(
      /docs\/install\/index\.html\?__rev=/,
    );
    expect(await respond('https://example.test/')).toMatch(/\/index\.html\?__rev=/);
    expect(await respond('https://example.test/assets/js/main.1a2b3c4d.js', 'no-cors')).toBe(
      'https://example.test/assets/js/main.1a2b3c4d.js',
    );
    // A download link is a navigation; the archive comes from the cache, not the 404 page.
    expect(await respond('https://example.test/examples/node-app.zip')).toMatch(
      /examples\/node-app\.zip\?__rev=/,
    );
    expect(await respond('https://example.test/unknown.png', 'no-cors')).toBeNull();
    expect(await respond('https://elsewhere.test/docs/intro')).toBeNull();
  });

  it('stores scripts under a neutral type during the install and serves them with their own', async () => {
    await written;
    const store = new Map<string, Response>();
    const typeOf = (url: string) =>
      url.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8';
    const listeners = runWorker(
      fs.readFileSync(path.join(dir, 'sw.js'), 'utf8'),
      {
        open: async () => ({
          keys: async () => [...store.keys()].map((url) => ({url})),
          put: async (key: string, response: Response) => void store.set(key, response.clone()),
          match: async (key: string) => store.get(key)?.clone(),
        }),
      },
      async (url: string) =>
        new Response(`body of ${url}`, {headers: {'content-type': typeOf(url)}}),
    );
    let installed: Promise<unknown> | undefined;
    listeners.install!({waitUntil: (promise: Promise<unknown>) => (installed = promise)});
    await installed;

    const script = 'https://example.test/assets/js/main.1a2b3c4d.js';
    expect(store.get(script)!.headers.get('content-type')).toBe('application/octet-stream');
    const page = [...store.keys()].find((key) => key.includes('docs/intro.html'))!;
    expect(store.get(page)!.headers.get('content-type')).toBe('text/html; charset=utf-8');

    const served = (url: string, mode: string) => respondTo(listeners, url, mode)!;
    const response = await served(script, 'no-cors');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.has('x-dg-content-type')).toBe(false);
    expect(await response.text()).toBe(`body of ${script}`);
    const html = await served('https://example.test/docs/intro', 'navigate');
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });
});
