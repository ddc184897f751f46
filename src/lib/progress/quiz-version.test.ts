import {describe, expect, it} from 'vitest';
import {
  LEGACY_QUIZ_VERSIONS,
  MAX_EARLIER_QUIZZES,
  STORAGE_KEY,
  applyMovedIds,
  createProgressStore,
  parseProgress,
  quizAttempts,
  quizVersion,
  scoreVersion,
  type StorageLike,
} from '.';
import {QUIZ_VERSIONS} from '@site/src/data/quizzes/versions';

const NOW = new Date('2026-12-05T10:00:00.000Z');
const ID = 'virtualization/history';
/** The history quiz as it was when scores had no version (unchanged since). */
const UNCHANGED = LEGACY_QUIZ_VERSIONS[ID]!;
/** Some later version of it. */
const CHANGED = 'c0ffee00';

// What the site stored before quizzes had versions: a score without a version.
const BEFORE_VERSIONS = {
  version: 2,
  chapters: {
    [ID]: {
      read: '2026-11-02T08:00:00.000Z',
      quiz: {correct: 3, total: 5, at: '2026-11-02T08:10:00.000Z'},
    },
  },
};
const OLD_SCORE = BEFORE_VERSIONS.chapters[ID].quiz;

function storageWith(value: unknown): StorageLike {
  const data = new Map([[STORAGE_KEY, JSON.stringify(value)]]);
  return {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, text) => void data.set(key, text),
    removeItem: (key) => void data.delete(key),
  };
}

const storeOn = (storage: StorageLike) =>
  createProgressStore({storage: () => storage, now: () => NOW});

describe('quizVersion', () => {
  it('is 8 hex digits, the same for the same content', () => {
    const quiz = {questions: [{prompt: '질문', choices: ['가', '나'], answer: 1}]};
    expect(quizVersion(quiz)).toMatch(/^[0-9a-f]{8}$/);
    expect(quizVersion({questions: [{...quiz.questions[0]!, choices: ['가', '나']}]})).toBe(
      quizVersion(quiz),
    );
    expect(quizVersion({questions: [{...quiz.questions[0]!, answer: 0}]})).not.toBe(
      quizVersion(quiz),
    );
  });
});

describe('a score stored before quizzes had versions', () => {
  it('still counts when the quiz has not changed since', () => {
    const chapter = storeOn(storageWith(BEFORE_VERSIONS)).getSnapshot().progress.chapters[ID];
    expect(scoreVersion(ID, chapter!.quiz!)).toBe(UNCHANGED);
    expect(quizAttempts(chapter, ID, UNCHANGED)).toEqual({current: OLD_SCORE, earlier: []});
  });

  it('is an earlier attempt for a quiz that changed when versions came in', () => {
    const chapters = {'containers/namespaces': {quiz: OLD_SCORE}};
    const chapter = storeOn(storageWith({version: 2, chapters})).getSnapshot().progress.chapters[
      'containers/namespaces'
    ];
    expect(LEGACY_QUIZ_VERSIONS['containers/namespaces']).toBeUndefined();
    expect(
      quizAttempts(chapter, 'containers/namespaces', QUIZ_VERSIONS['containers/namespaces']!),
    ).toEqual({current: null, earlier: [OLD_SCORE]});
  });

  it('becomes an earlier attempt when the quiz changes later', () => {
    const chapter = storeOn(storageWith(BEFORE_VERSIONS)).getSnapshot().progress.chapters[ID];
    expect(quizAttempts(chapter, ID, CHANGED)).toEqual({current: null, earlier: [OLD_SCORE]});
  });

  it('is kept as an earlier attempt when the reader takes the changed quiz', () => {
    const storage = storageWith(BEFORE_VERSIONS);
    storeOn(storage).recordQuiz(ID, 5, 5, CHANGED);
    const saved = JSON.parse(storage.getItem(STORAGE_KEY)!).chapters[ID];
    expect(saved).toEqual({
      read: '2026-11-02T08:00:00.000Z',
      quiz: {correct: 5, total: 5, at: NOW.toISOString(), version: CHANGED},
      earlierQuizzes: [OLD_SCORE],
    });
    expect(quizAttempts(saved, ID, CHANGED)).toEqual({
      current: saved.quiz,
      earlier: [OLD_SCORE],
    });
  });

  it('is replaced, not kept, when the reader retakes the unchanged quiz', () => {
    const storage = storageWith(BEFORE_VERSIONS);
    storeOn(storage).recordQuiz(ID, 4, 5, UNCHANGED);
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).chapters[ID]).toEqual({
      read: '2026-11-02T08:00:00.000Z',
      quiz: {correct: 4, total: 5, at: NOW.toISOString(), version: UNCHANGED},
    });
  });
});

