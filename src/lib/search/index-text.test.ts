import {describe, expect, it} from 'vitest';
import {headingsOf, htmlForIndex, searchTermsFor, unspacedForms} from './index-text';

describe('text prepared for the search index', () => {
  const glossary = [
    {
      id: 'cgroup',
      ko: '컨트롤 그룹',
      en: 'cgroup',
      definition: '…',
      chapter: '/docs/containers/cgroups',
      aliases: ['씨그룹'],
    },
    {id: 'other', ko: '다른', en: 'other', definition: '…', chapter: '/docs/other'},
  ];

  it('finds the glossary words of the terms a page explains', () => {
    expect(searchTermsFor('/docs/containers/cgroups.html', glossary)).toEqual([
      '컨트롤 그룹',
      'cgroup',
      '씨그룹',
    ]);
    expect(searchTermsFor('/docs/intro.html', glossary)).toEqual([]);
  });

  it('adds them inside the indexed body and leaves other pages untouched', () => {
    const page = '<main><div data-pagefind-body=""><h1>cgroups</h1></div></main>';
    expect(htmlForIndex(page, ['컨트롤 그룹', '씨그룹'])).toContain(
      '<div data-pagefind-body=""><p data-pagefind-weight="3" data-pagefind-meta="index_only_words:4">컨트롤 그룹 · 씨그룹</p><h1>',
    );
    expect(htmlForIndex(page, [])).toBe(page);
  });

  it("reads a page's h2/h3 texts without their anchor links", () => {
    const page =
      '<h2 class="anchor" id=a>유니온 파일시스템과 overlay2<a href=#a class=hash-link aria-label="x">\u200b</a></h2>' +
      '<h3 id=b>CMD &amp; ENTRYPOINT</h3><h4>무시</h4>';
    expect(headingsOf(page)).toEqual(['유니온 파일시스템과 overlay2', 'CMD & ENTRYPOINT']);
  });

  it('adds unspaced forms of spaced Korean phrases only', () => {
    expect(unspacedForms(['유니온 파일시스템', '재시작 정책', 'union filesystem', '볼륨'])).toEqual(
      ['유니온파일시스템', '재시작정책'],
    );
  });
});
