// Walking a folder and mapping built pages to URLs, shared by the post-build steps, the
// scripts and the tests (each used to carry its own copy, with small differences).
import fs from 'node:fs';
import path from 'node:path';

export interface WalkOptions {
  /** Folder names not entered, at any depth (e.g. `pagefind`, `node_modules`). */
  readonly skipFolders?: readonly string[];
  /** Keeps a file when it returns true; gets the file's name (not its path). */
  readonly keep?: (name: string) => boolean;
}

/** `file` relative to `root`, with `/` separators on every platform. */
export function relativePosix(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

/**
 * Every file below `dir` (absolute paths), in one order on every machine and file system:
 * sorted by the path relative to `dir`, compared by UTF-16 code units (no locale).
 */
export function walkFiles(dir: string, options: WalkOptions = {}): string[] {
  const {skipFolders = [], keep = () => true} = options;
  const root = path.resolve(dir);
  const found: string[] = [];
  const visit = (folder: string): void => {
    for (const entry of fs.readdirSync(folder, {withFileTypes: true})) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!skipFolders.includes(entry.name)) visit(full);
      } else if (entry.isFile() && keep(entry.name)) found.push(full);
    }
  };
  visit(root);
  const byRelative = new Map(found.map((file) => [relativePosix(root, file), file]));
  return [...byRelative.keys()].sort(compareCodeUnits).map((key) => byRelative.get(key)!);
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every built page (`.html`) below `outDir`, in walkFiles' order. */
export function htmlFiles(outDir: string, options: Omit<WalkOptions, 'keep'> = {}): string[] {
  return walkFiles(outDir, {...options, keep: (name) => name.endsWith('.html')});
}

/**
 * The URL path of a built page, for Docusaurus' `trailingSlash: false` layout:
 * `docs/intro.html` → `<baseUrl>docs/intro`, `docs/part/index.html` → `<baseUrl>docs/part`,
 * and the root `index.html` → `<baseUrl>` itself (`/` or `/repo/`), as its route is written.
 */
export function urlPathOf(outDir: string, file: string, baseUrl: string): string {
  const relative = relativePosix(outDir, file);
  const page = relative.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '');
  return page === '' ? baseUrl : `${baseUrl}${page}`;
}

/**
 * The files that can hold the page of a URL path (without the base URL), relative to the
 * build folder, in the order a server tries them (nginx: `$uri.html`, then `$uri/index.html`).
 */
export function pageFileCandidates(urlPath: string): string[] {
  const clean = urlPath.replace(/^\/+|\/+$/g, '');
  return clean === '' ? ['index.html'] : [`${clean}.html`, `${clean}/index.html`];
}
