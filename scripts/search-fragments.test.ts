import {gunzipSync, gzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {decomposeHangul} from '../src/lib/search/korean';
import {decodeFragment} from '../src/lib/search/fragment';
import {composedFragment, withComposedFragments} from './search-fragments';

const fragment = {
  url: '/docs/containers/namespaces',
  content: '네임스페이스(namespace)는 프로세스가 보는 것을 나눕니다. café',
  meta: {title: '네임스페이스'},
  anchors: [{element: 'h2', id: '네임스페이스란', text: '네임스페이스란', location: 0}],
};
const asIndexed = (value: unknown) =>
  gzipSync(new TextEncoder().encode(`pagefind_dcd${decomposeHangul(JSON.stringify(value))}`));

describe('fragments composed before they are written', () => {
  it('gives back the text, title and anchors as the page writes them', async () => {
    const written = composedFragment(new Uint8Array(asIndexed(fragment)));
    const data = await decodeFragment(new Uint8Array(written));
    expect(data.content).toBe(fragment.content);
    expect(data.meta.title).toBe('네임스페이스');
    expect(data.anchors).toEqual(fragment.anchors);
    expect(new TextDecoder().decode(gunzipSync(written))).not.toMatch(/[\u1100-\u11ff]/);
  });

  it('leaves the index chunks alone and refuses a file that is not a fragment', () => {
    const chunk = {path: 'index/ko_1.pf_index', content: new Uint8Array(asIndexed({w: '도커'}))};
    const [kept, composed] = withComposedFragments([
      chunk,
      {path: 'fragment/ko_2.pf_fragment', content: new Uint8Array(asIndexed(fragment))},
    ]);
    expect(kept).toBe(chunk);
    expect(new TextDecoder().decode(gunzipSync(composed!.content))).toContain('네임스페이스');
    expect(() => composedFragment(new Uint8Array(gzipSync('<html>')))).toThrow(/not a Pagefind/);
  });
});
