import path from 'node:path';
import {injectManifest} from 'workbox-build';

/**
 * Files the service worker precaches: every page, asset, the whole Pagefind index and the
 * example archives (a few KiB each; their bytes are deterministic, so an unchanged archive
 * keeps its revision and is not downloaded again).
 */
export const PRECACHE_GLOBS = [
  '**/*.{html,js,css,json,svg,png,ico,woff,woff2,txt,xml,webmanifest}',
  'pagefind/**',
  'examples/*.zip',
];

/** Not precached: the worker itself, server configuration, source maps. */
export const PRECACHE_IGNORES = ['sw.js', '**/*.map', '**/*.conf', 'sitemap.xml'];

/**
 * Writes `sw.js` with the precache manifest injected. Runs last in the
 * post-build pipeline, after the search index and the CSP hashes, so the list
 * covers the final files. Files with a content hash in their name (Docusaurus'
 * `assets/`) need no revision; everything else is revisioned by its MD5.
 */
export async function writeServiceWorker(
  outDir: string,
  siteDir = process.cwd(),
): Promise<{count: number; size: number}> {
  const {count, size, warnings} = await injectManifest({
    swSrc: path.join(siteDir, 'plugins/post-build-pipeline/sw-template.js'),
    swDest: path.join(outDir, 'sw.js'),
    globDirectory: outDir,
    globPatterns: PRECACHE_GLOBS,
    globIgnores: PRECACHE_IGNORES,
    dontCacheBustURLsMatching: /^assets\/.*[.-][0-9a-f]{8,}\.[a-z0-9]+$/,
    maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
  });
  if (warnings.length > 0) throw new Error(`service worker precache: ${warnings.join('; ')}`);
  console.log(
    `[post-build] service worker precaches ${count} files (${(size / 1024 / 1024).toFixed(1)} MiB)`,
  );
  return {count, size};
}
