import {describe, expect, it} from 'vitest';
import {htmlForIndex, searchTermsFor} from './index-text';

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
      '<div data-pagefind-body=""><p data-pagefind-weight="3">컨트롤 그룹 · 씨그룹</p><h1>',
    );
    expect(htmlForIndex(page, [])).toBe(page);
  });
});
