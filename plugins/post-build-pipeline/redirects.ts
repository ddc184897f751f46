// Old URLs of moved chapters keep working: a small static page at the old address that sends
// the reader on with <meta http-equiv="refresh"> (works with JavaScript off and needs no CSP
// hash) and shows a link in case the browser does not follow it. GitHub Pages cannot send 301s.
import fs from 'node:fs';
import path from 'node:path';
import {MOVED_CHAPTER_IDS} from '../../src/lib/progress/moved';

export interface Redirect {
  /** URL path without the base URL, e.g. `/docs/docker-basics/podman`. */
  readonly from: string;
  readonly to: string;
}

/** Moved chapters, as URL paths (a chapter's URL is `/docs/` + its doc id). */
export const chapterRedirects = (): Redirect[] =>
  Object.entries(MOVED_CHAPTER_IDS).map(([from, to]) => ({
    from: `/docs/${from}`,
    to: `/docs/${to}`,
  }));

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  '#x27': "'",
};
const decodeEntities = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name]!);

/**
 * The page left at a moved chapter's old address. `iconLink` is the target page's own
 * `<link rel="icon">`: without one, Chromium asks for /favicon.ico, which the site does not
 * have, and logs a 404 when the request beats the refresh.
 */
export function redirectPage(target: string, title: string, siteUrl = '', iconLink = ''): string {
  const href = escapeHtml(target);
  const canonical = escapeHtml(siteUrl.replace(/\/$/, '') + target);
  const name = escapeHtml(title);
  return `<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>옮겨진 페이지: ${name}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${canonical}">${iconLink ? `\n${iconLink}` : ''}
<meta http-equiv="refresh" content="0; url=${href}">
</head>
<body>
<main>
<h1>이 페이지는 옮겨졌습니다</h1>
<p><a href="${href}">${name}</a>(으)로 이동합니다. 자동으로 넘어가지 않으면 링크를 누르세요.</p>
</main>
</body>
</html>
`;
}

/** The built HTML file of a URL path (trailingSlash: false writes `docs/x.html`). */
const htmlFile = (outDir: string, urlPath: string) =>
  path.join(outDir, `${urlPath.replace(/^\/+|\/+$/g, '')}.html`);

/**
 * Writes a redirect page for each moved URL. Fails the build when a target page is missing or
 * when a real page still lives at an old address (the redirect would hide it).
 */
export function writeRedirects(
  outDir: string,
  baseUrl: string,
  redirects: readonly Redirect[] = chapterRedirects(),
  siteUrl = '',
): number {
  const base = baseUrl.replace(/\/$/, '');
  for (const {from, to} of redirects) {
    const targetFile = htmlFile(outDir, to);
    if (!fs.existsSync(targetFile)) throw new Error(`redirect ${from} → ${to}: no page at ${to}`);
    const sourceFile = htmlFile(outDir, from);
    if (fs.existsSync(sourceFile)) {
      throw new Error(`redirect ${from} → ${to}: a page still exists at ${from}`);
    }
    const html = fs.readFileSync(targetFile, 'utf8');
    const title = decodeEntities(/<title[^>]*>([^<]*)<\/title>/.exec(html)?.[1] ?? to).split(
      ' | ',
    )[0]!;
    fs.mkdirSync(path.dirname(sourceFile), {recursive: true});
    const iconLink =
      /<link\b[^>]*\brel=(?:"icon"|'icon'|icon(?=[\s/>]))[^>]*>/.exec(html)?.[0] ?? '';
    fs.writeFileSync(sourceFile, redirectPage(base + to, title.trim(), siteUrl, iconLink));
  }
  return redirects.length;
}
