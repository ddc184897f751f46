// @vitest-environment node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {addSearchPreloads, searchPreloadTags, SEARCH_PAGE_FILE} from './search-preloads';

const PAGE =
  '<!doctype html><html><head><title>검색</title></head><body><main></main></body></html>';
let dir = '';
afterEach(() => fs.rmSync(dir, {recursive: true, force: true}));

function build(files: readonly string[] = ['pagefind.js', 'ko-lexicon.json']): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-preloads-'));
  fs.mkdirSync(path.join(dir, 'pagefind'));
  for (const file of files) fs.writeFileSync(path.join(dir, 'pagefind', file), '');
  fs.writeFileSync(path.join(dir, SEARCH_PAGE_FILE), PAGE);
  return dir;
}
const searchPage = (outDir: string) => fs.readFileSync(path.join(outDir, SEARCH_PAGE_FILE), 'utf8');

describe('search page preloads', () => {
  it('puts a low-priority module preload of pagefind.js and a fetch preload of the lexicon in the head', () => {
    const outDir = build();
    addSearchPreloads(outDir, '/');
    const html = searchPage(outDir);
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain(
      '<link rel="modulepreload" href="/pagefind/pagefind.js" fetchpriority="low">',
    );
    // as=fetch with crossorigin=anonymous: the same mode and credentials as the client's fetch(),
    // or the preload would not be used.
    expect(head).toContain(
      '<link rel="preload" href="/pagefind/ko-lexicon.json" as="fetch" crossorigin="anonymous" fetchpriority="low">',
    );
    expect(html.replace(searchPreloadTags('/'), '')).toBe(PAGE);
  });

  it('prefixes the base URL of a project site', () => {
    expect(searchPreloadTags('/docker-gilajabi/')).toMatch(
      /href="\/docker-gilajabi\/pagefind\/pagefind\.js".*href="\/docker-gilajabi\/pagefind\/ko-lexicon\.json"/,
    );
  });

  it('adds the tags once when the step runs twice', () => {
    const outDir = build();
    addSearchPreloads(outDir, '/');
    addSearchPreloads(outDir, '/');
    expect(searchPage(outDir).match(/rel="modulepreload"/g)).toHaveLength(1);
  });

  it('fails the build when a preloaded file is missing', () => {
    const outDir = build(['pagefind.js']);
    expect(() => addSearchPreloads(outDir, '/')).toThrow(/ko-lexicon\.json is not in the build/);
    expect(searchPage(outDir)).toBe(PAGE);
  });
});
