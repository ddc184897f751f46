import {mkdirSync, writeFileSync} from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

// Docusaurus's pages list only runtime~main.js and main.js. The chunks of the
// page's own route (its MDX, the doc layout, split vendor code) are found only
// once main.js has run and asks for them, one <script> element each: a second
// network round trip before hydration, and main-thread work inside main.js's
// start-up task. This step lists those chunks in the page itself, as deferred
// scripts before main.js, so they download alongside it and are installed by
// the time main.js looks for them.

/** Route key of routesChunkNames.json ("/docs/intro-a3f") → chunk names, nested in objects. */
export type RoutesChunkNames = Readonly<Record<string, unknown>>;
/** Chunk name → the files of its chunk group (its own chunk and the split chunks it needs). */
export type ChunkGroupFiles = Readonly<Record<string, readonly string[]>>;

export const CHUNK_GROUPS_FILE = 'chunk-groups.json';

function chunkNamesIn(value: unknown, into: Set<string>): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (value && typeof value === 'object') for (const child of Object.values(value)) chunkNamesIn(child, into);
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
  for (const match of routesJs.matchAll(/ComponentCreator\('([^']*)', '([^']*)'\),?(\s*exact: true)?/g)) {
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

/**
 * Adds deferred <script> tags for `files` just before the page's main.js
 * (deferred scripts run in document order; a chunk that runs first only
 * registers its modules). Files the page already loads are skipped.
 */
export function injectScripts(html: string, files: readonly string[], baseUrl: string): string {
  const main = html.match(/<script src="?([^"\s>]*\/main\.[0-9a-f]+\.js)"? defer><\/script>/);
  if (!main) return html;
  const tags = files
    .map((file) => `${baseUrl}${file}`)
    .filter((src) => !html.includes(`src=${src} `) && !html.includes(`src="${src}"`))
    .map((src) => `<script src="${src}" defer></script>`)
    .join('');
  return html.replace(main[0], tags + main[0]);
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, {withFileTypes: true, recursive: true});
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => path.join(entry.parentPath, entry.name));
}

/** URL path of a built page (trailingSlash: false layout: docs/intro.html → /docs/intro). */
export function urlPathOf(outDir: string, file: string, baseUrl: string): string {
  const relative = path.relative(outDir, file).split(path.sep).join('/');
  const withoutHtml = relative.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '');
  return `${baseUrl}${withoutHtml}`.replace(/(.)\/$/, '$1');
}

export async function addRouteScripts(outDir: string, generatedFilesDir: string, baseUrl: string): Promise<number> {
  const routes = JSON.parse(await fs.readFile(path.join(generatedFilesDir, 'routesChunkNames.json'), 'utf8')) as RoutesChunkNames;
  const groups = JSON.parse(
    await fs.readFile(path.join(generatedFilesDir, 'route-scripts', CHUNK_GROUPS_FILE), 'utf8'),
  ) as ChunkGroupFiles;
  const layouts = layoutRouteKeys(await fs.readFile(path.join(generatedFilesDir, 'routes.js'), 'utf8'));
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
        for (const [name, group] of Object.entries(namedChunkGroups)) groups[name] = (group.assets ?? []).map((asset) => asset.name);
        const dir = path.join(generatedFilesDir, 'route-scripts');
        mkdirSync(dir, {recursive: true});
        writeFileSync(path.join(dir, CHUNK_GROUPS_FILE), JSON.stringify(groups));
      });
    },
  };
}
