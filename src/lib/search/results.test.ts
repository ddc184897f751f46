import {describe, expect, it} from 'vitest';
import {htmlForIndex} from './index-text';
import {
  EXCERPT_WORDS,
  excerptStart,
  flattenTargets,
  isComposingKey,
  moveActive,
  pageTextOf,
  resultDataOf,
  safeExcerpt,
  toHit,
} from './results';

describe('toHit', () => {
  it('keeps the page title without the site suffix and up to three anchored sections', () => {
    const hit = toHit({
      url: '/docs/containers/cgroups',
      excerpt: '<mark>cgroup</mark> 은',
      meta: {title: 'cgroups | 도커 길잡이'},
      sub_results: [
        {title: 'cgroups | 도커 길잡이', url: '/docs/containers/cgroups', excerpt: ''},
        {title: 'v1과 v2', url: '/docs/containers/cgroups#v1-v2', excerpt: 'a'},
        {title: '메모리', url: '/docs/containers/cgroups#memory', excerpt: 'b'},
        {title: 'CPU', url: '/docs/containers/cgroups#cpu', excerpt: 'c'},
        {title: 'pids', url: '/docs/containers/cgroups#pids', excerpt: 'd'},
      ],
    });
    expect(hit.title).toBe('cgroups');
    expect(hit.sections.map((section) => section.title)).toEqual(['v1과 v2', '메모리', 'CPU']);
  });

  it("keeps a section's link but not its text when that text is the page's excerpt", () => {
    const hit = toHit({
      url: '/docs/p',
      excerpt: '번째 실행은 <mark>도커</mark> 플레이그라운드',
      meta: {title: 'p'},
      sub_results: [
        {title: '확인 과제', url: '/docs/p#task', excerpt: '번째 실행은 <mark>도커</mark>'},
        {title: '둘째', url: '/docs/p#two', excerpt: '다른 <mark>도커</mark> 문장'},
      ],
    });
    expect(hit.sections).toEqual([
      {title: '확인 과제', url: '/docs/p#task', excerpt: ''},
      {title: '둘째', url: '/docs/p#two', excerpt: '다른 <mark>도커</mark> 문장'},
    ]);
  });
});

describe("excerpts and sections from the page text (Pagefind's rules)", () => {
  const words = Array.from({length: 60}, (_, index) => `w${index}`);
  words[3] = 'a<b>&c';
  const page = pageTextOf({
    url: '/docs/p',
    excerpt: '',
    meta: {title: '페이지 | 도커 길잡이'},
    content: words.join(' '),
    anchors: [
      {element: 'h2', id: '첫-절', text: '첫 절', location: 30},
      {element: 'div', id: 'box', text: 'box', location: 40},
      {element: 'h3', id: 'empty', text: ' ', location: 45},
      {element: 'h2', id: 'second', text: '둘째 절', location: 50},
    ],
  });

  it('starts the excerpt at the densest window of matches', () => {
    expect(excerptStart([], 22)).toBe(0);
    expect(excerptStart([1, 2], 22)).toBe(0);
    const start = excerptStart([30, 31, 32], 22);
    expect(start).toBeLessThanOrEqual(30);
    expect(start + 22).toBeGreaterThan(32);
  });

  it('marks the matches, escapes the text and splits it at headings', () => {
    const data = resultDataOf(page, [33, 3, 52]);
    // The densest window of 22 words holds two of the three matches.
    expect(data.excerpt).toMatch(/^w31 w32 <mark>w33<\/mark> .* <mark>w52<\/mark>$/);
    expect(data.sub_results?.[0]?.excerpt).toContain('w2 <mark>a&lt;b&gt;&amp;c</mark> w4');
    expect(data.sub_results?.[1]?.excerpt).toContain('<mark>w33</mark>');
    expect(data.sub_results?.map((sub) => [sub.title, sub.url])).toEqual([
      ['페이지 | 도커 길잡이', '/docs/p'],
      ['첫 절', '/docs/p#%EC%B2%AB-%EC%A0%88'],
      ['둘째 절', '/docs/p#second'],
    ]);
    // A section's excerpt stays inside it: 첫 절 ends where 둘째 절 starts.
    expect(data.sub_results?.[1]?.excerpt.split(' ')).toHaveLength(20);
    expect(data.sub_results?.[1]?.excerpt).not.toContain('w50');
    expect(toHit(data).sections.map((section) => section.title)).toEqual(['첫 절', '둘째 절']);
  });
});

