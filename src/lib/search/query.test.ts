import {describe, expect, it} from 'vitest';
import {prepareLexicon, type SearchLexicon} from './lexicon';
import {
  errorClauses,
  isFiller,
  joinNegation,
  looksLikeError,
  nameParts,
  planQuery,
  splitCompound,
  splitScripts,
  stripEnding,
  stripNounSuffix,
  toPageSpelling,
} from './query';
import {transliterationPairs} from './lexicon';

const term = (id: string, ko: string, en: string, aliases: string[] = []) => ({
  id,
  ko,
  en,
  aliases,
  chapter: '/docs/x',
  definition: '…',
});

const RAW: SearchLexicon = {
  terms: [
    term('union-filesystem', '유니온 파일시스템', 'union filesystem'),
    term('namespace', '네임스페이스', 'namespace', ['이름공간']),
    term('restart-policy', '재시작 정책', 'restart policy'),
    term('docker-hub', 'Docker Hub', 'Docker Hub', ['도커 허브']),
    term('docker-compose', 'Docker Compose', 'Docker Compose', ['컴포즈']),
    term('type-1-hypervisor', 'Type 1 하이퍼바이저', 'Type 1 hypervisor', ['타입 1 하이퍼바이저']),
  ],
  headings: [
    '하드웨어 가상화 켜기',
    '컨테이너 이름 충돌',
    '볼륨 백업',
    '다른 사용자로 실행하기',
    'Compose 명령',
  ],
};
const lexicon = prepareLexicon(RAW);
const words = (query: string) => planQuery(query, lexicon).variants;

describe('spacing', () => {
  it('splits an unspaced compound into known words', () => {
    expect(splitCompound('하드웨어가상화', lexicon.vocabulary)).toEqual(['하드웨어', '가상화']);
    expect(splitCompound('재시작정책', lexicon.vocabulary)).toEqual(['재시작', '정책']);
  });

  it('leaves a word that known words cannot cover', () => {
    expect(splitCompound('김치찌개', lexicon.vocabulary)).toEqual(['김치찌개']);
  });

  it('joins spaced words that spell a known term the way the pages write it', () => {
    expect(toPageSpelling(['유니온', '파일', '시스템'], lexicon)).toEqual(['유니온', '파일시스템']);
    expect(toPageSpelling(['네임', '스페이스'], lexicon)).toEqual(['네임스페이스']);
    expect(words('유니온 파일 시스템')).toContainEqual(['유니온', '파일시스템']);
  });
});

describe('particles and endings', () => {
  it('cuts a particle when a word is left', () => {
    expect(stripEnding('컨테이너를', lexicon)).toBe('컨테이너');
    expect(stripEnding('볼륨이랑', lexicon)).toBe('볼륨');
    expect(stripEnding('설치하는', lexicon)).toBe('설치');
    expect(stripEnding('seccomp랑', lexicon)).toBe('seccomp');
  });

  it('keeps a known word whole and never leaves a one-syllable stem', () => {
    expect(stripEnding('네임스페이스', lexicon)).toBe('네임스페이스');
    expect(stripEnding('주가', lexicon)).toBe('주가');
    expect(stripEnding('백업', lexicon)).toBe('백업');
  });

  it('cuts a particle from a word that a heading writes with it', () => {
    // 사용자로 is a heading word; its stem still finds it, as Pagefind matches prefixes.
    expect(stripEnding('사용자로', lexicon)).toBe('사용자');
  });

  it('cuts a noun suffix when a known word is left', () => {
    expect(stripNounSuffix('명령어', lexicon.vocabulary)).toBe('명령');
    expect(stripNounSuffix('컨테이너들', new Set(['컨테이너']))).toBe('컨테이너');
    expect(stripNounSuffix('레이어', lexicon.vocabulary)).toBe('레이어');
    expect(words('컴포즈 명령어')).toContainEqual(['Compose', '명령']);
  });

  it('turns "X가 아닌" into the pages\' 비X', () => {
    expect(joinNegation(['루트', '아닌', '사용자'])).toEqual(['비루트', '사용자']);
    expect(words('루트가 아닌 사용자로 실행')[0]).toEqual(['비루트', '사용자', '실행']);
  });

  it('searches the stems of a sentence-like query', () => {
    expect(words('볼륨을 백업하는')[0]).toEqual(['볼륨', '백업']);
  });
});

