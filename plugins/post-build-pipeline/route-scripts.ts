import {mkdirSync, writeFileSync} from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import {SCRIPTS_ATTRIBUTE} from '../ssr-template';

// Docusaurus's pages list only runtime~main.js and main.js. The chunks of the
// page's own route (its MDX, the doc layout, split vendor code) are found only
// once main.js has run and asks for them, one <script> element each: a second
// network round trip before hydration, and main-thread work inside main.js's
// start-up task. This step adds those chunks to the list of the page's script
// loader (plugins/ssr-template.ts), before main.js, so they download alongside
// it and are installed by the time main.js looks for them.
//
// (Listed as <script defer> in <head> instead, they made Lighthouse's LCP later:
// requested before the first paint, they shared the bandwidth with the CSS.)

/** Route key of routesChunkNames.json ("/docs/intro-a3f") → chunk names, nested in objects. */
export type RoutesChunkNames = Readonly<Record<string, unknown>>;
/** Chunk name → the files of its chunk group (its own chunk and the split chunks it needs). */
export type ChunkGroupFiles = Readonly<Record<string, readonly string[]>>;

export const CHUNK_GROUPS_FILE = 'chunk-groups.json';

function chunkNamesIn(value: unknown, into: Set<string>): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (value && typeof value === 'object')
    for (const child of Object.values(value)) chunkNamesIn(child, into);
  return into;
}

/** Paths of routes, for which a route key ends in "-<hash>". */
const routePath = (key: string): string => key.replace(/-[^-/]*$/, '');

/**
 * Route keys of the layout routes (no `exact: true`) in the generated
 * routes.js, whose entries read `component: ComponentCreator('/docs', '012')`.
 */
export function layoutRouteKeys(routesJs: string): Set<string> {
  const layouts = new Set<string>();
  for (const match of routesJs.matchAll(
    /ComponentCreator\('([^']*)', '([^']*)'\),?(\s*exact: true)?/g,
  )) {
    if (!match[3]) layouts.add(`${match[1]}-${match[2]}`);
  }
  return layouts;
}

/**
 * The script files a page needs to render: the chunks of the route that
 * matches the URL and of the layout routes above it (like /docs for every
 * doc page), in route order.
 */
export function routeScriptFiles(
  urlPath: string,
  routes: RoutesChunkNames,
  groups: ChunkGroupFiles,
  layouts: ReadonlySet<string>,
): string[] {
  const keys = Object.keys(routes);
  const matching = keys.filter((key) => {
    const p = routePath(key);
    if (layouts.has(key)) return urlPath === p || urlPath.startsWith(p === '/' ? '/' : `${p}/`);
    return p === urlPath;
  });
  if (!matching.some((key) => !layouts.has(key))) return [];
  const files = new Set<string>();
  for (const key of matching) {
    for (const name of chunkNamesIn(routes[key], new Set())) {
      for (const file of groups[name] ?? []) if (file.endsWith('.js')) files.add(file);
    }
  }
  return [...files];
}

const LOADER_LIST = new RegExp(`(<script ${SCRIPTS_ATTRIBUTE}=)(?:"([^"]*)"|([^\\s>"]+))`);

/**
 * Adds `files` to the list of the page's script loader, just before main.js
 * (the loader runs them in list order; a chunk that runs first only registers
 * its modules). Files already listed are skipped.
 */
export function injectScripts(html: string, files: readonly string[], baseUrl: string): string {
  const loader = html.match(LOADER_LIST);
  if (!loader) return html;
  const listed = (loader[2] ?? loader[3] ?? '').split(' ').filter(Boolean);
  const mainIndex = listed.findIndex((src) => /\/main\.[0-9a-f]+\.js$/.test(src));
  if (mainIndex < 0) return html;
  const added = files.map((file) => `${baseUrl}${file}`).filter((src) => !listed.includes(src));
  const next = [...listed.slice(0, mainIndex), ...added, ...listed.slice(mainIndex)];
  return html.replace(loader[0], `${loader[1]}"${next.join(' ')}"`);
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, {withFileTypes: true, recursive: true});
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** URL path of a built page (trailingSlash: false layout: docs/intro.html → /docs/intro). */
export function urlPathOf(outDir: string, file: string, baseUrl: string): string {
  const relative = path.relative(outDir, file).split(path.sep).join('/');
  const withoutHtml = relative.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '');
  return `${baseUrl}${withoutHtml}`.replace(/(.)\/$/, '$1');
}

export async function addRouteScripts(
  outDir: string,
  generatedFilesDir: string,
  baseUrl: string,
): Promise<number> {
  const routes = JSON.parse(
    await fs.readFile(path.join(generatedFilesDir, 'routesChunkNames.json'), 'utf8'),
  ) as RoutesChunkNames;
  const groups = JSON.parse(
    await fs.readFile(path.join(generatedFilesDir, 'route-scripts', CHUNK_GROUPS_FILE), 'utf8'),
  ) as ChunkGroupFiles;
  const layouts = layoutRouteKeys(
    await fs.readFile(path.join(generatedFilesDir, 'routes.js'), 'utf8'),
  );
  let pages = 0;
  for (const file of await htmlFiles(outDir)) {
    const files = routeScriptFiles(urlPathOf(outDir, file, baseUrl), routes, groups, layouts);
    if (files.length === 0) continue;
    const html = await fs.readFile(file, 'utf8');
    const next = injectScripts(html, files, baseUrl);
    if (next !== html) {
      await fs.writeFile(file, next);
      pages++;
    }
  }
  return pages;
}

interface StatsLike {
  toJson(options: object): {namedChunkGroups?: Record<string, {assets?: {name: string}[]}>};
}

interface CompilerLike {
  hooks: {done: {tap(name: string, callback: (stats: StatsLike) => void): void}};
}

/** A bundler plugin (webpack or Rspack) that records each named chunk group's files after the client build. */
export function chunkGroupRecorder(generatedFilesDir: string) {
  return {
    apply(compiler: CompilerLike): void {
      compiler.hooks.done.tap('route-scripts', (stats) => {
        const {namedChunkGroups = {}} = stats.toJson({all: false, chunkGroups: true});
        const groups: Record<string, string[]> = {};
        for (const [name, group] of Object.entries(namedChunkGroups))
          groups[name] = (group.assets ?? []).map((asset) => asset.name);
        const dir = path.join(generatedFilesDir, 'route-scripts');
        mkdirSync(dir, {recursive: true});
        writeFileSync(path.join(dir, CHUNK_GROUPS_FILE), JSON.stringify(groups));
      });
    },
  };
}
