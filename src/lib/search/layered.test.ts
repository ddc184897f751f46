import {describe, expect, it} from 'vitest';
import {jamoDistance} from './korean';
import {
  containsAllWords,
  layeredSearch,
  rankScore,
  suggestTerms,
  type SearchEngine,
} from './layered';
import {prepareLexicon} from './lexicon';

const lexicon = prepareLexicon({
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
});

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
    return urls.map((url, rank) => {
      const page = pages.find((candidate) => candidate.url === url)!;
      return {
        id: url,
        score: 10 - rank,
        data: async () => ({url, excerpt: '', meta: {title: page.title}, content: page.content}),
      };
    });
  };
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

  it('drops what Pagefind found by shortening an unknown word', async () => {
    // Pagefind answers 아이돌 with pages that only have 아이…; none holds the word itself.
    const shortened = engineOver(PAGES, {아이돌: ['/docs/cheat-sheet']});
    const result = await layeredSearch('아이돌', lexicon, shortened, 8);
    expect(result.hits).toEqual([]);
    expect(result.suggestions.length).toBeGreaterThan(0);
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
