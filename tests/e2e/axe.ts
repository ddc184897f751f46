import {createRequire} from 'node:module';
import fs from 'node:fs';
import type {Page} from '@playwright/test';

const axeSource = fs.readFileSync(createRequire(__filename).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  readonly id: string;
  readonly help: string;
  readonly nodes: string[];
}

export interface AxeOptions {
  /**
   * Audit the page as loaded, with the article's blocks below the first screen still skipped by
   * content-visibility: auto (what Lighthouse's audit sees). By default every block is rendered
   * first, without transitions: a skipped block's contents keep their old colours after a
   * colour-scheme switch (the links' colour transition waits for the block to be rendered), and
   * laid out while skipped, its text overflows its estimated height (axe-core#2768). Geometry is
   * the same either way (long-chapter.e2e.ts), so this audits what the reader sees on reaching
   * each part.
   */
  readonly asLoaded?: boolean;
}

/** Runs axe-core's WCAG 2.0/2.1 A and AA rules; returns violations in a readable form. */
export async function runAxe(
  page: Page,
  selector?: string,
  {asLoaded = false}: AxeOptions = {},
): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol rather than added as a <script>: the nginx crawl runs
  // under the site's Content-Security-Policy, which blocks inline scripts. Once per document:
  // evaluating the 560 kB source again cost about as much as half an axe run (docs-dev/test-times.md).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(
    async ({context, asLoaded}) => {
      type AxeResult = {
        violations: {id: string; help: string; nodes: {target: unknown[]}[]}[];
      };
      const axe = (
        window as unknown as {axe: {run: (c: unknown, o: unknown) => Promise<AxeResult>}}
      ).axe;
      // A constructed sheet, not a <style>: the crawl's Content-Security-Policy allows no inline style.
      const renderAll = new CSSStyleSheet();
      renderAll.replaceSync(
        '* { content-visibility: visible !important; transition: none !important; }',
      );
      if (!asLoaded) document.adoptedStyleSheets = [...document.adoptedStyleSheets, renderAll];
      try {
        const result = await axe.run(context ?? document, {
          runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
          resultTypes: ['violations'],
        });
        return result.violations.map((violation) => ({
          id: violation.id,
          help: violation.help,
          nodes: violation.nodes.map((node) => JSON.stringify(node.target)),
        }));
      } finally {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter(
          (sheet) => sheet !== renderAll,
        );
      }
    },
    {context: selector ?? null, asLoaded},
  );
}
