/**
 * The view's only door to the simulator (src/lib/docker-sim). It adapts the engine's public
 * API to what the view needs and degrades gracefully: no `complete()` → a small built-in
 * completer; a stored state that does not restore → the typed lines are replayed with the
 * same seed.
 */
import {
  createEngine,
  restore,
  CLEAR_SCREEN,
  type Engine,
  type Snapshot,
} from '@site/src/lib/docker-sim';

export interface OutputChunk {
  readonly stream: 'stdout' | 'stderr';
  readonly text: string;
}

export interface RunOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
  /** Both streams in the order a terminal shows them (pull progress before program output). */
  readonly chunks?: readonly OutputChunk[];
}

export interface PanelImage {
  readonly id: string;
  readonly shortId: string;
  /** `repository:tag`, or `<none>:<none>` for an untagged image. */
  readonly reference: string;
  readonly size: string;
}

export interface PanelContainer {
  readonly id: string;
  readonly name: string;
  readonly image: string;
  readonly state: string;
  readonly exitCode: number;
  /** As `docker ps` shows them: `0.0.0.0:8080->80/tcp`. */
  readonly ports: readonly string[];
}

export interface PanelVolume {
  readonly name: string;
  readonly driver: string;
}

export interface PanelNetwork {
  readonly name: string;
  readonly driver: string;
}

export interface PanelData {
  readonly images: readonly PanelImage[];
  readonly containers: readonly PanelContainer[];
  readonly volumes: readonly PanelVolume[];
  readonly networks: readonly PanelNetwork[];
}

export interface SimSession {
  run(line: string): RunOutput & {readonly clear: boolean};
  prompt(): string;
  panel(): PanelData;
  /** The raw snapshot, as scenario checks expect it. */
  snapshot(): Snapshot;
  /** The engine itself (scenario checks may read its state). */
  readonly engine: Engine;
  complete(line: string, cursor: number): readonly string[];
  /** The engine's serialized state, when it offers one. */
  serialize(): string | undefined;
}

type Loose = Record<string, unknown>;
const asRecord = (value: unknown): Loose =>
  typeof value === 'object' && value !== null ? (value as Loose) : {};
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asString = (value: unknown, fallback = ''): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : fallback;

