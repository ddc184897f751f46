// @vitest-environment node
// deploy/nginx.conf checked by the system's nginx (Debian 12: 1.22.1): `nginx -t`, then a real
// server over a small fixture site for headers, MIME types, caching, compression, 404 and
// trailing-slash behaviour. The e2e test (tests/e2e/nginx.e2e.ts) repeats this over the real build.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildSitePolicy, nginxCspDirective, sha256Source} from '@site/src/lib/csp/policy';
import {
  nginxBinary,
  startNginx,
  testConfig,
  writeTestConfig,
  type RunningNginx,
} from '../e2e/nginx-server';

const deployDir = path.resolve('deploy');
const policy = buildSitePolicy([sha256Source('document.documentElement.dataset.x="1"')]);
const cspInclude = nginxCspDirective(policy);

interface RawResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
}

/** A plain HTTP GET that neither decompresses nor follows redirects. */
function get(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    http
      .get(url, {headers}, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
      })
      .on('error', reject);
  });
}

/** `{ … }` blocks of `location` directives with their bodies (no nested blocks in ours). */
function locationBlocks(conf: string): {head: string; body: string}[] {
  const blocks: {head: string; body: string}[] = [];
  const pattern = /location\s+([^{]+)\{/g;
  for (const match of conf.matchAll(pattern)) {
    const start = match.index! + match[0].length;
    const end = conf.indexOf('}', start);
    blocks.push({head: match[1]!.trim(), body: conf.slice(start, end)});
  }
  return blocks;
}

const withoutComments = (text: string) => text.replace(/#.*$/gm, '');

describe('nginx is installed', () => {
  it('finds the nginx binary (install it for these tests; they never skip)', () => {
    expect(() => nginxBinary()).not.toThrow();
  });
});

describe('deploy/nginx.conf, read as text', () => {
  const conf = withoutComments(fs.readFileSync(path.join(deployDir, 'nginx.conf'), 'utf8'));
  const snippet = withoutComments(
    fs.readFileSync(path.join(deployDir, 'security-headers.conf'), 'utf8'),
  );

  it('repeats the security headers in every location that adds headers of its own', () => {
    const blocks = locationBlocks(conf);
    expect(blocks.length).toBeGreaterThan(1);
    for (const block of blocks.filter((candidate) => /\badd_header\b/.test(candidate.body))) {
      expect(block.body, `location ${block.head}`).toMatch(/include\s+security-headers\.conf;/);
    }
    expect(conf.replace(/location[^{]+\{[^}]*\}/g, '')).toMatch(
      /include\s+security-headers\.conf;/,
    );
  });

  it('keeps every path nginx writes under /tmp and listens on 8080 only', () => {
    expect(conf).toMatch(/^\s*pid \/tmp\/nginx\.pid;/m);
    for (const directive of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
      expect(conf).toMatch(new RegExp(`${directive}_temp_path /tmp/`));
    }
    expect([...conf.matchAll(/^\s*listen\s+([^;]+);/gm)].map((match) => match[1])).toEqual([
      '8080',
    ]);
    expect(conf).not.toMatch(/^\s*user\s/m);
    // nginx 1.22 compatibility: no directives newer than it.
    expect(conf).not.toMatch(/\bhttp2\s+on\b|\bhttp3\b|\bquic\b/);
  });

  it('sends the security headers with `always` and pulls in the generated policy', () => {
    for (const header of [
      'X-Content-Type-Options',
      'Referrer-Policy',
      'X-Frame-Options',
      'Permissions-Policy',
    ]) {
      expect(snippet).toMatch(new RegExp(`add_header ${header} "[^"]+" always;`));
    }
    expect(snippet).toMatch(/include nginx-csp\.conf;/);
  });
});

describe('nginx -t', () => {
  it('accepts the configuration without warnings', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dg-nginx-root-'));
    const config = writeTestConfig({root, port: 18080, cspInclude});
    try {
      const {status, output} = testConfig(config);
      expect(output).toMatch(/syntax is ok/);
      expect(output).toMatch(/test is successful/);
      expect(output).not.toMatch(/\[(warn|emerg|alert|crit)\]/);
      expect(status).toBe(0);
    } finally {
      fs.rmSync(config.dir, {recursive: true, force: true});
      fs.rmSync(root, {recursive: true, force: true});
    }
  });

  it('fails when the generated policy include is broken (so the check means something)', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dg-nginx-root-'));
    const config = writeTestConfig({
      root,
      port: 18080,
      cspInclude: 'add_header Content-Security-Policy "x"\n',
    });
    try {
      const {status, output} = testConfig(config);
      expect(status).not.toBe(0);
      expect(output).toMatch(/nginx-csp\.conf/);
    } finally {
      fs.rmSync(config.dir, {recursive: true, force: true});
      fs.rmSync(root, {recursive: true, force: true});
    }
  });
});

describe('nginx serving a fixture site with deploy/nginx.conf', () => {
  let root: string;
  let server: RunningNginx;
  const script = `/* ${'x'.repeat(2000)} */ console.log("main");`;

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'dg-nginx-site-'));
    fs.chmodSync(root, 0o755);
    const files: Record<string, string> = {
      'index.html': '<!doctype html><title>home</title><p>home page',
      '404.html': '<!doctype html><title>404</title><p>not found page',
      'docs/intro.html': '<!doctype html><title>intro</title><p>intro page',
      'docs/part/index.html': '<!doctype html><title>part</title><p>part index',
      'assets/js/main.0123abcd.js': script,
      'pagefind/wasm.ko.pagefind': 'wasm',
      'pagefind/pagefind.ko_1234.pf_meta': 'meta',
      'pagefind/index/ko_1234.pf_index': 'index',
      'pagefind/fragment/ko_1234.pf_fragment': 'fragment',
      'pagefind/filter/ko_1234.pf_filter': 'filter',
      'manifest.webmanifest': '{"name":"도커 길잡이"}',
      'sw.js': 'self.addEventListener("install",()=>{})',
      'lib/module.wasm': 'wasm',
      'nginx-csp.conf': cspInclude,
    };
    for (const [name, content] of Object.entries(files)) {
      const file = path.join(root, name);
      fs.mkdirSync(path.dirname(file), {recursive: true, mode: 0o755});
      fs.writeFileSync(file, content, {mode: 0o644});
    }
    server = await startNginx({root, cspInclude});
  });

  afterAll(async () => {
    await server?.stop();
    if (root) fs.rmSync(root, {recursive: true, force: true});
  });

  function expectSecurityHeaders(response: RawResponse): void {
    expect(response.headers['content-security-policy']).toBe(policy);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['permissions-policy']).toMatch(/camera=\(\).*microphone=\(\)/);
  }

  it('runs without root: master and workers are an unprivileged user', () => {
    const uid = (pid: number) =>
      Number(/^Uid:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]);
    expect(uid(server.pid)).not.toBe(0);
    const workers = fs
      .readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .filter((name) => {
        try {
          return new RegExp(`^PPid:\\s+${server.pid}$`, 'm').test(
            fs.readFileSync(`/proc/${name}/status`, 'utf8'),
          );
        } catch {
          return false;
        }
      });
    expect(workers.length).toBeGreaterThan(0);
    for (const worker of workers) expect(uid(Number(worker))).not.toBe(0);
  });

  it('serves the home page as HTML with no-cache and every security header', async () => {
    const response = await get(`${server.url}/`);
    expect(response.status).toBe(200);
    expect(response.body.toString()).toContain('home page');
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers.server).toBe('nginx');
    expectSecurityHeaders(response);
  });

  it('serves /docs/intro from docs/intro.html and a folder index without a trailing slash', async () => {
    const intro = await get(`${server.url}/docs/intro`);
    expect(intro.status).toBe(200);
    expect(intro.body.toString()).toContain('intro page');
    const part = await get(`${server.url}/docs/part`);
    expect(part.status).toBe(200);
    expect(part.body.toString()).toContain('part index');
  });

  it('redirects a trailing slash to the canonical URL, relative to the host the browser used', async () => {
    const response = await get(`${server.url}/docs/intro/?a=1`);
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe('/docs/intro?a=1');
    expectSecurityHeaders(response);
  });

  it('answers an unknown URL with the site 404 page, status 404 and the security headers', async () => {
    const response = await get(`${server.url}/no/such/page`);
    expect(response.status).toBe(404);
    expect(response.body.toString()).toContain('not found page');
    expect(response.headers['cache-control']).toBe('no-cache');
    expectSecurityHeaders(response);
  });

  it('caches hashed assets for a year, compresses them, and keeps the security headers there too', async () => {
    const response = await get(`${server.url}/assets/js/main.0123abcd.js`, {
      'Accept-Encoding': 'gzip',
    });
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers.vary).toMatch(/Accept-Encoding/);
    expect(response.headers['content-type']).toMatch(/^application\/javascript/);
    expectSecurityHeaders(response);
    const plain = await get(`${server.url}/assets/js/main.0123abcd.js`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it('does not mark a missing asset as immutable', async () => {
    const response = await get(`${server.url}/assets/js/missing.js`);
    expect(response.status).toBe(404);
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it.each([
    ['/pagefind/wasm.ko.pagefind', 'application/octet-stream'],
    ['/pagefind/pagefind.ko_1234.pf_meta', 'application/octet-stream'],
    ['/pagefind/index/ko_1234.pf_index', 'application/octet-stream'],
    ['/pagefind/fragment/ko_1234.pf_fragment', 'application/octet-stream'],
    ['/pagefind/filter/ko_1234.pf_filter', 'application/octet-stream'],
    ['/manifest.webmanifest', 'application/manifest+json'],
    ['/lib/module.wasm', 'application/wasm'],
  ])('serves %s as %s', async (url, type) => {
    const response = await get(`${server.url}${url}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']?.split(';')[0]).toBe(type);
  });

  it('revalidates the service worker and the manifest', async () => {
    for (const url of ['/sw.js', '/manifest.webmanifest']) {
      expect((await get(`${server.url}${url}`)).headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('never serves the generated policy include', async () => {
    expect((await get(`${server.url}/nginx-csp.conf`)).status).toBe(404);
  });
});
