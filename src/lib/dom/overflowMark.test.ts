import {describe, expect, it} from 'vitest';
import {createOverflowMarker, OVERFLOW_ATTRIBUTE} from './overflowMark';

type Entries = ReadonlyArray<{readonly target: Element}>;

/** A ResizeObserver the test fires by hand. */
class FakeObserver {
  static last: FakeObserver;
  readonly observed = new Set<Element>();
  constructor(readonly callback: (entries: Entries) => void) {
    FakeObserver.last = this;
  }
  observe(target: Element): void {
    this.observed.add(target);
  }
  unobserve(target: Element): void {
    this.observed.delete(target);
  }
  fire(): void {
    this.callback([...this.observed].map((target) => ({target})));
  }
}

/** A block: its scroller's widths, and a log of every width read and mark written. */
function block(name: string, scrollWidth: number, clientWidth: number, log: string[]) {
  const marked = {
    attributes: new Set<string>(),
    toggleAttribute(attribute: string, force: boolean) {
      log.push(`write ${name}`);
      if (force) this.attributes.add(attribute);
      else this.attributes.delete(attribute);
      return force;
    },
  };
  const scroller = {
    get scrollWidth() {
      log.push(`read ${name}`);
      return scrollWidth;
    },
    clientWidth,
  };
  return {marked, scroller};
}

const asElement = (value: object) => value as unknown as HTMLElement;

describe('createOverflowMarker', () => {
  it('marks the blocks whose content is wider than their box, with one observer for all', () => {
    const log: string[] = [];
    const mark = createOverflowMarker(FakeObserver);
    const wide = block('wide', 900, 360, log);
    const narrow = block('narrow', 300, 360, log);
    mark(asElement(wide.scroller), asElement(wide.marked));
    mark(asElement(narrow.scroller), asElement(narrow.marked));
    expect(FakeObserver.last.observed.size).toBe(2);
    FakeObserver.last.fire();
    expect(wide.marked.attributes.has(OVERFLOW_ATTRIBUTE)).toBe(true);
    expect(narrow.marked.attributes.has(OVERFLOW_ATTRIBUTE)).toBe(false);
  });

  it('reads every width before it writes a mark, so the page is laid out once', () => {
    const log: string[] = [];
    const mark = createOverflowMarker(FakeObserver);
    for (const name of ['a', 'b', 'c']) {
      const {marked, scroller} = block(name, 900, 360, log);
      mark(asElement(scroller), asElement(marked));
    }
    FakeObserver.last.fire();
    expect(log).toEqual(['read a', 'read b', 'read c', 'write a', 'write b', 'write c']);
  });

  it('stops watching a block that is gone', () => {
    const log: string[] = [];
    const mark = createOverflowMarker(FakeObserver);
    const wide = block('wide', 900, 360, log);
    const stop = mark(asElement(wide.scroller), asElement(wide.marked));
    stop();
    expect(FakeObserver.last.observed.size).toBe(0);
    FakeObserver.last.callback([{target: asElement(wide.scroller)}]);
    expect(log).toEqual([]);
  });
});
