// What the layer knows about the indexed pages without loading them, written by the index step
// beside the lexicon: every word the pages hold (as the layer compares words), and each page's
// title and headings under Pagefind's result id. With these a query searches only words some
// page has, ranks its candidates without loading them, and loads only the pages it shows.
import {pageTextOf, type PagefindAnchor, type PagefindResultData} from './results';

/** A word as Pagefind compares it: lower case, letters and digits only. */
export const wordKey = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

const PLAIN_WORD = /^[\p{L}\p{N}]*$/u;

/**
 * The words of a page as Pagefind indexes them: each whole word, and each part of a word joined
 * by punctuation (compose.override.yaml → compose, override, yaml).
 */
export function pageWordKeys(content: string): Set<string> {
  const keys = new Set<string>();
  for (const token of content.toLowerCase().split(/\s+/)) {
    // Most words are letters only (컨테이너를); only the others need cleaning and splitting.
    if (PLAIN_WORD.test(token)) {
      keys.add(token);
      continue;
    }
    keys.add(wordKey(token));
    for (const part of token.split(/[^\p{L}\p{N}]+/u)) keys.add(part);
  }
  keys.delete('');
  return keys;
}

/** The text whose words the layer checks: the page's title and its indexed content. */
export const checkedText = (data: PagefindResultData) =>
  `${data.meta.title ?? data.url} ${data.content ?? ''}`;

/** Sorted words, so "does some word start with …" is a binary search. */
export class SortedWords {
  constructor(private readonly sorted: readonly string[]) {}

  static of(words: Iterable<string>): SortedWords {
    return new SortedWords([...words].sort());
  }

  /** True when some word starts with `prefix`. */
  hasPrefix(prefix: string): boolean {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.sorted[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    return this.sorted[low]?.startsWith(prefix) ?? false;
  }
}

const SYLLABLE_BASE = 0xac00;
const FINALS = 28;

/**
 * How Pagefind's answer for a word compares with "the pages with a word that starts with it":
 * - absent: no page has such a word; Pagefind would shorten the word until something matches,
 *   so whatever it finds is noise and the search is not worth running;
 * - exact: Pagefind finds exactly those pages;
 * - loose: Pagefind finds more. It compares words decomposed into jamo (normalize NFD), so 도커
 *   also matches a page word starting 도컨; when the site has such a word, each page's own words
 *   must be checked.
 */
export type WordStanding = 'absent' | 'exact' | 'loose';

/** Loads the encoded words (encodeWords) of one shard. */
export type ShardLoader = (shard: number) => Promise<string>;

/**
 * The shard of a word key: by its first letter, and for a Hangul syllable by its initial and
 * vowel only, so that the words `standing` compares (도커 against 도컨, 도 against 독) share one.
 */
export function shardOf(key: string, count: number): number {
  const code = key.codePointAt(0) ?? 0;
  const syllable = code - SYLLABLE_BASE;
  const letter = syllable >= 0 && syllable < 11172 ? Math.floor(syllable / FINALS) : code;
  return letter % count;
}

export class SiteWords {
  private readonly shards: Array<SortedWords | undefined>;
  private readonly loading = new Map<number, Promise<void>>();

  /**
   * Every word at once (`sorted`), or `count` shards that `load` fetches when a word needs one:
   * a query then downloads the few shards of its words instead of the whole list.
   */
  constructor(sorted: readonly string[]);
  constructor(count: number, load: ShardLoader);
  constructor(
    words: readonly string[] | number,
    private readonly load: ShardLoader | null = null,
  ) {
    this.shards = typeof words === 'number' ? new Array(words) : [new SortedWords(words)];
  }

  private shardFor(key: string): number {
    return shardOf(key, this.shards.length);
  }

  /** Loads the shards that `words` need. A shard that fails to load stays unknown. */
  async prepare(words: readonly string[]): Promise<void> {
    const keys = words.map(wordKey).filter((key) => key !== '');
    await Promise.all(
      [...new Set(keys.map((key) => this.shardFor(key)))].map((shard) => this.loadShard(shard)),
    );
  }

  private loadShard(shard: number): Promise<void> {
    if (this.shards[shard] || !this.load) return Promise.resolve();
    let loading = this.loading.get(shard);
    if (!loading) {
      loading = this.load(shard).then(
        (text) => {
          this.shards[shard] = new SortedWords(decodeWords(text));
        },
        () => {
          this.loading.delete(shard); // a later query tries again
        },
      );
      this.loading.set(shard, loading);
    }
    return loading;
  }

