import fs from 'node:fs';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {launchBrowser, newContext} from './browser';
import {gotoHydrated} from './pages';
import {assetFile, gzipSize} from '../support/build';

// Budgets in bytes and counts, not milliseconds: they do not flake on shared machines.
const KiB = 1024;
const PLAIN_CHAPTER = '/docs/intro';
// 189 KiB before code was coloured at build time; 155.2 KiB now (a little room for content).
const PLAIN_CHAPTER_JS_BUDGET = 158 * KiB;
// Diagram-type names registered by Mermaid's library (the theme's small wrapper has none).
const MERMAID_MARKERS = ['flowchart-v2', 'sequenceDiagram', 'classDiagram-v2'];

/** Local files of the scripts a page executes while it loads and hydrates. */
async function scriptsRunBy(browser: Browser, urlPath: string): Promise<string[]> {
  const baseURL = inject('baseURL');
  const context = await newContext(browser);
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
  });
  // Hydration asks for the route's chunks, so count only once it is done.
  await gotoHydrated(page, baseURL + urlPath);
  await context.close();
  return [...scripts].map((pathname) => assetFile(pathname));
}

describe('page weight of a plain chapter', () => {
  let browser: Browser;
  let files: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    files = await scriptsRunBy(browser, PLAIN_CHAPTER);
  });
  afterAll(async () => browser?.close());

  it('runs scripts that exist in the build', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(fs.existsSync(file), file).toBe(true);
  });

  it(`runs at most ${PLAIN_CHAPTER_JS_BUDGET / KiB} KiB of gzipped JavaScript`, () => {
    const total = files.reduce((sum, file) => sum + gzipSize(file), 0);
    console.log(`plain chapter JS: ${(total / KiB).toFixed(1)} KiB gzip in ${files.length} files`);
    expect(total).toBeLessThanOrEqual(PLAIN_CHAPTER_JS_BUDGET);
  });

  it('does not run Mermaid', () => {
    for (const file of files) {
      const code = fs.readFileSync(file, 'utf8');
      for (const marker of MERMAID_MARKERS)
        expect(code.includes(marker), `${marker} in ${file}`).toBe(false);
    }
  });
});
