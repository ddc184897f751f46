import type * as SimulatorSession from './simulatorSession';

export type EngineModule = typeof SimulatorSession;

let pending: Promise<EngineModule> | undefined;
let loaded: EngineModule | undefined;

/**
 * The simulator in its own chunk (~85 KiB gzip). The terminal is on screen before it: the
 * engine is requested once, evaluated in a task of its own, and shared by every playground.
 */
export function loadEngine(): Promise<EngineModule> {
  // The chunk's name lets the post-build step give it V8's compile hint (compile-hints.ts).
  pending ??= import(/* webpackChunkName: "engine" */ './simulatorSession').then(
    (module) => {
      loaded = module;
      return module;
    },
    (error: unknown) => {
      // A failed download may succeed on the next attempt (the reader's next approach to a
      // terminal, a later playground).
      pending = undefined;
      throw error;
    },
  );
  return pending;
}

/** The engine if it has already arrived (a second playground on the page starts at once). */
export function loadedEngine(): EngineModule | undefined {
  return loaded;
}
