import {INDEX_ONLY_WORDS} from './index-text';

/** The parts of a Pagefind result the views use (pagefind.js returns more). */
export interface PagefindSubResult {
  readonly title: string;
  readonly url: string;
  readonly excerpt: string;
}

/** A heading (or other element with an id) and the word position where it starts. */
export interface PagefindAnchor {
  readonly element: string;
  readonly id: string;
  readonly text?: string;
  readonly location: number;
}

export interface PagefindResultData {
  readonly url: string;
  readonly excerpt: string;
  readonly meta: {
    readonly title?: string;
    readonly url?: string;
    /** Words of the index-only paragraph at the start of the text (index-text.ts). */
    readonly [INDEX_ONLY_WORDS]?: string;
  };
  /** The page's indexed text (the query layer checks that every word is really there). */
  readonly content?: string;
  /** The same text with < and > escaped, as Pagefind builds excerpts from it. */
  readonly raw_content?: string;
  readonly anchors?: readonly PagefindAnchor[];
  readonly sub_results?: readonly PagefindSubResult[];
}

/** Words in a Pagefind excerpt (the site's PAGEFIND_OPTIONS.excerptLength). */
export const EXCERPT_WORDS = 22;

/**
 * A page's text as excerpts need it, built once per page: the words Pagefind's match positions
 * count, and the headings that start sections.
 */
export interface PageText {
  readonly url: string;
  readonly title: string;
  readonly words: readonly string[];
  /** '' when the text is split at zero-width spaces (segmented languages), else ' '. */
  readonly joiner: string;
  readonly headings: readonly PagefindAnchor[];
  /**
   * The first word readers see: the words before it are the index-only paragraph (glossary
   * words and unspaced forms), which counts for matching and ranking but never for excerpts.
   */
  readonly contentStart: number;
}

const escapeText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function pageTextOf(data: PagefindResultData): PageText {
  // Pagefind escapes only < and > in raw_content; & is escaped here too, so the excerpt's HTML
  // cannot turn "&copy" into a character.
  const raw =
    data.raw_content === undefined
      ? escapeText(data.content ?? '')
      : data.raw_content.replace(/&(?![lg]t;)/g, '&amp;');
  const segmented = raw.includes('\u200B');
  const words = segmented ? raw.split('\u200B') : raw.split(/[\r\n\s]+/g);
  const indexOnly = Number(data.meta[INDEX_ONLY_WORDS] ?? 0);
  return {
    url: data.meta.url ?? data.url,
    title: data.meta.title ?? data.url,
    words,
    joiner: segmented ? '' : ' ',
    headings: (data.anchors ?? [])
      .filter((anchor) => /h\d/i.test(anchor.element) && /\S/.test(anchor.text ?? ''))
      .sort((a, b) => a.location - b.location),
    contentStart:
      Number.isInteger(indexOnly) && indexOnly > 0 ? Math.min(indexOnly, words.length) : 0,
  };
}

/** Pagefind's excerpt region (lib/excerpt.ts): the start of the window with the most matches. */
export function excerptStart(locations: readonly number[], length: number): number {
  if (locations.length === 0) return 0;
  const counts: number[] = [];
  for (const location of locations) counts[location] = (counts[location] ?? 0) + 1;
  if (counts.length <= length) return 0;
  let densest = 0;
  for (let i = 0; i < length; i += 1) densest += counts[i] ?? 0;
  let working = densest;
  let densestAt = [0];
  for (let i = 0; i < counts.length; i += 1) {
    working += (counts[i + length] ?? 0) - (counts[i] ?? 0);
    if (working > densest) {
      densest = working;
      densestAt = [i];
    } else if (working === densest && densestAt.at(-1) === i - 1) densestAt.push(i);
  }
  return densestAt[Math.floor(densestAt.length / 2)]!;
}

/** Pagefind's build_excerpt: `length` words from `start`, matches in <mark>, within the caps. */
export function buildExcerpt(
  page: PageText,
  start: number,
  length: number,
  locations: ReadonlySet<number>,
  notBefore = 0,
  notFrom = page.words.length,
): string {
  let size = Math.min(length, notFrom - notBefore);
  let from = start;
  if (from + size > notFrom) from = notFrom - size;
  if (from < notBefore) from = notBefore;
  size = Math.max(0, size);
  return page.words
    .slice(from, from + size)
    .map((word, index) => (locations.has(from + index) ? `<mark>${word}</mark>` : word))
    .join(page.joiner)
    .trim();
}

function anchoredUrl(url: string, id: string): string {
  const absolute = new URL(url.startsWith('/') ? url : `/${url}`, 'https://example.com');
  absolute.hash = id;
  return absolute.toString().replace(/^https:\/\/example\.com/, '');
}

