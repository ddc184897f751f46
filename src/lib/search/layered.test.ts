import {describe, expect, it} from 'vitest';
import {jamoDistance} from './korean';
import {
  combineWords,
  containsAllWords,
  emptyTrace,
  layeredSearch,
  newSession,
  PageWords,
  rankScore,
  suggestTerms,
  type SearchEngine,
} from './layered';
import {prepareLexicon, type SearchLexicon} from './lexicon';
import {siteIndexOf, splitWords} from './site-index';

const lexiconInput: SearchLexicon = {
  terms: [
    {
      id: 'namespace',
      ko: '네임스페이스',
      en: 'namespace',
      aliases: [],
      chapter: '/docs/containers/namespaces',
      definition: '…',
    },
  ],
  headings: ['볼륨 백업', '포트가 이미 할당됨'],
};
const lexicon = prepareLexicon(lexiconInput);

interface FakePage {
  readonly url: string;
  readonly title: string;
  readonly content: string;
}

/** Pagefind's rule: every word must start some word of the page (scores by page order). */
function engineOver(
  pages: readonly FakePage[],
  extra: Record<string, string[]> = {},
): SearchEngine {
  return async (query) => {
    const urls =
      extra[query] ??
      pages
        .filter((page) => containsAllWords(page.content, query.split(' ')))
        .map((page) => page.url);
    const keys = query.split(' ').map((word) => word.toLowerCase());
    return urls.map((url, rank) => {
      const page = pages.find((candidate) => candidate.url === url)!;
      const words = page.content
        .split(/\s+/)
        .flatMap((word, at) =>
          keys.some((key) => word.toLowerCase().startsWith(key)) ? [at] : [],
        );
      return {
        id: url,
        score: 10 - rank,
        words,
        data: async () => ({url, excerpt: '', meta: {title: page.title}, content: page.content}),
      };
    });
  };
}

/** The lexicon with the site part the index step writes for these pages (result id = url). */
function lexiconOver(pages: readonly FakePage[]) {
  const fragments = pages.map(({url, title, content}) => ({
    id: url,
    data: {url, excerpt: '', meta: {title}, content},
  }));
  return prepareLexicon({...lexiconInput, site: siteIndexOf(fragments)});
}

/** The same with the words in shards, as the index step writes them; records the shards loaded. */
function shardedLexiconOver(pages: readonly FakePage[]) {
  const fragments = pages.map(({url, title, content}) => ({
    id: url,
    data: {url, excerpt: '', meta: {title}, content},
  }));
  const {site, shards} = splitWords(siteIndexOf(fragments), 16);
  const loads: number[] = [];
  const sharded = prepareLexicon({...lexiconInput, site}, async (shard) => {
    loads.push(shard);
    return shards[shard]!;
  });
  return {sharded, loads};
}

/** An engine that records the words it is asked for and the pages whose data() is loaded. */
function counted(engine: SearchEngine) {
  const searched: string[] = [];
  const loaded: string[] = [];
  const counting: SearchEngine = async (query) => {
    searched.push(query);
    return (await engine(query)).map((result) => ({
      ...result,
      data: () => {
        loaded.push(result.id);
        return result.data();
      },
    }));
  };
  return {searched, loaded, counting};
}

const PAGES: FakePage[] = [
  {url: '/docs/cheat-sheet', title: '치트 시트', content: 'Ubuntu Docker 설치 명령 볼륨 백업'},
  {url: '/docs/install/linux', title: 'Linux에 설치하기', content: 'Ubuntu에 Docker를 설치합니다'},
  {url: '/docs/docker-basics/backup-and-move', title: '백업과 이동', content: '볼륨을 백업합니다'},
];

