// Hangul helpers for the query layer: which characters are Hangul, and an edit distance over
// jamo (letters), so 네임스패이스 is one letter from 네임스페이스, not one whole syllable.

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const MEDIALS = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ';
const FINALS = ['', ...'ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ'];

/**
 * Each Hangul syllable written as its conjoining jamo (Unicode NFD), the form the site gives
 * Pagefind to index. Pagefind 1.5.2 indexes every non-ASCII word under its NFD form and keeps
 * the word as written only as a "diacritic variant", whose positions its index splitter does not
 * count (`chunk_index` in pagefind/src/index/mod.rs sums `pages`, which stays empty for such a
 * word): a Korean site's Hangul words all fell into one chunk (1 MB, 376 KiB gzip here) that every
 * Korean query downloaded and unpacked (Pagefind#1211). Indexed already decomposed, a Korean word
 * is its own normal form, its positions are counted, and the Hangul index splits like the rest.
 */
export function decomposeHangul(text: string): string {
  return text.replace(/[\uac00-\ud7a3]+/g, (run) => run.normalize('NFD'));
}

/** The inverse of decomposeHangul: runs of conjoining jamo back to syllables (NFC). */
export function composeHangul(text: string): string {
  return text.replace(/[\u1100-\u11ff]+/g, (run) => run.normalize('NFC'));
}

/** True when a text holds conjoining jamo, which composeHangul would not give back as written. */
export function hasConjoiningJamo(text: string): boolean {
  return /[\u1100-\u11ff]/.test(text);
}

export function isHangulSyllable(char: string): boolean {
  const code = char.charCodeAt(0);
  return code >= SYLLABLE_FIRST && code <= SYLLABLE_LAST;
}

/** True when every character is a Hangul syllable (a word the layer may strip or split). */
export function isHangulWord(word: string): boolean {
  return word.length > 0 && [...word].every(isHangulSyllable);
}

/** The letters of a text: each Hangul syllable becomes its initial, medial and final jamo. */
export function toJamo(text: string): string[] {
  const letters: string[] = [];
  for (const char of text) {
    if (!isHangulSyllable(char)) {
      letters.push(char.toLowerCase());
      continue;
    }
    const index = char.charCodeAt(0) - SYLLABLE_FIRST;
    letters.push(INITIALS[Math.floor(index / 588)]!, MEDIALS[Math.floor((index % 588) / 28)]!);
    const final = FINALS[index % 28]!;
    if (final !== '') letters.push(final);
  }
  return letters;
}

/** Levenshtein distance between two letter sequences. */
export function editDistance(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Edit distance over jamo, spaces ignored. */
export function jamoDistance(a: string, b: string): number {
  return editDistance(toJamo(a.replace(/\s+/g, '')), toJamo(b.replace(/\s+/g, '')));
}
