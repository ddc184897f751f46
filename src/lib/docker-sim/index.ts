/**
 * 도커 길잡이 playground engine: a simulated Docker CLI 29.7 + Engine 29.7 (containerd image store)
 * and Compose v5.5 in pure TypeScript.
 * See README.md in this folder for the API.
 */
export {createEngine, CONTINUATION_PROMPT} from './engine';
export type {
  Engine,
  EngineOptions,
  RunResult,
  AwaitingInput,
  Snapshot,
  ImageSnapshot,
  ContainerSnapshot,
  VolumeSnapshot,
  NetworkSnapshot,
} from './engine';
export type {ContainerState, EngineState} from './state';
export {CLEAR_SCREEN, HELP_TEXT} from './host-shell';
export {PLAYGROUND_NOTE_PREFIX} from './messages';
export {shownAnswer} from './commands/prompts';
export {ENGINE} from './engine-version';
