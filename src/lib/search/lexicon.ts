// The words the query layer knows: glossary terms (Korean, English, aliases), the site's headings,
// and a small hand-kept list of OS and product names as readers transliterate them.
// The index step writes the raw lexicon next to Pagefind's files (pagefind/ko-lexicon.json);
// the browser prepares it once.
import {isHangulWord} from './korean';
import {
  decodeWords,
  SiteWords,
  type PageOutline,
  type ShardLoader,
  type SiteIndex,
} from './site-index';

export interface LexiconTerm {
  readonly id: string;
  readonly ko: string;
  readonly en: string;
  readonly aliases: readonly string[];
  readonly chapter: string;
  readonly definition: string;
}

export interface SearchLexicon {
  readonly terms: readonly LexiconTerm[];
  /** h2/h3 texts of the indexed pages. */
  readonly headings: readonly string[];
  /** Every page's words and outline (the index step writes them; small test lexicons may not). */
  readonly site?: SiteIndex;
}

/** Page spelling first, then how readers write it. Only names, so replacing one is always safe. */
export const HAND_NAMES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Docker', ['도커']],
  ['Ubuntu', ['우분투']],
  ['Debian', ['데비안']],
  ['Fedora', ['페도라']],
  ['Linux', ['리눅스']],
  ['Windows', ['윈도우', '윈도우즈', '윈도']],
  ['macOS', ['맥', '맥북', '맥os', '맥오에스', 'mac', '맥북에어', '맥북프로']],
  ['Apple silicon', ['애플 실리콘', '애플실리콘']],
  ['BIOS', ['바이오스']],
  ['Hub', ['허브']],
  ['Compose', ['컴포즈']],
  ['Node.js', ['노드', 'node', 'nodejs', '노드js']],
  ['Python', ['파이썬']],
  ['Java', ['자바']],
  ['Flask', ['플라스크']],
  ['nginx', ['엔진엑스']],
  ['Homebrew', ['홈브루']],
  ['Redis', ['레디스']],
  ['PostgreSQL', ['포스트그레스', 'postgres']],
  ['WSL 2', ['wsl2']],
  // The file extension of the format the pages name (compose.yaml; readers type .yml too).
  ['yaml', ['yml']],
];

/** A form as looked up: lower case, no spaces. */
export function formKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '');
}

export interface PreparedLexicon {
  /** formKey of any known spelling → the spelling the pages use. */
  readonly canonical: ReadonlyMap<string, string>;
  /** formKey of a glossary spelling → its term. */
  readonly termByForm: ReadonlyMap<string, LexiconTerm>;
  /** Hangul words (two syllables or more) of terms and headings: compound pieces and stems. */
  readonly vocabulary: ReadonlySet<string>;
  /** What a zero-result page may suggest: term names and headings. */
  readonly suggestions: readonly string[];
  /** Longest known form, in words, for span lookups. */
  readonly longestSpan: number;
  /** Every word the pages hold; null when the lexicon has no site part. */
  readonly siteWords: SiteWords | null;
  /** Each page's title and headings by Pagefind result id. */
  readonly outlines: ReadonlyMap<string, PageOutline>;
}

/**
 * Word-level transliterations a term's aliases show: where an alias differs from the term as the
 * chapters write it only in Hangul words standing for Latin ones ('타입 1 하이퍼바이저' for
 * 'Type 1 하이퍼바이저'), each such Hangul word leads to the Latin word (타입 → Type).
 */
export function transliterationPairs(
  term: Pick<LexiconTerm, 'ko' | 'aliases'>,
): [string, string][] {
  const pageWords = term.ko.trim().split(/\s+/);
  return term.aliases.flatMap((alias) => {
    const aliasWords = alias.trim().split(/\s+/);
    if (aliasWords.length !== pageWords.length) return [];
    const pairs: [string, string][] = [];
    for (const [index, pageWord] of pageWords.entries()) {
      const aliasWord = aliasWords[index]!;
      if (aliasWord === pageWord) continue;
      if (!/^[A-Za-z][A-Za-z0-9.+-]*$/.test(pageWord) || !isHangulWord(aliasWord)) return [];
      pairs.push([aliasWord, pageWord]);
    }
    return pairs;
  });
}

function hangulWordsOf(text: string): string[] {
  return text.split(/[^\uac00-\ud7a3]+/).filter((word) => word.length >= 2 && isHangulWord(word));
}

/** Not a lone letter or symbol (the glossary's ㄱ, B, # index headings). */
const isSuggestible = (word: string) => /[\uac00-\ud7a3]|[A-Za-z]{2}/.test(word);

function siteWordsOf(site: SiteIndex | undefined, loadShard?: ShardLoader): SiteWords | null {
  if (site?.words !== undefined) return new SiteWords(decodeWords(site.words));
  if (site?.wordShards && loadShard) return new SiteWords(site.wordShards, loadShard);
  return null;
}

/** `loadShard` fetches a shard of the site's words when the file keeps them apart (splitWords). */
export function prepareLexicon(lexicon: SearchLexicon, loadShard?: ShardLoader): PreparedLexicon {
  const canonical = new Map<string, string>();
  const termByForm = new Map<string, LexiconTerm>();
  const vocabulary = new Set<string>();
  let longestSpan = 1;
  const addForm = (form: string, pageSpelling: string) => {
    const key = formKey(form);
    if (key.length === 0 || canonical.has(key)) return;
    canonical.set(key, pageSpelling);
    longestSpan = Math.max(longestSpan, form.trim().split(/\s+/).length);
  };
  for (const [pageSpelling, spellings] of HAND_NAMES) {
    for (const spelling of spellings) addForm(spelling, pageSpelling);
  }
  for (const term of lexicon.terms) {
    // Chapters write the Korean term; the English and the aliases lead to it.
    for (const form of [term.ko, term.en, ...term.aliases]) {
      addForm(form, term.ko);
      if (!termByForm.has(formKey(form))) termByForm.set(formKey(form), term);
      for (const word of hangulWordsOf(form)) vocabulary.add(word);
    }
    for (const [readerWord, pageWord] of transliterationPairs(term)) addForm(readerWord, pageWord);
  }
  for (const heading of lexicon.headings) {
    for (const word of hangulWordsOf(heading)) vocabulary.add(word);
  }
  const suggestions = [
    ...new Set([
      ...lexicon.terms.flatMap((term) => [term.ko, ...term.aliases]),
      ...lexicon.headings,
    ]),
  ].filter(isSuggestible);
  const site = lexicon.site;
  return {
    canonical,
    termByForm,
    vocabulary,
    suggestions,
    longestSpan,
    siteWords: siteWordsOf(site, loadShard),
    outlines: new Map(Object.entries(site?.pages ?? {})),
  };
}
