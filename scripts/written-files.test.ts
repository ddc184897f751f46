import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {writeBundle} from './written-files';

let dir = '';
afterEach(() => fs.rmSync(dir, {recursive: true, force: true}));

const bytes = (length: number) => new Uint8Array(length).fill(7);

describe('writing the search bundle', () => {
  it('writes every file completely, in subfolders too, replacing an older bundle', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-'));
    fs.writeFileSync(path.join(dir, 'stale.pf_index'), 'old');
    const files = [
      {path: 'pagefind.js', content: bytes(10)},
      {path: 'wasm.unknown.pagefind', content: bytes(68_024)},
      {path: 'index/ko_1.pf_index', content: bytes(300_000)},
    ];
    expect(writeBundle(dir, files)).toBe(3);
    expect(fs.statSync(path.join(dir, 'wasm.unknown.pagefind')).size).toBe(68_024);
    expect(fs.statSync(path.join(dir, 'index/ko_1.pf_index')).size).toBe(300_000);
    expect(fs.existsSync(path.join(dir, 'stale.pf_index'))).toBe(false);
  });

  it('refuses an empty bundle and paths outside its folder', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-'));
    expect(() => writeBundle(path.join(dir, 'pagefind'), [])).toThrow(/no files/);
    expect(() =>
      writeBundle(path.join(dir, 'pagefind'), [{path: '../escape.js', content: bytes(1)}]),
    ).toThrow(/outside/);
  });
});