describe('earlier attempts', () => {
  it('keep only the newest few', () => {
    const store = storeOn(storageWith({version: 2, chapters: {}}));
    for (let i = 0; i <= MAX_EARLIER_QUIZZES + 1; i += 1) {
      store.recordQuiz(ID, i % 5, 5, `0000000${i}`);
    }
    const chapter = store.getSnapshot().progress.chapters[ID]!;
    expect(chapter.earlierQuizzes?.map((score) => score.version)).toEqual([
      '00000001',
      '00000002',
      '00000003',
      '00000004',
      '00000005',
    ]);
    expect(chapter.quiz?.version).toBe('00000006');
  });

  it('survive export and import with their versions', async () => {
    const store = storeOn(storageWith(BEFORE_VERSIONS));
    store.recordQuiz(ID, 5, 5, CHANGED);
    const exported = store.exportJson();
    const other = storeOn(storageWith({version: 2, chapters: {}}));
    expect(await other.importJson(exported)).toEqual({ok: true});
    expect(other.getSnapshot().progress).toEqual(store.getSnapshot().progress);
    expect(other.getSnapshot().progress.chapters[ID]?.quiz?.version).toBe(CHANGED);
  });

  it('are merged when a moved chapter has records under both ids', () => {
    const older = {correct: 1, total: 4, at: '2026-11-01T00:00:00.000Z', version: '00000001'};
    const newer = {correct: 2, total: 4, at: '2026-11-03T00:00:00.000Z', version: '00000002'};
    const merged = applyMovedIds(
      {
        version: 2,
        chapters: {
          'old/quiz': {earlierQuizzes: [newer]},
          'new/quiz': {earlierQuizzes: [older]},
        },
      },
      {'old/quiz': 'new/quiz'},
    );
    expect(merged.chapters['new/quiz']?.earlierQuizzes).toEqual([older, newer]);
  });
});

describe('stored and imported quiz versions', () => {
  it('drop a malformed version from storage but keep the score', () => {
    const chapter = storeOn(
      storageWith({
        version: 2,
        chapters: {
          [ID]: {
            quiz: {...OLD_SCORE, version: 'not-a-hash'},
            earlierQuizzes: [
              {...OLD_SCORE, version: 'abcdef01'},
              {correct: 9, total: 1},
            ],
          },
        },
      }),
    ).getSnapshot().progress.chapters[ID];
    expect(chapter).toEqual({
      quiz: OLD_SCORE,
      earlierQuizzes: [{...OLD_SCORE, version: 'abcdef01'}],
    });
  });

  it.each([
    ['a version that is not 8 hex digits', {quiz: {...OLD_SCORE, version: 'v2'}}, 'quiz.version'],
    ['earlier attempts that are not a list', {earlierQuizzes: {}}, 'earlierQuizzes'],
    [
      'an earlier attempt with a bad score',
      {earlierQuizzes: [{correct: 6, total: 5, at: OLD_SCORE.at}]},
      'earlierQuizzes[0]의 퀴즈 점수',
    ],
  ])('reject in an imported file %s', (_name, chapter, fragment) => {
    const text = JSON.stringify({version: 2, chapters: {[ID]: chapter}});
    expect(() => parseProgress(text)).toThrowError(fragment);
  });
});
