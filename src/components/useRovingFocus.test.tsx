import {useState, type ReactNode} from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import {useRovingFocus, type RovingFocusOptions} from './useRovingFocus';

afterEach(cleanup);

const ITEMS = ['a', 'b', 'c'];

function Group(props: Omit<RovingFocusOptions, 'count' | 'activeIndex' | 'onActivate'>): ReactNode {
  const [active, setActive] = useState(0);
  const {getItemProps} = useRovingFocus<HTMLButtonElement>({
    ...props,
    count: ITEMS.length,
    activeIndex: active,
    onActivate: (index, element) => {
      expect(element?.textContent).toBe(ITEMS[index]);
      setActive(index);
    },
  });
  return (
    <div>
      {ITEMS.map((item, index) => (
        <button key={item} {...getItemProps(index)} type="button" aria-pressed={index === active}>
          {item}
        </button>
      ))}
    </div>
  );
}

const pressed = () => screen.getByRole('button', {pressed: true}).textContent;
const focused = () => document.activeElement?.textContent;
const press = (key: string) => fireEvent.keyDown(document.activeElement!, {key});

describe('useRovingFocus', () => {
  it('activates as focus moves by default, wrapping, with one tab stop that follows', () => {
    render(<Group />);
    screen.getByRole('button', {name: 'a'}).focus();
    press('ArrowLeft');
    expect([focused(), pressed()]).toEqual(['c', 'c']);
    expect(screen.getAllByRole('button').map((b) => b.tabIndex)).toEqual([-1, -1, 0]);
    press('ArrowRight');
    expect([focused(), pressed()]).toEqual(['a', 'a']);
  });

  it('in manual mode moves only the focus; Enter and Space activate', () => {
    render(<Group activation="manual" />);
    screen.getByRole('button', {name: 'a'}).focus();
    press('End');
    expect([focused(), pressed()]).toEqual(['c', 'a']);
    press('Enter');
    expect(pressed()).toBe('c');
    press('Home');
    press(' ');
    expect(pressed()).toBe('a');
  });

  it('stops at the ends without wrap, and honours the orientation', () => {
    render(<Group orientation="vertical" wrap={false} />);
    screen.getByRole('button', {name: 'a'}).focus();
    press('ArrowUp');
    expect(focused()).toBe('a');
    press('ArrowRight');
    expect(focused()).toBe('a');
    press('ArrowDown');
    press('ArrowDown');
    press('ArrowDown');
    expect([focused(), pressed()]).toEqual(['c', 'c']);
  });

  it('leaves every item tabbable when roving is off', () => {
    render(<Group roving={false} />);
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('tabindex'))).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('leaves other keys to the page', () => {
    render(<Group />);
    const first = screen.getByRole('button', {name: 'a'});
    first.focus();
    expect(fireEvent.keyDown(first, {key: 'a'})).toBe(true);
    expect(fireEvent.keyDown(first, {key: 'ArrowRight'})).toBe(false);
  });

  it('leaves arrows with Alt, Ctrl or ⌘ to the browser (Alt+Left goes back)', () => {
    render(<Group />);
    const first = screen.getByRole('button', {name: 'a'});
    first.focus();
    for (const modifier of ['altKey', 'ctrlKey', 'metaKey']) {
      expect(fireEvent.keyDown(first, {key: 'ArrowLeft', [modifier]: true}), modifier).toBe(true);
      expect(document.activeElement).toBe(first);
    }
  });
});
