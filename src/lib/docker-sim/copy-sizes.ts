/**
 * The sizes in `docker cp`'s summary (docker/cli v29.7.2 cli/command/container/cp.go): the
 * content size (a file's size, or the regular files under a directory for a copy into a
 * container) and the tar stream that carried it (archive/tar: a 512-byte header per entry, file
 * data padded to 512 bytes, two zero blocks at the end).
 */
import {humanSize} from './format';
import {copySummary} from './messages';
import {isDir, type Vfs} from './vfs';

const BLOCK = 512;
const bytes = (text: string): number => new TextEncoder().encode(text).length;

function entries(fs: Vfs, path: string): {dirs: number; files: number[]} {
  if (!isDir(fs, path)) return {dirs: 0, files: [bytes(fs.files[path] ?? '')]};
  const prefix = path === '/' ? '/' : `${path}/`;
  const dirs = 1 + Object.keys(fs.dirs).filter((d) => d.startsWith(prefix)).length;
  const files = Object.entries(fs.files)
    .filter(([f]) => f.startsWith(prefix))
    .map(([, c]) => bytes(c));
  return {dirs, files};
}

/** Bytes of the tar stream of `path` (a file or a directory tree). */
export function tarStreamSize(fs: Vfs, path: string): number {
  const {dirs, files} = entries(fs, path);
  const data = files.reduce((a, n) => a + BLOCK + Math.ceil(n / BLOCK) * BLOCK, 0);
  return dirs * BLOCK + data + 2 * BLOCK;
}

/**
 * The summary line (stderr). `fs`/`path` is the copied source. Out of a container a directory
 * reports the stream size only (copyFromContainer: reportedSize = copiedSize unless a file);
 * into a container the content is the regular files' size (localContentSize).
 */
export function copySummaryLine(
  fs: Vfs,
  path: string,
  direction: 'from-container' | 'to-container',
  dest: string,
): string {
  const transferred = tarStreamSize(fs, path);
  const {files} = entries(fs, path);
  const content =
    direction === 'from-container' && isDir(fs, path)
      ? transferred
      : files.reduce((a, n) => a + n, 0);
  // progressHumanSize: go-units HumanSizeWithPrecision(n, 3)
  return `${copySummary(humanSize(content, 3), humanSize(transferred, 3), dest)}\n`;
}
