import fs from 'node:fs';
import {walkFiles} from '../plugins/shared/html-files';

/** Files below `dir` that are still empty. */
export function emptyFiles(dir: string): string[] {
  return walkFiles(dir).filter((file) => fs.statSync(file).size === 0);
}

/**
 * Waits until no file below `dir` is empty, and returns those still empty after `timeoutMs`.
 * Pagefind's service can answer writeFiles before its background writes have reached the
 * disk; closing it then left zero-byte files (the WebAssembly among them) on a busy machine.
 */
export async function waitUntilWritten(
  dir: string,
  timeoutMs: number,
  pollMs = 50,
): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let empty = emptyFiles(dir);
  while (empty.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, pollMs));
    empty = emptyFiles(dir);
  }
  return empty;
}
