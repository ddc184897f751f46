/**
 * The view's only door to the simulator (src/lib/docker-sim), loaded in its own chunk: opens an
 * engine (restoring a stored state, or replaying the typed lines), turns its output into what
 * the screen shows, and its snapshot into the panel's rows.
 */
import {
  createEngine,
  ENGINE,
  type AwaitingInput,
  type ContainerSnapshot,
  type Engine,
  type ImageSnapshot,
  type NetworkSnapshot,
  type RunResult,
  type Snapshot,
  type VolumeSnapshot,
} from '@site/src/lib/docker-sim';

export type OutputChunk = RunResult['chunks'][number];

export interface ScreenOutput {
  readonly exitCode: number;
  /** What the terminal prints, both streams in order: after a clear-screen, only what follows it. */
  readonly chunks: readonly OutputChunk[];
  /** The output cleared the screen. */
  readonly clear: boolean;
  /** The line left a command unfinished: the next line continues it at the `> ` prompt. */
  readonly pending: boolean;
  /** The program now waits for an answer (the next line); a password is typed unseen. */
  readonly awaiting: AwaitingInput | null;
}

export interface PanelImage extends Pick<ImageSnapshot, 'id' | 'shortId'> {
  /** `repository:tag`, or `<none>:<none>` for an untagged image. */
  readonly reference: string;
  /** As `docker images` shows it: `192MB`. */
  readonly size: string;
}

export interface PanelContainer extends Pick<
  ContainerSnapshot,
  'id' | 'name' | 'image' | 'state' | 'exitCode'
> {
  /** As `docker ps` shows them: `0.0.0.0:8080->80/tcp`. */
  readonly ports: readonly string[];
  readonly networks: readonly string[];
  /** Names of the volumes it mounts (the host picture ties them together). */
  readonly volumes: readonly string[];
}

export type PanelVolume = Pick<VolumeSnapshot, 'name' | 'driver'>;
export type PanelNetwork = Pick<NetworkSnapshot, 'name' | 'driver'>;

export interface PanelData {
  readonly images: readonly PanelImage[];
  readonly containers: readonly PanelContainer[];
  readonly volumes: readonly PanelVolume[];
  readonly networks: readonly PanelNetwork[];
}

export interface SimSession {
  /** The engine itself: prompt, completion, serialize, and snapshot/state for scenario checks. */
  readonly engine: Engine;
  /** The Docker version the engine imitates: stored with a session, so a renewal is noticed. */
  readonly engineVersion: string;
  run(line: string): ScreenOutput;
  /** A command waits for more lines (the prompt is `> `). */
  pending(): boolean;
  /** What the running program asks for (`docker login`'s `Password: `), or null. */
  awaiting(): AwaitingInput | null;
  /**
   * Ctrl+C at the `> ` prompt or at a program's question: drops the unfinished command; how many
   * of its lines were kept (a password never is), so the caller can forget them too.
   */
  cancel(): number;
  panel(): PanelData;
}

// Escape sequences are the reader's own (`printf '\033c'`) or `clear`'s: the clear-screen
// variants end what the screen shows; every other sequence is dropped.
// eslint-disable-next-line no-control-regex
const CLEAR_SCREEN = /\x1b\[(?:[0-9;]*H)?\x1b?\[?[23]J|\x1bc/;
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b(?:\[[0-9;?]*[A-Za-z]|[@-Z\\-_])/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

/** What the screen shows after `result`: escapes removed, and nothing before a clear-screen. */
export function toScreen(result: RunResult): ScreenOutput {
  let clear = false;
  let shown: OutputChunk[] = [];
  for (const chunk of result.chunks) {
    const parts = chunk.text.split(CLEAR_SCREEN);
    if (parts.length > 1) {
      clear = true;
      shown = [];
    }
    shown.push({stream: chunk.stream, text: stripAnsi(parts[parts.length - 1]!)});
  }
  return {
    exitCode: result.exitCode,
    chunks: shown,
    clear,
    pending: result.pending === true,
    awaiting: result.awaiting ?? null,
  };
}

/** The snapshot as the panel's rows: one row per image tag, ports as `docker ps` prints them. */
export function toPanel(snapshot: Snapshot): PanelData {
  return {
    images: snapshot.images.flatMap(({id, shortId, repoTags, sizeText}) =>
      (repoTags.length > 0 ? repoTags : ['<none>:<none>']).map((reference) => ({
        id,
        shortId,
        reference,
        size: sizeText,
      })),
    ),
    containers: snapshot.containers.map(
      ({id, name, image, state, exitCode, portsText, networks, mounts}) => ({
        id,
        name,
        image,
        state,
        exitCode,
        ports: portsText === '' ? [] : portsText.split(', '),
        networks,
        volumes: mounts.filter((mount) => mount.type === 'volume').map((mount) => mount.name),
      }),
    ),
    volumes: snapshot.volumes.map(({name, driver}) => ({name, driver})),
    networks: snapshot.networks.map(({name, driver}) => ({name, driver})),
  };
}

/** Opens an engine; with a stored state it restores that, or replays `commands`. */
export function createSession(options: {
  readonly seed: number;
  readonly engineState?: string;
  readonly commands?: readonly string[];
  readonly now?: () => number;
}): SimSession {
  const engineOptions = {seed: options.seed, ...(options.now ? {now: options.now} : {})};
  let engine: Engine | undefined;
  if (options.engineState !== undefined) {
    try {
      const restored = createEngine({...engineOptions, state: options.engineState});
      // A state that does not restore gives a fresh engine; replaying the lines is better then.
      const lost = (options.commands?.length ?? 0) > 0 && restored.state.history.length === 0;
      if (!lost) engine = restored;
    } catch {
      // Stored data that passes the engine's check but is broken deeper down: replay instead.
      engine = undefined;
    }
  }
  if (!engine) {
    engine = createEngine(engineOptions);
    for (const line of options.commands ?? []) {
      // Passwords are never stored: a login that asked for one is dropped, not fed the next line.
      if (engine.awaiting()?.kind === 'password') engine.cancel();
      engine.run(line);
    }
    // A session reopens at the shell's prompt, never in the middle of a command.
    engine.cancel();
  }
  const current = engine;
  // Lines kept of a command not finished yet (waiting at `> ` or for an answer).
  let openLines = 0;
  let morePending = false;
  return {
    engine: current,
    engineVersion: ENGINE.version,
    run: (line) => {
      const kept = current.awaiting()?.kind !== 'password';
      const output = toScreen(current.run(line));
      openLines = output.pending || output.awaiting ? openLines + (kept ? 1 : 0) : 0;
      morePending = output.pending;
      return output;
    },
    pending: () => morePending,
    awaiting: () => current.awaiting(),
    cancel: () => {
      const dropped = current.cancel() ? openLines : 0;
      openLines = 0;
      morePending = false;
      return dropped;
    },
    panel: () => toPanel(current.snapshot()),
  };
}
