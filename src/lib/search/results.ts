/** The parts of a Pagefind result the views use (pagefind.js returns more). */
export interface PagefindSubResult {
  readonly title: string;
  readonly url: string;
  readonly excerpt: string;
}

export interface PagefindResultData {
  readonly url: string;
  readonly excerpt: string;
  readonly meta: {readonly title?: string};
  /** The page's indexed text (the query layer checks that every word is really there). */
  readonly content?: string;
  readonly sub_results?: readonly PagefindSubResult[];
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

/** Page title, excerpt and up to three matching sections (heading anchors) of a result. */
export function toHit(data: PagefindResultData): SearchHit {
  const title = (data.meta.title ?? data.url).replace(SITE_SUFFIX, '');
  const sections = (data.sub_results ?? [])
    .filter((sub) => sub.url.includes('#') && sub.title !== title)
    .slice(0, MAX_SECTIONS)
    .map((sub) => ({title: sub.title, url: sub.url, excerpt: sub.excerpt}));
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