describe('the index-only paragraph (glossary words) finds pages but is never shown', () => {
  // What htmlForIndex puts first in the indexed body, then the page's own text.
  const html = htmlForIndex('<div data-pagefind-body=""><h1>t</h1></div>', [
    '컨트롤 그룹',
    '씨그룹',
    '컨트롤그룹',
  ]);
  const indexOnly = Number(/index_only_words:(\d+)/.exec(html)?.[1]);
  const paragraph = ['컨트롤', '그룹', '·', '씨그룹', '·', '컨트롤그룹'];
  const own = Array.from({length: 40}, (_, index) => `w${index}`);
  const page = pageTextOf({
    url: '/docs/containers/cgroups',
    excerpt: '',
    meta: {title: 'cgroups | 도커 길잡이', index_only_words: String(indexOnly)},
    content: [...paragraph, ...own].join(' '),
    anchors: [{element: 'h2', id: 'limits', text: '제한', location: 6 + 20}],
  });

  it('counts the paragraph in words as Pagefind does', () => {
    expect(indexOnly).toBe(paragraph.length);
    expect(page.contentStart).toBe(paragraph.length);
    expect(page.words[page.contentStart]).toBe('w0');
  });

  it("shows the page's first words when the only match is in the paragraph", () => {
    const data = resultDataOf(page, [3]);
    expect(data.excerpt.split(' ')).toEqual(own.slice(0, EXCERPT_WORDS));
    expect(data.excerpt).not.toContain('<mark>');
    expect(data.sub_results).toEqual([]);
  });

  it('builds the excerpt and sections from the matches in the text readers see', () => {
    const data = resultDataOf(page, [0, 3, 5, 6 + 30]);
    expect(data.excerpt).toContain('<mark>w30</mark>');
    expect(data.excerpt).not.toMatch(/씨그룹|컨트롤/);
    expect(data.sub_results?.map((sub) => sub.title)).toEqual(['제한']);
  });

  it('ignores a missing or malformed count', () => {
    const meta = (value?: string) =>
      pageTextOf({url: '/p', excerpt: '', meta: {index_only_words: value}, content: 'a b c'})
        .contentStart;
    expect([meta(undefined), meta('x'), meta('-2'), meta('99')]).toEqual([0, 0, 0, 3]);
  });
});

describe('keyboard navigation', () => {
  const hits = [
    {url: '/a', title: 'A', excerpt: '', sections: [{title: 'A1', url: '/a#1', excerpt: ''}]},
    {url: '/b', title: 'B', excerpt: '', sections: []},
  ];
  it('flattens pages and their sections in reading order', () => {
    expect(flattenTargets(hits).map((target) => target.url)).toEqual(['/a', '/a#1', '/b']);
  });
  it('wraps around in both directions', () => {
    expect(moveActive(-1, 3, 1)).toBe(0);
    expect(moveActive(2, 3, 1)).toBe(0);
    expect(moveActive(0, 3, -1)).toBe(2);
    expect(moveActive(-1, 3, -1)).toBe(2);
    expect(moveActive(0, 0, 1)).toBe(-1);
  });
  it('recognises a key pressed while a Hangul syllable is composing', () => {
    expect(isComposingKey({isComposing: true})).toBe(true);
    expect(isComposingKey({keyCode: 229})).toBe(true);
    expect(isComposingKey({isComposing: false, keyCode: 13})).toBe(false);
  });
});

describe('safeExcerpt', () => {
  it('keeps <mark> and drops every other tag', () => {
    expect(safeExcerpt('a <mark>b</mark> <img src=x onerror=alert(1)> c')).toBe(
      'a <mark>b</mark>  c',
    );
  });
});
