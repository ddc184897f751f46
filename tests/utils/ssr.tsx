import {act, type ReactElement} from 'react';
import {hydrateRoot, type Root} from 'react-dom/client';
import {renderToString} from 'react-dom/server';

/**
 * Renders a component the way the static build does (no browser, no effects;
 * useIsBrowser is false) and returns its HTML, for "complete without JavaScript" assertions.
 */
export function renderToHtml(element: ReactElement): string {
  return renderToString(element);
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

function describeNode(node: Node): string {
  if (node instanceof Element) {
    const id = node.id ? `#${node.id}` : '';
    const testId = node.getAttribute('data-testid');
    return `<${node.tagName.toLowerCase()}${id}${testId ? `[data-testid=${testId}]` : ''}>`;
  }
  return `${node.nodeName} ${JSON.stringify(node.textContent?.slice(0, 60))}`;
}

/**
 * A readable line for a mutation, or null for a write that left the value as it was: React
 * re-sets `type`, `value`, `name` and `checked` on every hydrated <input> to the same values.
 */
function describeMutation(record: MutationRecord): string | null {
  const where = describeNode(record.target);
  if (record.type === 'attributes') {
    const value = (record.target as Element).getAttribute(record.attributeName ?? '');
    if (value === record.oldValue) return null;
    return `${where}: attribute ${record.attributeName} ${JSON.stringify(record.oldValue)} → ${JSON.stringify(value)}`;
  }
  if (record.type === 'characterData') {
    if (record.target.textContent === record.oldValue) return null;
    return `${where}: text ${JSON.stringify(record.oldValue)} → ${JSON.stringify(record.target.textContent)}`;
  }
  const added = Array.from(record.addedNodes, describeNode);
  const removed = Array.from(record.removedNodes, describeNode);
  return `${where}: children +[${added.join(', ')}] −[${removed.join(', ')}]`;
}

/** What hydrating the server HTML did to the page: DOM mutations and reported errors. */
export interface HydrationReport {
  readonly mutations: readonly string[];
  readonly errors: readonly string[];
}

/**
 * Puts the server HTML of `element` into the document, hydrates it with hydrateRoot as the
 * browser does (effects and the re-render they cause included, and useIsBrowser turning
 * true), and records every DOM mutation (added or removed nodes, changed attributes and
 * text; an attribute or text is compared with its final value, so writing the same value
 * again does not count) and every error React reports.
 */
export async function hydrateServerHtml(element: ReactElement): Promise<HydrationReport> {
  const container = document.createElement('div');
  container.innerHTML = renderToHtml(element);
  document.body.append(container);
  const mutations: string[] = [];
  const errors: string[] = [];
  const collect = (records: MutationRecord[]) => {
    for (const record of records) {
      const change = describeMutation(record);
      if (change !== null) mutations.push(change);
    }
  };
  const observer = new MutationObserver(collect);
  observer.observe(container, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeOldValue: true,
    characterData: true,
    characterDataOldValue: true,
  });
  const consoleError = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  const actEnvironment = globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean};
  const wasActEnvironment = actEnvironment.IS_REACT_ACT_ENVIRONMENT;
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
  let root: Root | undefined;
  try {
    await act(async () => {
      root = hydrateRoot(container, element, {
        onRecoverableError: (error) => errors.push(`recoverable: ${String(error)}`),
        onCaughtError: (error) => errors.push(`caught: ${String(error)}`),
        onUncaughtError: (error) => errors.push(`uncaught: ${String(error)}`),
      });
    });
    collect(observer.takeRecords());
  } finally {
    observer.disconnect();
    console.error = consoleError;
    act(() => root?.unmount());
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = wasActEnvironment;
    container.remove();
  }
  return {mutations, errors};
}

/**
 * Proves "nothing changes on hydration": hydrating the server HTML neither mutates the DOM
 * nor reports a hydration error. Throws with the list of changes otherwise.
 */
export async function expectHydratesWithoutChange(element: ReactElement): Promise<void> {
  const {mutations, errors} = await hydrateServerHtml(element);
  if (mutations.length === 0 && errors.length === 0) return;
  throw new Error(
    [
      'Hydrating the server HTML changed the page:',
      ...mutations.map((m) => `  mutation: ${m}`),
      ...errors.map((e) => `  error: ${e}`),
    ].join('\n'),
  );
}
