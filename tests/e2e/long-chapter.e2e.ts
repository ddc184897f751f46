// A long chapter starts like a short one: the article's prose blocks carry content-visibility:
// auto (src/css/custom.css), so Chromium lays out and paints only those near the viewport. These
// tests hold the rule to its promise that a reader sees nothing different.
import {BUILD_DIR} from '../support/build';
import {longestChapter} from '../../scripts/bench/longest-chapter';
import {runAxe} from './axe';
import {
  DESKTOP,
  expect,
  gotoHydrated,
  layoutShiftSoFar,
  PHONE,
  scrollThrough,
  test,
  watchLayoutShifts,
  type Page,
} from './fixtures';

const LONGEST = longestChapter(BUILD_DIR).path;
// Glossary terms in running text, and code blocks with run buttons.
const TERMS_CHAPTER = '/docs/containers/namespaces';
const RUN_BUTTONS_CHAPTER = '/docs/docker-basics/basic-commands';
const SKIPPED_BLOCK = ':is(.markdown, .dg-tab) > *';

/**
 * Every article element's box in page coordinates, to the hundredth of a pixel. The first call
 * picks the elements; later calls measure the same ones, so a widget that renders more of its
 * own after the first call cannot shift the list.
 */
function articleBoxes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const store = window as unknown as {measuredElements?: Element[]};
    store.measuredElements ??= Array.from(document.querySelectorAll('.markdown, .markdown *'));
    return store.measuredElements.map((element) => {
      const box = element.getBoundingClientRect();
      const values = [box.left, box.top + scrollY, box.width, box.height];
      return `${element.tagName} ${values.map((value) => value.toFixed(2)).join(' ')}`;
    });
  });
}

