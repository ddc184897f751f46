import {describe, expect, it} from 'vitest';
import {formatSize, splitCode} from './format';

describe('formatSize', () => {
  it('gives bytes below 1 KiB and KiB with one decimal above', () => {
    expect(formatSize(0)).toBe('0바이트');
    expect(formatSize(1023)).toBe('1023바이트');
    expect(formatSize(1024)).toBe('1.0 KiB');
    expect(formatSize(4813)).toBe('4.7 KiB');
  });

  it('refuses what is not a size', () => {
    expect(() => formatSize(-1)).toThrow(/not a size/);
    expect(() => formatSize(1.5)).toThrow(/not a size/);
  });
});

describe('splitCode', () => {
  it('puts code at the odd positions', () => {
    expect(splitCode('a `b` c')).toEqual(['a ', 'b', ' c']);
    expect(splitCode('plain')).toEqual(['plain']);
  });
});
