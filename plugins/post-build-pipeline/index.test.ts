// @vitest-environment node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import {afterEach, describe, expect, it, vi} from 'vitest';
import postBuildPipeline, {steps} from './index';
import {scriptLoader} from '../ssr-template';

const SAMPLE = path.join(__dirname, '__fixtures__', 'docusaurus-3.10.2');
const PAGE =
  '<main>intro</main><script data-scripts="/assets/js/runtime~main.082c1207.js ' +
  `/assets/js/main.a9541eab.js">${scriptLoader()}</script></body>`;

let dir = '';
afterEach(() => {
  vi.unstubAllEnvs();
  fs.rmSync(dir, {recursive: true, force: true});
});

/** A built page and the generated files of the 3.10.2 sample. */
function site(): {outDir: string; context: LoadContext} {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pipeline-'));
  const outDir = path.join(dir, 'build');
  const generatedFilesDir = path.join(dir, '.docusaurus');
  fs.mkdirSync(path.join(outDir, 'docs'), {recursive: true});
  fs.mkdirSync(path.join(generatedFilesDir, 'route-scripts'), {recursive: true});
  fs.writeFileSync(path.join(outDir, 'docs', 'intro.html'), PAGE);
  for (const [from, to] of [
    ['routesChunkNames.json', 'routesChunkNames.json'],
    ['routes.js.txt', 'routes.js'],
    ['chunk-groups.json', 'route-scripts/chunk-groups.json'],
  ] as const)
    fs.copyFileSync(path.join(SAMPLE, from), path.join(generatedFilesDir, to));
  return {outDir, context: {generatedFilesDir, baseUrl: '/'} as LoadContext};
}

const routeScriptsStep = steps[0]!;
const page = (outDir: string) => fs.readFileSync(path.join(outDir, 'docs', 'intro.html'), 'utf8');

describe('ROUTE_SCRIPTS switch', () => {
  it('is the first step of the pipeline', () => {
    expect(routeScriptsStep.name).toMatch(/route chunks/);
  });

  it('on (default): the page lists its route chunks', async () => {
    vi.stubEnv('ROUTE_SCRIPTS', '');
    const {outDir, context} = site();
    await routeScriptsStep.run(outDir, context);
    expect(page(outDir)).not.toBe(PAGE);
    expect(page(outDir)).toContain('/assets/js/f8409a7e.c8589400.js');
  });

  it('off: every page stays as Docusaurus wrote it, and the generated files are not read', async () => {
    vi.stubEnv('ROUTE_SCRIPTS', 'off');
    const {outDir, context} = site();
    fs.rmSync(context.generatedFilesDir, {recursive: true});
    await routeScriptsStep.run(outDir, context);
    expect(page(outDir)).toBe(PAGE);
  });

  it('off: the client build gets no chunk-group recorder', () => {
    const context = {generatedFilesDir: '/tmp/unused'} as LoadContext;
    const plugin = postBuildPipeline(context);
    vi.stubEnv('ROUTE_SCRIPTS', 'on');
    const configure = (isServer: boolean) =>
      plugin.configureWebpack!({}, isServer, {} as never, {} as never);
    expect(configure(false)).toEqual({plugins: [expect.anything()]});
    vi.stubEnv('ROUTE_SCRIPTS', 'off');
    expect(configure(false)).toEqual({});
    expect(configure(true)).toEqual({});
  });
});
