// The query step before Pagefind. Pagefind 1.5.2 splits Korean only at spaces and matches a
// query word as a prefix of indexed words, so 컨테이너 finds 컨테이너를 but 컨테이너를 does not find
// 컨테이너는. This step turns what a reader typed into the word lists to search for.
import {isHangulSyllable, isHangulWord} from './korean';
import {formKey, type LexiconTerm, type PreparedLexicon} from './lexicon';

/**
 * Particles (조사) and endings (어미) cut from the end of a word, longest first. Cut only when
 * what remains is a known word or at least two syllables: Pagefind matches prefixes, so a stem
 * still finds every inflected form on the page.
 */
const ENDINGS = [
  '하려면',
  '하는법',
  '하는데',
  '에서는',
  '으로는',
  '인가요',
  '이에요',
  '이라고',
  '해보기',
  '하는',
  '하기',
  '하고',
  '해서',
  '할때',
  '에서',
  '으로',
  '이랑',
  '까지',
  '부터',
  '끼리',
  '처럼',
  '보다',
  '이란',
  '인가',
  '예요',
  '에게',
  '한테',
  '랑',
  '을',
  '를',
  '이',
  '가',
  '은',
  '는',
  '의',
  '에',
  '로',
  '와',
  '과',
  '도',
  '만',
  '란',
] as const;

/** Question and filler words: they say what the reader wants, not what the page says. */
const FILLER = new Set([
  '뭐야',
  '뭐예요',
  '뭔가요',
  '뭐임',
  '뭐지',
  '무엇',
  '무엇인가요',
  '무엇인가',
  '어떻게',
  '방법',
  '법',
  '하는',
  '하는법',
  '차이',
  '차이점',
  '비교',
  '설명',
  '알려줘',
  '알려주세요',
  '좀',
  '안',
  '안돼요',
  '안돼',
  '안됨',
  '안되요',
  '돼요',
  '되요',
  '될',
  '때',
  '할',
  '오류',
  '에러',
  '문제',
  '원인',
  '해결',
  '질문',
  '작성법',
  '사용법',
  '뭔지',
  // 보다 ("to see") in how-to phrases (로그 보는 법): the pages name the thing, not the looking.
  '보는',
  '보려면',
  '보는법',
]);

/** True for a word made only of filler words written without spaces (할때, 안될때). */
export function isFiller(word: string): boolean {
  if (FILLER.has(word)) return true;
  if (!isHangulWord(word)) return false;
  for (let cut = 1; cut < word.length; cut += 1) {
    if (FILLER.has(word.slice(0, cut)) && isFiller(word.slice(cut))) return true;
  }
  return false;
}

/** Words that say the reader is installing, removing or fixing something. */
const INSTALL_INTENT =
  /^(설치|삭제|제거|업그레이드|업데이트|오류|에러|안|안됨|안돼요|안돼|실패|error|failed|denied|cannot)/i;
/** Words that say something does not work: the pages about failures help first. */
const TROUBLE_INTENT = /^(오류|에러|안|안됨|안돼|안되|실패|error|failed|denied|cannot)/i;

export interface QueryPlan {
  /** Word lists to search, each as one Pagefind query; results are merged. */
  readonly variants: readonly (readonly string[])[];
  /** Used only when no variant finds anything: lists with one word left out. */
  readonly fallbacks: readonly (readonly string[])[];
  /** Install or troubleshooting intent: /docs/install/… rank higher. */
  readonly installIntent: boolean;
  /** Something fails (안 될 때, 오류, a pasted error): the troubleshooting pages rank higher. */
  readonly troubleIntent: boolean;
  /** Used when the fallbacks find nothing either: only the words the lexicon knows. */
  readonly knownWords: readonly string[];
  /** The glossary term the whole query names, if any (shown as a compact "용어" result). */
  readonly term: LexiconTerm | null;
  /** A pasted message (searched as typed, then by clauses). */
  readonly pasted: boolean;
}