describe('question and filler words', () => {
  it('drops them, keeping what the page would say', () => {
    expect(words('네임스페이스가 뭐야')[0]).toEqual(['네임스페이스']);
    expect(words('볼륨 백업 방법')[0]).toEqual(['볼륨', '백업']);
    expect(words('컨테이너 실행이 안 돼요')[0]).toEqual(['컨테이너', '실행']);
  });

  it('drops filler words run together (할때) and the looking of a how-to (보는 법)', () => {
    expect(isFiller('할때')).toBe(true);
    expect(isFiller('안될때')).toBe(true);
    expect(isFiller('볼륨')).toBe(false);
    expect(words('컴포즈 down 할때 볼륨도 삭제')[0]).toEqual(['컴포즈', 'down', '볼륨', '삭제']);
    expect(words('볼륨 백업 보는 법')[0]).toEqual(['볼륨', '백업']);
  });

  it('notes that something fails apart from installing', () => {
    expect(planQuery('컨테이너 실행이 안 될 때', lexicon).troubleIntent).toBe(true);
    expect(planQuery('도커 설치', lexicon).troubleIntent).toBe(false);
  });

  it('drops words typed only in jamo, so ㅋㅋㅋ searches for nothing', () => {
    expect(words('ㅋㅋㅋ')).toEqual([]);
  });

  it('notes install and troubleshooting intent', () => {
    expect(planQuery('도커 설치', lexicon).installIntent).toBe(true);
    expect(planQuery('도커 권한 오류', lexicon).installIntent).toBe(true);
    expect(planQuery('네임스페이스', lexicon).installIntent).toBe(false);
  });
});

describe('loanwords and transliteration', () => {
  it('adds a variant in the pages’ spelling from the hand list and the glossary', () => {
    expect(words('우분투 도커 설치')).toEqual([
      ['우분투', '도커', '설치'],
      ['Ubuntu', 'Docker', '설치'],
    ]);
    expect(words('도커허브')).toContainEqual(['Docker', 'Hub']);
    expect(words('컴포즈 설치')).toContainEqual(['Compose', '설치']);
    expect(words('이름공간')).toContainEqual(['네임스페이스']);
  });

  it('learns word transliterations from the glossary aliases (타입 → Type)', () => {
    expect(
      transliterationPairs({
        ko: 'Type 1 하이퍼바이저',
        aliases: ['타입 1 하이퍼바이저', '베어메탈'],
      }),
    ).toEqual([['타입', 'Type']]);
    expect(
      transliterationPairs({ko: '유니온 파일시스템', aliases: ['유니온 파일 시스템']}),
    ).toEqual([]);
    expect(words('하이퍼바이저 타입1 타입2')).toContainEqual([
      '하이퍼바이저',
      'Type',
      '1',
      'Type',
      '2',
    ]);
  });

  it('splits a Hangul word run into a number', () => {
    expect(splitScripts('타입1')).toEqual(['타입', '1']);
    expect(splitScripts('윈도우11')).toEqual(['윈도우', '11']);
    expect(splitScripts('cgroup')).toEqual(['cgroup']);
    expect(splitScripts('k8s')).toEqual(['k8s']);
  });

  it('names the glossary term the whole query spells', () => {
    expect(planQuery('유니온 파일 시스템', lexicon).term?.id).toBe('union-filesystem');
    expect(planQuery('namespace가 뭐야', lexicon).term?.id).toBe('namespace');
    expect(planQuery('우분투 도커 설치', lexicon).term).toBeNull();
  });
});

describe('file names and paths', () => {
  it('splits a joined name into its parts', () => {
    expect(nameParts('docker-compose.override.yml')).toEqual([
      'docker',
      'compose',
      'override',
      'yml',
    ]);
    expect(nameParts('/var/lib/docker')).toEqual(['var', 'lib', 'docker']);
    expect(nameParts('cgroup')).toEqual(['cgroup']);
    expect(nameParts('unix:///var/run/docker.sock')).toEqual(['unix:///var/run/docker.sock']);
  });

  it("searches a file name whole and by its parts in the pages' spelling", () => {
    // The pages write compose.override.yaml; the reader types the V1 name with .yml.
    const plan = planQuery('docker-compose.override.yml', lexicon);
    expect(plan.variants[0]).toEqual(['docker-compose.override.yml']);
    expect(plan.variants).toContainEqual(['Docker', 'Compose', 'override', 'yaml']);
    expect(plan.fallbacks).toContainEqual(['Compose', 'override', 'yaml']);
  });
});

describe('most words', () => {
  it('offers lists with one word left out, for when all words find nothing', () => {
    expect(planQuery('우분투 도커 설치', lexicon).fallbacks).toEqual([
      ['Docker', '설치'],
      ['Ubuntu', '설치'],
      ['Ubuntu', 'Docker'],
    ]);
    expect(planQuery('네임스페이스', lexicon).fallbacks).toEqual([]);
  });

  it('falls back to the halves of a long pasted message, which may gain a word at one end', () => {
    const pasted =
      'Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock';
    expect(planQuery(pasted, lexicon).fallbacks).toContainEqual(
      'to the Docker daemon socket at unix:///var/run/docker.sock'.split(' '),
    );
  });

  it('keeps a pasted error as typed and falls back to its clauses', () => {
    const pasted =
      "Error response from daemon: pull access denied for myapp, repository does not exist or may require 'docker login'";
    expect(looksLikeError(pasted)).toBe(true);
    expect(looksLikeError('docker container ls랑 docker ps')).toBe(false);
    expect(planQuery(pasted, lexicon).variants).toEqual([pasted.split(' ')]);
    expect(errorClauses(pasted)).toContainEqual([
      'repository',
      'does',
      'not',
      'exist',
      'or',
      'may',
      'require',
      "'docker",
      "login'",
    ]);
  });
});
