import {mkdirSync, writeFileSync} from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import {SCRIPTS_ATTRIBUTE} from '../ssr-template';
import {htmlFiles, urlPathOf} from '../shared/html-files';

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
//
// It reads files Docusaurus generates for itself, not a public API: routesChunkNames.json,
// routes.js, and the bundler's chunk groups (recorded by chunkGroupRecorder below). Their
// shape is checked against a trimmed sample of Docusaurus 3.10.2's own output
// (__fixtures__/docusaurus-3.10.2, route-scripts.contract.test.ts); when it changes the build
// fails with a message saying so. `ROUTE_SCRIPTS=off` turns the step and its recorder off:
// every page then loads its route chunks after main.js has run, as stock Docusaurus does.

/** Environment variable that turns the step off: `ROUTE_SCRIPTS=off` (or `0`, `false`). */
export const ROUTE_SCRIPTS_ENV = 'ROUTE_SCRIPTS';

/** Whether the step runs; unknown values fail rather than silently meaning on or off. */
export function routeScriptsEnabled(env: Readonly<Record<string, string | undefined>>): boolean {
  const value = (env[ROUTE_SCRIPTS_ENV] ?? '').trim().toLowerCase();
  if (['', 'on', '1', 'true'].includes(value)) return true;
  if (['off', '0', 'false'].includes(value)) return false;
  throw new Error(`${ROUTE_SCRIPTS_ENV}=${value}: use "on" or "off"`);
}

/** A generated file no longer has the shape this step was written for. */
export class GeneratedFilesChanged extends Error {
  constructor(file: string, problem: string) {
    super(
      `route scripts: Docusaurus's generated ${file} ${problem}. This step parses files that ` +
        `Docusaurus 3.10.2 generated (sample in plugins/post-build-pipeline/__fixtures__); ` +
        `update route-scripts.ts and the sample to the new shape, or build with ` +
        `${ROUTE_SCRIPTS_ENV}=off meanwhile (pages then load their route chunks after main.js).`,
    );
    this.name = 'GeneratedFilesChanged';
  }
}

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
 * Route keys in the generated routes.js, whose entries read
 * `component: ComponentCreator('/docs', '012')`, and which of them are layout routes
 * (no `exact: true`).
 */
function routeKeysOf(routesJs: string): {all: Set<string>; layouts: Set<string>} {
  const all = new Set<string>();
  const layouts = new Set<string>();
  for (const match of routesJs.matchAll(
    /ComponentCreator\('([^']*)', '([^']*)'\),?(\s*exact: true)?/g,
  )) {
    const key = `${match[1]}-${match[2]}`;
    all.add(key);
    if (!match[3]) layouts.add(key);
  }
  return {all, layouts};
}

