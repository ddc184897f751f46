/** Helpers shared by the tests (not used by the engine itself). */
import {createEngine, type Engine} from './index';

export const T0 = Date.parse('2026-11-23T10:00:00Z');

/** A deterministic engine whose clock advances one second per reading. */
export function testEngine(seed = 7): Engine {
  let t = T0;
  return createEngine({seed, now: () => (t += 1000)});
}

/**
 * Turns an expected text with <ID64>, <ID12>, <ANY>, <REST> and <TS> (an RFC 3339 time with
 * nine fraction digits, as `docker events` prints it) placeholders into an anchored RegExp.
 */
export function templateToRegExp(template: string): RegExp {
  const esc = template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = esc
    .replace(/<TS>/g, '\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{9}Z')
    .replace(/<ID64>/g, '[0-9a-f]{64}')
    .replace(/<ID12>/g, '[0-9a-f]{12}')
    .replace(/<ANY>/g, '[^\\n]*')
    .replace(/<REST>/g, '[\\s\\S]*');
  return new RegExp(`^${re}$`);
}

/** Only the three fields real Docker produces (drops the ordered `chunks`). */
export function plain(r: {stdout: string; stderr: string; exitCode: number}): {
  stdout: string;
  stderr: string;
  exitCode: number;
} {
  return {stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode};
}

export function runAll(engine: Engine, lines: readonly string[]): void {
  for (const l of lines) engine.run(l);
}
