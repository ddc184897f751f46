import {describe, expect, it} from 'vitest';
import {composeHangul, decomposeHangul, hasConjoiningJamo, isHangulSyllable} from './korean';

const page =
  '<h2 id="도커-설치">도커 설치</h2><p>컨테이너(container)는 café·naïve와 달리 ' +
  '한글 낱자 ㄱ, ㅏ를 그대로 둡니다. 똠방각하 읽기 쀍</p>';

describe('Hangul as Pagefind indexes it', () => {
  it('writes every syllable as conjoining jamo and nothing else differently', () => {
    const decomposed = decomposeHangul(page);
    expect([...decomposed].some(isHangulSyllable)).toBe(false);
    expect(decomposeHangul('도커')).toBe('\u1103\u1169\u110f\u1165');
    // Latin letters with accents and compatibility jamo (ㄱ, ㅏ) stay as they are.
    expect(decomposed).toContain('café·naïve');
    expect(decomposed).toContain('ㄱ, ㅏ');
    expect(decomposed.replace(/[\u1100-\u11ff]/g, '')).toBe(page.replace(/[\uac00-\ud7a3]/g, ''));
  });

  it('gives the page back exactly when composed again', () => {
    expect(composeHangul(decomposeHangul(page))).toBe(page);
    // All 11 172 syllables, with and without a final consonant.
    const all = Array.from({length: 0xd7a3 - 0xac00 + 1}, (_, i) =>
      String.fromCharCode(0xac00 + i),
    ).join('');
    expect(composeHangul(decomposeHangul(all))).toBe(all);
  });

  it('knows a text whose jamo composing would change', () => {
    expect(hasConjoiningJamo(page)).toBe(false);
    expect(hasConjoiningJamo(decomposeHangul(page))).toBe(true);
  });
});
