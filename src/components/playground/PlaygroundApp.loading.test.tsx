import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {act, cleanup, fireEvent, render, screen, waitFor} from '@testing-library/react';
import PlaygroundApp, {needsEngineAtOnce} from './PlaygroundApp';
import {LOAD_FAILED_NOTICE} from './PlaygroundFallback';
import type {EngineModule} from './loadEngine';
import {saveSession, storageKey} from './savedSession';
import {findScenario, PLAYGROUND_SCENARIOS} from '@site/src/data/playground-scenarios';

const engine = vi.hoisted(() => ({
  loadEngine: vi.fn<() => Promise<EngineModule>>(),
  loadedEngine: vi.fn(() => undefined),
}));
vi.mock('./loadEngine', () => engine);

beforeEach(() => {
  window.localStorage.clear();
  engine.loadEngine.mockReset();
});
afterEach(cleanup);

const input = (): HTMLInputElement => screen.getByTestId('terminal-input') as HTMLInputElement;
const app = (): HTMLElement => screen.getByTestId('playground-app');
const resetButton = (): HTMLButtonElement =>
  screen.getByRole('button', {name: '초기화'}) as HTMLButtonElement;

function enter(line: string): void {
  fireEvent.change(input(), {target: {value: line}});
  fireEvent.keyDown(input(), {key: 'Enter'});
}

/** An engine download that finishes when the test says so. */
function heldDownload(): {resolve: () => Promise<void>} {
  let release: (module: EngineModule) => void = () => undefined;
  engine.loadEngine.mockReturnValue(
    new Promise<EngineModule>((resolve) => {
      release = resolve;
    }),
  );
  return {
    resolve: async () => {
      const real = await vi.importActual<EngineModule>('./simulatorSession');
      await act(async () => release(real));
    },
  };
}

describe('needsEngineAtOnce', () => {
  const plain = findScenario('first-container');
  const withSetup = PLAYGROUND_SCENARIOS.find((scenario) => scenario.setup.length > 0);

  it('waits for the reader in a fresh session: its view needs no engine', () => {
    expect(needsEngineAtOnce({stored: false, scenario: undefined, focusOnLoad: false})).toBe(false);
    expect(plain?.setup).toEqual([]);
    expect(needsEngineAtOnce({stored: false, scenario: plain, focusOnLoad: false})).toBe(false);
  });

  it('starts at once to restore a session, run setup lines or serve a reader who asked', () => {
    expect(needsEngineAtOnce({stored: true, scenario: undefined, focusOnLoad: false})).toBe(true);
    expect(withSetup).toBeDefined();
    expect(needsEngineAtOnce({stored: false, scenario: withSetup, focusOnLoad: false})).toBe(true);
    expect(needsEngineAtOnce({stored: false, scenario: undefined, focusOnLoad: true})).toBe(true);
  });
});

