import {useEffect, useRef, useState, type RefObject} from 'react';

export interface NearViewport<T extends Element> {
  /** Attach to the element to watch. */
  readonly ref: RefObject<T | null>;
  /** True once the element has come within `rootMargin` of the viewport (and stays true). */
  readonly near: boolean;
  /** Whether the reader had scrolled before it came near (false: it was near as the page opened). */
  readonly scrolledFirst: boolean;
}

/**
 * For parts that load their code only when the reader gets close to them
 * (the playground, Mermaid figures, the chapter-done mark). `enabled: false`
 * watches nothing.
 */
export function useNearViewport<T extends Element>(
  rootMargin: string,
  enabled = true,
): NearViewport<T> {
  const ref = useRef<T>(null);
  const [state, setState] = useState({near: false, scrolledFirst: false});

  useEffect(() => {
    const element = ref.current;
    if (!enabled || state.near || !element || typeof IntersectionObserver === 'undefined')
      return undefined;
    let scrolled = false;
    const onScroll = () => {
      scrolled = true;
    };
    window.addEventListener('scroll', onScroll, {passive: true, once: true});
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting))
          setState({near: true, scrolledFirst: scrolled});
      },
      {rootMargin},
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      window.removeEventListener('scroll', onScroll);
    };
  }, [enabled, state.near, rootMargin]);

  return {ref, ...state};
}
