import {describe, expect, it} from 'vitest';
import {glossary} from '@site/src/data/glossary';
import {
  LATIN_GROUP,
  OTHER_GROUP,
  englishIndex,
  groupByInitial,
  groupOf,
  initialConsonant,
  sortKorean,
} from '.';

const entry = (ko: string, en = ko) => ({ko, en});

describe('initialConsonant', () => {
  it('extracts the choseong of precomposed syllables', () => {
    expect(initialConsonant('가')).toBe('ㄱ');
    expect(initialConsonant('깨')).toBe('ㄲ');
    expect(initialConsonant('네')).toBe('ㄴ');
    expect(initialConsonant('컨')).toBe('ㅋ');
    expect(initialConsonant('힣')).toBe('ㅎ');
    expect(initialConsonant('이')).toBe('ㅇ');
  });

  it('returns null for anything else', () => {
    expect(initialConsonant('A')).toBeNull();
    expect(initialConsonant('ㄱ')).toBeNull();
    expect(initialConsonant('')).toBeNull();
  });
});

describe('groupOf', () => {
  it('files tense consonants under the plain one, Latin under A–Z', () => {
    expect(groupOf('깃허브')).toBe('ㄱ');
    expect(groupOf('쓰기 시 복사')).toBe('ㅅ');
    expect(groupOf('PID 네임스페이스')).toBe(LATIN_GROUP);
    expect(groupOf('ㅎ')).toBe('ㅎ');
    expect(groupOf('2단계')).toBe(OTHER_GROUP);
  });
});

describe('sortKorean and groupByInitial', () => {
  it('sorts in 가나다 order', () => {
    const sorted = sortKorean([
      entry('하이퍼바이저'),
      entry('가상 머신'),
      entry('컨테이너'),
      entry('네임스페이스'),
      entry('꼬리'),
    ]);
    expect(sorted.map((e) => e.ko)).toEqual([
      '가상 머신',
      '꼬리',
      '네임스페이스',
      '컨테이너',
      '하이퍼바이저',
    ]);
  });

  it('groups by initial consonant in dictionary order with Latin last', () => {
    const groups = groupByInitial([
      entry('OCI'),
      entry('하이퍼바이저'),
      entry('꼬리'),
      entry('가상 머신'),
      entry('네임스페이스'),
    ]);
    expect(groups.map((g) => [g.key, g.anchor, g.entries.map((e) => e.ko)])).toEqual([
      ['ㄱ', 'ko-1', ['가상 머신', '꼬리']],
      ['ㄴ', 'ko-2', ['네임스페이스']],
      ['ㅎ', 'ko-14', ['하이퍼바이저']],
      [LATIN_GROUP, 'ko-latin', ['OCI']],
    ]);
  });
});

describe('englishIndex', () => {
  it('groups A–Z case-insensitively', () => {
    const groups = englishIndex([
      entry('가', 'namespace'),
      entry('나', 'cgroup'),
      entry('다', 'OCI'),
      entry('라', 'Container'),
      entry('마', '9p'),
    ]);
    expect(groups.map((g) => [g.key, g.entries.map((e) => e.en)])).toEqual([
      ['C', ['cgroup', 'Container']],
      ['N', ['namespace']],
      ['O', ['OCI']],
      ['#', ['9p']],
    ]);
    expect(groups[0]!.anchor).toBe('en-c');
  });
});

describe('the site glossary', () => {
  it('puts every term in exactly one group', () => {
    const groups = groupByInitial(glossary);
    expect(groups.reduce((sum, g) => sum + g.entries.length, 0)).toBe(glossary.length);
    expect(englishIndex(glossary).reduce((sum, g) => sum + g.entries.length, 0)).toBe(
      glossary.length,
    );
  });
});
