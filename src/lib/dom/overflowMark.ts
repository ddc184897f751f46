/**
 * Marks an element whose content is wider than its box, for CSS to show a control (a code
 * block's wrap button). One ResizeObserver serves every block on the page, and the mark is a
 * DOM attribute, not React state: a state per block re-rendered every overflowing block of a
 * long chapter in one unsliced render right after hydration (58 of 97 on
 * /docs/install/troubleshooting on a phone).
 */
export const OVERFLOW_ATTRIBUTE = 'data-overflows';

type Mark = (scroller: HTMLElement, marked: HTMLElement) => () => void;

interface ObserverLike {
  observe(target: Element): void;
  unobserve(target: Element): void;
}
type ObserverConstructor = new (
  callback: (entries: ReadonlyArray<{readonly target: Element}>) => void,
) => ObserverLike;

/** A marker over one observer made with `Observer` (ResizeObserver in the page). */
export function createOverflowMarker(Observer: ObserverConstructor): Mark {
  const watched = new Map<Element, HTMLElement>();
  const observer = new Observer((entries) => {
    // Read every width before writing any mark: a read after a write lays out the page again,
    // once per block (measured: ~190 ms of main thread at 1× on a chapter with 97 blocks).
    const marks = entries.flatMap(({target}) => {
      const marked = watched.get(target);
      return marked ? [{marked, overflows: target.scrollWidth > target.clientWidth}] : [];
    });
    for (const {marked, overflows} of marks) marked.toggleAttribute(OVERFLOW_ATTRIBUTE, overflows);
  });
  return (scroller, marked) => {
    watched.set(scroller, marked);
    observer.observe(scroller);
    return () => {
      observer.unobserve(scroller);
      watched.delete(scroller);
    };
  };
}

let pageMarker: Mark | undefined;

/** Keeps `marked`'s overflow attribute in step with `scroller`'s width; returns the stop. */
export const markOverflow: Mark = (scroller, marked) => {
  if (typeof ResizeObserver === 'undefined') return () => {};
  pageMarker ??= createOverflowMarker(ResizeObserver);
  return pageMarker(scroller, marked);
};
