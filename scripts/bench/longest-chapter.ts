// "The longest chapter" page type of the bench, found in the build at bench time (issue 25):
// the chapter whose article holds the most HTML, so the bench follows the course as it grows.
import fs from 'node:fs';
import {htmlFiles, urlPathOf} from '../../plugins/shared/html-files';

export interface Chapter {
  readonly path: string;
  readonly articleBytes: number;
}

/** Bytes of the page's `<article>` element (0 for pages without one, such as redirects). */
export function articleBytes(html: string): number {
  const start = html.indexOf('<article');
  const end = html.lastIndexOf('</article>');
  return start >= 0 && end > start ? Buffer.byteLength(html.slice(start, end)) : 0;
}

/** The chapter under `<baseUrl>docs/` with the largest article. */
export function longestChapter(buildDir: string, baseUrl = '/'): Chapter {
  let longest: Chapter | null = null;
  for (const file of htmlFiles(buildDir, {skipFolders: ['pagefind', 'assets']})) {
    const urlPath = urlPathOf(buildDir, file, baseUrl);
    if (!urlPath.startsWith(`${baseUrl}docs/`)) continue;
    const bytes = articleBytes(fs.readFileSync(file, 'utf8'));
    if (!longest || bytes > longest.articleBytes) longest = {path: urlPath, articleBytes: bytes};
  }
  if (!longest || longest.articleBytes === 0) throw new Error(`no chapter in ${buildDir}`);
  return longest;
}
