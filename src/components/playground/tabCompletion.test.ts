import {describe, expect, it} from 'vitest';
import {applyCompletion, commonPrefix} from './tabCompletion';

describe('completion', () => {
  it('completes the word under the cursor', () => {
    expect(applyCompletion('docker ru', 9, ['run', 'rm'])).toEqual({
      value: 'docker run ',
      cursor: 11,
      listed: [],
    });
    expect(applyCompletion('docker r', 8, ['run', 'rm', 'rmi'])).toEqual({
      value: 'docker r',
      cursor: 8,
      listed: ['rm', 'rmi', 'run'],
    });
    expect(applyCompletion('docker im', 9, ['image', 'images'])).toEqual({
      value: 'docker image',
      cursor: 12,
      listed: [],
    });
    expect(applyCompletion('x', 1, [])).toEqual({value: 'x', cursor: 1, listed: []});
  });

  it('accepts whole-line candidates', () => {
    expect(applyCompletion('docker run ngi', 14, ['docker run nginx'])).toMatchObject({
      value: 'docker run nginx ',
    });
  });

  it('finds common prefixes', () => {
    expect(commonPrefix(['stop', 'start', 'stats'])).toBe('st');
    expect(commonPrefix([])).toBe('');
  });
});
