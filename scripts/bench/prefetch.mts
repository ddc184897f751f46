// JavaScript a page prefetches at idle. Docusaurus' <Link> calls prefetch() for links that
// enter the viewport, in requestIdleCallback, which appends <link rel="prefetch"> for the
// target route's chunks. Lighthouse's trace ends before most of that idle work, so the
// bench counts it in Chromium directly: requests of resource type "other" (what Chromium
// reports for rel=prefetch) for .js files, after load, until the network has been quiet.
import type {Browser} from 'playwright-core';

export interface Prefetch {
  readonly files: number;
  readonly transferBytes: number;
  /** <link rel=prefetch> elements in the document (the same chunk can be linked many times). */
  readonly linkElements: number;
  readonly urls: string[];
}

export const VIEWPORTS = {
  mobile: {width: 412, height: 823, isMobile: true, hasTouch: true, deviceScaleFactor: 1.75},
  desktop: {width: 1350, height: 940, isMobile: false, hasTouch: false, deviceScaleFactor: 1},
} as const;

export async function measurePrefetch(
  browser: Browser,
  url: string,
  mode: keyof typeof VIEWPORTS,
): Promise<Prefetch> {
  const {width, height, ...device} = VIEWPORTS[mode];
  const context = await browser.newContext({
    viewport: {width, height},
    ...device,
    locale: 'ko-KR',
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const pending: Array<Promise<void>> = [];
  const found = new Map<string, number>();
  let last = Date.now();
  page.on('request', () => {
    last = Date.now();
  });
  page.on('requestfinished', (request) => {
    last = Date.now();
    const pathname = new URL(request.url()).pathname;
    if (request.resourceType() !== 'other' || !/\.m?js$/.test(pathname)) return;
    pending.push(
      request.sizes().then((sizes) => {
        found.set(pathname, sizes.responseBodySize + sizes.responseHeadersSize);
      }),
    );
  });
  try {
    await page.goto(url, {waitUntil: 'load'});
    // Idle callbacks run after load; wait until 2 s pass without a request (at most 15 s).
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && Date.now() - last < 2_000) await page.waitForTimeout(250);
    await Promise.all(pending);
    const linkElements = await page.locator('link[rel="prefetch"]').count();
    return {
      files: found.size,
      transferBytes: [...found.values()].reduce((total, bytes) => total + bytes, 0),
      linkElements,
      urls: [...found.keys()],
    };
  } finally {
    await context.close();
  }
}
