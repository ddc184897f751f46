import {expect, expectClean, test, waitForHydration} from './fixtures';
import {chapterRedirects} from '../../plugins/post-build-pipeline/redirects';

// Moved chapters keep their old URLs: the old address lands on the new page.
for (const {from, to} of chapterRedirects()) {
  test.describe(`${from} → ${to}`, () => {
    test('lands on the new page with JavaScript on', async ({page, problems}) => {
      await page.goto(from);
      await expect(page).toHaveURL(new RegExp(`${to}$`));
      await waitForHydration(page);
      await expect(page.locator('article h1').first()).toBeVisible();
      expectClean(problems);
    });

    test.describe('with JavaScript off', () => {
      test.use({javaScriptEnabled: false});
      test('lands on the new page, and the old page links it', async ({page, request}) => {
        const old = await request.get(from);
        expect(old.status()).toBe(200);
        expect(await old.text()).toContain(`<a href="${to}">`);
        await page.goto(from);
        await expect(page).toHaveURL(new RegExp(`${to}$`));
        await expect(page.locator('article h1').first()).toBeVisible();
      });
    });
  });
}

test('no sitemap entry is a redirect page', async ({request}) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const {from} of chapterRedirects()) expect(sitemap).not.toContain(`${from}<`);
});