test.describe('long chapters', () => {
  test(`${LONGEST} on a phone skips the layout of blocks far below the first screen`, async ({
    openContext,
  }) => {
    const page = await (await openContext({viewport: PHONE})).newPage();
    // Chromium tells each block with content-visibility: auto whether it skips its contents.
    await page.addInitScript(() => {
      const skipped = new Map<Element, boolean>();
      Object.assign(window, {skippedBlocks: skipped});
      document.addEventListener(
        'contentvisibilityautostatechange',
        (event) =>
          skipped.set(
            event.target as Element,
            (event as ContentVisibilityAutoStateChangeEvent).skipped,
          ),
        true,
      );
    });
    await gotoHydrated(page, LONGEST);
    const blocks = await page.evaluate((selector) => {
      const skipped = (window as unknown as {skippedBlocks: Map<Element, boolean>}).skippedBlocks;
      const contained = Array.from(document.querySelectorAll(selector)).filter(
        (element) => getComputedStyle(element).contentVisibility === 'auto',
      );
      const firstContained = contained[0]!;
      return {
        contained: contained.length,
        told: contained.filter((element) => skipped.has(element)).length,
        skipped: contained.filter((element) => skipped.get(element) === true).length,
        // The first screen's blocks are always laid out (src/css/custom.css).
        firstContainedIndex: Array.from(firstContained.parentElement!.children).indexOf(
          firstContained,
        ),
      };
    }, SKIPPED_BLOCK);
    expect(blocks.contained).toBeGreaterThan(100);
    expect(blocks.firstContainedIndex).toBeGreaterThanOrEqual(12);
    // Blocks in hidden tab panels are not told (they are not rendered at all).
    expect(blocks.told).toBeGreaterThan(blocks.contained * 0.5);
    expect(blocks.skipped).toBeGreaterThan(blocks.told * 0.8);
  });

  for (const url of [LONGEST, TERMS_CHAPTER, RUN_BUTTONS_CHAPTER]) {
    for (const viewport of [PHONE, DESKTOP]) {
      test(`${url} at ${viewport.width} px: every element sits where it would without the rule`, async ({
        openContext,
      }) => {
        const page = await (await openContext({viewport})).newPage();
        await gotoHydrated(page, url);
        await scrollThrough(page);
        const contained = await articleBoxes(page);
        await page.addStyleTag({content: '* { content-visibility: visible !important; }'});
        const plain = await articleBoxes(page);
        expect(contained.length).toBe(plain.length);
        const moved = contained.flatMap((box, index) =>
          box === plain[index] ? [] : [`${plain[index]} → ${box}`],
        );
        expect(moved).toEqual([]);
      });
    }
  }

  // Lighthouse runs axe right after the load, with the blocks below still skipped: laid out for
  // axe, a skipped block's text overflows its estimated height (axe-core#2768). Nothing may then
  // sit on a different background, such as the footer under the article's last block.
  for (const url of [LONGEST, TERMS_CHAPTER, RUN_BUTTONS_CHAPTER]) {
    test(`${url} passes axe at 412 px before the reader scrolls`, async ({openContext}) => {
      const page = await (await openContext({viewport: {width: 412, height: 823}})).newPage();
      await gotoHydrated(page, url);
      expect(await runAxe(page, undefined, {asLoaded: true})).toEqual([]);
    });
  }

  for (const url of [LONGEST, TERMS_CHAPTER, RUN_BUTTONS_CHAPTER]) {
    test(`${url} on a phone: nothing on the first screen shifts while it loads`, async ({
      openContext,
    }) => {
      const context = await openContext({
        viewport: {width: 412, height: 823},
        deviceScaleFactor: 1.75,
        isMobile: true,
        hasTouch: true,
      });
      const page = await context.newPage();
      await watchLayoutShifts(page);
      await gotoHydrated(page, url);
      expect(await layoutShiftSoFar(page)).toBeLessThan(0.005);
    });
  }

  test('a block with a glossary term is left whole, so its tip is a sheet at the bottom of a phone screen', async ({
    openContext,
  }) => {
    const page = await (await openContext({viewport: PHONE})).newPage();
    await gotoHydrated(page, TERMS_CHAPTER);
    const term = page.locator('.markdown .dg-term').nth(3);
    const block = await term.evaluate((element) => {
      let block: Element = element;
      while (block.parentElement && !block.parentElement.matches('.markdown, .dg-tab'))
        block = block.parentElement;
      return getComputedStyle(block).contentVisibility;
    });
    expect(block).toBe('visible');
    await page.keyboard.press('Tab');
    await term.getByRole('button').focus();
    const tip = term.getByRole('tooltip');
    await expect(tip).toBeVisible();
    const box = (await tip.boundingBox())!;
    expect(Math.abs(PHONE.height - (box.y + box.height) - 12)).toBeLessThan(1);
  });

  test(`a code block's focus ring far down ${LONGEST} is drawn whole (the clip margin covers it)`, async ({
    openContext,
  }) => {
    const page = await (await openContext({viewport: PHONE})).newPage();
    await gotoHydrated(page, LONGEST);
    // Every block rendered once, so the comparison below moves nothing.
    await scrollThrough(page);
    const block = page.locator('.markdown > .dg-code').nth(20);
    const pre = block.locator('pre');
    expect(await block.evaluate((element) => getComputedStyle(element).contentVisibility)).toBe(
      'auto',
    );
    await page.keyboard.press('Tab');
    await pre.focus();
    await expect(pre).toBeInViewport();
    // The strip just outside the block's left, right and bottom edges: the ring is drawn there.
    const strips = async () => {
      const box = (await block.boundingBox())!;
      const edge = (x: number, y: number, width: number, height: number) =>
        page.screenshot({clip: {x, y, width, height}});
      return Buffer.concat([
        await edge(box.x - 4, box.y + box.height / 2, 4, 8),
        await edge(box.x + box.width, box.y + box.height / 2, 4, 8),
        await edge(box.x + 8, box.y + box.height, 16, 4),
      ]);
    };
    const contained = await strips();
    await page.addStyleTag({content: '* { content-visibility: visible !important; }'});
    expect(await strips()).toEqual(contained);
  });

  test('printing lays out every block (the rule is for screens only)', async ({page}) => {
    await gotoHydrated(page, LONGEST);
    await page.emulateMedia({media: 'print'});
    const contained = await page.evaluate(
      (selector) =>
        Array.from(document.querySelectorAll(selector)).filter(
          (element) => getComputedStyle(element).contentVisibility !== 'visible',
        ).length,
      SKIPPED_BLOCK,
    );
    expect(contained).toBe(0);
  });
});
