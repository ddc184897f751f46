/**
 * Measures how long the course's prose is: Hangul syllables (U+AC00–U+D7A3) a reader reads
 * in an MDX chapter, split into the main path and the collapsible 심화 blocks (<details>).
 *
 * Counted as prose: paragraphs, headings, lists, tables, admonitions, link text, and the
 * text children of JSX elements (a <figcaption>, a <summary>).
 * Not counted: front matter, fenced code blocks, inline code, import/export lines,
 * JSX tags with their attributes (a caption="…" prop is the component's text, not the
 * page's prose), and `{…}` expressions (heading ids `{/* #id *\/}`, props).
 *
 * Usage: npx tsx scripts/prose-length.mts [file-or-folder …]   (default: docs/01-virtualization)
 */
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export interface ProseLength {
  /** Syllables outside <details> blocks. */
  readonly main: number;
  /** Syllables inside <details> blocks (심화). */
  readonly deep: number;
}

const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]/u;

function stripFrontMatter(source: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(source);
  return match ? source.slice(match[0].length) : source;
}

/** Drops fenced code blocks and top-level import/export lines, keeping line breaks. */
function dropCodeAndModuleLines(text: string): string {
  const kept: string[] = [];
  let fence: string | null = null;
  for (const line of text.split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== null) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      kept.push('');
      continue;
    }
    if (marker) {
      fence = marker;
      kept.push('');
      continue;
    }
    kept.push(/^(import|export)\s/.test(line) ? '' : line);
  }
  return kept.join('\n');
}

/** Index just past the `{…}` expression that starts at `start` (strings and nesting aware). */
function skipExpression(text: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < text.length) {
    const char = text[i];
    if (char === '"' || char === "'" || char === '`') {
      const close = text.indexOf(char, i + 1);
      i = close === -1 ? text.length : close + 1;
      continue;
    }
    if (char === '{') depth += 1;
    if (char === '}') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
    i += 1;
  }
  return text.length;
}

/** Index just past the JSX tag that starts at `start` (`<`), attributes included. */
function skipTag(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const char = text[i];
    if (char === '"' || char === "'") {
      const close = text.indexOf(char, i + 1);
      i = close === -1 ? text.length : close + 1;
      continue;
    }
    if (char === '{') {
      i = skipExpression(text, i);
      continue;
    }
    if (char === '>') return i + 1;
    i += 1;
  }
  return text.length;
}

/** Counts the prose syllables of one MDX source, split by whether they sit inside <details>. */
export function measureProse(source: string): ProseLength {
  const text = dropCodeAndModuleLines(stripFrontMatter(source));
  let main = 0;
  let deep = 0;
  let detailsDepth = 0;
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (char === '`') {
      const run = /^`+/.exec(text.slice(i))?.[0] ?? '`';
      const close = text.indexOf(run, i + run.length);
      i = close === -1 ? i + run.length : close + run.length;
      continue;
    }
    if (char === '{') {
      i = skipExpression(text, i);
      continue;
    }
    if (char === '<' && /[A-Za-z/>]/.test(text[i + 1] ?? '')) {
      const end = skipTag(text, i);
      const tag = text.slice(i, end);
      if (/^<details\b/i.test(tag) && !tag.endsWith('/>')) detailsDepth += 1;
      else if (/^<\/details\s*>/i.test(tag)) detailsDepth = Math.max(0, detailsDepth - 1);
      i = end;
      continue;
    }
    if (HANGUL_SYLLABLE.test(char)) {
      if (detailsDepth > 0) deep += 1;
      else main += 1;
    }
    i += 1;
  }
  return {main, deep};
}

export interface FileLength extends ProseLength {
  /** Path as given or found, relative to the working directory. */
  readonly file: string;
}

/** The .mdx files a command-line argument names (a file, or a folder searched recursively). */
export function mdxFilesIn(target: string): string[] {
  if (fs.statSync(target).isFile()) return [target];
  return fs
    .readdirSync(target, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** A Markdown table of the files and, per folder (part), their sums. */
export function formatTable(rows: readonly FileLength[]): string {
  const lines = [
    '| 파일 | 본문(main path) | 심화(<details>) | 합계 |',
    '|---|---:|---:|---:|',
    ...rows.map((row) => `| ${row.file} | ${row.main} | ${row.deep} | ${row.main + row.deep} |`),
  ];
  const parts = new Map<string, {main: number; deep: number}>();
  for (const row of rows) {
    const part = path.dirname(row.file);
    const sum = parts.get(part) ?? {main: 0, deep: 0};
    parts.set(part, {main: sum.main + row.main, deep: sum.deep + row.deep});
  }
  for (const [part, sum] of parts) {
    lines.push(
      `| **${part}/ 합계** | **${sum.main}** | **${sum.deep}** | **${sum.main + sum.deep}** |`,
    );
  }
  return lines.join('\n');
}

function main(argv: readonly string[]): void {
  const targets = argv.length > 0 ? argv : ['docs/01-virtualization'];
  const rows = targets.flatMap(mdxFilesIn).map((file): FileLength => ({
    file,
    ...measureProse(fs.readFileSync(file, 'utf8')),
  }));
  console.log(formatTable(rows));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2));
}
