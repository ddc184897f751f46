import {describe, expect, it} from 'vitest';
import {resultDataOf, pageTextOf, type PagefindResultData} from './results';
import {
  decodeWords,
  encodeWords,
  matchedSectionTitles,
  shardOf,
  SiteWords,
  siteIndexOf,
  splitWords,
} from './site-index';

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

  it('puts the words standing compares in one shard: a syllable by its initial and vowel', () => {
    for (const count of [1, 7, 16]) {
      const shard = shardOf('도커', count);
      for (const word of ['도', '독', '도컨', '도커를', '돋보기'])
        expect(shardOf(word, count)).toBe(shard);
      expect(shardOf('8080', count)).toBe('8'.codePointAt(0)! % count);
    }
    // Different initials or vowels may fall into different shards.
    expect(
      new Set(['도', '다', '보', 'docker', 'pid'].map((w) => shardOf(w, 16))).size,
    ).toBeGreaterThan(1);
  });

  it('splits the words into shards that hold each word once, in the shard of its key', () => {
    const site = siteIndexOf([{id: 'ko_1', data: page}]);
    const {site: without, shards} = splitWords(site, 16);
    expect(without).toEqual({pages: site.pages, wordShards: 16});
    expect(shards).toHaveLength(16);
    const all = shards.flatMap((text, shard) => {
      const words = decodeWords(text);
      for (const word of words) expect(shardOf(word, 16)).toBe(shard);
      return words;
    });
    expect(all.sort()).toEqual(decodeWords(site.words));
  });

  it('answers from shards as from the whole list, loading only the shards a query needs', async () => {
    const site = siteIndexOf([{id: 'ko_1', data: page}]);
    const whole = new SiteWords(decodeWords(site.words));
    const {shards} = splitWords(site, 16);
    const loads: number[] = [];
    const sharded = new SiteWords(16, async (shard) => {
      loads.push(shard);
      return shards[shard]!;
    });
    const words = ['아이돌', '네임스페이스', 'Docker', 'compose.yml', '도커', '프로세스', '...'];
    // Before its shard is loaded a word is not known to be absent: its pages are checked.
    expect(sharded.standing('아이돌')).toBe('loose');
    await sharded.prepare(['도커', '도컨']);
    expect(loads).toEqual([shardOf('도커', 16)]);
    await sharded.prepare(words);
    for (const word of words) expect(sharded.standing(word)).toBe(whole.standing(word));
    // Each shard once, and only the query's.
    expect(new Set(loads).size).toBe(loads.length);
    expect(loads.length).toBeLessThan(16);
  });

  it('treats a shard that failed to load as unknown and loads it again for a later query', async () => {
    const {shards} = splitWords(siteIndexOf([{id: 'ko_1', data: page}]), 16);
    let fail = true;
    const sharded = new SiteWords(16, async (shard) => {
      if (fail) throw new Error('offline');
      return shards[shard]!;
    });
    await sharded.prepare(['아이돌']);
    expect(sharded.standing('아이돌')).toBe('loose');
    fail = false;
    await sharded.prepare(['아이돌']);
    expect(sharded.standing('아이돌')).toBe('absent');
  });

  it('names the sections of the matches as the excerpts do, without the page text', () => {
    const text = pageTextOf(page);
    for (const locations of [[0], [4, 5], [1, 6, 9], [6], []]) {
      const sections = resultDataOf(text, locations).sub_results!.map((sub) => sub.title);
      expect(matchedSectionTitles(text, locations)).toEqual(sections);
    }
  });
});
