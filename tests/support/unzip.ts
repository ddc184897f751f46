// Reads zip files with Info-ZIP's unzip (the tool most readers unpack with; `.ci/run` installs
// it), so the archive tests check our bytes against an independent reader, not our own parser.
import {execFileSync} from 'node:child_process';

const run = (args: readonly string[]): Buffer =>
  execFileSync('unzip', [...args], {maxBuffer: 64 * 1024 * 1024});

/** Entry names in archive order (`unzip -Z1`), folders with their trailing `/`. */
export function zipNames(file: string): string[] {
  return run(['-Z1', file]).toString('utf8').split('\n').filter(Boolean);
}

/** One entry's bytes (`unzip -p`). */
export function zipRead(file: string, entry: string): Buffer {
  return run(['-p', file, entry]);
}

/** `unzip -tq`: tests every entry's CRC; throws on a damaged archive. */
export function zipTest(file: string): string {
  return run(['-tq', file]).toString('utf8').trim();
}

/** zipinfo's long listing (`unzip -Z -l`): permissions, sizes, method, date and time per entry. */
export function zipInfo(file: string): string[] {
  return run(['-Z', '-l', file]).toString('utf8').split('\n');
}
