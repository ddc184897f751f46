// The axe helper itself: it finds a real violation (the crawls' empty lists are not vacuous),
// and it evaluates axe-core's source once per document, not once per call.
import {runAxe} from './axe';
import {expect, test} from './fixtures';

const PAGE =
  '<!doctype html><html lang="ko"><title>t</title><main><img src="data:,"></main></html>';

test('runAxe reports a missing alt text and loads axe-core once per document', async ({page}) => {
  await page.setContent(PAGE);
  const first = await runAxe(page);
  expect(first.map((violation) => violation.id)).toContain('image-alt');
  // A mark on the loaded axe object survives the second call only if the source is not evaluated again.
  await page.evaluate(() => Object.assign((window as unknown as {axe: object}).axe, {mark: 1}));
  expect(await runAxe(page, 'main')).toEqual(first);
  expect(await page.evaluate(() => (window as unknown as {axe: {mark?: number}}).axe.mark)).toBe(1);
  // A new document has no axe until runAxe loads it again.
  await page.setContent(PAGE);
  expect(await runAxe(page)).toEqual(first);
});
