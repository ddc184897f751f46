import {createRequire} from 'node:module';
import {describe, expect, it} from 'vitest';
import {siteStorageNamespace} from './storage-namespace';

// Docusaurus' own function, read from the installed core: if an upgrade changes how it names
// keys, this fails instead of the early tab script silently writing keys nobody reads.
const require = createRequire(import.meta.url);
const {createSiteStorage} = require('@docusaurus/core/lib/server/storage') as {
  createSiteStorage: (config: {
    url: string;
    baseUrl: string;
    storage: {type: string; namespace: boolean};
  }) => {namespace: string};
};

describe('siteStorageNamespace', () => {
  it.each([
    ['http://localhost:3000', '/'],
    ['https://example.github.io', '/docker-guide/'],
    ['https://docker.example.kr/', '/'],
  ])('names keys as Docusaurus does for %s%s', (url, baseUrl) => {
    const docusaurus = createSiteStorage({
      url,
      baseUrl,
      storage: {type: 'localStorage', namespace: true},
    }).namespace;
    expect(docusaurus).toMatch(/^-[0-9a-f]{3}$/);
    expect(siteStorageNamespace(url, baseUrl)).toBe(docusaurus);
  });
});
