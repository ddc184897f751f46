import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

/**
 * Docusaurus's <Link> prefetches the chunks of every link that scrolls into
 * view, in the main thread, while the page is still starting up: on a chapter
 * with a long list of links that was the longest task after hydration
 * (bench/README.md). Links still load their chunks on hover and touch
 * (`preload`), and the service worker caches every chunk once installed, so
 * viewport prefetching is switched off.
 */

// Docusaurus declares `window.docusaurus` (@docusaurus/module-type-aliases).
type DocusaurusGlobal = Window['docusaurus'];

export function withoutViewportPrefetch(docusaurus: DocusaurusGlobal): DocusaurusGlobal {
  return Object.freeze({...docusaurus, prefetch: () => false as const});
}

export function switchOffViewportPrefetch(): void {
  // <Link> also builds one IntersectionObserver per internal link (a new one
  // on every re-render) just to trigger that prefetch. Told there is no
  // IntersectionObserver, it calls prefetch once from an effect instead,
  // which the replacement below turns into nothing.
  ExecutionEnvironment.canUseIntersectionObserver = false;
  // Client modules run while main.js evaluates; the entry point assigns
  // window.docusaurus right after, before this microtask runs, and long before
  // the first <Link> effect.
  queueMicrotask(() => {
    // Undefined in unit tests that load client modules without the entry point.
    if (typeof window.docusaurus === 'object')
      window.docusaurus = withoutViewportPrefetch(window.docusaurus);
  });
}

if (typeof window !== 'undefined') switchOffViewportPrefetch();