describe('running the plan', () => {
  it('merges the variants: the transliterated query finds the page that writes Ubuntu', async () => {
    const result = await layeredSearch('우분투 도커 설치', lexicon, engineOver(PAGES), 8);
    expect(result.hits.map((hit) => hit.url)).toContain('/docs/install/linux');
  });

  it('ranks the install section first for an install intent, the cheat sheet below chapters', async () => {
    const result = await layeredSearch('Ubuntu Docker 설치', lexicon, engineOver(PAGES), 8);
    expect(result.hits.map((hit) => hit.url)).toEqual(['/docs/install/linux', '/docs/cheat-sheet']);
    const none = {installIntent: false, troubleIntent: false};
    const install = {installIntent: true, troubleIntent: false};
    expect(rankScore('/docs/glossary', 10, none)).toBeLessThan(rankScore('/docs/intro', 5, none));
    expect(rankScore('/docs/install/linux', 5, install)).toBeGreaterThan(
      rankScore('/docs/intro', 9, install),
    );
  });

  it('ranks the pages about failures first when something does not work', async () => {
    const pages: FakePage[] = [
      {url: '/docs/start/first-container', title: '첫 컨테이너', content: '컨테이너 실행'},
      {
        url: '/docs/docker-basics/debugging',
        title: '컨테이너가 안 뜰 때',
        content: '컨테이너 실행',
      },
    ];
    const result = await layeredSearch('컨테이너 실행이 안 될 때', lexicon, engineOver(pages), 8);
    expect(result.hits[0]?.url).toBe('/docs/docker-basics/debugging');
    const plain = await layeredSearch('컨테이너 실행', lexicon, engineOver(pages), 8);
    expect(plain.hits[0]?.url).toBe('/docs/start/first-container');
  });

  it('fills the top five with pages that match most words', async () => {
    const pages: FakePage[] = [
      ...['a', 'b', 'c'].map((name) => ({
        url: `/docs/${name}`,
        title: name,
        content: 'Compose down 볼륨 삭제',
      })),
      {url: '/docs/compose', title: 'Compose 명령', content: 'Compose down 볼륨'},
    ];
    const result = await layeredSearch('Compose down 볼륨 삭제', lexicon, engineOver(pages), 8);
    expect(result.hits.map((hit) => hit.url)).toContain('/docs/compose');
    expect(result.partialFrom).toBe(3);
  });

  it('searches the known words last, when a word no page has sinks every shorter list', async () => {
    const pages: FakePage[] = [
      {url: '/docs/namespaces', title: '네임스페이스', content: '네임스페이스 종류'},
    ];
    const result = await layeredSearch('네임스페이스 뷁뷁 쉙쉙', lexicon, engineOver(pages), 8);
    expect(result.hits.map((hit) => hit.url)).toEqual(['/docs/namespaces']);
    expect(result.partialFrom).toBe(0);
    expect((await layeredSearch('뷁뷁 쉙쉙', lexicon, engineOver(pages), 8)).hits).toEqual([]);
  });

  it('falls back to most words and says so', async () => {
    const result = await layeredSearch('볼륨 백업 스케줄러', lexicon, engineOver(PAGES), 8);
    expect(result.partialFrom).toBe(0);
    expect(result.hits.map((hit) => hit.url)).toContain('/docs/docker-basics/backup-and-move');
    const all = await layeredSearch('볼륨 백업', lexicon, engineOver(PAGES), 8);
    expect(all.partialFrom).toBeNull();
  });

  it('lets pages that match most words follow too few full matches', async () => {
    const result = await layeredSearch('볼륨 Ubuntu', lexicon, engineOver(PAGES), 8);
    expect(result.hits[0]?.url).toBe('/docs/cheat-sheet');
    expect(result.hits).toHaveLength(3);
    expect(result.partialFrom).toBe(1);
  });

  it('finds a page by the parts of a file name it writes differently', async () => {
    const pages: FakePage[] = [
      {
        url: '/docs/compose-in-operation',
        title: '운영',
        content: 'docker compose up은 `compose.override.yaml`을 자동으로 읽습니다',
      },
    ];
    expect(containsAllWords(pages[0]!.content, ['override', 'yaml'])).toBe(true);
    const result = await layeredSearch(
      'docker-compose.override.yml',
      lexicon,
      engineOver(pages),
      8,
    );
    expect(result.hits.map((hit) => hit.url)).toEqual(['/docs/compose-in-operation']);
  });

  it('drops what Pagefind found by shortening an unknown word', async () => {
    // Pagefind answers 아이돌 with pages that only have 아이…; none holds the word itself.
    const shortened = engineOver(PAGES, {아이돌: ['/docs/cheat-sheet']});
    const result = await layeredSearch('아이돌', lexicon, shortened, 8);
    expect(result.hits).toEqual([]);
    expect(result.suggestions.length).toBeGreaterThan(0);
  });
});

