import {execFile} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {promisify} from 'node:util';

const run = promisify(execFile);

/** Writes a fresh Pagefind index of the article text to <outDir>/pagefind. */
export async function buildSearchIndex(outDir: string, baseUrl: string): Promise<void> {
  fs.rmSync(path.join(outDir, 'pagefind'), {recursive: true, force: true});
  const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
  const {stdout} = await run(tsx, [path.join('scripts', 'search-index.mts'), outDir, baseUrl], {
    maxBuffer: 16 * 1024 * 1024,
  });
  console.log(`[post-build] Pagefind: ${stdout.trim()}`);
}