describe('PlaygroundApp before the engine has arrived', () => {
  it('shows the welcome and the panel with the command line on, and does not ask for the engine', async () => {
    render(<PlaygroundApp />);
    expect(screen.getByRole('log').textContent).toContain(
      'docker run hello-world 로 시작해 보세요',
    );
    expect(screen.getByTestId('panel-containers')).toBeDefined();
    await waitFor(() => expect(input().disabled).toBe(false));
    expect(resetButton().disabled).toBe(true);
    expect(app().getAttribute('data-engine')).toBe('waiting');
    expect(engine.loadEngine).not.toHaveBeenCalled();
    expect(screen.queryByText(LOAD_FAILED_NOTICE)).toBeNull();
  });

  it.each([
    ['the pointer', () => fireEvent.pointerEnter(app())],
    ['a touch or click', () => fireEvent.pointerDown(input())],
    ['the keyboard focus', () => act(() => input().focus())],
  ])('asks for the engine once when %s comes to the playground', async (_, approach) => {
    const download = heldDownload();
    render(<PlaygroundApp />);
    await waitFor(() => expect(input().disabled).toBe(false));
    approach();
    expect(engine.loadEngine).toHaveBeenCalledTimes(1);
    fireEvent.pointerDown(input());
    act(() => input().focus());
    expect(engine.loadEngine).toHaveBeenCalledTimes(1);
    await download.resolve();
    expect(app().getAttribute('data-engine')).toBe('ready');
    expect(resetButton().disabled).toBe(false);
  });

  it('asks for it at once when a stored session is to be restored', () => {
    heldDownload();
    saveSession(storageKey(undefined), {
      version: 1,
      seed: 1,
      commands: ['echo kept'],
      history: ['echo kept'],
      transcript: [{kind: 'stdout', text: 'kept'}],
    });
    render(<PlaygroundApp />);
    expect(engine.loadEngine).toHaveBeenCalledTimes(1);
    expect(input().disabled).toBe(true);
  });

  it('echoes the first line typed ahead, holds the others unseen and runs all in order when the engine arrives', async () => {
    const download = heldDownload();
    render(<PlaygroundApp />);
    await waitFor(() => expect(input().disabled).toBe(false));
    enter('echo first');
    enter('echo second');
    const log = screen.getByRole('log');
    expect(engine.loadEngine).toHaveBeenCalledTimes(1);
    expect(log.textContent).toContain('user@playground:~$ echo first');
    // A later line may answer a program's question (a password): it is not shown before it runs.
    expect(log.textContent).not.toContain('echo second');
    expect(screen.getByTestId('playground-waiting').textContent).toContain('불러오는 중');
    expect(log.querySelectorAll('[data-stream="stdout"]')).toHaveLength(0);
    fireEvent.keyDown(input(), {key: 'ArrowUp'});
    expect(input().value).toBe('echo first');
    fireEvent.keyDown(input(), {key: 'ArrowDown'});

    await download.resolve();
    const lines = Array.from(log.children, (entry) => entry.textContent);
    expect(lines.slice(-4)).toEqual([
      'user@playground:~$ echo first',
      'first',
      'user@playground:~$ echo second',
      'second',
    ]);
    expect(lines.filter((line) => line === 'user@playground:~$ echo first')).toHaveLength(1);
    expect(screen.queryByTestId('playground-waiting')).toBeNull();
    fireEvent.keyDown(input(), {key: 'ArrowUp'});
    expect(input().value).toBe('echo second');
  });

  it('never shows a password typed ahead', async () => {
    const download = heldDownload();
    render(<PlaygroundApp />);
    await waitFor(() => expect(input().disabled).toBe(false));
    enter('docker login');
    enter('kim');
    enter('s3cret-typed-ahead');
    expect(screen.getByRole('log').textContent).not.toContain('s3cret-typed-ahead');
    await download.resolve();
    const log = screen.getByRole('log').textContent ?? '';
    expect(log).toContain('Username: kim');
    expect(log).not.toContain('s3cret-typed-ahead');
  });

  it('replays a Ctrl+C typed ahead: a here-document dropped before the engine stays dropped', async () => {
    const download = heldDownload();
    render(<PlaygroundApp />);
    await waitFor(() => expect(input().disabled).toBe(false));
    enter('cat <<EOF');
    fireEvent.keyDown(input(), {key: 'c', ctrlKey: true});
    enter('echo after');
    await download.resolve();
    const log = screen.getByRole('log');
    expect(log.textContent).toContain('^C');
    expect(log.lastElementChild?.textContent).toBe('after');
    expect(screen.getByTestId('terminal').textContent).toContain('user@playground:~$');
  });

  it('keeps the command line on when the download fails, says what did not run, and tries again on the next line', async () => {
    engine.loadEngine.mockImplementationOnce(() => Promise.reject(new Error('ChunkLoadError')));
    render(<PlaygroundApp />);
    await waitFor(() => expect(input().disabled).toBe(false));
    enter('echo lost');
    await waitFor(() => expect(app().getAttribute('data-engine')).toBe('failed'));
    expect(screen.getByRole('log').textContent).toContain('입력한 명령을 실행하지 못했습니다');
    expect(input().disabled).toBe(false);
    expect(screen.queryByTestId('playground-waiting')).toBeNull();

    const download = heldDownload();
    enter('echo again');
    expect(engine.loadEngine).toHaveBeenCalledTimes(2);
    await download.resolve();
    expect(app().getAttribute('data-engine')).toBe('ready');
    expect(screen.queryByText(LOAD_FAILED_NOTICE)).toBeNull();
    expect(screen.getByRole('log').lastElementChild?.textContent).toBe('again');
  });

  it('says so when the engine cannot be downloaded', async () => {
    engine.loadEngine.mockImplementation(() => Promise.reject(new Error('ChunkLoadError')));
    render(<PlaygroundApp />);
    await waitFor(() => expect(input().disabled).toBe(false));
    fireEvent.pointerEnter(app());
    expect((await screen.findByRole('status')).textContent).toBe(LOAD_FAILED_NOTICE);
    expect(app().getAttribute('data-engine')).toBe('failed');
  });

  it('keeps the command line off when a stored session cannot be restored', async () => {
    engine.loadEngine.mockImplementation(() => Promise.reject(new Error('ChunkLoadError')));
    saveSession(storageKey(undefined), {
      version: 1,
      seed: 1,
      commands: [],
      history: [],
      transcript: [],
    });
    render(<PlaygroundApp />);
    expect((await screen.findByRole('status')).textContent).toBe(LOAD_FAILED_NOTICE);
    expect(input().disabled).toBe(true);
  });
});