describe('with the pages known from the lexicon', () => {
  it('does not search a word no page holds, and finds the same', async () => {
    const site = lexiconOver(PAGES);
    const {searched, counting} = counted(engineOver(PAGES));
    const trace = emptyTrace();
    const result = await layeredSearch('볼륨 백업 스케줄러', site, counting, 8, trace);
    const plain = await layeredSearch('볼륨 백업 스케줄러', lexicon, engineOver(PAGES), 8);
    expect(searched).toEqual(['볼륨', '백업']);
    expect(trace.skipped).toBeGreaterThan(0);
    expect(result).toEqual(plain);
    await layeredSearch('뷁뷁 쉙쉙', site, counting, 8);
    const pasted = 'Error response from daemon: Conflict. The container name is already in use';
    await layeredSearch(pasted, site, counting, 8);
    expect(searched).toEqual(['볼륨', '백업']);
  });

  it('with the words in shards: the same searches and results, loading the shards it needs', async () => {
    const {sharded, loads} = shardedLexiconOver(PAGES);
    const {searched, counting} = counted(engineOver(PAGES));
    const result = await layeredSearch('볼륨 백업 스케줄러', sharded, counting, 8);
    expect(searched).toEqual(['볼륨', '백업']);
    expect(result).toEqual(
      await layeredSearch('볼륨 백업 스케줄러', lexiconOver(PAGES), engineOver(PAGES), 8),
    );
    expect(loads.length).toBeGreaterThan(0);
    expect(loads.length).toBeLessThanOrEqual(3); // 볼, 백, 스
    await layeredSearch('볼륨', sharded, counting, 8);
    expect(new Set(loads).size).toBe(loads.length); // a shard loads once per visit
  });

  it('ranks the candidates by their outlines and loads only the pages it shows', async () => {
    const pages: FakePage[] = Array.from({length: 10}, (_, index) => ({
      url: `/docs/part/${index}`,
      title: index === 1 ? '볼륨 백업' : `장 ${index}`,
      content: `볼륨을 다루는 ${index}번째 장`,
    }));
    const {loaded, counting} = counted(engineOver(pages));
    const trace = emptyTrace();
    const result = await layeredSearch('볼륨', lexiconOver(pages), counting, 3, trace);
    const plain = await layeredSearch('볼륨', lexicon, engineOver(pages), 3);
    expect(result).toEqual(plain);
    expect(result.hits[0]?.url).toBe('/docs/part/1'); // the title match outranks part 0
    expect(loaded).toHaveLength(3);
    expect(trace.dataLoads).toBe(3);
  });

  it('still checks the pages Pagefind finds by jamo (도커 → 도컨테이너)', async () => {
    const pages: FakePage[] = [
      {url: '/docs/a', title: 'A', content: '도커를 설치합니다'},
      {url: '/docs/b', title: 'B', content: '도컨테이너는 없는 말입니다'},
    ];
    const jamo = engineOver(pages, {도커: ['/docs/b', '/docs/a']});
    const result = await layeredSearch('도커', lexiconOver(pages), jamo, 8);
    expect(result.hits.map((hit) => hit.url)).toEqual(['/docs/a']);
  });
});

