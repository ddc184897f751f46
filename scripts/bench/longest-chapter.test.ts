// @vitest-environment node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {articleBytes, longestChapter} from './longest-chapter';

let dir = '';
afterEach(() => fs.rmSync(dir, {recursive: true, force: true}));

function write(file: string, html: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
  fs.writeFileSync(path.join(dir, file), html);
}

describe('longestChapter', () => {
  it('measures the article only', () => {
    expect(articleBytes('<nav>long sidebar</nav><article>가나</article>')).toBe(
      Buffer.byteLength('<article>가나'),
    );
    expect(articleBytes('<meta http-equiv="refresh" content="0; url=/docs/x">')).toBe(0);
  });

  it('picks the chapter with the largest article, outside docs/ ignored', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'longest-'));
    write('index.html', `<article>${'x'.repeat(5000)}</article>`);
    write('docs/intro.html', `<article>${'x'.repeat(100)}</article>`);
    write('docs/containers/namespaces.html', `<article>${'x'.repeat(900)}</article>`);
    write('docs/old-name.html', '<meta http-equiv="refresh" content="0; url=/docs/intro">');
    expect(longestChapter(dir)).toEqual({
      path: '/docs/containers/namespaces',
      articleBytes: 909,
    });
  });
});
