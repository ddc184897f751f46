// Runs a query plan through the search engine (Pagefind in the browser, anything in tests):
// every variant, merged; the fallback lists only when nothing matched; then the ranking rules.
import {jamoDistance} from './korean';
import {formKey, type LexiconTerm, type PreparedLexicon} from './lexicon';
import {planQuery} from './query';
import {toHit, type PagefindResultData, type SearchHit} from './results';

export interface EngineResult {
  readonly id: string;
  readonly score: number;
  data(): Promise<PagefindResultData>;
}

/** One search of the engine: all words must match (Pagefind's rule). */
export type SearchEngine = (query: string) => Promise<readonly EngineResult[]>;

export interface LayeredResult {
  readonly hits: readonly SearchHit[];
  /** True when only the fallback (most words) found something. */
  readonly partial: boolean;
  readonly term: LexiconTerm | null;
  /** Nearest known words when nothing matched. */
  readonly suggestions: readonly string[];
}

/** Pages that list every topic briefly; a chapter that teaches the topic ranks above them. */
const REFERENCE_PAGES = /\/docs\/(glossary|cheat-sheet|command-map)$/;
const INSTALL_SECTION = /\/docs\/install(\/|$)/;
const INSTALL_BOOST = 2;
const REFERENCE_PENALTY = 0.35;
/** Results whose data is loaded before ranking: a few more than are shown. */
const CANDIDATES = 12;

interface Candidate {
  readonly result: EngineResult;
  /** The word lists that found it. */
  readonly lists: (readonly string[])[];
}

async function searchAll(
  lists: readonly (readonly string[])[],
  engine: SearchEngine,
): Promise<Candidate[]> {
  const responses = await Promise.all(lists.map((words) => engine(words.join(' '))));
  const best = new Map<string, {result: EngineResult; lists: (readonly string[])[]}>();
  responses.forEach((results, index) => {
    for (const result of results) {
      const known = best.get(result.id);
      if (!known) best.set(result.id, {result, lists: [lists[index]!]});
      else {
        known.lists.push(lists[index]!);
        if (result.score > known.result.score) known.result = result;
      }
    }
  });
  return [...best.values()].sort((a, b) => b.result.score - a.result.score);
}

/** A word as Pagefind compares it: lower case, letters and digits only. */
const wordKey = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * True when every word starts some word of the page. Pagefind shortens a word it does not know
 * until something matches (아이돌 → 아이…), which would turn an off-topic query into noise.
 */
export function containsAllWords(content: string, words: readonly string[]): boolean {
  const pageWords = new Set(content.split(/\s+/).map(wordKey));
  return words
    .map(wordKey)
    .filter((key) => key !== '')
    .every((key) => pageWords.has(key) || [...pageWords].some((word) => word.startsWith(key)));
}

/** Share of the words that appear in the page title. */
export function titleShare(title: string, words: readonly string[]): number {
  const keys = words.map(wordKey).filter((key) => key !== '');
  if (keys.length === 0) return 0;
  const titleKey = wordKey(title);
  return keys.filter((key) => titleKey.includes(key)).length / keys.length;
}

/** Adjusted score: install intent favours the install section, reference pages step back. */
export function rankScore(url: string, score: number, installIntent: boolean, inTitle = 0): number {
  const path = url
    .replace(/\.html$/, '')
    .replace(/[#?].*$/, '')
    .replace(/\/$/, '');
  let adjusted = score * (1 + inTitle);
  if (installIntent && INSTALL_SECTION.test(path)) adjusted *= INSTALL_BOOST;
  if (REFERENCE_PAGES.test(path)) adjusted *= REFERENCE_PENALTY;
  return adjusted;
}

interface Verified {
  readonly data: PagefindResultData;
  readonly score: number;
}

/** Loads the top candidates and keeps those that hold every word of a list that found them. */
async function verify(
  candidates: readonly Candidate[],
  installIntent: boolean,
): Promise<Verified[]> {
  const loaded = await Promise.all(
    candidates.slice(0, CANDIDATES).map(async (candidate) => ({
      candidate,
      data: await candidate.result.data(),
    })),
  );
  return loaded.flatMap(({candidate, data}) => {
    const content = `${data.meta.title ?? ''} ${data.content ?? ''}`;
    const matching = candidate.lists.filter((words) => containsAllWords(content, words));
    if (matching.length === 0) return [];
    const inTitle = Math.max(...matching.map((words) => titleShare(data.meta.title ?? '', words)));
    return [{data, score: rankScore(data.url, candidate.result.score, installIntent, inTitle)}];
  });
}

/**
 * Known words nearest to the query by jamo edit distance: a typo (네임스패이스) is a letter away
 * from the term; for gibberish they are still the closest places to start reading.
 */
export function suggestTerms(query: string, lexicon: PreparedLexicon, limit = 3): string[] {
  const key = formKey(query);
  if (key === '') return [];
  const scored = lexicon.suggestions.map((word) => ({
    word,
    distance: jamoDistance(key, formKey(word)),
  }));
  scored.sort((a, b) => a.distance - b.distance || a.word.length - b.word.length);
  return [...new Set(scored.map(({word}) => word))].slice(0, limit);
}

export async function layeredSearch(
  raw: string,
  lexicon: PreparedLexicon,
  engine: SearchEngine,
  maxPages: number,
): Promise<LayeredResult> {
  const plan = planQuery(raw, lexicon);
  let partial = false;
  let found = await verify(await searchAll(plan.variants, engine), plan.installIntent);
  if (found.length === 0 && plan.fallbacks.length > 0) {
    found = await verify(await searchAll(plan.fallbacks, engine), plan.installIntent);
    partial = found.length > 0;
  }
  if (found.length === 0) {
    return {hits: [], partial, term: plan.term, suggestions: suggestTerms(raw, lexicon)};
  }
  found.sort((a, b) => b.score - a.score);
  return {
    hits: found.slice(0, maxPages).map(({data}) => toHit(data)),
    partial,
    term: plan.term,
    suggestions: [],
  };
}