describe('a session', () => {
  it('searches each word once and loads each page once', async () => {
    const {searched, loaded, counting} = counted(engineOver(PAGES));
    const session = newSession();
    const first = emptyTrace();
    await layeredSearch('볼륨 백업', lexicon, counting, 8, first, session);
    expect(searched).toEqual(['볼륨', '백업']);
    const again = emptyTrace();
    const result = await layeredSearch('볼륨 백업 스케줄러', lexicon, counting, 8, again, session);
    // Only the new word is searched; the lists with one word left out come from the three.
    expect(searched).toEqual(['볼륨', '백업', '스케줄러']);
    expect(again.searches).toBe(1);
    expect(new Set(loaded).size).toBe(loaded.length);
    expect(again.dataLoads).toBe(0);
    expect(result.hits.map((hit) => hit.url)).toContain('/docs/docker-basics/backup-and-move');
  });

  it("combines the words' results as Pagefind combines a query's words", () => {
    const result = (id: string, score: number, words: number[]) => ({
      id,
      score,
      words,
      data: async () => ({url: id, excerpt: '', meta: {}}),
    });
    const combined = combineWords([
      [result('a', 1, [5, 1]), result('b', 2, [3])],
      [result('b', 1, [3, 9]), result('c', 5, [2])],
    ]);
    expect(combined.map(({id, score, words}) => ({id, score, words}))).toEqual([
      {id: 'b', score: 3, words: [3, 9]},
    ]);
    expect(combineWords([])).toEqual([]);
  });

  it('searches a pasted message word by word, so the next message shares its words', async () => {
    const searched: string[] = [];
    const engine: SearchEngine = async (query) => (searched.push(query), []);
    const session = newSession();
    const pasted = 'Error response from daemon: Conflict. The container name is already in use';
    await layeredSearch(pasted, lexicon, engine, 8, emptyTrace(), session);
    // Each word once, as Pagefind reads it: daemon: of the message and daemon of its clause.
    expect(searched).toEqual([...new Set(pasted.toLowerCase().replace(/[:.]/g, '').split(' '))]);
    const next = 'Error response from daemon: pull access denied for app';
    const trace = emptyTrace();
    await layeredSearch(next, lexicon, engine, 8, trace, session);
    expect(trace.searches).toBe(5); // pull access denied for app
  });

  it('builds the excerpt around the matches from the page text it keeps', async () => {
    const result = await layeredSearch('백업', lexicon, engineOver(PAGES), 8);
    const backup = result.hits.find((hit) => hit.url === '/docs/docker-basics/backup-and-move');
    expect(backup?.excerpt).toBe('볼륨을 <mark>백업합니다</mark>');
  });

  it('finds a word as the start of a page word by binary search', () => {
    const words = new PageWords('Docker는 컨테이너를 compose.override.yaml로');
    expect(words.hasAll(['docker', '컨테이너', 'override'])).toBe(true);
    expect(words.hasPrefix('컨테이너를')).toBe(true);
    expect(words.hasPrefix('컨테이너가')).toBe(false);
    expect(words.hasAll(['아이돌'])).toBe(false);
  });
});

describe('suggestions', () => {
  it('measures distance in jamo, so a one-letter typo is one step', () => {
    expect(jamoDistance('네임스패이스', '네임스페이스')).toBe(1);
    expect(jamoDistance('볼륨 백업', '볼륨백업')).toBe(0);
    // Whole syllables would count both as one step; letters tell the near typo from the far one.
    expect(jamoDistance('네임스뷁이스', '네임스페이스')).toBeGreaterThan(2);
  });

  it('offers the nearest known words first', () => {
    expect(suggestTerms('네임스패이스', lexicon)[0]).toBe('네임스페이스');
    expect(suggestTerms('볼륨백엄', lexicon)[0]).toBe('볼륨 백업');
  });
});