/** Signs of a pasted message rather than typed words. */
const ERROR_SIGNS =
  /[:"'`]|\b(error|failed|denied|cannot|unable|invalid|refused|not found|no such)\b/i;

/** A pasted error message: mostly Latin, several words, with a colon, quote or error word. */
export function looksLikeError(query: string): boolean {
  const words = query.trim().split(/\s+/);
  const latin = query.replace(/[^A-Za-z]/g, '').length;
  const hangul = [...query].filter(isHangulSyllable).length;
  return words.length >= 4 && latin > 3 * hangul && latin >= 15 && ERROR_SIGNS.test(query);
}

/** Cuts one particle or ending, if what remains is still a word. */
export function stripEnding(word: string, lexicon: PreparedLexicon): string {
  // Only a term's own spelling is kept whole: headings hold inflected words too (사용자로), and
  // Pagefind matches a stem as a prefix of them anyway.
  if (lexicon.canonical.has(formKey(word))) return word;
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending) || word.length === ending.length) continue;
    const stem = word.slice(0, -ending.length);
    const lastChar = stem.at(-1) ?? '';
    if (!isHangulSyllable(lastChar)) return stem; // seccomp랑, nginx로, ls랑
    if (lexicon.vocabulary.has(stem) || lexicon.canonical.has(formKey(stem))) return stem;
    if (isHangulWord(stem) && stem.length >= 2) return stem;
  }
  return stripNounSuffix(word, lexicon.vocabulary);
}

/** Noun suffixes a reader adds where the pages may not: plural 들, 어 of 명령어 (명령 + 語). */
const NOUN_SUFFIXES = ['들', '어'] as const;

/**
 * 컨테이너들 → 컨테이너, 명령어 → 명령: cut a noun suffix when the rest is a known word. The
 * shorter word still finds the longer one, as Pagefind matches prefixes.
 */
export function stripNounSuffix(word: string, vocabulary: ReadonlySet<string>): string {
  for (const suffix of NOUN_SUFFIXES) {
    const stem = word.slice(0, -suffix.length);
    if (word.endsWith(suffix) && stem.length >= 2 && vocabulary.has(stem)) return stem;
  }
  return word;
}

/** 타입1 → 타입 1, 윈도우11 → 윈도우 11: a reader runs a Hangul word into a number. */
export function splitScripts(word: string): string[] {
  if (!/^[\uac00-\ud7a3]+[0-9]+$|^[0-9]+[\uac00-\ud7a3]+$/.test(word)) return [word];
  return word.match(/[\uac00-\ud7a3]+|[0-9]+/g) ?? [word];
}

/**
 * "X가 아닌" is how a reader says what the pages write as 비X (루트가 아닌 → 비루트): the
 * negated noun becomes one word with the prefix 비 (非).
 */
export function joinNegation(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const word of words) {
    const previous = out.at(-1);
    if (word === '아닌' && previous !== undefined && isHangulWord(previous)) {
      out[out.length - 1] = `비${previous}`;
    } else out.push(word);
  }
  return out;
}

/**
 * Splits an unspaced Hangul compound into known words (하드웨어가상화 → 하드웨어 가상화), fewest
 * pieces first; returns the word itself when it cannot be covered by known words.
 */
export function splitCompound(word: string, vocabulary: ReadonlySet<string>): string[] {
  if (!isHangulWord(word) || word.length < 4 || vocabulary.has(word)) return [word];
  const best: (string[] | null)[] = [[]];
  for (let end = 1; end <= word.length; end += 1) {
    best[end] = null;
    for (let start = 0; start <= end - 2; start += 1) {
      const before = best[start];
      const piece = word.slice(start, end);
      if (!before || !vocabulary.has(piece)) continue;
      if (!best[end] || before.length + 1 < best[end]!.length) best[end] = [...before, piece];
    }
  }
  const pieces = best[word.length];
  return pieces && pieces.length > 1 ? pieces : [word];
}

/**
 * Replaces runs of words that spell a known term or name with the pages' spelling. A reader may
 * space a term more than the pages do (유니온 파일 시스템), so runs may be a little longer.
 */
export function toPageSpelling(words: readonly string[], lexicon: PreparedLexicon): string[] {
  const out: string[] = [];
  let index = 0;
  while (index < words.length) {
    let matched = false;
    for (let span = Math.min(lexicon.longestSpan + 2, words.length - index); span >= 1; span -= 1) {
      const spelling = lexicon.canonical.get(formKey(words.slice(index, index + span).join('')));
      if (spelling === undefined) continue;
      out.push(...spelling.split(/\s+/));
      index += span;
      matched = true;
      break;
    }
    if (!matched) {
      out.push(words[index]!);
      index += 1;
    }
  }
  return out;
}

