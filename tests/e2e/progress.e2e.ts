import {runAxe} from './axe';
import {expect, gotoHydrated, test, type Page} from './fixtures';

const CHAPTER = '/docs/containers/namespaces';
const CHAPTER_ID = 'containers/namespaces';

/** Stores a record with the chapter read, as an earlier visit would have, and reloads. */
async function withChapterRead(page: Page, url: string): Promise<string> {
  await gotoHydrated(page, url);
  const record = JSON.stringify({
    version: 2,
    chapters: {[CHAPTER_ID]: {read: '2025-01-02T03:04:05.000Z'}},
  });
  await page.evaluate((value) => localStorage.setItem('dg.progress', value), record);
  await gotoHydrated(page, url);
  return record;
}

test.describe('learning progress', () => {
  test('marks a chapter read at its end, checks it in the sidebar and counts its part', async ({
    page,
    problems,
  }) => {
    await gotoHydrated(page, CHAPTER);
    const button = page.getByRole('button', {name: '이 장을 읽었습니다'});
    // The mark loads only as the end of the chapter comes near.
    await expect(button).toHaveCount(0);
    await page.mouse.wheel(0, 200_000);
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    const stored = await page.evaluate(() =>
      JSON.parse(localStorage.getItem('dg.progress') ?? '{}'),
    );
    expect(stored.version).toBe(2);
    expect(stored.chapters[CHAPTER_ID].read).toMatch(/^\d{4}-/);
    const link = page.locator(`.theme-doc-sidebar-container a[href="${CHAPTER}"]`);
    await expect
      .poll(() => link.evaluate((element) => getComputedStyle(element, '::after').content))
      .toContain('✓');
    await expect(page.locator('.theme-doc-sidebar-container')).toContainText(
      /2부\. 컨테이너의 원리 \(1\/\d+\)/,
    );

    // Keyboard: the button toggles the mark off and on again.
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.press('Space');
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(problems.consoleErrors).toEqual([]);
  });

  test('keeps the quiz score and shows everything on 내 학습 현황', async ({page}) => {
    await withChapterRead(page, CHAPTER);
    // The check buttons appear only after hydration.
    await expect(page.getByRole('button', {name: '정답 확인'}).first()).toBeVisible();
    const questions = page.locator('section[aria-label="확인 문제"] fieldset');
    const count = await questions.count();
    expect(count).toBeGreaterThan(0);
    for (const question of await questions.all()) {
      await question.locator('input[type="radio"]').first().click();
      await question.getByRole('button', {name: '정답 확인'}).click();
    }
    await expect(page.getByText(/^점수: /)).toBeVisible();
    const quiz = await page.evaluate(
      (id) => JSON.parse(localStorage.getItem('dg.progress')!).chapters[id].quiz,
      CHAPTER_ID,
    );
    expect(quiz.total).toBe(count);

    await gotoHydrated(page, '/progress');
    await expect(page.getByText(/장을 읽었습니다\./).first()).toBeVisible();
    const main = page.locator('main');
    await expect(main).toContainText('네임스페이스');
    await expect(main).toContainText(`퀴즈 ${count}문제 중 ${quiz.correct}문제`);
    await expect(main).toContainText(/다음 장: /);
  });

  test('rejects a wrong file with a Korean message and changes nothing; exports and resets', async ({
    page,
  }) => {
    const record = await withChapterRead(page, '/progress');
    await page.getByLabel('파일에서 가져오기').setInputFiles({
      name: 'wrong.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello": 1}'),
    });
    await expect(page.getByText(/^올바른 학습 기록 파일이 아닙니다: /)).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('dg.progress'))).toBe(record);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', {name: '파일로 내보내기'}).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^docker-gilajabi-progress-\d{4}-\d{2}-\d{2}\.json$/,
    );

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', {name: '기록 모두 지우기'}).click();
    await expect(page.getByText('학습 기록을 모두 지웠습니다.')).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('dg.progress'))).toBeNull();
  });

  test('degrades with a notice when localStorage is blocked', async ({context, page, problems}) => {
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await gotoHydrated(page, CHAPTER);
    await page.mouse.wheel(0, 200_000);
    await page.getByRole('button', {name: '이 장을 읽었습니다'}).click();
    await expect(page.getByText(/학습 기록을 저장할 수 없어/).first()).toBeVisible();
    expect(problems.pageErrors).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`in ${colorScheme} mode`, () => {
      test.use({colorScheme});

      test('passes axe on 내 학습 현황', async ({page}) => {
        await withChapterRead(page, '/progress');
        await expect(
          page.getByText(/장을 읽었습니다\.|모든 장을 읽었습니다/).first(),
        ).toBeVisible();
        expect(await runAxe(page), colorScheme).toEqual([]);
      });
    });
  }
});
