import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {expect, gotoHydrated, test} from './fixtures';

/** Pages in a PDF that Chromium wrote (one `/Type /Page` object per page). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** The PDF's text by poppler's pdftotext (`apt-get install poppler-utils`; .ci/run installs it). */
function pdfText(pdf: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dg-print-')), 'page.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-'], {encoding: 'utf8'});
}

const squash = (text: string) => text.replace(/\s+/g, '');

test.describe('print', () => {
  test('prints every OS tab panel with its label, without navbar, sidebar or buttons', async ({
    page,
  }) => {
    await gotoHydrated(page, '/docs/install/post-install');
    const panels = await page.$$eval('.tabs-container [role="tabpanel"]', (nodes) =>
      nodes.map((node) => (node as HTMLElement).innerText || node.textContent || ''),
    );
    expect(panels.length).toBeGreaterThanOrEqual(3);
    await page.emulateMedia({media: 'print'});
    for (const panel of await page.locator('.tabs-container [role="tabpanel"]').all())
      await expect(panel).toBeVisible();
    for (const label of ['Windows', 'macOS', 'Linux'])
      await expect(page.locator('.dg-tab-label', {hasText: label}).first(), label).toBeVisible();
    for (const selector of [
      '.navbar',
      '.theme-doc-sidebar-container',
      'footer.footer',
      '.pagination-nav',
    ]) {
      await expect(page.locator(selector).first(), selector).toBeHidden();
    }
    await expect(page.locator('article button:visible')).toHaveCount(0);

    const pdf = await page.pdf({format: 'A4', printBackground: false});
    expect(pdfPageCount(pdf)).toBeGreaterThan(0);
    // pdftotext may reorder runs within a line, so compare word by word.
    const text = squash(pdfText(pdf));
    for (const panel of panels) {
      const words = panel.split(/\s+/).filter((word) => word.length >= 2);
      const missing = words.filter((word) => !text.includes(word));
      expect(
        missing.length / Math.max(words.length, 1),
        `missing from the PDF: ${missing.join(' ')}`,
      ).toBeLessThan(0.1);
    }
    expect(text).not.toContain('플레이그라운드');
  });

  test('opens every <details> for printing and closes them afterwards', async ({page}) => {
    await gotoHydrated(page, '/docs/containers/namespaces');
    const closed = page.locator('article details:not([open])');
    const closedBefore = await closed.count();
    expect(closedBefore).toBeGreaterThan(0);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(closed).toHaveCount(0);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(closed).toHaveCount(closedBefore);
  });

  test('prints the cheat sheet on one A4 page', async ({page}) => {
    await gotoHydrated(page, '/docs/cheat-sheet');
    await page.emulateMedia({media: 'print'});
    const pdf = await page.pdf({format: 'A4'});
    expect(pdfPageCount(pdf)).toBe(1);
    const text = squash(pdfText(pdf));
    for (const command of [
      'dockercomposeup-d',
      'dockerrun--help',
      'dockersystemprune',
      'dockerbuild-tmyapp:1.0.',
    ]) {
      expect(text).toContain(command);
    }
  });
});
