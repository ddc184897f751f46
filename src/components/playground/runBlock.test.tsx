import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {act} from '@testing-library/react';
import {renderToString} from 'react-dom/server';
import CodeBlock from '@site/src/theme/CodeBlock';
import {labelRunButtons, onRouteDidUpdate} from '@site/src/client/runButton';
import {forgetDetachedTerminal, runBlock} from './runBlock';
import {loadSession, runStorageKey, storageKey} from './savedSession';

const BLOCKS = [
  {language: 'bash', code: 'docker run -d --name web nginx'},
  {language: 'text', code: 'a1b2c3'},
  {language: 'bash', code: '# 목록\ndocker ps'},
  {language: 'bash', code: 'sudo apt-get install docker-ce', host: 'install' as const},
  {language: 'bash', code: 'docker stop web\ndocker ps -a \\\n  --format "{{.Names}} {{.Status}}"'},
];

function renderChapter(): HTMLElement {
  const article = document.createElement('article');
  article.innerHTML = BLOCKS.map(({language, code, host}) =>
    renderToString(<CodeBlock language={language} host={host} html={code} />),
  ).join('<p>설명</p>');
  document.body.append(article);
  return article;
}

const buttons = (): HTMLElement[] =>
  Array.from(document.querySelectorAll<HTMLElement>('button[data-dg-run]'));

beforeEach(() => {
  window.history.replaceState(null, '', '/docs/start/first-container');
  localStorage.clear();
  vi.stubGlobal('matchMedia', (query: string) => ({matches: query.includes('reduce')}));
});

afterEach(() => {
  document.body.innerHTML = '';
  forgetDetachedTerminal();
  vi.unstubAllGlobals();
});

