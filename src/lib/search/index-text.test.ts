import {describe, expect, it} from 'vitest';
import {htmlForIndex, searchTermsFor, splitScripts, splitScriptsInHtml} from './index-text';

describe('text prepared for the search index', () => {
  it('separates Latin words from the Korean particles attached to them', () => {
    expect(splitScripts('cgroup은 커널 기능입니다')).toBe('cgroup 은 커널 기능입니다');
    expect(splitScripts('포트가 8080번')).toBe('포트가 8080 번');
    expect(splitScripts('도커Docker')).toBe('도커 Docker');
  });

  it('never touches tags or attributes', () => {
    expect(splitScriptsInHtml('<a href="/docs/cgroup은">cgroup은</a>')).toBe('<a href="/docs/cgroup은">cgroup 은</a>');
  });

  it('adds the glossary words of the terms a page explains inside the indexed body', () => {
    const glossary = [
      {id: 'cgroup', ko: '컨트롤 그룹', en: 'cgroup', definition: '…', chapter: '/docs/containers/cgroups', aliases: ['씨그룹']},
      {id: 'other', ko: '다른', en: 'other', definition: '…', chapter: '/docs/other'},
    ];
    const terms = searchTermsFor('/docs/containers/cgroups.html', glossary);
    expect(terms).toEqual(['컨트롤 그룹', 'cgroup', '씨그룹']);
    const html = htmlForIndex('<main><div data-pagefind-body=""><h1>cgroups</h1></div></main>', terms);
    expect(html).toContain('<div data-pagefind-body=""><p data-pagefind-weight="3">컨트롤 그룹 · cgroup · 씨그룹</p><h1>');
  });
});
