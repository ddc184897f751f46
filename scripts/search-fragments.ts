// Pagefind writes each page's fragment (its text, title and headings, read for results and
// excerpts) from the HTML it indexed, which had its Hangul decomposed so that the index splits
// (src/lib/search/korean.ts). The fragments are composed again before they are written, so
// browsers read the pages' own syllables and spend nothing on it.
import {gunzipSync, gzipSync} from 'node:zlib';
import {SIGNATURE} from '../src/lib/search/fragment';
import {composeHangul} from '../src/lib/search/korean';
import {fragmentIdOf} from '../src/lib/search/files';

export interface BundleFile {
  readonly path: string;
  readonly content: Uint8Array;
}

/** One fragment file (gzip of the signature and JSON) with its Hangul composed. */
export function composedFragment(content: Uint8Array): Uint8Array {
  const text = new TextDecoder().decode(gunzipSync(content));
  if (!text.startsWith(SIGNATURE)) throw new Error('not a Pagefind fragment');
  return new Uint8Array(gzipSync(new TextEncoder().encode(composeHangul(text))));
}

/** The bundle with every fragment composed; other files (the index chunks) as they are. */
export function withComposedFragments(files: readonly BundleFile[]): BundleFile[] {
  return files.map((file) =>
    fragmentIdOf(file.path) !== undefined
      ? {path: file.path, content: composedFragment(file.content)}
      : file,
  );
}
