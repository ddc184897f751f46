import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startStaticServer, type StaticServer} from '../e2e/static-server';

describe('the e2e and bench static server', () => {
  let root: string;
  let server: StaticServer;

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'static-server-'));
    fs.mkdirSync(path.join(root, 'pagefind/fragment'), {recursive: true});
    fs.writeFileSync(path.join(root, 'pagefind/fragment/ko_1.pf_fragment'), 'x'.repeat(1000));
    fs.writeFileSync(path.join(root, 'pagefind/pagefind.js'), 'x'.repeat(1000));
    server = await startStaticServer(root, {gzip: true});
  });

  afterAll(async () => {
    await server.close();
    fs.rmSync(root, {recursive: true, force: true});
  });

  const encodingOf = async (file: string) =>
    (await fetch(`${server.url}/${file}`, {headers: {'accept-encoding': 'gzip'}})).headers.get(
      'content-encoding',
    );

  it('serves Pagefind files, gzip already, as they are (like nginx), and gzips the rest', async () => {
    expect(await encodingOf('pagefind/fragment/ko_1.pf_fragment')).toBeNull();
    expect(await encodingOf('pagefind/pagefind.js')).toBe('gzip');
  });

  it('compresses a file once, and again when it changes on disk', async () => {
    const file = path.join(root, 'page.js');
    const served = async () => (await fetch(`${server.url}/page.js`)).text();
    fs.writeFileSync(file, 'first;'.repeat(200));
    expect(await served()).toBe('first;'.repeat(200));
    expect(await served()).toBe('first;'.repeat(200));
    fs.writeFileSync(file, 'second;'.repeat(200));
    expect(await served()).toBe('second;'.repeat(200));
  });
});