/**
 * The parts of a file name, path or joined word (docker-compose.override.yml → docker, compose,
 * override, yml). Pagefind indexes each part of such a word as well as the whole, so a name a
 * page writes differently (compose.override.yaml) still shares most of its parts.
 */
export function nameParts(word: string): string[] {
  if (!/^[A-Za-z0-9]+([._/-]+[A-Za-z0-9]+)+$/.test(word.replace(/^[/.]+/, ''))) return [word];
  return word.split(/[._/-]+/).filter(Boolean);
}

/** A word typed only in unassembled jamo (ㅋㅋㅋ, ㅁㄴㅇㄹ): no page is written that way. */
const JAMO_ONLY = /^[\u3131-\u318e]+$/;

/**
 * Clauses of a pasted message (split at , : ;), so a name of the reader's own cannot sink it;
 * then both halves of each long clause, since a message often gains or loses a word at one end
 * between versions (Got permission denied … / permission denied …).
 */
export function errorClauses(message: string): string[][] {
  const clauses = message
    .split(/[,;]|:\s/)
    .map((clause) => clause.trim().split(/\s+/).filter(Boolean))
    .filter((words) => words.length >= 3);
  const halves = clauses
    .filter((words) => words.length >= 6)
    .flatMap((words) => {
      const middle = Math.ceil(words.length / 2);
      return [words.slice(0, middle), words.slice(middle)];
    });
  return [...clauses, ...halves];
}

function cleanWord(word: string): string {
  return word.replace(/^[("'“‘]+|[)"'”’?!.,]+$/g, '');
}

const unique = (lists: readonly (readonly string[])[]) => {
  const seen = new Set<string>();
  return lists.filter((list) => {
    const key = list.join(' ');
    if (list.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/** Words left out one at a time (for up to six words), longest lists first. */
function dropOne(words: readonly string[]): string[][] {
  if (words.length < 2 || words.length > 6) return [];
  return words.map((_, skipped) => words.filter((__, i) => i !== skipped));
}

export function planQuery(raw: string, lexicon: PreparedLexicon): QueryPlan {
  const typed = raw.trim().split(/\s+/).filter(Boolean);
  const installIntent = typed.some((word) => INSTALL_INTENT.test(word));
  const troubleIntent = typed.some((word) => TROUBLE_INTENT.test(word));
  if (looksLikeError(raw)) {
    return {
      variants: [typed],
      fallbacks: unique(errorClauses(raw)),
      installIntent: true,
      troubleIntent: true,
      knownWords: [],
      term: null,
      pasted: true,
    };
  }
  const words = joinNegation(
    typed
      .map(cleanWord)
      .filter((word) => word !== '' && !JAMO_ONLY.test(word))
      .map((word) => stripEnding(word, lexicon))
      .flatMap(splitScripts)
      .filter((word) => !isFiller(word)),
  );
  const split = words.flatMap((word) => splitCompound(word, lexicon.vocabulary));
  const pageSpelling = toPageSpelling(words, lexicon).flatMap((word) =>
    splitCompound(word, lexicon.vocabulary),
  );
  // A file name or path typed whole is searched whole and, in the pages' spelling, by its parts.
  const partWords = words.flatMap(nameParts);
  const parts =
    partWords.length > words.length
      ? toPageSpelling(partWords, lexicon).flatMap((word) =>
          splitCompound(word, lexicon.vocabulary),
        )
      : pageSpelling;
  const variants = unique([split, pageSpelling, parts]);
  const term = lexicon.termByForm.get(formKey(words.join(''))) ?? null;
  const knownWords = parts.filter(
    (word) => lexicon.vocabulary.has(word) || lexicon.canonical.has(formKey(word)),
  );
  return {
    variants,
    fallbacks: unique(dropOne(parts)),
    installIntent,
    troubleIntent,
    knownWords: knownWords.length < parts.length ? knownWords : [],
    term,
    pasted: false,
  };
}
