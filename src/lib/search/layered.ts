// Runs a query plan through the search engine (Pagefind in the browser, anything in tests):
// every variant, merged; the fallback lists only when nothing matched; then the ranking rules.
// A session keeps what queries share: each search's results, and each page's text, loaded once
// with data() and then used for every check, ranking and excerpt without another round trip.
// With the lexicon's site part, a word no page holds is not searched, candidates are ranked by
// their outlines (title and headings), and only the pages shown are loaded.
import {jamoDistance} from './korean';
import {formKey, type LexiconTerm, type PreparedLexicon} from './lexicon';
import {planQuery, type QueryPlan} from './query';
import {
  pageTextOf,
  resultDataOf,
  toHit,
  type PageText,
  type PagefindResultData,
  type SearchHit,
} from './results';
import {
  checkedText,
  matchedSectionTitles,
  pageWordKeys,
  SortedWords,
  wordKey,
  type PageOutline,
} from './site-index';

export interface EngineResult {
  readonly id: string;
  readonly score: number;
  /** Positions of the matched words in the page's text (Pagefind's `words`). */
  readonly words: readonly number[];
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

/** Where one query's time went; the layer fills it when given one (the bench reads it). */
export interface SearchTrace {
  /** Engine searches run, and the wall time spent waiting for them. */
  searches: number;
  /** Words not searched because no page holds them (the lexicon's site words). */
  skipped: number;
  searchMs: number;
  /** Result data() calls (page fragments), and the wall time spent waiting for them. */
  dataLoads: number;
  dataMs: number;
  /** The whole layer, from the raw query to the ranked hits. */
  layerMs: number;
}

export const emptyTrace = (): SearchTrace => ({
  searches: 0,
  skipped: 0,
  searchMs: 0,
  dataLoads: 0,
  dataMs: 0,
  layerMs: 0,
});

/** A page as the layer checks it: its text, and (built on first use) its words, sorted. */
interface LoadedPage {
  readonly text: PageText;
  words(): PageWords;
}

/**
 * What the queries of one reader's visit share. Pagefind's result ids are its page fragments,
 * the same for every search, so a page is loaded once; a word list searched again (typing on, or
 * a fallback list that an earlier query ran) is not sent to the engine again.
 */
export interface SearchSession {
  readonly pages: Map<string, Promise<LoadedPage>>;
  readonly searches: Map<string, Promise<readonly EngineResult[]>>;
}

export const newSession = (): SearchSession => ({pages: new Map(), searches: new Map()});

/** Word lists remembered per session; the oldest are forgotten first. */
const REMEMBERED_SEARCHES = 500;

function remember<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>) {
  const known = cache.get(key);
  if (known) return known;
  const loading = load();
  cache.set(key, loading);
  loading.catch(() => cache.delete(key)); // a later query may try again
  return loading;
}

interface Candidate {
  readonly result: EngineResult;
  /** The word lists that found it. */
  readonly lists: (readonly string[])[];
}

/** Characters Pagefind's search strips from a query (pagefind.js, before its search). */
const STRIPPED = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;

/** A word as Pagefind's search sees it, so daemon: and daemon are one search. */
export const searchForm = (word: string) => word.toLowerCase().replace(STRIPPED, '');

function searchOnce(
  query: string,
  engine: SearchEngine,
  trace: SearchTrace,
  session: SearchSession,
): Promise<readonly EngineResult[]> {
  return remember(session.searches, query, () => {
    trace.searches += 1;
    return engine(query);
  });
}

/**
 * A list's results from its words' own results, as Pagefind computes a query of several words:
 * the pages that have every word, scored by the sum of the words' scores, with the positions of
 * all of them. Each word is searched once per session however many lists and queries hold it,
 * so the lists with one word left out cost no search of their own.
 */
export function combineWords(perWord: readonly (readonly EngineResult[])[]): EngineResult[] {
  if (perWord.length === 1) return [...perWord[0]!];
  if (perWord.length === 0) return [];
  const maps = perWord
    .map((results) => new Map(results.map((result) => [result.id, result])))
    .sort((a, b) => a.size - b.size);
  const combined: EngineResult[] = [];
  for (const [id, first] of maps[0]!) {
    const all = maps.map((map) => map.get(id));
    if (all.some((result) => result === undefined)) continue;
    const results = all as EngineResult[];
    combined.push({
      id,
      score: results.reduce((sum, result) => sum + result.score, 0),
      words: [...new Set(results.flatMap((result) => result.words))].sort((a, b) => a - b),
      data: () => first.data(),
    });
  }
  return combined.sort((a, b) => b.score - a.score);
}

