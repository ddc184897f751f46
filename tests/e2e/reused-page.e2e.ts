// The page a worker keeps for its crawls (fixtures.ts `reusedPage`): the second test gets the
// same page (so the same renderer process and its compiled scripts), without what the first test stored or listened to.
import {expect, test, type Page} from './fixtures';

test.describe.configure({mode: 'serial'});

const REQUEST = {
  name: 'reuse check',
  viewport: {width: 800, height: 600},
  colorScheme: 'dark',
} as const;
let first: Page | undefined;
/** What the first test's listeners heard, also after that test ended. */
const heardByFirst: string[] = [];

test('a first test stores, listens and changes the page', async ({reusedPage}) => {
  const page = await reusedPage(REQUEST);
  await page.goto('/docs/intro');
  await page.evaluate(() => {
    localStorage.setItem('reuse-check', '1');
    sessionStorage.setItem('reuse-check', '1');
  });
  page.on('console', (message) => heardByFirst.push(message.text()));
  page.on('request', (request) => heardByFirst.push(request.url()));
  await page.setViewportSize({width: 360, height: 740});
  await page.emulateMedia({colorScheme: 'light', reducedMotion: 'reduce'});
  first = page;
});

test('the next test gets the same page, reset', async ({reusedPage}) => {
  expect(first, 'the first test ran in this worker').toBeDefined();
  const page = await reusedPage(REQUEST);
  expect(page).toBe(first);
  expect(page.viewportSize()).toEqual(REQUEST.viewport);
  heardByFirst.length = 0;
  await page.goto('/docs/glossary');
  await page.evaluate(() => console.log('heard by the second test only'));
  expect(
    await page.evaluate(() => [
      localStorage.getItem('reuse-check'),
      sessionStorage.getItem('reuse-check'),
      matchMedia('(prefers-color-scheme: dark)').matches,
      matchMedia('(prefers-reduced-motion: reduce)').matches,
    ]),
  ).toEqual([null, null, true, false]);
  expect(heardByFirst, "the first test's listeners are gone").toEqual([]);
});
