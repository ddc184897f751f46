import type {MouseEvent} from 'react';

/** Saves `href` as `fileName` from a fetch: the page's service worker answers it, offline too. */
export async function downloadThroughFetch(href: string, fileName: string): Promise<void> {
  const response = await fetch(href);
  if (!response.ok) throw new Error(`${href} answered ${response.status}`);
  const url = URL.createObjectURL(await response.blob());
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The browser has taken the bytes once the download starts; a minute is plenty.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Click handler for an archive link. Chromium sends an `<a download>` click straight to the
 * network, past the service worker, so offline it fails although the archive is precached.
 * On a page the worker controls, the archive is fetched (the worker answers) and saved from
 * memory; otherwise, and for modified clicks, the link works as plain HTML. If the fetch fails,
 * the browser follows the link and shows its own error.
 */
export function onArchiveClick(event: MouseEvent<HTMLAnchorElement>): void {
  const controlled = typeof navigator !== 'undefined' && !!navigator.serviceWorker?.controller;
  const modified =
    event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
  if (!controlled || modified || event.defaultPrevented) return;
  event.preventDefault();
  const link = event.currentTarget;
  const href = link.href;
  downloadThroughFetch(href, link.download).catch(() => window.location.assign(href));
}
