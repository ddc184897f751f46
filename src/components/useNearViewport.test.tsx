import {afterEach, describe, expect, it, vi} from 'vitest';
import {act, cleanup, render, screen} from '@testing-library/react';
import {useNearViewport} from './useNearViewport';

type Callback = (entries: {isIntersecting: boolean}[]) => void;
let observed: {callback: Callback; rootMargin?: string}[] = [];

class FakeObserver {
  constructor(callback: Callback, options?: {rootMargin?: string}) {
    observed.push({callback, rootMargin: options?.rootMargin});
  }
  observe(): void {}
  disconnect(): void {}
}

function Probe({enabled = true}: {readonly enabled?: boolean}) {
  const {ref, near, scrolledFirst} = useNearViewport<HTMLDivElement>('500px 0px', enabled);
  return <div ref={ref}>{near ? `near ${scrolledFirst ? 'after scroll' : 'at open'}` : 'far'}</div>;
}

afterEach(() => {
  cleanup();
  observed = [];
  vi.unstubAllGlobals();
});

describe('useNearViewport', () => {
  it('turns near when the element comes within the margin, and tells whether the reader scrolled first', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    render(<Probe />);
    expect(screen.getByText('far')).toBeTruthy();
    expect(observed[0]!.rootMargin).toBe('500px 0px');
    act(() => observed[0]!.callback([{isIntersecting: false}]));
    expect(screen.getByText('far')).toBeTruthy();
    act(() => {
      window.dispatchEvent(new Event('scroll'));
      observed[0]!.callback([{isIntersecting: true}]);
    });
    expect(screen.getByText('near after scroll')).toBeTruthy();
  });

  it('reports "at open" when near without a scroll, and watches nothing when disabled', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    render(<Probe />);
    act(() => observed[0]!.callback([{isIntersecting: true}]));
    expect(screen.getByText('near at open')).toBeTruthy();
    cleanup();
    observed = [];
    render(<Probe enabled={false} />);
    expect(observed).toHaveLength(0);
  });
});
