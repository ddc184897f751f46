import fs from 'node:fs';
import path from 'node:path';
import {inject} from 'vitest';

/** URL paths listed in the built sitemap.xml (the site's own host removed). */
export function sitemapPaths(): string[] {
  const xml = fs.readFileSync(path.join(inject('buildDir'), 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}
