// The example archives a practice chapter's download box links: each click downloads a zip
// whose files are the repository's examples/<name>/, and after a first visit the service worker
// serves them with the network gone.
import fs from 'node:fs';
import path from 'node:path';
import type {Download} from '@playwright/test';
import {expect, expectClean, gotoHydrated, test, waitForReact, type Page} from './fixtures';
import {startStaticServer} from './static-server';
import {formatSize} from '../../src/components/ExampleDownload/format';
import {listDocs} from '../support/docs';
import {trackedExampleFiles} from '../support/examples';
import {zipNames} from '../support/unzip';

/** Each chapter with a download box, and the examples it boxes. */
const CHAPTERS = listDocs()
  .map((doc) => ({
    url: doc.url,
    names: [...doc.source.matchAll(/<ExampleDownload name="([\w-]+)" \/>/g)].map((m) => m[1]!),
  }))
  .filter((chapter) => chapter.names.length > 0);

/** The repository's files of examples/<name>/, as the archive holds them. */
const trackedFiles = (name: string) =>
  trackedExampleFiles(name).map((file) => `examples/${name}/${file}`);

async function clickDownload(page: Page, name: string): Promise<Download> {
  const link = page.locator(`[data-example-download="${name}"] a[type="application/zip"]`);
  await expect(link).toHaveAttribute('href', `/examples/${name}.zip`);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return download;
}

async function expectArchiveOf(download: Download, name: string): Promise<string> {
  expect(download.suggestedFilename()).toBe(`${name}.zip`);
  expect(await download.failure()).toBeNull();
  const file = await download.path();
  const names = zipNames(file);
  expect(names.filter((entry) => !entry.endsWith('/'))).toEqual(trackedFiles(name));
  expect(
    names.every((entry) => entry.startsWith(`examples/${name}/`) || entry === 'examples/'),
  ).toBe(true);
  return file;
}

test('every practice chapter with examples has a download box', () => {
  expect(CHAPTERS.flatMap((chapter) => chapter.names).sort()).toEqual(
    expect.arrayContaining([
      'advanced',
      'compose-app',
      'java-app',
      'node-app',
      'python-app',
      'static-site',
    ]),
  );
});

for (const chapter of CHAPTERS) {
  test(`${chapter.url}: each archive link downloads the example's files`, async ({
    page,
    problems,
  }) => {
    await gotoHydrated(page, chapter.url);
    for (const name of chapter.names) {
      await waitForReact(page, `[data-example-download="${name}"] a[type="application/zip"]`);
      const file = await expectArchiveOf(await clickDownload(page, name), name);
      // The size the box states is the size of what arrives.
      await expect(page.locator(`[data-example-download="${name}"]`)).toContainText(
        `${formatSize(fs.statSync(file).size)} · 파일 ${trackedFiles(name).length}개`,
      );
      // A download leaves the page where it was.
      expect(new URL(page.url()).pathname).toBe(chapter.url);
    }
    expectClean(problems);
  });
}

test.describe('offline', () => {
  test.use({serviceWorkers: 'allow'});

  test('after one visit, the archive downloads with the network gone, with or without scripts', async ({
    context,
    page,
    site,
  }) => {
    test.setTimeout(120_000);
    const server = await startStaticServer(site.buildDir);
    try {
      await page.goto(`${server.url}/docs/intro`);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
        timeout: 60_000,
      });
      const sw = fs.readFileSync(path.join(site.buildDir, 'sw.js'), 'utf8');
      expect(sw).toContain('"examples/node-app.zip"');
      await server.close();
      await context.setOffline(true);

      const chapter = `${server.url}/docs/building-images/practice-node`;
      await page.goto(chapter);
      await expect(page.locator('article h1').first()).toContainText('Node.js');
      await expectArchiveOf(await clickDownload(page, 'node-app'), 'node-app');
      expect(page.url()).toBe(chapter);

      // The link needs no script: clicked before hydration, or with scripts off, the worker
      // answers its navigation with the archive.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setScriptExecutionDisabled', {value: true});
      await page.goto(chapter);
      await expect(page.locator('html')).not.toHaveAttribute('data-has-hydrated', 'true');
      await expectArchiveOf(await clickDownload(page, 'node-app'), 'node-app');
      expect(page.url()).toBe(chapter);
    } finally {
      await server.close().catch(() => {});
    }
  });
});
