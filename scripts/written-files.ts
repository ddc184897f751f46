import fs from 'node:fs';
import path from 'node:path';

export interface BundleFile {
  /** Relative to the bundle's folder, with `/` separators. */
  readonly path: string;
  readonly content: Uint8Array;
}

/**
 * Writes a bundle's files synchronously and checks each size on disk. Pagefind's own
 * writeFiles answered before its background writes had landed: on busy machines the build
 * shipped a zero-byte and later a 64 KiB-truncated WebAssembly file, and search failed. Taking
 * the files from getFiles() and writing them here leaves nothing in flight.
 */
export function writeBundle(dir: string, files: readonly BundleFile[]): number {
  if (files.length === 0) throw new Error(`no files to write into ${dir}`);
  fs.rmSync(dir, {recursive: true, force: true});
  for (const file of files) {
    const resolved = path.resolve(dir, file.path);
    if (!resolved.startsWith(path.resolve(dir) + path.sep)) {
      throw new Error(`refusing to write outside ${dir}: ${file.path}`);
    }
    fs.mkdirSync(path.dirname(resolved), {recursive: true});
    fs.writeFileSync(resolved, file.content);
    const size = fs.statSync(resolved).size;
    if (size !== file.content.byteLength) {
      throw new Error(`${file.path}: wrote ${size} of ${file.content.byteLength} bytes`);
    }
  }
  return files.length;
}