// ANSI escape sequences: clear-screen variants mark `clear`; every other sequence is dropped.
// eslint-disable-next-line no-control-regex
const CLEAR_SEQUENCE = /\x1b\[(?:[0-9;]*H)?\x1b?\[?[23]J|\x1bc/;
// eslint-disable-next-line no-control-regex
const CLEAR_ANYWHERE = /\x1b\[(?:[0-9;]*H)?\x1b?\[?[23]J|\x1bc/g;
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b(?:\[[0-9;?]*[A-Za-z]|[@-Z\\-_])/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

export function isClear(output: RunOutput): boolean {
  return output.stdout.includes(CLEAR_SCREEN) || CLEAR_SEQUENCE.test(output.stdout);
}

/** Docker's size units (decimal, 3 significant digits): 13.3kB, 192MB, 1.03GB. */
export function humanSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${Number(value.toPrecision(3))}${units[unit]}`;
}

function portText(port: unknown): string {
  if (typeof port === 'string') return port;
  const record = asRecord(port);
  const containerPort = asString(record.containerPort ?? record.PrivatePort ?? record.private);
  const proto = asString(record.proto ?? record.Type ?? record.type, 'tcp');
  const hostPort = asString(record.hostPort ?? record.PublicPort ?? record.public);
  if (hostPort === '' || hostPort === '0') return `${containerPort}/${proto}`;
  const hostIp = asString(record.hostIp ?? record.IP ?? record.ip) || '0.0.0.0';
  return `${hostIp}:${hostPort}->${containerPort}/${proto}`;
}

function uniquePorts(ports: unknown): string[] {
  if (typeof ports === 'string') return ports === '' ? [] : ports.split(/,\s*/);
  return [...new Set(asArray(ports).map(portText))];
}

/** Turns whatever `snapshot()` returns into rows for the panel. */
export function toPanel(snapshot: unknown): PanelData {
  const data = asRecord(snapshot);
  const images = asArray(data.images).flatMap((raw): PanelImage[] => {
    const image = asRecord(raw);
    const id = asString(image.id ?? image.Id).replace(/^sha256:/, '');
    const size =
      typeof image.sizeText === 'string'
        ? image.sizeText
        : typeof image.size === 'number'
          ? humanSize(image.size)
          : asString(image.size);
    const tags = asArray(image.repoTags ?? image.tags).map((tag) => asString(tag));
    const fromParts =
      image.repository !== undefined
        ? [`${asString(image.repository)}:${asString(image.tag, 'latest')}`]
        : [];
    const references =
      tags.length > 0 ? tags : fromParts.length > 0 ? fromParts : ['<none>:<none>'];
    return references.map((reference) => ({id, shortId: id.slice(0, 12), reference, size}));
  });
  const containers = asArray(data.containers).map((raw): PanelContainer => {
    const container = asRecord(raw);
    const names = asArray(container.names);
    const name = asString(container.name ?? names[0]).replace(/^\//, '');
    return {
      id: asString(container.id),
      name,
      image: asString(container.image),
      state: asString(container.state ?? container.status, 'created'),
      exitCode: typeof container.exitCode === 'number' ? container.exitCode : 0,
      ports: uniquePorts(
        typeof container.portsText === 'string' ? container.portsText : container.ports,
      ),
    };
  });
  const named = (raw: unknown): {name: string; driver: string} => {
    const record = asRecord(raw);
    return {name: asString(record.name), driver: asString(record.driver, 'local')};
  };
  return {
    images,
    containers,
    volumes: asArray(data.volumes).map(named),
    networks: asArray(data.networks).map(named),
  };
}

const COMMANDS = [
  'docker',
  'help',
  'clear',
  'history',
  'ls',
  'cd',
  'pwd',
  'mkdir',
  'cat',
  'rm',
  'echo',
  'printf',
  'exit',
];
const DOCKER_SUBCOMMANDS = [
  'build',
  'compose',
  'container',
  'cp',
  'create',
  'exec',
  'export',
  'history',
  'image',
  'images',
  'import',
  'info',
  'inspect',
  'kill',
  'load',
  'login',
  'logs',
  'network',
  'pause',
  'port',
  'ps',
  'pull',
  'push',
  'rename',
  'restart',
  'rm',
  'rmi',
  'run',
  'save',
  'search',
  'start',
  'stats',
  'stop',
  'system',
  'tag',
  'unpause',
  'version',
  'volume',
];

/** A small completer for engines without `complete()`: commands, subcommands, names. */
export function fallbackComplete(line: string, cursor: number, panel: PanelData): string[] {
  const words = line.slice(0, cursor).split(/\s+/);
  if (words.length <= 1) return COMMANDS;
  if (words[0] === 'docker' && words.length === 2) return DOCKER_SUBCOMMANDS;
  if (words[0] !== 'docker') return [];
  const images = panel.images.map((image) => image.reference.replace(/:latest$/, ''));
  const containers = panel.containers.map((container) => container.name);
  return [...new Set([...containers, ...images])];
}

/** Creates an engine; with a stored state it restores that, or replays `commands`. */
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
      const restored = restore(options.engineState, engineOptions);
      // restore() falls back to a fresh engine on a bad state; replaying the lines is better then.
      const lost = (options.commands?.length ?? 0) > 0 && restored.state.history.length === 0;
      if (!lost) engine = restored;
    } catch {
      engine = undefined;
    }
  }
  if (!engine) {
    engine = createEngine(engineOptions);
    for (const line of options.commands ?? []) engine.run(line);
  }
  const current = engine;
  const panel = (): PanelData => toPanel(current.snapshot());
  return {
    engine: current,
    run(line) {
      let output: RunOutput;
      try {
        output = current.run(line);
      } catch (error) {
        output = {stdout: '', stderr: `${String(error)}\n`, exitCode: 1};
      }
      const clear = isClear(output);
      // Only what was printed after the last clear-screen stays on the screen.
      const stdout = clear ? output.stdout.split(CLEAR_ANYWHERE).pop()! : output.stdout;
      const chunks = clear
        ? undefined
        : output.chunks?.map((chunk) => ({stream: chunk.stream, text: stripAnsi(chunk.text)}));
      return {
        stdout: stripAnsi(stdout),
        stderr: stripAnsi(output.stderr),
        exitCode: output.exitCode,
        chunks,
        clear,
      };
    },
    prompt: () => current.prompt(),
    panel,
    snapshot: () => current.snapshot(),
    complete(line, cursor) {
      try {
        return typeof current.complete === 'function'
          ? current.complete(line, cursor)
          : fallbackComplete(line, cursor, panel());
      } catch {
        return [];
      }
    },
    serialize() {
      try {
        return current.serialize();
      } catch {
        return undefined;
      }
    },
  };
}
