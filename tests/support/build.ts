import {pageFileCandidates} from '../../plugins/shared/html-files';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const BUILD_DIR = path.resolve(process.env.BUILD_DIR ?? 'build');

/** The build the browser tests serve; throws with the command to make one when there is none. */
export function requireBuild(): string {
  if (!fs.existsSync(path.join(BUILD_DIR, 'index.html'))) {
    throw new Error(
      `No built site in ${BUILD_DIR}. Run "npm run build" first (or set BUILD_DIR to a build).`,
    );
  }
  return BUILD_DIR;
}

/** The built HTML file for a URL path (trailingSlash: false layout). */
export function htmlFileFor(urlPath: string): string {
  const found = pageFileCandidates(urlPath)
    .map((file) => path.join(BUILD_DIR, file))
    .find((file) => fs.existsSync(file));
  if (!found) throw new Error(`No built page for ${urlPath} in ${BUILD_DIR}`);
  return found;
}

export function readHtml(urlPath: string): string {
  return fs.readFileSync(htmlFileFor(urlPath), 'utf8');
}

/** Reads a file referenced by the built HTML (base URL prefix removed). */
export function assetFile(href: string, baseUrl = process.env.BASE_URL ?? '/'): string {
  const relative = href.startsWith(baseUrl) ? href.slice(baseUrl.length) : href.replace(/^\//, '');
  return path.join(BUILD_DIR, relative);
}

export function gzipSize(file: string): number {
  return zlib.gzipSync(fs.readFileSync(file), {level: 9}).length;
}

/** URL paths listed in the built sitemap.xml (the site's own host removed). */
export function sitemapPaths(): string[] {
  const xml = fs.readFileSync(path.join(requireBuild(), 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}
