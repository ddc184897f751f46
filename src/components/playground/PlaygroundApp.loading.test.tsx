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

  it('echoes lines entered before the engine at once and runs them in order when it arrives', async () => {
    const download = heldDownload();
    render(<PlaygroundApp />);
    await waitFor(() => expect(input().disabled).toBe(false));
    enter('echo first');
    enter('echo second');
    const log = screen.getByRole('log');
    expect(engine.loadEngine).toHaveBeenCalledTimes(1);
    expect(log.textContent).toContain('user@playground:~$ echo first');
    expect(log.textContent).toContain('user@playground:~$ echo second');
    expect(log.querySelectorAll('[data-stream="stdout"]')).toHaveLength(0);

    await download.resolve();
    const lines = Array.from(log.children, (entry) => entry.textContent);
    expect(lines.slice(-4)).toEqual([
      'user@playground:~$ echo first',
      'first',
      'user@playground:~$ echo second',
      'second',
    ]);
    // Each line is echoed once and kept for ↑ like any other.
    expect(lines.filter((line) => line === 'user@playground:~$ echo first')).toHaveLength(1);
    fireEvent.keyDown(input(), {key: 'ArrowUp'});
    expect(input().value).toBe('echo second');
  });

  it('says so when the engine cannot be downloaded, and turns the command line off', async () => {
    engine.loadEngine.mockImplementation(() => Promise.reject(new Error('ChunkLoadError')));
    render(<PlaygroundApp />);
    await waitFor(() => expect(input().disabled).toBe(false));
    fireEvent.pointerEnter(app());
    expect((await screen.findByRole('status')).textContent).toBe(LOAD_FAILED_NOTICE);
    expect(input().disabled).toBe(true);
    expect(app().getAttribute('data-engine')).toBe('failed');
  });
});
