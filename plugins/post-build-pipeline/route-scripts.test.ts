// @vitest-environment node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {
  addRouteScripts,
  injectScripts,
  layoutRouteKeys,
  routeScriptFiles,
  routeScriptsEnabled,
} from './route-scripts';

const routes = {
  '/-e5f': {__comp: 'home', config: 'cfg'},
  '/playground-859': {__comp: 'pg', __context: {plugin: 'pages'}},
  '/docs-012': {__comp: 'docsRoot', __context: {plugin: 'docsPlugin'}},
  '/docs-624': {__comp: 'version', __props: 'versionProps'},
  '/docs/intro-a3f': {__comp: 'docItem', content: 'intro'},
  '/docs/install-77c': {__comp: 'docItem', content: 'install'},
  '/docs/install/windows-1b2': {__comp: 'docItem', content: 'windows'},
};
const layouts = new Set(['/docs-012', '/docs-624']);
const groups = {
  home: ['assets/js/home.1.js', 'assets/js/home.css'],
  cfg: ['assets/js/cfg.1.js'],
  pg: ['assets/js/pg.1.js'],
  pages: ['assets/js/pages.1.js'],
  docsRoot: ['assets/js/common.1.js', 'assets/js/docsRoot.1.js'],
  docsPlugin: ['assets/js/docsPlugin.1.js'],
  version: ['assets/js/version.1.js'],
  versionProps: ['assets/js/versionProps.1.js'],
  docItem: ['assets/js/common.1.js', 'assets/js/docItem.1.js'],
  intro: ['assets/js/intro.1.js'],
  install: ['assets/js/install.1.js'],
  windows: ['assets/js/windows.1.js'],
};

describe('routeScriptFiles', () => {
  it('lists a doc page with the layouts above it, each file once, scripts only', () => {
    expect(routeScriptFiles('/docs/intro', routes, groups, layouts)).toEqual([
      'assets/js/common.1.js',
      'assets/js/docsRoot.1.js',
      'assets/js/docsPlugin.1.js',
      'assets/js/version.1.js',
      'assets/js/versionProps.1.js',
      'assets/js/docItem.1.js',
      'assets/js/intro.1.js',
    ]);
  });

  it('keeps pages apart: the home page gets no docs layout, a page no other page', () => {
    expect(routeScriptFiles('/', routes, groups, layouts)).toEqual([
      'assets/js/home.1.js',
      'assets/js/cfg.1.js',
    ]);
    expect(routeScriptFiles('/playground', routes, groups, layouts)).toEqual([
      'assets/js/pg.1.js',
      'assets/js/pages.1.js',
    ]);
    expect(routeScriptFiles('/docs/install/windows', routes, groups, layouts)).toContain(
      'assets/js/windows.1.js',
    );
    expect(routeScriptFiles('/docs/install/windows', routes, groups, layouts)).not.toContain(
      'assets/js/intro.1.js',
    );
    // /docs/install is a page, not a layout, though /docs/install/windows starts with it.
    expect(routeScriptFiles('/docs/install/windows', routes, groups, layouts)).not.toContain(
      'assets/js/install.1.js',
    );
  });

  it('adds nothing for a URL no route matches (404 page)', () => {
    expect(routeScriptFiles('/404', routes, groups, layouts)).toEqual([]);
  });
});

describe('layoutRouteKeys', () => {
  it('reads which routes of routes.js are layouts (no exact: true)', () => {
    const routesJs = `export default [
  {
    path: '/playground',
    component: ComponentCreator('/playground', '859'),
    exact: true
  },
  {
    path: '/docs',
    component: ComponentCreator('/docs', '012'),
    routes: [
      {
        path: '/docs/intro',
        component: ComponentCreator('/docs/intro', 'a3f'),
        exact: true,
        sidebar: "course"
      },
    ]
  },
];`;
    expect([...layoutRouteKeys(routesJs)]).toEqual(['/docs-012']);
  });
});

const loader = (list: string) =>
  `<footer></footer><script data-scripts=${list}>(function(){})()</script></body>`;

describe('injectScripts', () => {
  const html = loader('"/assets/js/runtime~main.1.js /assets/js/main.2.js"');

  it("adds the route's chunks to the loader's list before main.js, skipping what it already lists", () => {
    const next = injectScripts(
      html,
      ['assets/js/a.js', 'assets/js/main.2.js', 'assets/js/b.js'],
      '/',
    );
    expect(next).toBe(
      loader('"/assets/js/runtime~main.1.js /assets/js/a.js /assets/js/b.js /assets/js/main.2.js"'),
    );
  });

  it('reads an unquoted list (one URL) and prefixes the base URL', () => {
    expect(injectScripts(loader('/repo/assets/js/main.2.js'), ['assets/js/a.js'], '/repo/')).toBe(
      loader('"/repo/assets/js/a.js /repo/assets/js/main.2.js"'),
    );
  });

  it('leaves a page without the loader or without main.js alone', () => {
    expect(injectScripts('<p>no scripts</p>', ['assets/js/a.js'], '/')).toBe('<p>no scripts</p>');
    const noMain = loader('"/assets/js/other.js"');
    expect(injectScripts(noMain, ['assets/js/a.js'], '/')).toBe(noMain);
  });
});

describe('routeScriptsEnabled', () => {
  it('is on unless ROUTE_SCRIPTS says off, and refuses a value it does not know', () => {
    expect(routeScriptsEnabled({})).toBe(true);
    expect(routeScriptsEnabled({ROUTE_SCRIPTS: 'on'})).toBe(true);
    expect(routeScriptsEnabled({ROUTE_SCRIPTS: 'off'})).toBe(false);
    expect(routeScriptsEnabled({ROUTE_SCRIPTS: ' OFF '})).toBe(false);
    expect(routeScriptsEnabled({ROUTE_SCRIPTS: '0'})).toBe(false);
    expect(() => routeScriptsEnabled({ROUTE_SCRIPTS: 'of'})).toThrow(/use "on" or "off"/);
  });
});

describe('addRouteScripts under a base URL', () => {
  let dir = '';
  afterEach(() => fs.rmSync(dir, {recursive: true, force: true}));

  it("gives the home page (route '/repo/', file index.html) its route chunks", async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'route-scripts-'));
    const generated = path.join(dir, 'generated');
    const out = path.join(dir, 'out');
    fs.mkdirSync(path.join(generated, 'route-scripts'), {recursive: true});
    fs.mkdirSync(path.join(out, 'docs'), {recursive: true});
    fs.writeFileSync(
      path.join(generated, 'routesChunkNames.json'),
      JSON.stringify({'/repo/-e5f': {__comp: 'home'}, '/repo/docs/intro-a3f': {__comp: 'intro'}}),
    );
    fs.writeFileSync(
      path.join(generated, 'routes.js'),
      `component: ComponentCreator('/repo/', 'e5f'),\n exact: true\n` +
        `component: ComponentCreator('/repo/docs/intro', 'a3f'),\n exact: true\n`,
    );
    fs.writeFileSync(
      path.join(generated, 'route-scripts', 'chunk-groups.json'),
      JSON.stringify({home: ['assets/js/home.1.js'], intro: ['assets/js/intro.1.js']}),
    );
    const page = loader('"/repo/assets/js/main.2.js"');
    fs.writeFileSync(path.join(out, 'index.html'), page);
    fs.writeFileSync(path.join(out, 'docs', 'intro.html'), page);

    expect(await addRouteScripts(out, generated, '/repo/')).toBe(2);
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe(
      loader('"/repo/assets/js/home.1.js /repo/assets/js/main.2.js"'),
    );
  });
});
