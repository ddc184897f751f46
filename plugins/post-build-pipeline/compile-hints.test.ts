// @vitest-environment node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {scriptLoader} from '../ssr-template';
import {addCompileHints, COMPILE_HINT, startupScripts} from './compile-hints';
import {steps} from './index';

let dir = '';
afterEach(() => fs.rmSync(dir, {recursive: true, force: true}));

const page = (scripts: string[]) =>
  `<main></main><script data-scripts="${scripts.join(' ')}">${scriptLoader()}</script></body>`;

function site(baseUrl: string): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hints-'));
  const js = path.join(dir, 'assets', 'js');
  fs.mkdirSync(path.join(dir, 'docs'), {recursive: true});
  fs.mkdirSync(js, {recursive: true});
  for (const name of [
    'runtime~main.1.js',
    'main.2.js',
    'a1.3.js',
    'b2.4.js',
    'engine.5e.js',
    'c3.6.js',
  ])
    fs.writeFileSync(path.join(js, name), `/* ${name} */`);
  const url = (name: string) => `${baseUrl}assets/js/${name}`;
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    page([url('runtime~main.1.js'), url('a1.3.js'), url('main.2.js')]),
  );
  fs.writeFileSync(
    path.join(dir, 'docs', 'intro.html'),
    page([url('runtime~main.1.js'), url('b2.4.js'), url('main.2.js')]),
  );
  return dir;
}

const read = (name: string) => fs.readFileSync(path.join(dir, 'assets', 'js', name), 'utf8');

describe('compile hints', () => {
  it.each(['/', '/repo/'])('hints the scripts some page starts with (base URL %s)', (baseUrl) => {
    const outDir = site(baseUrl);
    expect(startupScripts(outDir, baseUrl)).toEqual([
      'assets/js/a1.3.js',
      'assets/js/b2.4.js',
      'assets/js/main.2.js',
      'assets/js/runtime~main.1.js',
    ]);
    expect(addCompileHints(outDir, baseUrl)).toBe(5);
    expect(read('main.2.js')).toBe(`${COMPILE_HINT}\n/* main.2.js */`);
    expect(read('b2.4.js').split('\n')[0]).toBe(COMPILE_HINT);
    // The playground engine runs whole as soon as it arrives, on every page that loads it.
    expect(read('engine.5e.js')).toBe(`${COMPILE_HINT}\n/* engine.5e.js */`);
    // Another chunk no page starts with stays as it is.
    expect(read('c3.6.js')).toBe('/* c3.6.js */');
  });

  it('adds the hint once when the step runs again', () => {
    const outDir = site('/');
    addCompileHints(outDir, '/');
    expect(addCompileHints(outDir, '/')).toBe(0);
    expect(read('main.2.js')).toBe(`${COMPILE_HINT}\n/* main.2.js */`);
  });

  it('runs after the route chunks join the lists and before the precache records the files', () => {
    const names = steps.map((step) => step.name);
    const hints = names.findIndex((name) => /compile hints/.test(name));
    expect(hints).toBeGreaterThan(names.findIndex((name) => /route chunks/.test(name)));
    expect(hints).toBeLessThan(names.findIndex((name) => /precache/.test(name)));
  });
});
