/** Reads every chapter of docs/ into its replay script (Node only: used by the test and script). */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {relativePosix, walkFiles} from '../../../plugins/shared/html-files';
import {extractBlocks, type SourceBlock} from './extract';
import {chapterScript, type ChapterScript} from './script';

export interface Chapter {
  /** Docusaurus doc id: the path below docs/ without number prefixes and extension. */
  readonly id: string;
  readonly file: string;
  /** Its code blocks, as extracted: for checks that read more than the replayed lines. */
  readonly blocks: readonly SourceBlock[];
  readonly script: ChapterScript;
}

export function docId(relativeFile: string): string {
  return relativeFile
    .replace(/\.mdx?$/, '')
    .split('/')
    .map((part) => part.replace(/^\d+-/, ''))
    .join('/');
}

/** Every chapter under `root`/docs, in file order (which is the course order). */
export function loadChapters(root: string): Chapter[] {
  const docs = path.join(root, 'docs');
  const readRaw = (imported: string): string =>
    readFileSync(path.join(root, imported.replace(/^@site\//, '')), 'utf8');
  return walkFiles(docs, {keep: (name) => /\.mdx?$/.test(name)}).map((file) => {
    const relative = relativePosix(docs, file);
    const blocks = extractBlocks(readFileSync(file, 'utf8'), (p) =>
      p.startsWith('@site/')
        ? readRaw(p)
        : readFileSync(path.resolve(path.dirname(file), p), 'utf8'),
    );
    return {id: docId(relative), file: `docs/${relative}`, blocks, script: chapterScript(blocks)};
  });
}
