// @vitest-environment node
// The route-script step reads files Docusaurus generates for itself. These tests hold it to
// what Docusaurus 3.10.2 (with its Rspack) really writes, so a new version that changes
// their shape fails here, and the build says so, instead of pages silently losing their
// route chunks. The sample in __fixtures__/docusaurus-3.10.2 is trimmed from a real build
// (see its README.md).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {rspack} from '@docusaurus/faster';
import {scriptLoader, SCRIPTS_ATTRIBUTE} from '../ssr-template';
import {
  addRouteScripts,
  CHUNK_GROUPS_FILE,
  chunkGroupFilesOf,
  chunkGroupRecorder,
  GeneratedFilesChanged,
  parseRouteChunkData,
} from './route-scripts';

const SAMPLE = path.join(__dirname, '__fixtures__', 'docusaurus-3.10.2');
const sample = (file: string) => fs.readFileSync(path.join(SAMPLE, file), 'utf8');
/** Each page's loader list in the build the sample was taken from, after the step ran. */
const builtLists = JSON.parse(sample('loader-lists.json')) as Record<string, string[]>;
const PAGE_FILES: Record<string, string> = {
  '/': 'index.html',
  '/docs/intro': 'docs/intro.html',
  '/docs/containers/namespaces': 'docs/containers/namespaces.html',
  '/playground': 'playground.html',
  '/404': '404.html',
};

let dir = '';
afterEach(() => fs.rmSync(dir, {recursive: true, force: true}));
const tempDir = () => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'route-contract-')));

/** A page as ssr-template.ts writes it: the loader lists Docusaurus's two scripts. */
function templatePage(): string {
  const list = ['/assets/js/runtime~main.082c1207.js', '/assets/js/main.a9541eab.js'];
  return `<div id="__docusaurus"></div><script ${SCRIPTS_ATTRIBUTE}="${list.join(' ')}">${scriptLoader()}</script></body>`;
}

function generatedDir(root: string, files: Record<string, string>): string {
  const generated = path.join(root, 'generated');
  fs.mkdirSync(path.join(generated, 'route-scripts'), {recursive: true});
  for (const [name, text] of Object.entries(files))
    fs.writeFileSync(path.join(generated, name), text);
  return generated;
}

const sampleFiles = () => ({
  'routesChunkNames.json': sample('routesChunkNames.json'),
  'routes.js': sample('routes.js.txt'),
  [`route-scripts/${CHUNK_GROUPS_FILE}`]: sample('chunk-groups.json'),
});

describe('route scripts over Docusaurus 3.10.2 generated files', () => {
  it('reproduces the loader lists of the build the sample came from', async () => {
    const root = tempDir();
    const out = path.join(root, 'build');
    for (const file of Object.values(PAGE_FILES)) {
      fs.mkdirSync(path.dirname(path.join(out, file)), {recursive: true});
      fs.writeFileSync(path.join(out, file), templatePage());
    }
    await addRouteScripts(out, generatedDir(root, sampleFiles()), '/');
    for (const [url, file] of Object.entries(PAGE_FILES)) {
      const html = fs.readFileSync(path.join(out, file), 'utf8');
      const list = html.match(new RegExp(`${SCRIPTS_ATTRIBUTE}="([^"]*)"`))?.[1]?.split(' ');
      expect(list, url).toEqual(builtLists[url]);
    }
    // The sample covers a doc page's three layout routes and the pages plugin.
    expect(builtLists['/docs/intro']).toHaveLength(12);
  });

  const broken: [string, () => [string, string, string], RegExp][] = [
    [
      'route keys without their "-<hash>"',
      () => [
        sample('routesChunkNames.json').replace('"/docs/intro-62b"', '"/docs/intro"'),
        sample('chunk-groups.json'),
        sample('routes.js.txt'),
      ],
      /routesChunkNames\.json has a key "\/docs\/intro" not "<path>-<hash>"/,
    ],
    [
      'routes.js written another way',
      () => [
        sample('routesChunkNames.json'),
        sample('chunk-groups.json'),
        sample('routes.js.txt').replaceAll("ComponentCreator('", 'ComponentCreator("'),
      ],
      /routes\.js has no ComponentCreator\('<path>', '<hash>'\) entry for 7 route keys/,
    ],
    [
      'chunk groups that lack the routes’ chunk names',
      () => [
        sample('routesChunkNames.json'),
        JSON.stringify({main: ['assets/js/main.a9541eab.js']}),
        sample('routes.js.txt'),
      ],
      /chunk-groups\.json has no chunk group for \d+ of the routes' \d+ chunk names/,
    ],
    [
      'chunk groups as objects',
      () => [
        sample('routesChunkNames.json'),
        JSON.stringify({main: {files: ['assets/js/main.a9541eab.js']}}),
        sample('routes.js.txt'),
      ],
      /chunk-groups\.json is not an object of file lists/,
    ],
  ];

  it.each(broken)('fails clearly on %s, naming the off switch', (_name, files, message) => {
    const parse = () => parseRouteChunkData(...files());
    expect(parse).toThrow(GeneratedFilesChanged);
    expect(parse).toThrow(message);
    expect(parse).toThrow(/ROUTE_SCRIPTS=off/);
  });

  it('accepts the sample as it is', () => {
    const {routes, layouts} = parseRouteChunkData(
      sample('routesChunkNames.json'),
      sample('chunk-groups.json'),
      sample('routes.js.txt'),
    );
    expect(Object.keys(routes)).toHaveLength(7);
    expect([...layouts].sort()).toEqual(['/docs-012', '/docs-624', '/docs-85a']);
  });

  it('fails when no built page matches a route (route paths no longer match the files)', async () => {
    const root = tempDir();
    const out = path.join(root, 'build');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'index.html'), templatePage());
    await expect(addRouteScripts(out, generatedDir(root, sampleFiles()), '/repo/')).rejects.toThrow(
      /no route for any of the 1 built pages/,
    );
  });
});

