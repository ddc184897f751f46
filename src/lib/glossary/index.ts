/** Sorting and grouping for the 용어집 page: 가나다 order by initial consonant, and an A–Z English index. */

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
const SYLLABLES_PER_INITIAL = 21 * 28;

/** The 19 initial consonants (choseong) in Unicode order. */
const INITIALS = [
  'ㄱ',
  'ㄲ',
  'ㄴ',
  'ㄷ',
  'ㄸ',
  'ㄹ',
  'ㅁ',
  'ㅂ',
  'ㅃ',
  'ㅅ',
  'ㅆ',
  'ㅇ',
  'ㅈ',
  'ㅉ',
  'ㅊ',
  'ㅋ',
  'ㅌ',
  'ㅍ',
  'ㅎ',
] as const;

/** Dictionary headings: tense consonants file under their plain one (ㄲ under ㄱ). */
export const HANGUL_GROUPS = [
  'ㄱ',
  'ㄴ',
  'ㄷ',
  'ㄹ',
  'ㅁ',
  'ㅂ',
  'ㅅ',
  'ㅇ',
  'ㅈ',
  'ㅊ',
  'ㅋ',
  'ㅌ',
  'ㅍ',
  'ㅎ',
] as const;
const PLAIN: Readonly<Record<string, string>> = {ㄲ: 'ㄱ', ㄸ: 'ㄷ', ㅃ: 'ㅂ', ㅆ: 'ㅅ', ㅉ: 'ㅈ'};

/** Terms that begin with a Latin letter or a digit (e.g. "PID 네임스페이스"). */
export const LATIN_GROUP = 'A–Z';
export const OTHER_GROUP = '기호·숫자';

/** The initial consonant of a precomposed Hangul syllable, or null for any other character. */
export function initialConsonant(char: string): string | null {
  const code = char.codePointAt(0);
  if (code === undefined || code < SYLLABLE_FIRST || code > SYLLABLE_LAST) return null;
  return INITIALS[Math.floor((code - SYLLABLE_FIRST) / SYLLABLES_PER_INITIAL)] ?? null;
}

/** The heading a term is listed under: ㄱ…ㅎ, A–Z or 기호·숫자. */
export function groupOf(term: string): string {
  const first = term.trim().charAt(0);
  const initial = initialConsonant(first);
  if (initial) return PLAIN[initial] ?? initial;
  if (/^[\u3131-\u314e]$/.test(first)) return PLAIN[first] ?? first; // a bare jamo
  if (/^[a-z]$/i.test(first)) return LATIN_GROUP;
  return OTHER_GROUP;
}

// Made on first use, like the date formats (src/lib/format/date.ts): building a collator loads
// locale data.
let collators: {ko: Intl.Collator; en: Intl.Collator} | undefined;
const collator = (locale: 'ko' | 'en'): Intl.Collator =>
  (collators ??= {
    ko: new Intl.Collator('ko', {sensitivity: 'base', numeric: true}),
    en: new Intl.Collator('en', {sensitivity: 'base', numeric: true}),
  })[locale];

/** 가나다 order (Korean collation, then the English term to break ties). */
export function sortKorean<T extends {readonly ko: string; readonly en: string}>(
  entries: readonly T[],
): T[] {
  return [...entries].sort(
    (a, b) => collator('ko').compare(a.ko, b.ko) || collator('en').compare(a.en, b.en),
  );
}

export interface Group<T> {
  readonly key: string;
  /** Anchor id of the group's heading. */
  readonly anchor: string;
  readonly entries: readonly T[];
}

const GROUP_ORDER: readonly string[] = [...HANGUL_GROUPS, LATIN_GROUP, OTHER_GROUP];

function anchorOfGroup(key: string): string {
  if (key === LATIN_GROUP) return 'ko-latin';
  if (key === OTHER_GROUP) return 'ko-other';
  return `ko-${HANGUL_GROUPS.indexOf(key as (typeof HANGUL_GROUPS)[number]) + 1}`;
}

/** Korean terms in 가나다 order, under their initial consonant; empty groups are left out. */
export function groupByInitial<T extends {readonly ko: string; readonly en: string}>(
  entries: readonly T[],
): Group<T>[] {
  const sorted = sortKorean(entries);
  return GROUP_ORDER.map((key) => ({
    key,
    anchor: anchorOfGroup(key),
    entries: sorted.filter((entry) => groupOf(entry.ko) === key),
  })).filter((group) => group.entries.length > 0);
}

/** English terms A–Z, under their first letter (digits and symbols under "#"). */
export function englishIndex<T extends {readonly en: string}>(entries: readonly T[]): Group<T>[] {
  const sorted = [...entries].sort((a, b) => collator('en').compare(a.en, b.en));
  const groups = new Map<string, T[]>();
  for (const entry of sorted) {
    const first = entry.en.trim().charAt(0).toUpperCase();
    const key = /^[A-Z]$/.test(first) ? first : '#';
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map(([key, list]) => ({
      key,
      anchor: key === '#' ? 'en-other' : `en-${key.toLowerCase()}`,
      entries: list,
    }));
}
