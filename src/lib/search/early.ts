// Starting the search of a /search?q=… visit before the site's scripts have run.

/** Options every Pagefind instance of the site gets (the early one and usePagefind's). */
export const PAGEFIND_OPTIONS = {excerptLength: 22};

/** The global the early script leaves its Pagefind promise in. */
export const EARLY_PAGEFIND_GLOBAL = '__dgPagefind';

/**
 * Inline script for every page's <head> (it does nothing elsewhere): on the search page with a
 * ?q=, it starts loading Pagefind and the index chunks for the query right after the first
 * paint, while the site's own scripts download, instead of after they have run and hydrated
 * the page. ES5 apart from import(); the same text on every page, so one CSP hash.
 */
export function earlySearchScript(pagefindUrl: string, searchPath: string): string {
  return (
    `(function(){if(location.pathname!==${JSON.stringify(searchPath)})return;` +
    `var q=(new URLSearchParams(location.search).get('q')||'').trim();if(!q)return;` +
    `requestAnimationFrame(function(){setTimeout(function(){var p=import(${JSON.stringify(pagefindUrl)})` +
    `.then(function(m){return m.options(${JSON.stringify(PAGEFIND_OPTIONS)}).then(function(){return m.init()})` +
    `.then(function(){m.preload(q);return m})});p.catch(function(){});window.${EARLY_PAGEFIND_GLOBAL}=p},0)})})()`
  );
}
