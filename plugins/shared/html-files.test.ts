// @vitest-environment node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {htmlFiles, pageFileCandidates, urlPathOf, walkFiles} from './html-files';

let dir = '';
afterEach(() => fs.rmSync(dir, {recursive: true, force: true}));

/** A small built site; files are created in an order unlike the sorted one. */
function site(): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'html-files-'));
  for (const file of [
    'search.html',
    'docs/z-last.html',
    'docs/intro.html',
    'docs/part/index.html',
    'docs-extra.html',
    'assets/js/main.1.js',
    'pagefind/fragment/ko.html',
    'index.html',
    'B-upper.html',
  ]) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
    fs.writeFileSync(path.join(dir, file), '');
  }
  return dir;
}

const relative = (files: string[]) => files.map((file) => path.relative(dir, file));

describe('walkFiles / htmlFiles', () => {
  it('lists every page, sorted by relative path by code unit (no locale, same on every machine)', () => {
    expect(relative(htmlFiles(site()))).toEqual([
      'B-upper.html',
      'docs-extra.html',
      'docs/intro.html',
      'docs/part/index.html',
      'docs/z-last.html',
      'index.html',
      'pagefind/fragment/ko.html',
      'search.html',
    ]);
  });

  it('returns absolute paths even for a relative folder', () => {
    const files = htmlFiles(path.relative(process.cwd(), site()));
    expect(files.every((file) => path.isAbsolute(file))).toBe(true);
    expect(files).toContain(path.join(dir, 'index.html'));
  });

  it('skips the named folders at any depth and keeps what the filter keeps', () => {
    expect(relative(htmlFiles(site(), {skipFolders: ['pagefind', 'part']}))).not.toContain(
      'pagefind/fragment/ko.html',
    );
    expect(relative(htmlFiles(dir, {skipFolders: ['part']}))).not.toContain('docs/part/index.html');
    expect(relative(walkFiles(dir, {keep: (name) => name.endsWith('.js')}))).toEqual([
      'assets/js/main.1.js',
    ]);
    expect(walkFiles(dir)).toHaveLength(9);
  });
});

describe('urlPathOf (trailingSlash: false)', () => {
  it('maps index.html files to their folder and the root one to the base URL', () => {
    expect(urlPathOf('/out', '/out/index.html', '/')).toBe('/');
    expect(urlPathOf('/out', '/out/index.html', '/repo/')).toBe('/repo/');
    expect(urlPathOf('/out', '/out/docs/part/index.html', '/')).toBe('/docs/part');
  });

  it('drops .html and prefixes the base URL', () => {
    expect(urlPathOf('/out', '/out/docs/intro.html', '/')).toBe('/docs/intro');
    expect(urlPathOf('/out', '/out/docs/install.html', '/repo/')).toBe('/repo/docs/install');
    expect(urlPathOf('/out', '/out/404.html', '/')).toBe('/404');
  });

  it('keeps a name that only ends in "index"', () => {
    expect(urlPathOf('/out', '/out/docs/reindex.html', '/')).toBe('/docs/reindex');
  });
});

describe('pageFileCandidates', () => {
  it('lists the files a server tries for a URL path, in order', () => {
    expect(pageFileCandidates('/')).toEqual(['index.html']);
    expect(pageFileCandidates('')).toEqual(['index.html']);
    expect(pageFileCandidates('/docs/intro')).toEqual(['docs/intro.html', 'docs/intro/index.html']);
    expect(pageFileCandidates('/docs/intro/')).toEqual([
      'docs/intro.html',
      'docs/intro/index.html',
    ]);
  });
});
