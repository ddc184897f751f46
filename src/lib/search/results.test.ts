import {describe, expect, it} from 'vitest';
import {flattenTargets, isComposingKey, moveActive, safeExcerpt, toHit} from './results';

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
