import {describe, expect, it} from 'vitest';
import {rovingTargetIndex} from './roving-focus';

describe('rovingTargetIndex', () => {
  const tabs = {orientation: 'horizontal', wrap: true} as const;
  const list = {orientation: 'vertical', wrap: false} as const;
  const row = {orientation: 'both', wrap: true} as const;

  it('moves one item with the arrows of its orientation', () => {
    expect(rovingTargetIndex('ArrowRight', 1, 4, tabs)).toBe(2);
    expect(rovingTargetIndex('ArrowLeft', 1, 4, tabs)).toBe(0);
    expect(rovingTargetIndex('ArrowDown', 1, 4, list)).toBe(2);
    expect(rovingTargetIndex('ArrowUp', 1, 4, list)).toBe(0);
    expect(rovingTargetIndex('ArrowDown', 1, 4, row)).toBe(2);
    expect(rovingTargetIndex('ArrowUp', 1, 4, row)).toBe(0);
  });

  it('ignores the arrows of the other orientation, so a vertical list leaves Left/Right alone', () => {
    expect(rovingTargetIndex('ArrowDown', 1, 4, tabs)).toBeNull();
    expect(rovingTargetIndex('ArrowUp', 1, 4, tabs)).toBeNull();
    expect(rovingTargetIndex('ArrowRight', 1, 4, list)).toBeNull();
    expect(rovingTargetIndex('ArrowLeft', 1, 4, list)).toBeNull();
  });

  it('goes to the first and last item with Home and End', () => {
    expect(rovingTargetIndex('Home', 2, 4, tabs)).toBe(0);
    expect(rovingTargetIndex('End', 0, 4, list)).toBe(3);
  });

  it('wraps around the ends when asked, and stops there otherwise', () => {
    expect(rovingTargetIndex('ArrowRight', 3, 4, tabs)).toBe(0);
    expect(rovingTargetIndex('ArrowLeft', 0, 4, tabs)).toBe(3);
    expect(rovingTargetIndex('ArrowDown', 3, 4, list)).toBe(3);
    expect(rovingTargetIndex('ArrowUp', 0, 4, list)).toBe(0);
  });

  it('returns null for other keys and for an empty group', () => {
    expect(rovingTargetIndex('a', 1, 4, row)).toBeNull();
    expect(rovingTargetIndex('Enter', 1, 4, row)).toBeNull();
    expect(rovingTargetIndex('Home', 0, 0, row)).toBeNull();
    expect(rovingTargetIndex('ArrowRight', 0, 0, row)).toBeNull();
  });
});
