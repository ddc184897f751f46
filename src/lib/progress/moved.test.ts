import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {MOVED_CHAPTER_IDS, applyMovedIds} from './moved';
import {STORAGE_KEY, createProgressStore, parseProgress, type StorageLike} from '.';

const NOW = new Date('2026-12-03T10:00:00.000Z');

/** Doc ids of the chapters in docs/ (number prefixes dropped, as Docusaurus does). */
function docIds(): Set<string> {
  const root = path.resolve(__dirname, '../../../docs');
  const ids = new Set<string>();
  const walk = (dir: string, prefix: string) => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      const name = entry.name.replace(/^\d+-/, '');
      if (entry.isDirectory()) walk(path.join(dir, entry.name), `${prefix}${name}/`);
      else if (/\.mdx?$/.test(name)) ids.add(prefix + name.replace(/\.mdx?$/, ''));
    }
  };
  walk(root, '');
  return ids;
}

// Saved by the site before Podman moved from part 3 to part 5.
const BEFORE_THE_MOVE = {
  version: 2,
  chapters: {
    'docker-basics/podman': {
      read: '2026-11-20T08:00:00.000Z',
      quiz: {correct: 3, total: 4, at: '2026-11-20T08:05:00.000Z'},
    },
    'containers/namespaces': {read: '2026-11-19T08:00:00.000Z'},
  },
};

describe('moved chapters', () => {
  it('point from ids that no longer exist to chapters that do', () => {
    const ids = docIds();
    for (const [old, current] of Object.entries(MOVED_CHAPTER_IDS)) {
      expect(ids.has(old), `${old} should be gone`).toBe(false);
      expect(ids.has(current), `${current} should exist`).toBe(true);
    }
  });

  it('keep a stored record of a moved chapter under its new id', () => {
    const data = new Map([[STORAGE_KEY, JSON.stringify(BEFORE_THE_MOVE)]]);
    const storage: StorageLike = {
      getItem: (key) => data.get(key) ?? null,
      setItem: (key, value) => void data.set(key, value),
      removeItem: (key) => void data.delete(key),
    };
    const store = createProgressStore({storage: () => storage, now: () => NOW});
    const {chapters} = store.getSnapshot().progress;
    expect(chapters['compose-cluster/podman']).toEqual(
      BEFORE_THE_MOVE.chapters['docker-basics/podman'],
    );
    expect(chapters['docker-basics/podman']).toBeUndefined();
    expect(chapters['containers/namespaces']).toBeDefined();
  });

  it('keep a moved chapter from a file exported before the move (versions 1 and 2)', () => {
    expect(parseProgress(JSON.stringify(BEFORE_THE_MOVE)).chapters).toEqual({
      'compose-cluster/podman': BEFORE_THE_MOVE.chapters['docker-basics/podman'],
      'containers/namespaces': BEFORE_THE_MOVE.chapters['containers/namespaces'],
    });
    const v1 = {
      version: 1,
      read: ['docker-basics/podman'],
      quizzes: {'docker-basics/podman': [2, 4]},
    };
    const migrated = parseProgress(JSON.stringify(v1), () => NOW);
    expect(Object.keys(migrated.chapters)).toEqual(['compose-cluster/podman']);
    expect(migrated.chapters['compose-cluster/podman']?.quiz?.correct).toBe(2);
  });

  it('merge a record under both ids: the earlier read date, the later quiz, every task', () => {
    const merged = applyMovedIds(
      {
        version: 2,
        chapters: {
          old: {
            read: '2026-11-02T00:00:00Z',
            quiz: {correct: 1, total: 4, at: '2026-11-02T00:00:00Z'},
            tasks: ['a'],
          },
          new: {
            read: '2026-11-05T00:00:00Z',
            quiz: {correct: 4, total: 4, at: '2026-11-06T00:00:00Z'},
            tasks: ['b'],
          },
        },
      },
      {old: 'new'},
    );
    expect(merged.chapters).toEqual({
      new: {
        read: '2026-11-02T00:00:00Z',
        quiz: {correct: 4, total: 4, at: '2026-11-06T00:00:00Z'},
        tasks: ['a', 'b'],
      },
    });
  });
});
