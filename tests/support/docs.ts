import fs from 'node:fs';
import path from 'node:path';
import {frontMatterOf} from '../../src/lib/chapter-frame';
import {walkFiles} from '../../plugins/shared/html-files';

export const ROOT = path.resolve(__dirname, '../..');
export const DOCS_DIR = path.join(ROOT, 'docs');

/** Pages under docs/ that are not chapters, with the reason; the frame test skips them. */
export const NOT_CHAPTERS: Readonly<Record<string, string>> = {
  'glossary.mdx':
    '용어집: a reference list generated from src/data/glossary, no goals, quiz or sources of its own',
  'command-map.mdx':
    '옛 명령과 새 명령: a reference table from src/data/command-map.ts, each row with its own source',
  'cheat-sheet.mdx': '치트 시트: one printable A4 page of commands, no goals or quiz',
};

export interface DocFile {
  /** Path relative to docs/, e.g. 02-containers/02-namespaces.mdx */
  readonly file: string;
  readonly source: string;
  /** URL path the build gives it, e.g. /docs/containers/namespaces */
  readonly url: string;
}

const stripNumber = (segment: string) => segment.replace(/^\d+-/, '');

/** Every Markdown/MDX page under docs/ with the URL Docusaurus builds for it. */
export function listDocs(): DocFile[] {
  return walkFiles(DOCS_DIR, {keep: (name) => /\.mdx?$/.test(name) && !name.startsWith('_')}).map(
    (full) => {
      const file = path.relative(DOCS_DIR, full);
      const source = fs.readFileSync(full, 'utf8');
      const slug = frontMatterOf(source).slug;
      const parts = file
        .replace(/\.mdx?$/, '')
        .split(path.sep)
        .map(stripNumber);
      if (parts[parts.length - 1] === 'index') parts.pop();
      let url: string;
      if (slug?.startsWith('/')) url = `/docs${slug === '/' ? '' : slug}`;
      else if (slug) url = `/docs/${[...parts.slice(0, -1), slug].join('/')}`;
      else url = `/docs/${parts.join('/')}`;
      return {file, source, url};
    },
  );
}
