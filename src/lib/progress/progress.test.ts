import {describe, expect, it} from 'vitest';
import {courseParts} from '@site/src/data/course';
import {
  CHAPTER_PARTS,
  STORAGE_KEY,
  countFinished,
  createProgressStore,
  isChapterId,
  migrateV1,
  nextChapter,
  outlineFromSidebar,
  parseProgress,
  type StorageLike,
} from '.';

const NOW = new Date('2026-11-23T10:00:00.000Z');
const now = () => NOW;

class MemoryStorage implements StorageLike {
  readonly data = new Map<string, string>();
  quota = Infinity;
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (value.length > this.quota) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

const storeOn = (storage: StorageLike | (() => StorageLike | null)) =>
  createProgressStore({storage: typeof storage === 'function' ? storage : () => storage, now});

describe('parseProgress', () => {
  it('accepts a version 2 file', () => {
    const file = {
      version: 2,
      chapters: {
        'containers/namespaces': {
          read: '2026-11-01T09:00:00.000Z',
          quiz: {correct: 4, total: 5, at: '2026-11-01T09:10:00Z'},
        },
        playground: {tasks: ['first-container']},
      },
    };
    expect(parseProgress(JSON.stringify(file))).toEqual(file);
  });

  it('migrates a version 1 file, dating everything at the migration', () => {
    const v1 = {
      version: 1,
      read: ['containers/namespaces', 'containers/cgroups'],
      quizzes: {'containers/cgroups': [3, 5]},
    };
    expect(parseProgress(JSON.stringify(v1), now)).toEqual({
      version: 2,
      chapters: {
        'containers/namespaces': {read: NOW.toISOString()},
        'containers/cgroups': {
          read: NOW.toISOString(),
          quiz: {correct: 3, total: 5, at: NOW.toISOString()},
        },
      },
    });
    expect(migrateV1({version: 1, read: [], quizzes: {}}, NOW.toISOString())).toEqual({
      version: 2,
      chapters: {},
    });
  });

  it.each([
    ['not JSON', '{"version": 2,', 'JSON 형식이 아닙니다'],
    ['an array', '[]', '최상위 값이 객체가 아닙니다'],
    ['no version', '{"chapters": {}}', 'version 항목'],
    ['a newer version', '{"version": 3, "chapters": {}}', '새로운 형식(버전 3)'],
    ['chapters missing', '{"version": 2}', 'chapters 항목'],
    ['a bad doc id', '{"version": 2, "chapters": {"<script>": {}}}', '문서 id'],
    ['a bad date', '{"version": 2, "chapters": {"a/b": {"read": "yesterday"}}}', '날짜'],
    [
      'more correct than questions',
      '{"version": 2, "chapters": {"a/b": {"quiz": {"correct": 6, "total": 5, "at": "2026-11-01T00:00:00Z"}}}}',
      '퀴즈 점수',
    ],
    ['tasks not a list', '{"version": 2, "chapters": {"a/b": {"tasks": "x"}}}', 'tasks'],
    [
      'a v1 file with a bad quiz',
      '{"version": 1, "read": [], "quizzes": {"a/b": [1]}}',
      '[맞힌 수, 문제 수]',
    ],
  ])('rejects %s with a Korean message', (_name, text, fragment) => {
    expect(() => parseProgress(text)).toThrowError(/^올바른 학습 기록 파일이 아닙니다: /);
    expect(() => parseProgress(text)).toThrowError(fragment);
  });
});

describe('createProgressStore', () => {
  it('marks chapters read, records quizzes and tasks, and persists under dg.progress', () => {
    const storage = new MemoryStorage();
    const store = storeOn(storage);
    let calls = 0;
    store.subscribe(() => calls++);
    store.markRead('containers/namespaces');
    store.markRead('containers/namespaces'); // no change, no event
    store.recordQuiz('containers/namespaces', 4, 5, '0a1b2c3d');
    store.recordQuiz('containers/namespaces', 9, 5, '0a1b2c3d'); // invalid, ignored
    store.recordQuiz('containers/namespaces', 4, 5, 'v2'); // not a quiz version, ignored
    store.markTaskDone('first-container');
    store.markTaskDone('first-container', 'docker-basics/basic-commands');
    expect(calls).toBe(4);
    const saved = JSON.parse(storage.getItem(STORAGE_KEY)!);
    expect(saved).toEqual({
      version: 2,
      chapters: {
        'containers/namespaces': {
          read: NOW.toISOString(),
          quiz: {correct: 4, total: 5, at: NOW.toISOString(), version: '0a1b2c3d'},
        },
        playground: {tasks: ['first-container']},
        'docker-basics/basic-commands': {tasks: ['first-container']},
      },
    });
    expect(storeOn(storage).getSnapshot().progress).toEqual(saved);
    store.unmarkRead('containers/namespaces');
    expect(store.getSnapshot().progress.chapters['containers/namespaces']).toEqual({
      quiz: {correct: 4, total: 5, at: NOW.toISOString(), version: '0a1b2c3d'},
    });
  });

  it('keeps snapshots stable between changes (for useSyncExternalStore)', () => {
    const store = storeOn(new MemoryStorage());
    const first = store.getSnapshot();
    expect(store.getSnapshot()).toBe(first);
    store.markRead('a/b');
    expect(store.getSnapshot()).not.toBe(first);
  });

  it('loads an old version 1 entry from storage', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify({version: 1, read: ['a/b'], quizzes: {}}));
    expect(storeOn(storage).getSnapshot().progress.chapters).toEqual({
      'a/b': {read: NOW.toISOString()},
    });
  });

