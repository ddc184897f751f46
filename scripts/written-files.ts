import fs from 'node:fs';
import path from 'node:path';

/** Files below `dir` that are still empty. */
export function emptyFiles(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true, recursive: true}).flatMap((entry) => {
    if (!entry.isFile()) return [];
    const file = path.join(entry.parentPath, entry.name);
    return fs.statSync(file).size === 0 ? [file] : [];
  });
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