  standing(word: string): WordStanding {
    const key = wordKey(word);
    if (key === '') return 'exact'; // Pagefind drops a word of punctuation
    const words = this.shards[this.shardFor(key)];
    // Not loaded (prepare failed): Pagefind's answer is checked page by page, as for loose.
    if (!words) return 'loose';
    if (!words.hasPrefix(key)) return 'absent';
    const last = key.charCodeAt(key.length - 1) - SYLLABLE_BASE;
    // A final syllable without a final consonant (커) is a jamo prefix of 27 others (컥 … 컿).
    if (last < 0 || last >= 11172 || last % FINALS !== 0) return 'exact';
    const stem = key.slice(0, -1);
    for (let final = 1; final < FINALS; final += 1) {
      if (words.hasPrefix(stem + String.fromCharCode(SYLLABLE_BASE + last + final))) {
        return 'loose';
      }
    }
    return 'exact';
  }
}

/**
 * Sorted words, each as the length it shares with the previous word, a comma and the rest,
 * separated by spaces (words are letters and digits only, and nothing needs escaping in JSON).
 */
export function encodeWords(sorted: readonly string[]): string {
  let previous = '';
  return sorted
    .map((word) => {
      let shared = 0;
      while (shared < previous.length && previous[shared] === word[shared]) shared += 1;
      previous = word;
      return `${shared},${word.slice(shared)}`;
    })
    .join(' ');
}

export function decodeWords(text: string): string[] {
  if (text === '') return [];
  let previous = '';
  return text.split(' ').map((entry) => {
    const comma = entry.indexOf(',');
    previous = previous.slice(0, Number(entry.slice(0, comma))) + entry.slice(comma + 1);
    return previous;
  });
}

/** A page's title and headings: enough to rank a result before its page is loaded. */
export interface PageOutline {
  readonly url: string;
  readonly title: string;
  readonly headings: readonly PagefindAnchor[];
}

/** The site part of the lexicon file: outlines by Pagefind result id, and every page word. */
export interface SiteIndex {
  readonly pages: Readonly<Record<string, PageOutline>>;
  /** encodeWords of every page's word keys (siteIndexOf; small lexicons in tests keep them here). */
  readonly words?: string;
  /** Or the number of shards the words are in, each a file of its own (splitWords). */
  readonly wordShards?: number;
}

/** The words of `site` in `count` shards (shardOf), each encodeWords'd, and the site without them. */
export function splitWords(site: SiteIndex, count: number): {site: SiteIndex; shards: string[]} {
  const groups: string[][] = Array.from({length: count}, () => []);
  for (const word of decodeWords(site.words ?? '')) groups[shardOf(word, count)]!.push(word);
  return {site: {pages: site.pages, wordShards: count}, shards: groups.map(encodeWords)};
}

export function siteIndexOf(
  fragments: ReadonlyArray<{readonly id: string; readonly data: PagefindResultData}>,
): SiteIndex & {readonly words: string} {
  const pages: Record<string, PageOutline> = {};
  const words = new Set<string>();
  for (const {id, data} of fragments) {
    const {url, title, headings} = pageTextOf(data);
    pages[id] = {
      url,
      title,
      headings: headings.map(({element, id, text, location}) => ({element, id, text, location})),
    };
    for (const key of pageWordKeys(checkedText(data))) words.add(key);
  }
  // Only "does some word start with …" is asked, so a word that starts another one is left out.
  const sorted = [...words].sort();
  const needed = sorted.filter((word, index) => !sorted[index + 1]?.startsWith(word));
  return {pages, words: encodeWords(needed)};
}

/**
 * The titles of the sections that hold a match: the page title for matches before the first
 * heading, else the last heading at or before the match (as resultDataOf's sub_results).
 */
export function matchedSectionTitles(outline: PageOutline, locations: readonly number[]): string[] {
  const titles = new Set<string>();
  const headings = outline.headings;
  for (const location of locations) {
    let low = 0;
    let high = headings.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (headings[middle]!.location <= location) low = middle + 1;
      else high = middle;
    }
    titles.add(low === 0 ? outline.title : (headings[low - 1]!.text ?? ''));
  }
  return [...titles];
}