  it('drops stored fields of the wrong type instead of failing', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: 2,
        chapters: {
          'a/b': {read: 5, quiz: {correct: 9, total: 2, at: 'x'}, tasks: ['t', 3]},
          'c/d': 'x',
        },
      }),
    );
    expect(storeOn(storage).getSnapshot().progress.chapters).toEqual({'a/b': {tasks: ['t']}});
    storage.setItem(
      STORAGE_KEY,
      JSON.stringify({version: 1, read: ['a/b', 7], quizzes: {'a/b': [1, 2], bad: 'x'}}),
    );
    expect(storeOn(storage).getSnapshot().progress.chapters).toEqual({
      'a/b': {read: NOW.toISOString(), quiz: {correct: 1, total: 2, at: NOW.toISOString()}},
    });
  });

  it('ignores a damaged entry instead of failing', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '{nonsense');
    const snapshot = storeOn(storage).getSnapshot();
    expect(snapshot).toEqual({progress: {version: 2, chapters: {}}, persistent: true});
  });

  it('exports and imports round trip; a wrong file changes nothing', async () => {
    const storage = new MemoryStorage();
    const store = storeOn(storage);
    store.markRead('a/b');
    const exported = store.exportJson();
    const other = storeOn(new MemoryStorage());
    expect(await other.importJson(exported)).toEqual({ok: true});
    expect(other.getSnapshot().progress).toEqual(store.getSnapshot().progress);

    const before = storage.getItem(STORAGE_KEY);
    const result = await store.importJson('{"version": 2, "chapters": []}');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toBe(
      '올바른 학습 기록 파일이 아닙니다: chapters 항목이 없거나 객체가 아닙니다.',
    );
    expect(storage.getItem(STORAGE_KEY)).toBe(before);
  });

  it('resets to nothing', () => {
    const storage = new MemoryStorage();
    const store = storeOn(storage);
    store.markRead('a/b');
    store.reset();
    expect(store.getSnapshot().progress.chapters).toEqual({});
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('falls back to memory when storage access throws (blocked, private mode)', () => {
    const store = storeOn(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(store.getSnapshot().persistent).toBe(false);
    store.markRead('a/b');
    expect(store.getSnapshot()).toMatchObject({
      persistent: false,
      progress: {chapters: {'a/b': {read: NOW.toISOString()}}},
    });
  });

  it('falls back to memory when getItem throws', () => {
    const storage = new MemoryStorage();
    storage.getItem = () => {
      throw new Error('blocked');
    };
    expect(storeOn(storage).getSnapshot().persistent).toBe(false);
  });

  it('keeps working in memory when the quota is exceeded', () => {
    const storage = new MemoryStorage();
    const store = storeOn(storage);
    store.markRead('a/b');
    storage.quota = 10;
    store.markRead('c/d');
    const snapshot = store.getSnapshot();
    expect(snapshot.persistent).toBe(false);
    expect(Object.keys(snapshot.progress.chapters)).toEqual(['a/b', 'c/d']);
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).chapters).toEqual({
      'a/b': {read: NOW.toISOString()},
    });
  });

  it('is memory-only without any storage (server)', () => {
    const store = storeOn(() => null);
    expect(store.getSnapshot()).toEqual({progress: {version: 2, chapters: {}}, persistent: false});
  });
});

describe('course outline', () => {
  const sidebar = [
    {type: 'link', href: '/docs/intro', label: '이 과정에 대하여', docId: 'intro'},
    {
      type: 'category',
      label: '2부. 컨테이너의 원리',
      items: [
        {
          type: 'link',
          href: '/docs/containers/namespaces',
          label: '네임스페이스',
          docId: 'containers/namespaces',
        },
        {
          type: 'link',
          href: '/docs/containers/cgroups',
          label: 'cgroups',
          docId: 'containers/cgroups',
        },
      ],
    },
    {
      type: 'category',
      label: '부록',
      items: [{type: 'link', href: '/docs/glossary', label: '용어집', docId: 'glossary'}],
    },
  ];

  it('keeps only chapters, in order', () => {
    expect(outlineFromSidebar(sidebar)).toEqual([
      {
        title: '2부. 컨테이너의 원리',
        chapters: [
          {id: 'containers/namespaces', title: '네임스페이스', href: '/docs/containers/namespaces'},
          {id: 'containers/cgroups', title: 'cgroups', href: '/docs/containers/cgroups'},
        ],
      },
    ]);
  });

  it('treats every course part but the install guides as chapters', () => {
    expect(CHAPTER_PARTS).toEqual(
      courseParts.map((part) => part.slug).filter((slug) => slug !== 'install'),
    );
  });

  it('knows chapters by their part', () => {
    expect(isChapterId('containers/namespaces')).toBe(true);
    expect(isChapterId('start/first-container')).toBe(true);
    expect(isChapterId('install/troubleshooting')).toBe(false);
    expect(isChapterId('glossary')).toBe(false);
    expect(isChapterId('containers/')).toBe(false);
  });

  it('counts and suggests the next chapter', () => {
    const parts = outlineFromSidebar(sidebar);
    const progress = {
      version: 2 as const,
      chapters: {'containers/namespaces': {read: NOW.toISOString()}},
    };
    expect(countFinished(progress, ['containers/namespaces', 'containers/cgroups'])).toEqual({
      done: 1,
      total: 2,
    });
    expect(nextChapter(parts, progress)?.id).toBe('containers/cgroups');
    expect(
      nextChapter(parts, {version: 2, chapters: {'containers/cgroups': {read: NOW.toISOString()}}})
        ?.id,
    ).toBe('containers/namespaces');
    expect(nextChapter(parts, {version: 2, chapters: {}})?.id).toBe('containers/namespaces');
    expect(
      nextChapter(parts, {
        version: 2,
        chapters: {'containers/namespaces': {read: 'x'}, 'containers/cgroups': {read: 'x'}},
      }),
    ).toBeNull();
  });
});
