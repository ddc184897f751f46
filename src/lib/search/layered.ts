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
  /** Index of the first hit that matches only most of the words; null when all match every word. */
  readonly partialFrom: number | null;
  readonly term: LexiconTerm | null;
  /** Nearest known words when nothing matched. */
  readonly suggestions: readonly string[];
}

/** Pages that list every topic briefly; a chapter that teaches the topic ranks above them. */
const REFERENCE_PAGES = /\/docs\/(glossary|cheat-sheet|command-map)$/;
const INSTALL_SECTION = /\/docs\/install(\/|$)/;
/** The pages about things that fail: installing and running Docker, and containers that stop. */
const TROUBLE_PAGES = /\/docs\/(install\/troubleshooting|docker-basics\/debugging)$/;
const INSTALL_BOOST = 2;
const REFERENCE_PENALTY = 0.35;
/** Fewer full matches than the five a reader scans, and results that match most words follow. */
const ENOUGH = 5;
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

/**
 * Adjusted score: words in the title or a heading count more, install intent favours the
 * install section, reference pages step back.
 */
export interface Intent {
  readonly installIntent: boolean;
  readonly troubleIntent: boolean;
}

export function rankScore(
  url: string,
  score: number,
  {installIntent, troubleIntent}: Intent,
  inTitle = 0,
  inHeading = 0,
): number {
  const path = url
    .replace(/\.html$/, '')
    .replace(/[#?].*$/, '')
    .replace(/\/$/, '');
  let adjusted = score * (1 + inTitle + inHeading / 2);
  if (installIntent && INSTALL_SECTION.test(path)) adjusted *= INSTALL_BOOST;
  if (troubleIntent && TROUBLE_PAGES.test(path)) adjusted *= INSTALL_BOOST;
  if (REFERENCE_PAGES.test(path)) adjusted *= REFERENCE_PENALTY;
  return adjusted;
}

interface Verified {
  readonly data: PagefindResultData;
  readonly score: number;
}

/** Loads the top candidates and keeps those that hold every word of a list that found them. */
async function verify(candidates: readonly Candidate[], intent: Intent): Promise<Verified[]> {
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
    const share = (title: string) => Math.max(...matching.map((words) => titleShare(title, words)));
    const inTitle = share(data.meta.title ?? '');
    const inHeading = Math.max(0, ...(data.sub_results ?? []).map((sub) => share(sub.title)));
    return [{data, score: rankScore(data.url, candidate.result.score, intent, inTitle, inHeading)}];
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
  const byScore = (a: Verified, b: Verified) => b.score - a.score;
  const full = (await verify(await searchAll(plan.variants, engine), plan)).sort(byScore);
  let most: Verified[] = [];
  if (full.length < ENOUGH && plan.fallbacks.length > 0) {
    const shown = new Set(full.map(({data}) => data.url));
    most = (await verify(await searchAll(plan.fallbacks, engine), plan))
      .filter(({data}) => !shown.has(data.url))
      .sort(byScore);
  }
  // Last: the words the site knows, when words no page has (타입1) sank every shorter list too.
  if (full.length === 0 && most.length === 0 && plan.knownWords.length > 0) {
    most = (await verify(await searchAll([plan.knownWords], engine), plan)).sort(byScore);
  }
  const found = [...full, ...most].slice(0, maxPages);
  if (found.length === 0) {
    return {
      hits: [],
      partialFrom: null,
      term: plan.term,
      suggestions: suggestTerms(raw, lexicon),
    };
  }
  return {
    hits: found.map(({data}) => toHit(data)),
    partialFrom: most.length > 0 && full.length < maxPages ? full.length : null,
    term: plan.term,
    suggestions: [],
  };
}