/** Route keys of the layout routes (no `exact: true`) in the generated routes.js. */
export function layoutRouteKeys(routesJs: string): Set<string> {
  return routeKeysOf(routesJs).layouts;
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

/** The URLs in the page's script loader list, in the order it runs them (none without a loader). */
export function listedScripts(html: string): string[] {
  const loader = html.match(LOADER_LIST);
  return (loader?.[2] ?? loader?.[3] ?? '').split(' ').filter(Boolean);
}

/**
 * Adds `files` to the list of the page's script loader, just before main.js
 * (the loader runs them in list order; a chunk that runs first only registers
 * its modules). Files already listed are skipped.
 */
export function injectScripts(html: string, files: readonly string[], baseUrl: string): string {
  const loader = html.match(LOADER_LIST);
  if (!loader) return html;
  const listed = listedScripts(html);
  const mainIndex = listed.findIndex((src) => /\/main\.[0-9a-f]+\.js$/.test(src));
  if (mainIndex < 0) return html;
  const added = files.map((file) => `${baseUrl}${file}`).filter((src) => !listed.includes(src));
  const next = [...listed.slice(0, mainIndex), ...added, ...listed.slice(mainIndex)];
  return html.replace(loader[0], `${loader[1]}"${next.join(' ')}"`);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What the step reads from Docusaurus's generated files, checked for the expected shape. */
export interface RouteChunkData {
  readonly routes: RoutesChunkNames;
  readonly groups: ChunkGroupFiles;
  readonly layouts: ReadonlySet<string>;
}

/**
 * Parses routesChunkNames.json (route key "<path>-<hash>" → object whose string leaves are
 * chunk names), the recorded chunk groups (chunk name → file list) and routes.js, and checks
 * that they fit together: every route key appears in routes.js, every chunk name has a group.
 */
export function parseRouteChunkData(
  routesChunkNamesJson: string,
  chunkGroupsJson: string,
  routesJs: string,
): RouteChunkData {
  const routes: unknown = JSON.parse(routesChunkNamesJson);
  if (!isRecord(routes) || Object.keys(routes).length === 0)
    throw new GeneratedFilesChanged('routesChunkNames.json', 'is not an object of routes');
  for (const [key, value] of Object.entries(routes)) {
    if (!/^\/.*-[^-/]+$/.test(key))
      throw new GeneratedFilesChanged(
        'routesChunkNames.json',
        `has a key "${key}" not "<path>-<hash>"`,
      );
    if (!isRecord(value))
      throw new GeneratedFilesChanged('routesChunkNames.json', `maps "${key}" to a non-object`);
  }
  const groups: unknown = JSON.parse(chunkGroupsJson);
  if (
    !isRecord(groups) ||
    !Object.values(groups).every(
      (files) => Array.isArray(files) && files.every((file) => typeof file === 'string'),
    )
  )
    throw new GeneratedFilesChanged(CHUNK_GROUPS_FILE, 'is not an object of file lists');
  const names = chunkNamesIn(routes, new Set());
  const missing = [...names].filter((name) => !(name in groups));
  if (missing.length > 0)
    throw new GeneratedFilesChanged(
      CHUNK_GROUPS_FILE,
      `has no chunk group for ${missing.length} of the routes' ${names.size} chunk names (${missing.slice(0, 3).join(', ')}…)`,
    );
  const {all, layouts} = routeKeysOf(routesJs);
  const unknown = Object.keys(routes).filter((key) => !all.has(key));
  if (unknown.length > 0)
    throw new GeneratedFilesChanged(
      'routes.js',
      `has no ComponentCreator('<path>', '<hash>') entry for ${unknown.length} route keys (${unknown.slice(0, 3).join(', ')}…)`,
    );
  return {routes, groups: groups as ChunkGroupFiles, layouts};
}

/** Reads the generated files of a build; see parseRouteChunkData. */
export async function readRouteChunkData(generatedFilesDir: string): Promise<RouteChunkData> {
  const read = (...parts: string[]) => fs.readFile(path.join(generatedFilesDir, ...parts), 'utf8');
  return parseRouteChunkData(
    await read('routesChunkNames.json'),
    await read('route-scripts', CHUNK_GROUPS_FILE),
    await read('routes.js'),
  );
}

export async function addRouteScripts(
  outDir: string,
  generatedFilesDir: string,
  baseUrl: string,
): Promise<number> {
  const {routes, groups, layouts} = await readRouteChunkData(generatedFilesDir);
  const pageFiles = htmlFiles(outDir);
  let matched = 0;
  let pages = 0;
  for (const file of pageFiles) {
    const files = routeScriptFiles(urlPathOf(outDir, file, baseUrl), routes, groups, layouts);
    if (files.length === 0) continue;
    matched++;
    const html = await fs.readFile(file, 'utf8');
    const next = injectScripts(html, files, baseUrl);
    if (next !== html) {
      await fs.writeFile(file, next);
      pages++;
    }
  }
  if (matched === 0 && pageFiles.length > 0)
    throw new GeneratedFilesChanged(
      'routesChunkNames.json',
      `has no route for any of the ${pageFiles.length} built pages (base URL ${baseUrl})`,
    );
  return pages;
}

interface StatsLike {
  toJson(options: object): unknown;
}

interface CompilerLike {
  hooks: {done: {tap(name: string, callback: (stats: StatsLike) => void): void}};
}

/** The stats options the recorder asks the bundler for. */
export const CHUNK_GROUP_STATS = {all: false, chunkGroups: true} as const;

/**
 * Chunk name → files, from the bundler's stats JSON: `namedChunkGroups[name].assets[].name`
 * (webpack 5 and Rspack 1 both write that shape).
 */
export function chunkGroupFilesOf(statsJson: unknown): Record<string, string[]> {
  const named = isRecord(statsJson) ? statsJson.namedChunkGroups : undefined;
  if (!isRecord(named) || Object.keys(named).length === 0)
    throw new GeneratedFilesChanged('client build stats', 'have no namedChunkGroups');
  const groups: Record<string, string[]> = {};
  for (const [name, group] of Object.entries(named)) {
    const assets = isRecord(group) ? group.assets : undefined;
    if (!Array.isArray(assets) || !assets.every((asset) => typeof asset?.name === 'string'))
      throw new GeneratedFilesChanged(
        'client build stats',
        `list chunk group "${name}" without assets[].name`,
      );
    groups[name] = assets.map((asset: {name: string}) => asset.name);
  }
  return groups;
}

/** A bundler plugin (webpack or Rspack) that records each named chunk group's files after the client build. */
export function chunkGroupRecorder(generatedFilesDir: string) {
  return {
    apply(compiler: CompilerLike): void {
      compiler.hooks.done.tap('route-scripts', (stats) => {
        const groups = chunkGroupFilesOf(stats.toJson(CHUNK_GROUP_STATS));
        const dir = path.join(generatedFilesDir, 'route-scripts');
        mkdirSync(dir, {recursive: true});
        writeFileSync(path.join(dir, CHUNK_GROUPS_FILE), JSON.stringify(groups));
      });
    },
  };
}
