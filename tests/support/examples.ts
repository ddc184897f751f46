import {execFileSync} from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/** The repository's files of examples/<name>/ (`git ls-files`), relative to that folder, sorted. */
export function trackedExampleFiles(name: string): string[] {
  const prefix = `examples/${name}/`;
  return execFileSync('git', ['ls-files', '-z', prefix], {cwd: ROOT})
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((file) => file.slice(prefix.length))
    .sort();
}
