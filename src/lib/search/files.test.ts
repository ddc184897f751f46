import {describe, expect, it} from 'vitest';
import {fragmentFile, fragmentIdOf} from './files';

describe('search bundle file names', () => {
  it("reads a fragment's result id back from its path", () => {
    expect(fragmentFile('ko_2a9f')).toBe('fragment/ko_2a9f.pf_fragment');
    expect(fragmentIdOf(fragmentFile('ko_2a9f'))).toBe('ko_2a9f');
  });

  it('gives no id for the bundle’s other files', () => {
    for (const path of [
      'pagefind.js',
      'ko-lexicon.json',
      'index/ko_1.pf_index',
      'fragment/a/b.pf_fragment',
    ])
      expect(fragmentIdOf(path)).toBeUndefined();
  });
});
