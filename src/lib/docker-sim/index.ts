/**
 * 도커 길잡이 playground engine: a simulated Docker CLI 28.2 + Engine 28 in pure TypeScript.
 * See README.md in this folder for the API.
 */
import {createEngineImpl, type Engine, type EngineOptions} from './engine';

export type {
  Engine,
  EngineOptions,
  RunResult,
  Snapshot,
  ImageSnapshot,
  ContainerSnapshot,
  VolumeSnapshot,
  NetworkSnapshot,
} from './engine';
export type {ContainerState, EngineState} from './state';
export {CLEAR_SCREEN, HELP_TEXT} from './host-shell';
export {PLAYGROUND_NOTE_PREFIX} from './messages';

export function createEngine(options?: EngineOptions): Engine {
  return createEngineImpl(options);
}

/** Tab completion without an engine reference: `complete(engine, line, cursor)`. */
export function complete(engine: Engine, line: string, cursor?: number): string[] {
  return engine.complete(line, cursor);
}

export function serialize(engine: Engine): string {
  return engine.serialize();
}

export function restore(serialized: string, options?: Omit<EngineOptions, 'state'>): Engine {
  return createEngineImpl({...options, state: serialized});
}
