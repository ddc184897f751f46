import {describe, expect, it} from 'vitest';
import {resultDataOf, pageTextOf, type PagefindResultData} from './results';
import {decodeWords, encodeWords, matchedSectionTitles, SiteWords, siteIndexOf} from './site-index';

const page: PagefindResultData = {
  url: '/docs/containers/namespaces',
  excerpt: '',
  meta: {title: '네임스페이스'},
  content:
    '리눅스 커널은 프로세스를 나눕니다 PID 네임스페이스 네트워크 네임스페이스 docker-compose.yml 도커를 도컨테이너',
  anchors: [
    {element: 'h2', id: 'pid', text: 'PID 네임스페이스', location: 4},
    {element: 'h2', id: 'net', text: '네트워크 네임스페이스', location: 6},
  ],
};

describe('the site part of the lexicon', () => {
  it('writes sorted words sharing their starts, and reads them back', () => {
    const words = ['dockerfile', 'docs', '도커를', '도커는', '8080', '8080tcp'].sort();
    const text = encodeWords(words);
    expect(text).toBe('0,8080 4,tcp 0,dockerfile 3,s 0,도커는 2,를');
    expect(decodeWords(text)).toEqual(words);
    expect(decodeWords('')).toEqual([]);
  });

  it("keeps each page's outline under its result id and every word once", () => {
    const site = siteIndexOf([{id: 'ko_1', data: page}]);
    expect(site.pages['ko_1']).toEqual({
      url: '/docs/containers/namespaces',
      title: '네임스페이스',
      headings: page.anchors,
    });
    const words = decodeWords(site.words);
    // 네임스페이스 starts no other word, 네임 does not stand alone: a word that starts another is left out.
    expect(words).toContain('네임스페이스');
    expect(words).toContain('dockercomposeyml');
    expect(words).toContain('yml');
    expect(words).not.toContain('docker'); // dockercomposeyml starts with it
  });

  it('tells a word no page holds from one Pagefind finds exactly or loosely', () => {
    const site = new SiteWords(decodeWords(siteIndexOf([{id: 'ko_1', data: page}]).words));
    expect(site.standing('아이돌')).toBe('absent');
    expect(site.standing('네임스페이스')).toBe('exact');
    expect(site.standing('Docker')).toBe('exact');
    expect(site.standing('docker-compose.yml')).toBe('exact');
    expect(site.standing('compose.yml')).toBe('absent'); // the page has compose and yml, not composeyml
    expect(site.standing('...')).toBe('exact');
    // Pagefind compares jamo: 도커 is a prefix of 도컨(테이너) as well as of 도커를.
    expect(site.standing('도커')).toBe('loose');
    expect(site.standing('프로세스')).toBe('exact');
  });

  it('names the sections of the matches as the excerpts do, without the page text', () => {
    const text = pageTextOf(page);
    for (const locations of [[0], [4, 5], [1, 6, 9], [6], []]) {
      const sections = resultDataOf(text, locations).sub_results!.map((sub) => sub.title);
      expect(matchedSectionTitles(text, locations)).toEqual(sections);
    }
  });
});
