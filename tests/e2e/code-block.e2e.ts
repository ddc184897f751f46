// Code blocks in the browser: the wrap button shows exactly on blocks whose lines overflow
// (src/lib/dom/overflowMark.ts marks them; CSS shows the button), and wrapping fits the lines.
import {expect, gotoHydrated, PHONE, scrollThrough, test} from './fixtures';

test.describe('code blocks on a phone', () => {
  test.use({viewport: PHONE});

  test('show the wrap button only where a line overflows, and wrap the lines with it', async ({
    page,
  }) => {
    await gotoHydrated(page, '/docs/install/troubleshooting');
    // A block's overflow is marked once the browser has laid it out, as the reader comes near it.
    await scrollThrough(page);
    // One read of every block: overflowing or not, and whether its wrap button is shown.
    const blocks = await page.$$eval('article .dg-code', (nodes) =>
      nodes
        .filter((node) => (node as HTMLElement).offsetParent !== null)
        .map((node) => {
          const pre = node.querySelector('pre')!;
          const wrap = node.querySelector('button[aria-label="긴 줄 접어 보기"]')!;
          return {
            overflows: pre.scrollWidth > pre.clientWidth,
            wrapShown: getComputedStyle(wrap).display !== 'none',
          };
        }),
    );
    expect(blocks.length).toBeGreaterThan(10);
    expect(blocks.map((block) => block.wrapShown)).toEqual(blocks.map((block) => block.overflows));
    // The page has both kinds, so the comparison above is not vacuous.
    const overflowing = blocks.filter((block) => block.overflows).length;
    expect(overflowing).toBeGreaterThan(0);
    expect(overflowing).toBeLessThan(blocks.length);

    // By position: the overflow mark goes away once the block wraps.
    const first = await page.$$eval('article .dg-code', (nodes) =>
      nodes.findIndex(
        (node) =>
          node.hasAttribute('data-overflows') && (node as HTMLElement).offsetParent !== null,
      ),
    );
    const block = page.locator('article .dg-code').nth(first);
    const wrap = block.getByRole('button', {name: '긴 줄 접어 보기'});
    await wrap.click();
    await expect(wrap).toHaveAttribute('aria-pressed', 'true');
    await expect
      .poll(() => block.locator('pre').evaluate((pre) => pre.scrollWidth <= pre.clientWidth))
      .toBe(true);
    // Wrapped, the block no longer overflows, and the button stays to unwrap it.
    await expect(wrap).toBeVisible();
    await wrap.click();
    await expect(wrap).toHaveAttribute('aria-pressed', 'false');
  });
});
