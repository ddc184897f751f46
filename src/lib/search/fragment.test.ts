import {gzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {composedData, decodeFragment} from './fragment';
import {decomposeHangul} from './korean';
import {pageTextOf} from './results';

const fragment = {
  url: '/docs/virtualization/hypervisors',
  content: '하이퍼바이저는 <VM>을 실행합니다',
  word_count: 3,
  filters: {},
  meta: {title: '하이퍼바이저'},
  anchors: [{element: 'h2', id: 'what', text: '두 가지 질문', location: 1}],
};
const bytes = new TextEncoder().encode(`pagefind_dcd${JSON.stringify(fragment)}`);

describe('Pagefind fragments read directly', () => {
  it('unpacks a gzip fragment into the data the layer uses', async () => {
    const data = await decodeFragment(new Uint8Array(gzipSync(bytes)));
    expect(data.url).toBe('/docs/virtualization/hypervisors');
    expect(data.meta.title).toBe('하이퍼바이저');
    expect(data.anchors).toEqual(fragment.anchors);
    expect(pageTextOf(data).words).toEqual(['하이퍼바이저는', '&lt;VM&gt;을', '실행합니다']);
  });

  it('reads a fragment a server already unpacked, and refuses anything else', async () => {
    expect((await decodeFragment(bytes)).content).toBe(fragment.content);
    await expect(decodeFragment(new TextEncoder().encode('<html>'))).rejects.toThrow();
  });

  it('gives back the Hangul the index step decomposed: text, title, anchor ids and texts', async () => {
    const indexed = {
      ...fragment,
      anchors: [{element: 'h2', id: '두-가지', text: '두 가지 질문', location: 1}],
    };
    const stored = new TextEncoder().encode(
      `pagefind_dcd${decomposeHangul(JSON.stringify(indexed))}`,
    );
    const data = await decodeFragment(new Uint8Array(gzipSync(stored)));
    expect(data.content).toBe(fragment.content);
    expect(data.meta.title).toBe('하이퍼바이저');
    expect(data.anchors).toEqual(indexed.anchors);
    // Pagefind's own data(), the fallback, gets the same treatment.
    expect(
      composedData({excerpt: decomposeHangul('<mark>도커</mark>'), locations: [1, 2]}),
    ).toEqual({
      excerpt: '<mark>도커</mark>',
      locations: [1, 2],
    });
  });
});
