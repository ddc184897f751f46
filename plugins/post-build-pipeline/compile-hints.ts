// V8's explicit compile hints (Chrome 136 and later): a script whose first line is the magic
// comment below is compiled whole while it downloads, on a background thread. Without it V8
// compiles each function on the main thread when it is first called, and for the scripts every
// page starts with nearly every function is called at once: react-dom's module alone took 45-65
// ms of the start-up task at 1x CPU. Only the scripts the pages' loaders list get the hint (the
// engine and other chunks loaded on demand would be compiled for nothing); other browsers read
// it as a comment. Measured in docs-dev/performance.md.
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

/** Puts the hint on the first line of every start-up script; returns how many got it. */
export function addCompileHints(outDir: string, baseUrl: string): number {
  let added = 0;
  for (const file of startupScripts(outDir, baseUrl)) {
    const full = path.join(outDir, file);
    const text = fs.readFileSync(full, 'utf8');
    if (text.startsWith(COMPILE_HINT)) continue;
    fs.writeFileSync(full, `${COMPILE_HINT}\n${text}`);
    added += 1;
  }
  return added;
}
