import {describe, expect, it} from 'vitest';
import {formatKoreanDate} from './date';

describe('formatKoreanDate', () => {
  it('writes the medium and the long Korean date', () => {
    expect(formatKoreanDate('2026-12-04T10:00:00.000Z', 'medium')).toMatch(/^2026\. 12\. 4\.$/);
    expect(formatKoreanDate('2026-12-04T10:00:00.000Z', 'long')).toBe('2026년 12월 4일');
  });
});
