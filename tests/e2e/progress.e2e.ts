import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, BrowserContext} from 'playwright-core';
import {launchBrowser, newContext, watchPage} from './browser';
import {runAxe} from './axe';
import {gotoHydrated} from './pages';

const baseURL = inject('baseURL');
const CHAPTER = '/docs/containers/namespaces';
const CHAPTER_ID = 'containers/namespaces';

describe('learning progress', () => {
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser);
  });
  afterAll(async () => browser?.close());

  it('marks a chapter read at its end, checks it in the sidebar and counts its part', async () => {
    const page = await context.newPage();
    const problems = watchPage(page, baseURL);
    await gotoHydrated(page, `${baseURL}${CHAPTER}`);
    const button = page.getByRole('button', {name: '이 장을 읽었습니다'});
    // The mark loads only as the end of the chapter comes near.
    expect(await button.count()).toBe(0);
    await page.mouse.wheel(0, 200_000);
    await expect.poll(() => button.getAttribute('aria-pressed'), {timeout: 10_000}).toBe('true');
    const stored = await page.evaluate(() =>
      JSON.parse(localStorage.getItem('dg.progress') ?? '{}'),
    );
    expect(stored.version).toBe(2);
    expect(stored.chapters['containers/namespaces'].read).toMatch(/^\d{4}-/);
    const link = page.locator(`.theme-doc-sidebar-container a[href="${CHAPTER}"]`);
    const after = await link.evaluate((element) => getComputedStyle(element, '::after').content);
    expect(after).toContain('✓');
    expect(await page.locator('.theme-doc-sidebar-container').innerText()).toMatch(
      /2부\. 컨테이너의 원리 \(1\/\d+\)/,
    );

    // Keyboard: the button toggles the mark off and on again.
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('Space');
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('keeps the quiz score and shows everything on 내 학습 현황', async () => {
    const page = await context.newPage();
    await gotoHydrated(page, `${baseURL}${CHAPTER}`);
    // The check buttons appear only after hydration.
    await page.getByRole('button', {name: '정답 확인'}).first().waitFor();
    const questions = page.locator('section[aria-label="확인 문제"] fieldset');
    const count = await questions.count();
    for (let i = 0; i < count; i += 1) {
      await questions.nth(i).locator('input[type="radio"]').first().click();
      await questions.nth(i).getByRole('button', {name: '정답 확인'}).click();
    }
    await page.getByText(/^점수: /).waitFor();
    const quiz = await page.evaluate(
      (id) => JSON.parse(localStorage.getItem('dg.progress')!).chapters[id].quiz,
      CHAPTER_ID,
    );
    expect(quiz.total).toBe(count);

    await gotoHydrated(page, `${baseURL}/progress`);
    await page
      .getByText(/장을 읽었습니다\./)
      .first()
      .waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toContain('네임스페이스');
    expect(text).toContain(`퀴즈 ${count}문제 중 ${quiz.correct}문제`);
    expect(text).toMatch(/다음 장: /);
    await page.close();
  });

  it('rejects a wrong file with a Korean message and changes nothing; exports and resets', async () => {
    const page = await context.newPage();
    await gotoHydrated(page, `${baseURL}/progress`);
    const before = await page.evaluate(() => localStorage.getItem('dg.progress'));
    await page.getByLabel('파일에서 가져오기').setInputFiles({
      name: 'wrong.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello": 1}'),
    });
    await page.getByText(/^올바른 학습 기록 파일이 아닙니다: /).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('dg.progress'))).toBe(before);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', {name: '파일로 내보내기'}).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^docker-gilajabi-progress-\d{4}-\d{2}-\d{2}\.json$/,
    );

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', {name: '기록 모두 지우기'}).click();
    await page.getByText('학습 기록을 모두 지웠습니다.').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('dg.progress'))).toBeNull();
    await page.close();
  });

  it('degrades with a notice when localStorage is blocked', async () => {
    const blocked = await newContext(browser);
    await blocked.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const page = await blocked.newPage();
    const problems = watchPage(page, baseURL);
    await gotoHydrated(page, `${baseURL}${CHAPTER}`);
    await page.mouse.wheel(0, 200_000);
    await page.getByRole('button', {name: '이 장을 읽었습니다'}).click();
    await page
      .getByText(/학습 기록을 저장할 수 없어/)
      .first()
      .waitFor();
    expect(problems.pageErrors).toEqual([]);
    await blocked.close();
  });

  it('passes axe on 내 학습 현황 in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const scheme = await newContext(browser, {colorScheme});
      const page = await scheme.newPage();
      await gotoHydrated(page, `${baseURL}/progress`);
      await page
        .getByText(/장을 읽었습니다\.|모든 장을 읽었습니다/)
        .first()
        .waitFor();
      const violations = await runAxe(page);
      expect(violations, colorScheme).toEqual([]);
      await scheme.close();
    }
  });
});
