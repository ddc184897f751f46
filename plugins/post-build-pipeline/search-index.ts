import {execFile} from 'node:child_process';
import path from 'node:path';
import {promisify} from 'node:util';

const run = promisify(execFile);

// Pagefind's Node API is ESM-only and the config loader is CJS, so the
// pipeline runs its CLI. Only elements marked data-pagefind-body are indexed.
export async function buildSearchIndex(outDir: string): Promise<void> {
  const bin = path.join(process.cwd(), 'node_modules', '.bin', 'pagefind');
  const {stdout} = await run(bin, ['--site', outDir, '--output-subdir', 'pagefind'], {maxBuffer: 16 * 1024 * 1024});
  const pages = /Indexed (\d+) pages?/.exec(stdout)?.[1];
  console.log(`[post-build] Pagefind indexed ${pages ?? '?'} pages`);
}
