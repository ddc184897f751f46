// @vitest-environment node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {emptyFiles, waitUntilWritten} from './written-files';

let dir = '';
afterEach(() => fs.rmSync(dir, {recursive: true, force: true}));

function tree(): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'written-'));
  fs.mkdirSync(path.join(dir, 'index'));
  fs.writeFileSync(path.join(dir, 'pagefind.js'), 'export {}');
  fs.writeFileSync(path.join(dir, 'index', 'ko.pf_index'), '');
  return dir;
}

describe('waiting for Pagefind output', () => {
  it('lists empty files in subfolders too', () => {
    expect(emptyFiles(tree())).toEqual([path.join(dir, 'index', 'ko.pf_index')]);
  });

  it('returns once a late write has landed', async () => {
    const root = tree();
    setTimeout(() => fs.writeFileSync(path.join(root, 'index', 'ko.pf_index'), 'data'), 120);
    expect(await waitUntilWritten(root, 5_000, 20)).toEqual([]);
  });

  it('gives up after the timeout and names what is still empty', async () => {
    expect(await waitUntilWritten(tree(), 100, 20)).toEqual([
      path.join(dir, 'index', 'ko.pf_index'),
    ]);
  });
});