describe("the chunk-group recorder with Docusaurus's bundler (Rspack)", () => {
  it('records each named chunk group with its split chunks, as the step expects', async () => {
    const root = tempDir();
    const write = (file: string, text: string) => fs.writeFileSync(path.join(root, file), text);
    // Like Docusaurus's registry: routes import their components under a chunk name.
    write(
      'main.js',
      `import(/* webpackChunkName: "17896441" */ './doc.js');\n` +
        `import(/* webpackChunkName: "1df93b7f" */ './home.js');\n`,
    );
    write('doc.js', `import {shared} from './shared.js';\nexport default () => shared + 'doc';\n`);
    write(
      'home.js',
      `import {shared} from './shared.js';\nexport default () => shared + 'home';\n`,
    );
    write('shared.js', `export const shared = '${'x'.repeat(40_000)}';\n`);
    const generated = path.join(root, 'generated');
    const compiler = rspack({
      context: root,
      mode: 'production',
      devtool: false,
      entry: {main: './main.js'},
      output: {
        path: path.join(root, 'build'),
        filename: 'assets/js/[name].[contenthash:8].js',
        chunkFilename: 'assets/js/[name].[contenthash:8].js',
      },
      optimization: {
        splitChunks: {
          cacheGroups: {common: {name: 'common', minChunks: 2, chunks: 'all', enforce: true}},
        },
      },
      plugins: [chunkGroupRecorder(generated)],
    });
    await new Promise<void>((resolve, reject) =>
      compiler.run((error, stats) => {
        compiler.close(() => undefined);
        if (error || stats?.hasErrors()) reject(error ?? new Error(String(stats)));
        else resolve();
      }),
    );
    const groups = JSON.parse(
      fs.readFileSync(path.join(generated, 'route-scripts', CHUNK_GROUPS_FILE), 'utf8'),
    ) as Record<string, string[]>;
    const name = (file: string) => file.replace(/\.[0-9a-f]{8}\.js$/, '');
    expect(Object.keys(groups).sort()).toEqual(['17896441', '1df93b7f', 'main']);
    expect(groups['17896441']!.map(name)).toEqual(['assets/js/common', 'assets/js/17896441']);
    expect(groups['1df93b7f']!.map(name)).toEqual(['assets/js/common', 'assets/js/1df93b7f']);
    for (const files of Object.values(groups))
      for (const file of files)
        expect(fs.existsSync(path.join(root, 'build', file)), file).toBe(true);
  });

  it('fails clearly when the stats lose namedChunkGroups or their assets[].name', () => {
    expect(() => chunkGroupFilesOf({chunkGroups: {}})).toThrow(
      /client build stats have no namedChunkGroups.*ROUTE_SCRIPTS=off/,
    );
    expect(() => chunkGroupFilesOf({namedChunkGroups: {main: {assets: ['main.js']}}})).toThrow(
      /chunk group "main" without assets\[\]\.name/,
    );
    expect(
      chunkGroupFilesOf({namedChunkGroups: {main: {assets: [{name: 'assets/js/main.1.js'}]}}}),
    ).toEqual({main: ['assets/js/main.1.js']});
  });
});
