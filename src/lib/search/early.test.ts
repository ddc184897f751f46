// @vitest-environment jsdom
import {afterEach, describe, expect, it, vi} from 'vitest';
import {EARLY_PAGEFIND_GLOBAL, earlySearchScript} from './early';

const script = earlySearchScript('/pagefind/pagefind.js', '/search');
type WithEarly = Window & {[EARLY_PAGEFIND_GLOBAL]?: Promise<unknown>};

function runAt(url: string): Promise<unknown> | undefined {
  window.history.replaceState(null, '', url);
  vi.useFakeTimers();
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback, 16));
  delete (window as WithEarly)[EARLY_PAGEFIND_GLOBAL];
  new Function(script)();
  vi.advanceTimersByTime(100);
  return (window as WithEarly)[EARLY_PAGEFIND_GLOBAL];
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('earlySearchScript', () => {
  it('starts loading Pagefind after the first frame on /search with a query', () => {
    expect(runAt('/search?q=%EB%8F%84%EC%BB%A4')).toBeInstanceOf(Promise);
  });

  it('does nothing on other pages or without a query', () => {
    expect(runAt('/docs/intro?q=docker')).toBeUndefined();
    expect(runAt('/search')).toBeUndefined();
    expect(runAt('/search?q=%20%20')).toBeUndefined();
  });

  it('passes the same options as the site search and the base URL it was given', () => {
    const repo = earlySearchScript('/repo/pagefind/pagefind.js', '/repo/search');
    expect(repo).toContain('"/repo/search"');
    expect(repo).toContain('import("/repo/pagefind/pagefind.js")');
    expect(repo).toContain('{"excerptLength":22}');
  });
});
