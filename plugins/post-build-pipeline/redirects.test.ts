import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {chapterRedirects, redirectPage, writeRedirects} from './redirects';

let outDir: string;
beforeEach(() => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dg-redirects-'));
  fs.mkdirSync(path.join(outDir, 'docs/new'), {recursive: true});
  fs.writeFileSync(
    path.join(outDir, 'docs/new/page.html'),
    '<html><head><title data-rh="true">Podman &amp; 파드 | 도커 길잡이</title>' +
      // Minified as the build writes it: attribute values without quotes.
      '<link data-rh=true rel=icon href=/docker-guide/img/favicon.svg /></head></html>',
  );
});
afterEach(() => fs.rmSync(outDir, {recursive: true, force: true}));

describe('redirects of moved chapters', () => {
  it('leaves a page at the old address that refreshes to the new one, with a link', () => {
    const count = writeRedirects(
      outDir,
      '/docker-guide/',
      [{from: '/docs/old/page', to: '/docs/new/page'}],
      'https://example.github.io',
    );
    expect(count).toBe(1);
    const html = fs.readFileSync(path.join(outDir, 'docs/old/page.html'), 'utf8');
    expect(html).toContain(
      '<meta http-equiv="refresh" content="0; url=/docker-guide/docs/new/page">',
    );
    expect(html).toContain('<a href="/docker-guide/docs/new/page">Podman &#38; 파드</a>');
    expect(html).toContain('<html lang="ko">');
    expect(html).toContain(
      '<link rel="canonical" href="https://example.github.io/docker-guide/docs/new/page">',
    );
    expect(html).not.toContain('<script');
    // The target's icon: without one, Chromium asks for /favicon.ico, which is a 404 here.
    expect(html).toContain('<link data-rh=true rel=icon href=/docker-guide/img/favicon.svg />');
  });

  it('fails when the target page is missing', () => {
    expect(() => writeRedirects(outDir, '/', [{from: '/docs/a', to: '/docs/missing'}])).toThrow(
      /no page at \/docs\/missing/,
    );
  });

  it('fails when a real page still lives at the old address', () => {
    expect(() =>
      writeRedirects(outDir, '/', [{from: '/docs/new/page', to: '/docs/new/page'}]),
    ).toThrow(/a page still exists/);
  });

  it('escapes what it writes into attributes', () => {
    expect(redirectPage('/a"b', '<x>')).toContain('href="/a&#34;b"');
    expect(redirectPage('/a', '<x>')).toContain('&#60;x&#62;');
  });

  it('covers every moved chapter', () => {
    expect(chapterRedirects()).toContainEqual({
      from: '/docs/docker-basics/podman',
      to: '/docs/compose-cluster/podman',
    });
  });
});
