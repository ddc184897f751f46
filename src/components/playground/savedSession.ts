/**
 * The reader's session (what the terminal shows, the typed history and the engine's state),
 * kept in localStorage under one key per scenario (or free mode). Storage that is missing,
 * full, blocked or holds garbage never breaks the playground: it just starts fresh.
 */

export type EntryKind = 'input' | 'stdout' | 'stderr' | 'info';

export interface TranscriptEntry {
  readonly kind: EntryKind;
  readonly text: string;
  /** For `input`: the prompt shown before the command. */
  readonly prompt?: string;
  /**
   * For `input`: the exit code of the command this line finished (absent while the command
   * waits for more lines or an answer). Shown only as a data attribute, for tests.
   */
  readonly exitCode?: number;
}

export interface StoredSession {
  readonly version: 1;
  readonly seed: number;
  /** Every line given to the engine, in order (replayed when no serialized state is stored). */
  readonly commands: readonly string[];
  /** Lines for ↑/↓ (non-empty, consecutive duplicates removed). */
  readonly history: readonly string[];
  readonly transcript: readonly TranscriptEntry[];
  /** The engine's own serialized state, when it offers one. */
  readonly engineState?: string;
  /** Scenario steps done so far. */
  readonly done?: number;
  /** Run-button sessions: the chapter's runnable blocks this session has run (0-based). */
  readonly ranBlocks?: readonly number[];
  /** The Docker version the engine imitated when this was saved (absent before 29). */
  readonly engine?: string;
}

export const STORAGE_PREFIX = 'dg-playground:v1:';
export const MAX_TRANSCRIPT = 400;
export const MAX_HISTORY = 200;
export const MAX_COMMANDS = 2000;

export function storageKey(scenarioId: string | undefined): string {
  return STORAGE_PREFIX + (scenarioId ?? 'free');
}

/** Run-button sessions: one per chapter, apart from every `/playground` and scenario key. */
export const RUN_STORAGE_PREFIX = 'dg-playground:run:v1:';

export function runStorageKey(docId: string): string {
  return RUN_STORAGE_PREFIX + docId;
}

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

const isEntry = (value: unknown): value is TranscriptEntry =>
  typeof value === 'object' &&
  value !== null &&
  ['input', 'stdout', 'stderr', 'info'].includes((value as TranscriptEntry).kind) &&
  typeof (value as TranscriptEntry).text === 'string';

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

const isIndexArray = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((item) => Number.isInteger(item) && (item as number) >= 0);

/** Reads and validates a stored session; anything unexpected counts as none. */
export function loadSession(key: string): StoredSession | null {
  try {
    const raw = storage()?.getItem(key);
    if (!raw) return null;
    const data = JSON.parse(raw) as Partial<StoredSession>;
    if (data.version !== 1 || typeof data.seed !== 'number') return null;
    if (!isStringArray(data.commands) || !isStringArray(data.history)) return null;
    if (!Array.isArray(data.transcript) || !data.transcript.every(isEntry)) return null;
    return {
      version: 1,
      seed: data.seed,
      commands: data.commands,
      history: data.history,
      transcript: data.transcript,
      engineState: typeof data.engineState === 'string' ? data.engineState : undefined,
      done: typeof data.done === 'number' && data.done >= 0 ? Math.floor(data.done) : 0,
      ...(isIndexArray(data.ranBlocks) ? {ranBlocks: data.ranBlocks} : {}),
      ...(typeof data.engine === 'string' ? {engine: data.engine} : {}),
    };
  } catch {
    return null;
  }
}

/** Whether something is stored under `key` (not parsed: loadSession reads it when it is used). */
export function hasStoredSession(key: string): boolean {
  try {
    return storage()?.getItem(key) != null;
  } catch {
    return false;
  }
}

/** Writes the session, trimmed; returns false when the browser refused. */
export function saveSession(key: string, session: StoredSession): boolean {
  const trimmed: StoredSession = {
    ...session,
    commands: session.commands.slice(-MAX_COMMANDS),
    history: session.history.slice(-MAX_HISTORY),
    transcript: session.transcript.slice(-MAX_TRANSCRIPT),
  };
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(key, JSON.stringify(trimmed));
    return true;
  } catch {
    // Quota exceeded: keep the state, drop the transcript, try once more.
    try {
      store.setItem(key, JSON.stringify({...trimmed, transcript: trimmed.transcript.slice(-50)}));
      return true;
    } catch {
      return false;
    }
  }
}

export function clearSession(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to do: the next save overwrites it anyway.
  }
}

/**
 * The one-time note for a session saved by an engine that imitated another Docker version: the
 * session goes on, and the reader learns why earlier outputs look different. Saving the session
 * again records the current version, so the note appears once.
 */
export function renewalNotice(
  stored: StoredSession | null,
  engineVersion: string,
): TranscriptEntry[] {
  if (!stored || stored.engine === engineVersion) return [];
  const minor = engineVersion.split('.').slice(0, 2).join('.');
  return [
    {
      kind: 'info',
      text: `플레이그라운드가 Docker ${minor} 기준으로 새로워졌습니다. 저장된 세션은 그대로 이어지지만, 위의 출력과 전에 받은 이미지의 ID는 예전 모양일 수 있습니다. 새로 시작하려면 초기화를 누르세요.`,
    },
  ];
}

/** Adds a line to the ↑/↓ history the way bash does (no blanks, no immediate repeats). */
export function pushHistory(history: readonly string[], line: string): readonly string[] {
  const trimmed = line.trim();
  if (trimmed === '' || history[history.length - 1] === line) return history;
  return [...history, line].slice(-MAX_HISTORY);
}
