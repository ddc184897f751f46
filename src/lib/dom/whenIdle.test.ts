import {afterEach, describe, expect, it, vi} from 'vitest';
import {whenIdle} from './whenIdle';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** A window whose idle callbacks the test runs by hand. */
function idleWindow() {
  const callbacks = new Map<number, {run: () => void; timeout?: number}>();
  let next = 1;
  const fake = {
    requestIdleCallback: (run: () => void, options?: {timeout?: number}) => {
      callbacks.set(next, {run, timeout: options?.timeout});
      return next++;
    },
    cancelIdleCallback: (handle: number) => callbacks.delete(handle),
    setTimeout: () => {
      throw new Error('setTimeout is only the fallback');
    },
  };
  vi.stubGlobal('window', fake);
  return callbacks;
}

describe('whenIdle', () => {
  it('asks for an idle callback with the timeout and runs the task in it', () => {
    const callbacks = idleWindow();
    const task = vi.fn();
    whenIdle(task, 5000, 5000);
    expect(task).not.toHaveBeenCalled();
    const [callback] = [...callbacks.values()];
    expect(callback?.timeout).toBe(5000);
    callback!.run();
    expect(task).toHaveBeenCalledTimes(1);
    expect(task).toHaveBeenCalledWith();
  });

  it('cancels the idle callback when asked before it ran', () => {
    const callbacks = idleWindow();
    const cancel = whenIdle(vi.fn());
    expect(callbacks.size).toBe(1);
    cancel();
    expect(callbacks.size).toBe(0);
  });

  it('falls back to a timer where there is no requestIdleCallback', () => {
    vi.useFakeTimers();
    vi.stubGlobal('window', {setTimeout, clearTimeout});
    const task = vi.fn();
    whenIdle(task, 1000, 200);
    vi.advanceTimersByTime(199);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);

    const cancelled = vi.fn();
    whenIdle(cancelled, 1000, 200)();
    vi.advanceTimersByTime(500);
    expect(cancelled).not.toHaveBeenCalled();
  });
});
