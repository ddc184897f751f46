// Builds the Pagefind index of a built site: `tsx scripts/search-index.mts <outDir> <baseUrl>`.
// Run by the post-build pipeline (Pagefind's Node API is ESM-only; the config loader is not).
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import {glossary} from '../src/data/glossary';
import {
  headingsOf,
  htmlForIndex,
  searchTermsFor,
  unspacedForms,
} from '../src/lib/search/index-text';
import {decomposeHangul, hasConjoiningJamo} from '../src/lib/search/korean';
import type {SearchLexicon} from '../src/lib/search/lexicon';
import {decodeFragment} from '../src/lib/search/fragment';
import {
  fragmentIdOf,
  LEXICON_FILE,
  SEARCH_BUNDLE_DIR,
  wordShardFile,
} from '../src/lib/search/files';
import {siteIndexOf, splitWords} from '../src/lib/search/site-index';
import {htmlFiles, relativePosix, urlPathOf} from '../plugins/shared/html-files';
import {withComposedFragments} from './search-fragments';
import {writeBundle} from './written-files';

const [outDir = 'build', baseUrl = '/'] = process.argv.slice(2);

/** Shards of the site's word list: a two-word query loads two or three, of 3–9 KiB (gzip) each. */
const WORD_SHARDS = 16;

async function main(): Promise<void> {
  const {index, errors} = await pagefind.createIndex({forceLanguage: 'ko'});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let pages = 0;
  const headings = new Set<string>();
  for (const file of htmlFiles(outDir, {skipFolders: ['pagefind']})) {
    const html = fs.readFileSync(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const relative = relativePosix(outDir, file);
    const url = urlPathOf(outDir, file, baseUrl);
    const pageHeadings = headingsOf(html);
    for (const heading of pageHeadings) headings.add(heading);
    const glossaryWords = searchTermsFor(`/${relative}`, glossary);
    const terms = [...glossaryWords, ...unspacedForms([...glossaryWords, ...pageHeadings])];
    // Composing what Pagefind gives back must restore the page exactly (src/lib/search/korean.ts).
    if (hasConjoiningJamo(html)) throw new Error(`${relative}: conjoining jamo (U+1100–U+11FF)`);
    const content = decomposeHangul(htmlForIndex(html, terms));
    const added = await index.addHTMLFile({url, content});
    if (added.errors.length > 0) throw new Error(`${relative}: ${added.errors.join('; ')}`);
    pages += 1;
  }
  const outputPath = path.join(outDir, SEARCH_BUNDLE_DIR);
  // The files in memory, written here: Pagefind's writeFiles left truncated files on busy machines.
  const files = await index.getFiles();
  if (files.errors.length > 0) throw new Error(files.errors.join('; '));
  const bundleFiles = withComposedFragments(files.files);
  await pagefind.close();
  // Every word the pages hold, in shards a query loads only as its words need them: the whole
  // list was 71 of the lexicon's 99 KiB (gzip), downloaded and decoded before a first search.
  const words = splitWords(
    siteIndexOf(
      await Promise.all(
        bundleFiles.flatMap((file) => {
          const id = fragmentIdOf(file.path);
          if (id === undefined) return [];
          return [decodeFragment(new Uint8Array(file.content)).then((data) => ({id, data}))];
        }),
      ),
    ),
    WORD_SHARDS,
  );
  // The query layer's words (src/lib/search/lexicon.ts), loaded with pagefind.js.
  const lexicon: SearchLexicon = {
    terms: glossary.map(({id, ko, en, aliases, chapter, definition}) => ({
      id,
      ko,
      en,
      aliases: aliases ?? [],
      chapter,
      definition,
    })),
    headings: [...headings].sort(),
    // Every page's outline under its result id (fragment/<id>.pf_fragment); the words apart.
    site: words.site,
  };
  const lexiconFile = {
    path: LEXICON_FILE,
    content: new TextEncoder().encode(JSON.stringify(lexicon)),
  };
  const shardFiles = words.shards.map((text, shard) => ({
    path: wordShardFile(shard),
    content: new TextEncoder().encode(text),
  }));
  writeBundle(outputPath, [...bundleFiles, lexiconFile, ...shardFiles]);
  console.log(`Indexed ${pages} pages`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
