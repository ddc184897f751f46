import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const BUILD_DIR = path.resolve(process.env.BUILD_DIR ?? 'build');

/** The built HTML file for a URL path (trailingSlash: false layout). */
export function htmlFileFor(urlPath: string): string {
  const clean = urlPath.replace(/^\/+|\/+$/g, '');
  const candidates =
    clean === '' ? ['index.html'] : [`${clean}.html`, path.join(clean, 'index.html')];
  const found = candidates
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
