// V8's explicit compile hints (Chrome 136 and later): a script whose first line is the magic
// comment below is compiled whole while it downloads, on a background thread. Without it V8
// compiles each function on the main thread when it is first called, and for the scripts every
// page starts with nearly every function is called at once: react-dom's module alone took 45-65
// ms of the start-up task at 1x CPU. The scripts the pages' loaders list get the hint, and the
// playground's engine chunk: every page that loads it runs it at once (a playground when the
// reader comes to its terminal, a chapter when a run button is pressed), and its modules were compiled on the main
// thread in the task that evaluated them. Other chunks loaded on demand are left alone; other
// browsers read the hint as a comment. Measured in docs-dev/performance.md.
import fs from 'node:fs';
import path from 'node:path';
import {htmlFiles} from '../shared/html-files';
import {listedScripts} from './route-scripts';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The files (relative to `outDir`) that some page's loader runs at start-up. */
export function startupScripts(outDir: string, baseUrl: string): string[] {
  const files = new Set<string>();
  for (const page of htmlFiles(outDir, {skipFolders: ['pagefind']})) {
    for (const src of listedScripts(fs.readFileSync(page, 'utf8'))) {
      if (src.startsWith(baseUrl)) files.add(src.slice(baseUrl.length));
    }
  }
  return [...files].sort();
}

/** The playground engine's chunk (`webpackChunkName: "engine"` in loadEngine.ts). */
export const ENGINE_CHUNK = /^engine\.[0-9a-f]+\.js$/;

/** The engine's chunk file (relative to `outDir`), if the build has one. */
export function engineChunk(outDir: string): string | undefined {
  const jsDir = path.join(outDir, 'assets', 'js');
  if (!fs.existsSync(jsDir)) return undefined;
  const name = fs.readdirSync(jsDir).find((file) => ENGINE_CHUNK.test(file));
  return name === undefined ? undefined : `assets/js/${name}`;
}

/** Puts the hint on the first line of every start-up script and the engine; returns how many. */
export function addCompileHints(outDir: string, baseUrl: string): number {
  let added = 0;
  const engine = engineChunk(outDir);
  for (const file of [...startupScripts(outDir, baseUrl), ...(engine ? [engine] : [])]) {
    const full = path.join(outDir, file);
    const text = fs.readFileSync(full, 'utf8');
    if (text.startsWith(COMPILE_HINT)) continue;
    fs.writeFileSync(full, `${COMPILE_HINT}\n${text}`);
    added += 1;
  }
  return added;
}