/**
 * What Pagefind's data() returns for a result, computed from the page text the layer keeps:
 * the excerpt and the sections (sub_results) around the match positions, as Pagefind's
 * lib/sub_results.ts computes them, without a round trip to its worker for each result.
 */
export function resultDataOf(
  page: PageText,
  matchLocations: readonly number[],
): PagefindResultData {
  // Matches in the index-only paragraph found the page; what the reader is shown starts after it.
  const locations = [...matchLocations]
    .filter((location) => location >= page.contentStart)
    .sort((a, b) => a - b);
  const marked = new Set(locations);
  const excerpt = buildExcerpt(
    page,
    excerptStart(locations, EXCERPT_WORDS),
    EXCERPT_WORDS,
    marked,
    page.contentStart,
  );
  const headings = [...page.headings];
  const sections: PagefindSubResult[] = [];
  let current = {
    title: page.title,
    url: page.url,
    start: page.contentStart,
    locations: [] as number[],
  };
  const close = (end: number | undefined) => {
    if (current.locations.length === 0) return;
    const relative = current.locations.map((location) => location - current.start);
    const start = excerptStart(relative, EXCERPT_WORDS) + current.start;
    const length = end === undefined ? EXCERPT_WORDS : Math.min(end - start, EXCERPT_WORDS);
    const sectionExcerpt = buildExcerpt(
      page,
      start,
      length,
      new Set(current.locations),
      current.start,
      end,
    );
    sections.push({title: current.title, url: current.url, excerpt: sectionExcerpt});
  };
  for (const location of locations) {
    if (headings.length === 0 || location < headings[0]!.location) {
      current.locations.push(location);
      continue;
    }
    let next = headings.shift()!;
    close(next.location);
    while (headings.length > 0 && location >= headings[0]!.location) next = headings.shift()!;
    current = {
      title: next.text ?? '',
      url: anchoredUrl(page.url, next.id),
      start: next.location,
      locations: [location],
    };
  }
  close(headings[0]?.location);
  return {url: page.url, excerpt, meta: {title: page.title}, sub_results: sections};
}

export interface SearchSection {
  readonly title: string;
  readonly url: string;
  readonly excerpt: string;
}

export interface SearchHit {
  readonly url: string;
  readonly title: string;
  readonly excerpt: string;
  readonly sections: readonly SearchSection[];
}

const MAX_SECTIONS = 3;
const SITE_SUFFIX = / \| 도커 길잡이$/;

const plainText = (html: string) => html.replace(/<[^>]*>/g, '').trim();

/** Shown under a section whose excerpt toHit dropped: the page's excerpt came from it. */
export const SAME_EXCERPT_NOTE = '위 발췌가 나온 절입니다.';

/**
 * Page title, excerpt and up to three matching sections (heading anchors) of a result. A
 * section whose excerpt is the page's excerpt, or part of it, keeps its link without the text
 * (the views show SAME_EXCERPT_NOTE instead): the same lines twice in a row would only push the
 * next result down.
 */
export function toHit(data: PagefindResultData): SearchHit {
  const title = (data.meta.title ?? data.url).replace(SITE_SUFFIX, '');
  const pageText = plainText(data.excerpt);
  const repeatsPage = (excerpt: string) => {
    const text = plainText(excerpt);
    return text !== '' && pageText !== '' && (pageText.includes(text) || text.includes(pageText));
  };
  const sections = (data.sub_results ?? [])
    .filter((sub) => sub.url.includes('#') && sub.title !== title)
    .slice(0, MAX_SECTIONS)
    .map((sub) => ({
      title: sub.title,
      url: sub.url,
      excerpt: repeatsPage(sub.excerpt) ? '' : sub.excerpt,
    }));
  return {url: data.url, title, excerpt: data.excerpt, sections};
}

/** One entry per keyboard stop: a page, then its sections. */
export interface SearchTarget {
  readonly url: string;
  readonly hitIndex: number;
  readonly sectionIndex: number | null;
}

export function flattenTargets(hits: readonly SearchHit[]): SearchTarget[] {
  return hits.flatMap((hit, hitIndex) => [
    {url: hit.url, hitIndex, sectionIndex: null},
    ...hit.sections.map((section, sectionIndex) => ({url: section.url, hitIndex, sectionIndex})),
  ]);
}

/** Next active index for ArrowDown / ArrowUp, wrapping around; -1 means "none". */
export function moveActive(current: number, count: number, direction: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}

/** True for a key event that belongs to an unfinished IME composition (e.g. a Hangul syllable). */
export function isComposingKey(event: {
  readonly isComposing?: boolean;
  readonly keyCode?: number;
}): boolean {
  return event.isComposing === true || event.keyCode === 229;
}

/** Keeps only <mark> from Pagefind's excerpt HTML, so it can be rendered safely. */
export function safeExcerpt(excerpt: string): string {
  return excerpt.replace(/<(?!\/?mark>)[^>]*>/g, '');
}
