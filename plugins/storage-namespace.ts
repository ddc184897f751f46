import {createHash} from 'node:crypto';

/**
 * The suffix Docusaurus adds to every localStorage key of this site (`docusaurus.tab.os-aae`)
 * when `future.v4` turns on storage namespacing: the first three hex digits of the MD5 of the
 * site's URL with its base path and a trailing slash (@docusaurus/core 3.10, server/storage.js).
 * The early script in the page head needs it before Docusaurus' own code has loaded.
 */
export function siteStorageNamespace(url: string, baseUrl: string): string {
  const siteRoot = `${url.replace(/\/+$/, '')}/${baseUrl.replace(/^\/+|\/+$/g, '')}`;
  const normalized = siteRoot.endsWith('/') ? siteRoot : `${siteRoot}/`;
  return `-${createHash('md5').update(normalized).digest('hex').slice(0, 3)}`;
}
