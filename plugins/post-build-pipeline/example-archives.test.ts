// @vitest-environment node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import {afterEach, describe, expect, it} from 'vitest';
import {trackedExampleFiles as trackedFiles} from '../../tests/support/examples';
import {zipNames, zipRead, zipTest} from '../../tests/support/unzip';
import {
  archiveExample,
  archiveInfo,
  buildExampleArchives,
  exampleNames,
  writeExampleArchives,
} from './example-archives';
import postBuildPipeline, {archivesDataPath, steps} from './index';

const ROOT = path.resolve(__dirname, '../..');
const EXAMPLES = path.join(ROOT, 'examples');

let dir = '';
afterEach(() => fs.rmSync(dir, {recursive: true, force: true}));
function tempDir(): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dg-archives-'));
  return dir;
}

function writeTree(root: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), {recursive: true});
    fs.writeFileSync(path.join(root, name), content);
  }
}

describe('example archives', () => {
  it('archive every tracked file of each example, and nothing else', () => {
    const archives = buildExampleArchives(EXAMPLES);
    expect(archives.map((a) => a.name)).toEqual([
      'advanced',
      'compose-app',
      'java-app',
      'k8s',
      'node-app',
      'python-app',
      'static-site',
    ]);
    for (const archive of archives)
      expect(archive.files, archive.name).toEqual(trackedFiles(archive.name));
  });

  it('unpack to examples/<name>/ with every file byte for byte', () => {
    const out = tempDir();
    const archive = archiveExample(EXAMPLES, 'node-app');
    const file = path.join(out, 'node-app.zip');
    fs.writeFileSync(file, archive.bytes);
    expect(zipTest(file)).toMatch(/^No errors detected/);
    const names = zipNames(file);
    expect(names.slice(0, 2)).toEqual(['examples/', 'examples/node-app/']);
    expect(names.filter((n) => !n.endsWith('/'))).toEqual(
      archive.files.map((f) => `examples/node-app/${f}`),
    );
    for (const relative of archive.files) {
      const original = fs.readFileSync(path.join(EXAMPLES, 'node-app', relative));
      expect(zipRead(file, `examples/node-app/${relative}`).equals(original), relative).toBe(true);
    }
  });

  it('leave out dependencies, build outputs, caches, OS litter and a local .env', () => {
    const examples = tempDir();
    writeTree(examples, {
      'app/package.json': '{}',
      'app/.env.example': 'PORT=3000\n',
      'app/.env': 'SECRET=1\n',
      'app/.DS_Store': 'x',
      'app/node_modules/left-pad/index.js': 'x',
      'app/dist/bundle.js': 'x',
      'app/target/app.jar': 'x',
      'app/src/__pycache__/main.cpython-313.pyc': 'x',
      'app/src/main.py': 'print(1)\n',
      'app/src/stray.pyc': 'x',
      'app/npm-debug.log': 'x',
      'README.md': 'not an example',
      'node_modules/x/index.js': 'not an example either',
    });
    expect(exampleNames(examples)).toEqual(['app']);
    expect(archiveExample(examples, 'app').files).toEqual([
      '.env.example',
      'package.json',
      'src/main.py',
    ]);
  });

  it('give identical bytes for identical files, whatever their timestamps', () => {
    const first = archiveExample(EXAMPLES, 'compose-app').bytes;
    const copy = path.join(tempDir(), 'examples');
    fs.cpSync(EXAMPLES, copy, {recursive: true});
    const later = new Date('2031-05-06T07:08:09Z');
    for (const file of fs.readdirSync(copy, {recursive: true, withFileTypes: true})) {
      if (file.isFile()) fs.utimesSync(path.join(file.parentPath, file.name), later, later);
    }
    expect(archiveExample(copy, 'compose-app').bytes.equals(first)).toBe(true);
  });

  it('are written with the sizes the pages show, and the build fails when those differ', () => {
    const out = tempDir();
    const archives = buildExampleArchives(EXAMPLES);
    expect(writeExampleArchives(out, archives, archives.map(archiveInfo))).toBe(7);
    for (const archive of archives) {
      expect(fs.statSync(path.join(out, 'examples', `${archive.name}.zip`)).size).toBe(
        archive.size,
      );
    }
    const stale = archives.map((a) => ({...archiveInfo(a), size: a.size - 1}));
    expect(() => writeExampleArchives(out, archives, stale)).toThrow(/the pages show \d+ bytes/);
    expect(() => writeExampleArchives(out, archives, [])).toThrow(/the pages show no archive/);
  });
});

describe('the archive step of the post-build pipeline', () => {
  it('runs after the redirects and CSP steps, right before the precache', () => {
    const names = steps.map((step) => step.name);
    const archives = names.findIndex((name) => /example archives/.test(name));
    expect(archives).toBe(names.length - 2);
    expect(names[archives + 1]).toMatch(/precache/);
  });

  it('writes build/examples/<name>.zip from the list the plugin gave the pages', async () => {
    const root = tempDir();
    const siteDir = path.join(root, 'site');
    const outDir = path.join(root, 'build');
    writeTree(path.join(siteDir, 'examples'), {
      'hello/Dockerfile': 'FROM alpine:3.22\n',
      'hello/src/hi.sh': 'echo hi\n',
    });
    const context = {siteDir, generatedFilesDir: path.join(root, '.docusaurus')} as LoadContext;
    const plugin = postBuildPipeline(context);
    const created: Record<string, string> = {};
    await plugin.contentLoaded!({
      content: undefined,
      actions: {
        createData: async (name: string, data: string) => {
          created[name] = data;
          const file = archivesDataPath(context.generatedFilesDir);
          fs.mkdirSync(path.dirname(file), {recursive: true});
          fs.writeFileSync(file, data);
          return file;
        },
      } as never,
    });
    expect(JSON.parse(created['example-archives.json']!)).toEqual([
      {name: 'hello', path: 'examples/hello.zip', size: expect.any(Number), fileCount: 2},
    ]);
    const step = steps.find((s) => /example archives/.test(s.name))!;
    await step.run(outDir, context);
    expect(zipNames(path.join(outDir, 'examples', 'hello.zip'))).toEqual([
      'examples/',
      'examples/hello/',
      'examples/hello/Dockerfile',
      'examples/hello/src/',
      'examples/hello/src/hi.sh',
    ]);
  });
});
