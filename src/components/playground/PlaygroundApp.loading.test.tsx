import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup, render, screen} from '@testing-library/react';
import PlaygroundApp from './PlaygroundApp';
import {LOAD_FAILED_NOTICE} from './PlaygroundFallback';

const engine = vi.hoisted(() => ({
  loadEngine: vi.fn<() => Promise<never>>(),
  loadedEngine: vi.fn(() => undefined),
}));
vi.mock('./loadEngine', () => engine);

afterEach(cleanup);

const input = (): HTMLInputElement => screen.getByTestId('terminal-input') as HTMLInputElement;
const resetButton = (): HTMLButtonElement =>
  screen.getByRole('button', {name: '초기화'}) as HTMLButtonElement;

describe('PlaygroundApp before the engine has arrived', () => {
  it('shows the terminal with the welcome and the panel, the command line and 초기화 off', () => {
    engine.loadEngine.mockReturnValue(new Promise<never>(() => undefined));
    render(<PlaygroundApp />);
    expect(screen.getByRole('log').textContent).toContain(
      'docker run hello-world 로 시작해 보세요',
    );
    expect(screen.getByTestId('panel-containers')).toBeDefined();
    expect(input().disabled).toBe(true);
    expect(resetButton().disabled).toBe(true);
    expect(screen.queryByText(LOAD_FAILED_NOTICE)).toBeNull();
  });

  it('says so when the engine cannot be downloaded, and keeps the command line off', async () => {
    engine.loadEngine.mockReturnValue(Promise.reject(new Error('ChunkLoadError')));
    render(<PlaygroundApp />);
    expect((await screen.findByRole('status')).textContent).toBe(LOAD_FAILED_NOTICE);
    expect(input().disabled).toBe(true);
  });
});
