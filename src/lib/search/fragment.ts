// A page's fragment (its text, title and headings) read from Pagefind's bundle on the main
// thread. Pagefind's own data() builds an excerpt and the sub-results for every heading with a
// match, splitting the whole text once per section, in its worker, and copies the result back;
// the layer needs only the text, once per page (about 70 ms a page against a few ms this way,
// measured on the shared machine). The layout is Pagefind 1.5.2's (coupled_search.ts
// _loadFragment): files.ts fragmentFile, gzip of "pagefind_dcd" and the JSON.
import {fragmentFile, PAGEFIND_SCRIPT} from './files';
import type {PagefindAnchor, PagefindResultData} from './results';

/** What an unpacked Pagefind fragment starts with, before its JSON. */
export const SIGNATURE = 'pagefind_dcd';

function signed(bytes: Uint8Array): boolean {
  return new TextDecoder().decode(bytes.subarray(0, SIGNATURE.length)) === SIGNATURE;
}

async function gunzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

interface Fragment {
  readonly url: string;
  readonly content: string;
  readonly meta?: {readonly title?: string};
  readonly anchors?: readonly PagefindAnchor[];
}

/** The fragment's bytes as served (gzip, or already unpacked by the server) → the page's data. */
export async function decodeFragment(bytes: Uint8Array<ArrayBuffer>): Promise<PagefindResultData> {
  const unpacked = signed(bytes) ? bytes : await gunzip(bytes);
  if (!signed(unpacked)) throw new Error('not a Pagefind fragment');
  const fragment = JSON.parse(
    new TextDecoder().decode(unpacked.subarray(SIGNATURE.length)),
  ) as Fragment;
  return {
    // Pagefind's fullUrl: the page URL under the site's base, without doubled slashes.
    url: `/${fragment.url}`.replace(/\/+/g, '/'),
    excerpt: '',
    meta: fragment.meta ?? {},
    content: fragment.content,
    anchors: fragment.anchors ?? [],
  };
}

/** Loads one result's page from the bundle whose pagefind.js is at `pagefindUrl`. */
export async function fetchFragment(pagefindUrl: string, id: string): Promise<PagefindResultData> {
  if (!pagefindUrl.endsWith(PAGEFIND_SCRIPT))
    throw new Error(`not Pagefind's script: ${pagefindUrl}`);
  const url = pagefindUrl.slice(0, -PAGEFIND_SCRIPT.length) + fragmentFile(id);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return decodeFragment(new Uint8Array(await response.arrayBuffer()));
}
