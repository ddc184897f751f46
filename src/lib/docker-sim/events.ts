/**
 * The daemon's event log, as moby docker-v29.7.2 keeps it: daemon/events/events.go (the last 256
 * messages, scope "local"), daemon/events.go (container events carry the container's labels,
 * `image` and `name`; network events `name` and `type`), daemon/containerd/image_events.go
 * (image events). Like the real daemon's buffer it lives in memory only: `toSavedState` leaves
 * it out, so a restored session starts with an empty log, as after a daemon restart.
 */
import {sha256Hex} from './sha256';
import type {ContainerRecord, EngineState, ImageRecord, NetworkRecord} from './state';

/** One events.Message; `time` in ms (the API's time/timeNano are derived from it). */
export interface EventRecord {
  type: 'container' | 'image' | 'network' | 'volume';
  action: string;
  id: string;
  attributes: Record<string, string>;
  time: number;
}

/** daemon/events/events.go eventsLimit */
export const EVENTS_LIMIT = 256;

export function logEvent(
  state: EngineState,
  now: number,
  type: EventRecord['type'],
  action: string,
  id: string,
  attributes: Record<string, string>,
): void {
  const log = (state.events ??= []);
  log.push({type, action, id, attributes, time: now});
  if (log.length > EVENTS_LIMIT) log.splice(0, log.length - EVENTS_LIMIT);
}

/** daemon/events.go LogContainerEventWithAttributes: extras, then labels, `image`, `name`. */
export function containerEvent(
  state: EngineState,
  c: ContainerRecord,
  action: string,
  now: number,
  extra: Record<string, string> = {},
): void {
  logEvent(state, now, 'container', action, c.id, {
    ...extra,
    ...c.labels,
    ...(c.image ? {image: c.image} : {}),
    name: c.name,
  });
}

/** LogNetworkEventWithAttributes: `name` and `type` (the driver: bridge, host, null). */
export function networkEvent(
  state: EngineState,
  net: NetworkRecord,
  action: string,
  now: number,
  extra: Record<string, string> = {},
): void {
  logEvent(state, now, 'network', action, net.id, {...extra, name: net.name, type: net.driver});
}

/** volume/service/store.go: create and destroy carry the driver. */
export function volumeEvent(
  state: EngineState,
  name: string,
  action: string,
  now: number,
  extra: Record<string, string> = {},
): void {
  logEvent(state, now, 'volume', action, name, {driver: 'local', ...extra});
}

/**
 * containerd/image_events.go LogImageEvent: the image's labels (while it exists) and `name`.
 * `untag` uses logImageEvent, which carries `name` only; pass `withLabels` false for it.
 */
export function imageEvent(
  state: EngineState,
  img: ImageRecord | undefined,
  action: string,
  id: string,
  name: string,
  now: number,
  withLabels = true,
): void {
  logEvent(state, now, 'image', action, id, {
    ...(withLabels && img ? img.config.labels : {}),
    ...(name ? {name} : {}),
  });
}

/** Signal numbers of the stop signals images and `--signal` name (x86-64 Linux). */
const SIGNALS: Readonly<Record<string, number>> = {
  HUP: 1,
  INT: 2,
  QUIT: 3,
  KILL: 9,
  USR1: 10,
  USR2: 12,
  TERM: 15,
  WINCH: 28,
};

/** signal.ParseSignal: a number, or a name with or without SIG; TERM when unknown. */
export function signalNumber(signal: string | null | undefined): number {
  if (!signal) return SIGNALS.TERM!;
  if (/^\d+$/.test(signal)) return Number(signal);
  return SIGNALS[signal.toUpperCase().replace(/^SIG/, '')] ?? SIGNALS.TERM!;
}

/**
 * daemon/exec.go: `exec_create: CMD ARGS` and `exec_start: …` (the entrypoint, a space and the
 * arguments joined, so a lone `sh` reads `sh `) with the exec's id; returns that id. The id is
 * derived from the container, the time and the command instead of the random generator, so an
 * exec leaves the next container ids and names unchanged.
 */
export function execStarted(
  state: EngineState,
  c: ContainerRecord,
  argv: readonly string[],
  now: number,
): string {
  const execID = sha256Hex(`${c.id}\n${now}\n${argv.join('\n')}\n${state.events?.length ?? 0}`);
  const command = `${argv[0] ?? ''} ${argv.slice(1).join(' ')}`;
  containerEvent(state, c, `exec_create: ${command}`, now, {execID});
  containerEvent(state, c, `exec_start: ${command}`, now, {execID});
  return execID;
}

/** daemon/monitor.go: `exec_die` with the exec's id and exit code. */
export function execDied(
  state: EngineState,
  c: ContainerRecord,
  execID: string,
  exitCode: number,
  now: number,
): void {
  containerEvent(state, c, 'exec_die', now, {execID, exitCode: String(exitCode)});
}
