// @vitest-environment jsdom
import {describe, expect, it, vi} from 'vitest';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

describe('viewport prefetch switch', () => {
  it('keeps preload (hover, touch) and turns prefetch into nothing', async () => {
    const {withoutViewportPrefetch} = await import('./prefetch');
    const preload = vi.fn(() => Promise.resolve([]));
    const prefetch = vi.fn(() => Promise.resolve([]));
    const patched = withoutViewportPrefetch({prefetch, preload});
    expect(patched.prefetch('/docs/intro')).toBe(false);
    expect(prefetch).not.toHaveBeenCalled();
    void patched.preload('/docs/intro');
    expect(preload).toHaveBeenCalledWith('/docs/intro');
  });

  it('replaces window.docusaurus after the entry point sets it, and stops Link building observers', async () => {
    const {switchOffViewportPrefetch} = await import('./prefetch');
    const prefetch = vi.fn(() => Promise.resolve([]));
    ExecutionEnvironment.canUseIntersectionObserver = true;
    switchOffViewportPrefetch();
    // What clientEntry does right after the client modules have run, in the same task:
    window.docusaurus = {prefetch, preload: vi.fn(() => Promise.resolve([]))};
    await Promise.resolve();
    expect(window.docusaurus.prefetch('/docs/intro')).toBe(false);
    expect(prefetch).not.toHaveBeenCalled();
    expect(ExecutionEnvironment.canUseIntersectionObserver).toBe(false);
  });
});
