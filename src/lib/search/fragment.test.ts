import {gzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {decodeFragment} from './fragment';
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
});
