import {useRef, type KeyboardEvent} from 'react';
import {rovingTargetIndex, type RovingOrientation} from '@site/src/lib/keyboard/roving-focus';

export type {RovingOrientation};

export interface RovingFocusOptions {
  /** Number of items in the group, in DOM order. */
  readonly count: number;
  /** The item that keeps tabIndex 0 (usually the selected one); the others get -1. */
  readonly activeIndex: number;
  /** Arrow keys that move: Left/Right (`horizontal`, default), Up/Down (`vertical`) or all four (`both`). */
  readonly orientation?: RovingOrientation;
  /** Past the last item go to the first and back (default true); otherwise stop at the ends. */
  readonly wrap?: boolean;
  /**
   * `focus` (default): moving the focus also activates the item (automatic tabs, option rows).
   * `manual`: moving only focuses; Enter or Space activates the focused item (tabs whose panels
   * are expensive to switch).
   */
  readonly activation?: 'focus' | 'manual';
  /**
   * Only the active item is in the tab order (default true). `false` leaves every item
   * tabbable and adds only the arrow keys (lists of toggle buttons).
   */
  readonly roving?: boolean;
  /** Called with the item to activate and its element. */
  readonly onActivate?: (index: number, element: HTMLElement | null) => void;
}

export interface RovingItemProps<T extends HTMLElement> {
  readonly ref: (element: T | null) => void;
  readonly tabIndex?: 0 | -1;
  readonly onKeyDown: (event: KeyboardEvent<T>) => void;
}

/**
 * Keyboard for a group of items that behaves as one tab stop (WAI-ARIA "roving tabindex"):
 * tabs, a row of choice buttons, a vertical list. Spread `getItemProps(index)` on each item:
 *
 *   const {getItemProps} = useRovingFocus<HTMLButtonElement>({
 *     count: kinds.length, activeIndex: kinds.indexOf(selected), orientation: 'both',
 *     onActivate: (index) => setSelected(kinds[index]),
 *   });
 *   kinds.map((kind, index) => <button {...getItemProps(index)} onClick={...}>…</button>)
 *
 * The key → index rule is `rovingTargetIndex` in src/lib/keyboard (unit-tested there). The
 * widget keeps its ARIA roles and states (tablist/tab/aria-selected, group/aria-pressed).
 */
export function useRovingFocus<T extends HTMLElement>({
  count,
  activeIndex,
  orientation = 'horizontal',
  wrap = true,
  activation = 'focus',
  roving = true,
  onActivate,
}: RovingFocusOptions): {readonly getItemProps: (index: number) => RovingItemProps<T>} {
  const items = useRef<(T | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent<T>, index: number) => {
    // Alt+Left is the browser's "back", Ctrl/⌘+arrows move by word or page: leave them alone.
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (activation === 'manual' && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      onActivate?.(index, items.current[index] ?? null);
      return;
    }
    const next = rovingTargetIndex(event.key, index, count, {orientation, wrap});
    if (next === null) return;
    event.preventDefault();
    const element = items.current[next] ?? null;
    if (activation === 'focus') onActivate?.(next, element);
    element?.focus();
  };

  const getItemProps = (index: number): RovingItemProps<T> => ({
    ref: (element) => {
      items.current[index] = element;
    },
    ...(roving ? {tabIndex: index === activeIndex ? 0 : -1} : {}),
    onKeyDown: (event) => onKeyDown(event, index),
  });

  return {getItemProps};
}
