/**
 * Checks a chapter's versions against src/data/versions.ts: the version line may not name an
 * Engine or Compose major older than the data, and a sentence that states a current, latest or
 * minimum version (현재, 최신, 최소, or a version followed by 이상) states one the data holds.
 * Prose writes such versions as `:ver[key]`, which this check does not see as a number.
 * Historical versions (a sentence with a year, such as "2025년 10월의 4.48에서") and image tags in
 * code are not stamps.
 */
import {VERSIONS, majorOf, type VersionKey} from '../../data/versions';

export interface VersionProblem {
  /** 1-based line in the MDX file. */
  readonly line: number;
  readonly message: string;
}

/** How prose names each product, and the number after the name. */
const MENTIONS: readonly (readonly [VersionKey, RegExp])[] = [
  ['engine', /(?:Docker Engine|Engine|Docker|엔진)\s+v?(\d+(?:\.\d+)*)/g],
  ['compose', /(?:Docker Compose|Compose)\s+v?(\d+(?:\.\d+)*)/g],
  ['desktop', /Docker Desktop\s+v?(\d+(?:\.\d+)*)/g],
  ['wsl-min', /WSL\s+(\d+\.\d+(?:\.\d+)*)/g],
  ['windows-min', /Windows\s+(1[01])\b/g],
  ['macos-min', /macOS\s+(\d+)/g],
  ['ubuntu', /Ubuntu\s+(\d+\.\d+)/g],
  ['debian', /Debian\s+(\d+)/g],
  ['fedora', /Fedora\s+(\d+)/g],
  ['node', /Node(?:\.js)?\s+(\d+)/g],
  ['temurin', /(?:Temurin|Java)\s+(\d+)/g],
  ['python', /Python\s+(\d+\.\d+)/g],
  ['nginx', /nginx\s+(\d+\.\d+)/g],
];

const CLAIM = /현재|최신|최소/;
/** A sentence with a year tells history ("2025년 10월의 4.48에서 … 최소가 되었습니다"). */
const DATED = /(?:19|20)\d{2}년|\((?:19|20)\d{2}\)/;

/** `29` matches 29.7.2, `29.7` matches 29.7.2, `29.8` does not. */
function inData(key: VersionKey, stated: string): boolean {
  return VERSIONS[key].versions.some(
    (version) => version === stated || version.startsWith(`${stated}.`),
  );
}

/** The prose of an MDX file, line by line: code, imports, JSX-only lines and link targets blanked. */
function proseLines(source: string): string[] {
  let inFence = false;
  let inFrontMatter = source.startsWith('---\n');
  return source.split('\n').map((line, index) => {
    if (inFrontMatter) {
      if (index > 0 && line === '---') inFrontMatter = false;
      return '';
    }
    if (/^\s*(`{3,}|~{3,})/.test(line)) {
      inFence = !inFence;
      return '';
    }
    if (inFence || /^(import|export)\s/.test(line) || /version-line/.test(line)) return '';
    return line
      .replace(/`[^`]*`/g, '')
      .replace(/\]\([^)]*\)/g, ']')
      .replace(/https?:\/\/\S+/g, '');
  });
}

/** Sentences of a line: a claim word covers only its own sentence. */
const sentences = (line: string): string[] => line.split(/(?<=[.!?])\s+|(?<=다\.)/);

export function checkVersionProse(source: string): VersionProblem[] {
  const problems: VersionProblem[] = [];
  proseLines(source).forEach((line, index) => {
    for (const sentence of sentences(line)) {
      if (DATED.test(sentence)) continue;
      const claims = CLAIM.test(sentence);
      for (const [key, pattern] of MENTIONS) {
        for (const match of sentence.matchAll(pattern)) {
          const stated = match[1]!;
          const after = sentence.slice(match.index + match[0].length);
          if (!claims && !/^\s*이상/.test(after)) continue;
          if (inData(key, stated)) continue;
          problems.push({
            line: index + 1,
            message: `"${match[0]}" is stated as current or minimum but src/data/versions.ts has ${VERSIONS[key].product} ${VERSIONS[key].versions.join(', ')}; write :ver[${key}] or correct the data`,
          });
        }
      }
    }
  });
  return problems;
}

/** The chapter's version line names no Engine or Compose major older than the data. */
export function checkVersionLine(source: string): VersionProblem[] {
  const lines = source.split('\n');
  const index = lines.findIndex((line) => line.includes('className="version-line"'));
  if (index < 0) return [];
  const stamp = lines[index]!;
  const problems: VersionProblem[] = [];
  for (const [key, pattern] of [
    ['engine', /Docker Engine\s+v?(\d+)/g],
    ['compose', /Compose\s+v?(\d+)/g],
  ] as const) {
    for (const match of stamp.matchAll(pattern)) {
      if (Number(match[1]) < majorOf(key)) {
        problems.push({
          line: index + 1,
          message: `version line names ${match[0]}, older than ${VERSIONS[key].product} ${majorOf(key)} in src/data/versions.ts: check the chapter against it and update the line`,
        });
      }
    }
  }
  return problems;
}
