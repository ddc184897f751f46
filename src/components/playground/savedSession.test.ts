// @vitest-environment jsdom
import {afterEach, describe, expect, it, vi} from 'vitest';
import {
  clearSession,
  hasStoredSession,
  loadSession,
  renewalNotice,
  pushHistory,
  runStorageKey,
  saveSession,
  storageKey,
  type StoredSession,
} from './savedSession';

const session: StoredSession = {
  version: 1,
  seed: 7,
  commands: ['docker pull nginx'],
  history: ['docker pull nginx'],
  transcript: [{kind: 'input', prompt: '$ ', text: 'docker pull nginx'}],
  done: 1,
};

afterEach(() => {
  vi.restoreAllMocks();
  window.localStorage.clear();
});

describe('session storage', () => {
  it('keeps one session per scenario and reads it back', () => {
    expect(storageKey(undefined)).not.toBe(storageKey('nginx-port'));
    expect(saveSession(storageKey('nginx-port'), session)).toBe(true);
    expect(loadSession(storageKey('nginx-port'))).toMatchObject({
      seed: 7,
      commands: ['docker pull nginx'],
      done: 1,
    });
    expect(loadSession(storageKey(undefined))).toBeNull();
    expect(hasStoredSession(storageKey('nginx-port'))).toBe(true);
    expect(hasStoredSession(storageKey(undefined))).toBe(false);
    clearSession(storageKey('nginx-port'));
    expect(loadSession(storageKey('nginx-port'))).toBeNull();
    expect(hasStoredSession(storageKey('nginx-port'))).toBe(false);
  });

  it('keeps run-button sessions per chapter, apart from every playground key, with the blocks they ran', () => {
    const key = runStorageKey('start/first-container');
    expect(key).not.toBe(storageKey(undefined));
    expect(key.startsWith(storageKey('').slice(0, -1))).toBe(false);
    expect(runStorageKey('docker-basics/basic-commands')).not.toBe(key);
    saveSession(key, {...session, ranBlocks: [0, 1, 2]});
    expect(loadSession(key)?.ranBlocks).toEqual([0, 1, 2]);
    expect(loadSession(storageKey(undefined))).toBeNull();
    window.localStorage.setItem(key, JSON.stringify({...session, ranBlocks: [0, -1, 'x']}));
    expect(loadSession(key)).not.toHaveProperty('ranBlocks');
  });

  it('treats garbage as no session', () => {
    window.localStorage.setItem(storageKey(undefined), '{not json');
    expect(loadSession(storageKey(undefined))).toBeNull();
    window.localStorage.setItem(
      storageKey(undefined),
      JSON.stringify({version: 1, seed: 1, commands: [3]}),
    );
    expect(loadSession(storageKey(undefined))).toBeNull();
  });

  it('survives storage that throws', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(saveSession(storageKey(undefined), session)).toBe(false);
    expect(loadSession(storageKey(undefined))).toBeNull();
    expect(hasStoredSession(storageKey(undefined))).toBe(false);
    expect(() => clearSession(storageKey(undefined))).not.toThrow();
  });

  it('notes once that a session saved by an engine imitating another Docker goes on renewed', () => {
    const base = {version: 1 as const, seed: 1, commands: [], history: [], transcript: []};
    window.localStorage.setItem(storageKey('old'), JSON.stringify(base));
    const old = loadSession(storageKey('old'));
    expect(old?.engine).toBeUndefined();
    const note = renewalNotice(old, '29.7.2');
    expect(note).toHaveLength(1);
    expect(note[0]).toMatchObject({kind: 'info'});
    expect(note[0]!.text).toContain('Docker 29.7 기준으로 새로워졌습니다');
    // Saved again with the current version: no second note; a new session gets none either.
    saveSession(storageKey('old'), {...base, engine: '29.7.2'});
    expect(renewalNotice(loadSession(storageKey('old')), '29.7.2')).toEqual([]);
    expect(renewalNotice(null, '29.7.2')).toEqual([]);
  });

  it('keeps history like bash: no blanks, no immediate repeats', () => {
    expect(pushHistory(['a'], '  ')).toEqual(['a']);
    expect(pushHistory(['a'], 'a')).toEqual(['a']);
    expect(pushHistory(['a'], 'b')).toEqual(['a', 'b']);
  });
});
