import {describe, expect, it} from 'vitest';
import {newSession} from './layered';
import {prefetchPages, type Scheduler} from './prefetch';

const page = (id: string) => ({url: `/docs/${id}`, excerpt: '', meta: {title: id}, content: id});

describe('loading the other pages when idle', () => {
  it('loads each page the session lacks, one per idle slot, and skips a failure', async () => {
    const session = newSession();
    await session.pages.set('b', Promise.resolve({} as never)).get('b');
    const loads: string[] = [];
    let slots = 0;
    const whenIdle: Scheduler = (task) => {
      slots += 1;
      setTimeout(task, 0);
    };
    await prefetchPages(
      session,
      ['a', 'b', 'c', 'd'],
      async (id) => {
        loads.push(id);
        if (id === 'c') throw new Error('offline');
        return page(id);
      },
      whenIdle,
    );
    expect(loads).toEqual(['a', 'c', 'd']);
    expect(slots).toBe(4); // one slot per load, and one to find nothing is left
    expect((await session.pages.get('d'))?.text.title).toBe('d');
    expect(session.pages.has('c')).toBe(false); // a query that shows it loads it again
  });
});