/** True when the lexicon proves that no page holds the word (Pagefind would shorten it). */
const absent = (word: string, lexicon: PreparedLexicon) =>
  lexicon.siteWords?.standing(word) === 'absent';

/**
 * A list's results, each word searched alone (once per session), also for a pasted message: its
 * clauses and the next message share most words. A word no page holds is not searched.
 */
async function searchList(
  words: readonly string[],
  lexicon: PreparedLexicon,
  engine: SearchEngine,
  trace: SearchTrace,
  session: SearchSession,
): Promise<readonly EngineResult[]> {
  const kept = [...new Set(words.map(searchForm).filter((word) => word !== ''))];
  return combineWords(
    await Promise.all(
      kept.map((word) => {
        if (!absent(word, lexicon)) return searchOnce(word, engine, trace, session);
        trace.skipped += 1;
        return [];
      }),
    ),
  );
}

async function searchAll(
  lists: readonly (readonly string[])[],
  lexicon: PreparedLexicon,
  engine: SearchEngine,
  trace: SearchTrace,
  session: SearchSession,
): Promise<Candidate[]> {
  const start = performance.now();
  const responses = await Promise.all(
    lists.map((words) => searchList(words, lexicon, engine, trace, session)),
  );
  while (session.searches.size > REMEMBERED_SEARCHES) {
    session.searches.delete(session.searches.keys().next().value!);
  }
  trace.searchMs += performance.now() - start;
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

/** A page's word keys, sorted, so "does some word start with …" is a binary search. */
export class PageWords {
  private readonly sorted: SortedWords;

  constructor(content: string) {
    this.sorted = SortedWords.of(pageWordKeys(content));
  }

  /** True when some word of the page starts with `prefix`. */
  hasPrefix(prefix: string): boolean {
    return this.sorted.hasPrefix(prefix);
  }

  /**
   * True when every word starts some word of the page. Pagefind shortens a word it does not know
   * until something matches (아이돌 → 아이…), which would turn an off-topic query into noise.
   */
  hasAll(words: readonly string[]): boolean {
    return words
      .map(wordKey)
      .filter((key) => key !== '')
      .every((key) => this.hasPrefix(key));
  }
}

/** True when every word starts some word of the text (PageWords for one check). */
export function containsAllWords(content: string, words: readonly string[]): boolean {
  return new PageWords(content).hasAll(words);
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
  readonly result: EngineResult;
  readonly url: string;
  readonly score: number;
}

/** A page kept in the session under its result id, loaded with `load` the first time. */
export function rememberPage(
  session: SearchSession,
  id: string,
  load: () => Promise<PagefindResultData>,
): Promise<LoadedPage> {
  return remember(session.pages, id, async () => {
    const data = await load();
    let words: PageWords | undefined;
    return {text: pageTextOf(data), words: () => (words ??= new PageWords(checkedText(data)))};
  });
}

/** The page of a result, loaded with data() the first time any search finds it. */
function loadPage(result: EngineResult, session: SearchSession, trace: SearchTrace) {
  if (!session.pages.has(result.id)) trace.dataLoads += 1;
  return rememberPage(session, result.id, () => result.data());
}

async function loadPages(
  results: readonly EngineResult[],
  session: SearchSession,
  trace: SearchTrace,
): Promise<LoadedPage[]> {
  const start = performance.now();
  const pages = await Promise.all(results.map((result) => loadPage(result, session, trace)));
  trace.dataMs += performance.now() - start;
  return pages;
}

/**
 * True when Pagefind's answer for the list is exactly the pages that hold every word, so a page
 * it found needs no check of its own (site-index.ts WordStanding).
 */
const provenByLexicon = (words: readonly string[], lexicon: PreparedLexicon) =>
  lexicon.siteWords !== null &&
  words.every((word) => lexicon.siteWords!.standing(word) === 'exact');

/**
 * Keeps the top candidates that hold every word of a list that found them, and ranks them by
 * title and heading matches. A candidate is loaded only when the lexicon has no outline of it or
 * cannot prove its lists (without the site part, every candidate is loaded and checked).
 */
async function verify(
  candidates: readonly Candidate[],
  intent: Intent,
  lexicon: PreparedLexicon,
  trace: SearchTrace,
  session: SearchSession,
): Promise<Verified[]> {
  const top = candidates.slice(0, CANDIDATES);
  const outlined = top.map(({result, lists}) => {
    const outline = lexicon.outlines.get(result.id);
    const proven = lists.every((words) => provenByLexicon(words, lexicon));
    return {outline: proven ? outline : undefined};
  });
  const toLoad = top.filter((_, index) => outlined[index]!.outline === undefined);
  const loaded = new Map(
    (
      await loadPages(
        toLoad.map(({result}) => result),
        session,
        trace,
      )
    ).map((page, index) => [toLoad[index]!.result.id, page]),
  );
  return top.flatMap((candidate, index) => {
    const page = loaded.get(candidate.result.id);
    const outline: PageOutline = outlined[index]!.outline ?? page!.text;
    const matching = page
      ? candidate.lists.filter(
          (words) => provenByLexicon(words, lexicon) || page.words().hasAll(words),
        )
      : candidate.lists;
    if (matching.length === 0) return [];
    const share = (title: string) => Math.max(...matching.map((words) => titleShare(title, words)));
    const inTitle = share(outline.title);
    const sections = matchedSectionTitles(outline, candidate.result.words);
    const inHeading = Math.max(0, ...sections.map(share));
    const score = rankScore(outline.url, candidate.result.score, intent, inTitle, inHeading);
    return [{result: candidate.result, url: outline.url, score}];
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
  trace: SearchTrace = emptyTrace(),
  session: SearchSession = newSession(),
): Promise<LayeredResult> {
  const start = performance.now();
  const result = await runLayers(raw, lexicon, engine, maxPages, trace, session);
  trace.layerMs += performance.now() - start;
  return result;
}

/** Every word a query's layers may search (its variants, fallbacks and known words). */
const wordsOf = (plan: QueryPlan) =>
  [...plan.variants, ...plan.fallbacks, plan.knownWords].flat().map(searchForm);

/**
 * Starts loading the site words a query will need (site-index.ts SiteWords.prepare), so that a
 * search of it waits for no shard: the search page calls it for its address's query.
 */
export function prepareWordsFor(raw: string, lexicon: PreparedLexicon): Promise<void> {
  return lexicon.siteWords?.prepare(wordsOf(planQuery(raw, lexicon))) ?? Promise.resolve();
}

async function runLayers(
  raw: string,
  lexicon: PreparedLexicon,
  engine: SearchEngine,
  maxPages: number,
  trace: SearchTrace,
  session: SearchSession,
): Promise<LayeredResult> {
  const plan = planQuery(raw, lexicon);
  // The word shards of every list the layers may search, in one round of loads.
  await lexicon.siteWords?.prepare(wordsOf(plan));
  const run = async (lists: readonly (readonly string[])[]) =>
    verify(await searchAll(lists, lexicon, engine, trace, session), plan, lexicon, trace, session);
  const byScore = (a: Verified, b: Verified) => b.score - a.score;
  const full = (await run(plan.variants)).sort(byScore);
  let most: Verified[] = [];
  if (full.length < ENOUGH && plan.fallbacks.length > 0) {
    const shown = new Set(full.map(({url}) => url));
    most = (await run(plan.fallbacks)).filter(({url}) => !shown.has(url)).sort(byScore);
  }
  // Last: the words the site knows, when words no page has (타입1) sank every shorter list too.
  if (full.length === 0 && most.length === 0 && plan.knownWords.length > 0) {
    most = (await run([plan.knownWords])).sort(byScore);
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
  // Only the pages shown are loaded (most already are), for their excerpts and sections.
  const pages = await loadPages(
    found.map(({result}) => result),
    session,
    trace,
  );
  return {
    hits: found.map(({result}, index) => toHit(resultDataOf(pages[index]!.text, result.words))),
    partialFrom: most.length > 0 && full.length < maxPages ? full.length : null,
    term: plan.term,
    suggestions: [],
  };
}