describe('run buttons', () => {
  it('names each button after its runnable block, host blocks not counted', () => {
    renderChapter();
    labelRunButtons(document);
    expect(buttons().map((button) => button.getAttribute('aria-label'))).toEqual([
      '1번째 명령 블록 실행해 보기',
      '2번째 명령 블록 실행해 보기',
      '3번째 명령 블록 실행해 보기',
    ]);
  });

  it('catches up on the earlier blocks, types the block below it and says so', async () => {
    renderChapter();
    const third = buttons()[2]!;
    await act(() => runBlock(third));
    const block = third.closest('.dg-code')!;
    const terminal = block.nextElementSibling!;
    expect(terminal.classList.contains('dg-run-terminal')).toBe(true);
    const log = terminal.querySelector('[role="log"]')!.textContent!;
    expect(log).toContain('앞의 명령 블록 2개(명령 2개)를 먼저 조용히 실행했습니다.');
    expect(log).toContain('docker stop web');
    expect(log).toMatch(/web Exited/);
    expect(terminal.querySelector('[data-testid="run-status"]')!.textContent).toBe(
      '앞의 명령 블록 2개(명령 2개)를 먼저 실행했습니다. 명령 2개를 실행했습니다.',
    );
    expect(document.activeElement).toBe(terminal.querySelector('input'));
  });

  it('continues from the current state and keeps one terminal, moved below the new block', async () => {
    renderChapter();
    await act(() => runBlock(buttons()[0]!));
    await act(() => runBlock(buttons()[1]!));
    expect(document.querySelectorAll('.dg-run-terminal')).toHaveLength(1);
    const terminal = buttons()[1]!.closest('.dg-code')!.nextElementSibling!;
    expect(terminal.querySelector('[data-testid="run-status"]')!.textContent).toBe(
      '명령 1개를 실행했습니다.',
    );
    expect(terminal.querySelector('[role="log"]')!.textContent).not.toContain('먼저');
  });

  it('draws the simulated host below the terminal and follows each run', async () => {
    renderChapter();
    await act(() => runBlock(buttons()[0]!));
    const host = () => document.querySelector('.dg-run-terminal [data-testid="run-host"]')!;
    expect(host().tagName).toBe('DETAILS');
    expect(host().textContent).toContain('web');
    expect(host().textContent).toContain('실행 중');
    await act(() => runBlock(buttons()[2]!));
    expect(host().textContent).toContain('종료됨');
    expect(host().textContent).not.toContain('실행 중');
  });

  it('keeps the session under the chapter’s own key, never the /playground one', async () => {
    localStorage.setItem(storageKey(undefined), 'the reader’s own playground');
    renderChapter();
    await act(() => runBlock(buttons()[1]!));
    expect(localStorage.getItem(storageKey(undefined))).toBe('the reader’s own playground');
    const stored = loadSession(runStorageKey('start/first-container'))!;
    expect(stored.ranBlocks).toEqual([0, 1]);
    expect(stored.commands).toEqual(['docker run -d --name web nginx', 'docker ps']);
  });

  it('resumes a saved run session after a reload', async () => {
    renderChapter();
    await act(() => runBlock(buttons()[0]!));
    // A reload: the page and the terminal go, the storage stays.
    document.body.innerHTML = '';
    onRouteDidUpdate();
    await act(() => Promise.resolve());
    renderChapter();
    await act(() => runBlock(buttons()[2]!));
    const terminal = buttons()[2]!.closest('.dg-code')!.nextElementSibling!;
    expect(terminal.querySelector('[role="log"]')!.textContent).toContain(
      '앞의 명령 블록 1개(명령 1개)',
    );
    expect(terminal.querySelector('[role="log"]')!.textContent).toMatch(/web Exited/);
  });

  it('types the block’s lines one after another, in at most five seconds, the command line waiting', async () => {
    vi.stubGlobal('matchMedia', () => ({matches: false}));
    vi.useFakeTimers();
    try {
      renderChapter();
      const third = buttons()[2]!;
      let finished = false;
      const running = runBlock(third).then(() => {
        finished = true;
      });
      await act(() => vi.advanceTimersByTimeAsync(0));
      const terminal = third.closest('.dg-code')!.nextElementSibling!;
      const log = (): string => terminal.querySelector('[role="log"]')!.textContent!;
      expect(log()).not.toContain('docker stop web');
      expect(terminal.querySelector('input')!.disabled).toBe(true);
      await act(() => vi.advanceTimersByTimeAsync(600));
      expect(log()).toContain('docker stop web');
      expect(log()).not.toContain('docker ps -a');
      await act(() => vi.advanceTimersByTimeAsync(5000 - 600));
      expect(log()).toContain('docker ps -a');
      await act(() => running);
      expect(finished).toBe(true);
      expect(terminal.querySelector('input')!.disabled).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('plans a second press made while the first still types from what the first left', async () => {
    renderChapter();
    const [, second, third] = buttons();
    await act(() => Promise.all([runBlock(second!), runBlock(third!)]));
    const log = document.querySelector('.dg-run-terminal [role="log"]')!.textContent!;
    // Block 1 caught up once, for the first press; the second press only typed its block.
    expect(log.split('먼저 조용히 실행했습니다').length - 1).toBe(1);
    expect(loadSession(runStorageKey('start/first-container'))!.commands).toEqual([
      'docker run -d --name web nginx',
      'docker ps',
      'docker stop web',
      'docker ps -a --format "{{.Names}} {{.Status}}"',
    ]);
  });

  it('closes with 닫기 and gives the focus back to the button that last used the terminal', async () => {
    renderChapter();
    await act(() => runBlock(buttons()[0]!));
    await act(() => runBlock(buttons()[2]!));
    const close = Array.from(document.querySelectorAll('.dg-run-terminal button')).find(
      (button) => button.textContent === '닫기',
    ) as HTMLButtonElement;
    act(() => close.click());
    expect(document.querySelector('.dg-run-terminal')).toBeNull();
    expect(document.activeElement).toBe(buttons()[2]);
  });

  it('empties the status before each run, so a repeated summary is announced again', async () => {
    renderChapter();
    await act(() => runBlock(buttons()[0]!));
    const status = document.querySelector('[data-testid="run-status"]')!;
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(status.textContent ?? ''));
    observer.observe(status, {childList: true, characterData: true, subtree: true});
    await act(() => runBlock(buttons()[1]!));
    await act(() => runBlock(buttons()[1]!));
    observer.disconnect();
    expect(seen.filter((text) => text !== '')).toEqual([
      '명령 1개를 실행했습니다.',
      '명령 1개를 실행했습니다.',
    ]);
  });
});
