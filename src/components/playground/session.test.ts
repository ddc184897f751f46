// @vitest-environment jsdom
import {afterEach, describe, expect, it, vi} from 'vitest';
import {applyCompletion, commonPrefix} from './completion';
import {
  clearSession,
  loadSession,
  pushHistory,
  saveSession,
  storageKey,
  type StoredSession,
} from './session';
import {humanSize, isClear, stripAnsi, toPanel} from './engine';

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
    clearSession(storageKey('nginx-port'));
    expect(loadSession(storageKey('nginx-port'))).toBeNull();
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
    expect(() => clearSession(storageKey(undefined))).not.toThrow();
  });

  it('keeps history like bash: no blanks, no immediate repeats', () => {
    expect(pushHistory(['a'], '  ')).toEqual(['a']);
    expect(pushHistory(['a'], 'a')).toEqual(['a']);
    expect(pushHistory(['a'], 'b')).toEqual(['a', 'b']);
  });
});

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

describe('engine adapter helpers', () => {
  it('recognises clear-screen sequences and strips escapes', () => {
    expect(isClear({stdout: '\x1b[H\x1b[2J', stderr: '', exitCode: 0})).toBe(true);
    expect(isClear({stdout: 'hello', stderr: '', exitCode: 0})).toBe(false);
    expect(stripAnsi('\x1b[H\x1b[2J\x1b[3Jok')).toBe('ok');
  });

  it('prints sizes the way docker images does', () => {
    expect(humanSize(13256)).toBe('13.3kB');
    expect(humanSize(192_000_000)).toBe('192MB');
    expect(humanSize(500)).toBe('500B');
  });

  it('turns engine records into panel rows', () => {
    const panel = toPanel({
      images: [{id: 'sha256:abcdef0123456789', repoTags: ['nginx:latest'], size: 192_000_000}],
      containers: [
        {
          id: 'c1',
          name: '/web',
          image: 'nginx',
          state: 'running',
          exitCode: 0,
          ports: [
            {containerPort: 80, proto: 'tcp', hostIp: '', hostPort: 8080},
            {containerPort: 80, proto: 'tcp', hostIp: '', hostPort: 8080},
          ],
        },
      ],
      volumes: [{name: 'data', driver: 'local'}],
      networks: [{name: 'bridge', driver: 'bridge'}],
    });
    expect(panel.images[0]).toEqual({
      id: 'abcdef0123456789',
      shortId: 'abcdef012345',
      reference: 'nginx:latest',
      size: '192MB',
    });
    expect(panel.containers[0]).toMatchObject({
      name: 'web',
      state: 'running',
      ports: ['0.0.0.0:8080->80/tcp'],
    });
    expect(panel.volumes).toEqual([{name: 'data', driver: 'local'}]);
    expect(toPanel(null)).toEqual({images: [], containers: [], volumes: [], networks: []});
  });
});
