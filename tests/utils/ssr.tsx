import type {ReactElement} from 'react';
import {renderToString} from 'react-dom/server';
import {browserState} from '../stubs/useIsBrowser';

/**
 * Renders a component the way the static build does (no browser, no effects)
 * and returns its HTML, for "complete without JavaScript" assertions.
 */
export function renderToHtml(element: ReactElement): string {
  return renderAs(false, element);
}

function renderAs(isBrowser: boolean, element: ReactElement): string {
  const previous = browserState.isBrowser;
  browserState.isBrowser = isBrowser;
  try {
    return renderToString(element);
  } finally {
    browserState.isBrowser = previous;
  }
}

/** The visible text of server HTML, tags stripped and whitespace collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Renders as the browser's first (hydrating) render does. A component whose
 * server HTML equals this has nothing to change after hydration.
 */
export function renderAsBrowser(element: ReactElement): string {
  return renderAs(true, element);
}
