// @vitest-environment node
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {afterAll, describe, expect, it} from 'vitest';
import {zipInfo, zipNames, zipRead, zipTest} from '../../tests/support/unzip';
import {crc32, createZip, type ZipEntry} from './zip';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dg-zip-'));
afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));

let written = 0;
function save(bytes: Uint8Array): string {
  const file = path.join(dir, `${written++}.zip`);
  fs.writeFileSync(file, bytes);
  return file;
}

const text = (value: string) => Buffer.from(value, 'utf8');
const SAMPLE: ZipEntry[] = [
  {path: 'examples/app/src/'},
  {path: 'examples/app/src/server.js', content: text('console.log("안녕하세요");\n'.repeat(40))},
  {path: 'examples/app/'},
  {path: 'examples/'},
  {path: 'examples/app/.dockerignore', content: text('node_modules\n')},
  {path: 'examples/app/empty.txt', content: new Uint8Array(0)},
];

describe('crc32', () => {
  it('gives the check value of CRC-32/ISO-HDLC and agrees with zlib on random bytes', () => {
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
    const random = crypto.randomBytes(10_000);
    expect(crc32(random)).toBe(zlib.crc32(random));
  });
});

describe('createZip', () => {
  it('unzips (Info-ZIP) to the same names and bytes, every CRC correct', () => {
    const file = save(createZip(SAMPLE));
    expect(zipTest(file)).toMatch(/^No errors detected/);
    for (const entry of SAMPLE.filter((e) => e.content)) {
      expect(zipRead(file, entry.path).equals(Buffer.from(entry.content!)), entry.path).toBe(true);
    }
  });

  it('lists entries sorted by path, whatever order they come in', () => {
    const names = zipNames(save(createZip(SAMPLE)));
    expect(names).toEqual([
      'examples/',
      'examples/app/',
      'examples/app/.dockerignore',
      'examples/app/empty.txt',
      'examples/app/src/',
      'examples/app/src/server.js',
    ]);
    expect(createZip([...SAMPLE].reverse()).equals(createZip(SAMPLE))).toBe(true);
  });

  it('gives identical bytes on every run', () => {
    const first = createZip(SAMPLE);
    const second = createZip(SAMPLE.map((entry) => ({...entry})));
    expect(second.equals(first)).toBe(true);
  });

  it('dates every entry 1980-01-01 00:00 with fixed Unix permissions (files 644, folders 755)', () => {
    const lines = zipInfo(save(createZip(SAMPLE))).filter((line) => /examples\//.test(line));
    expect(lines).toHaveLength(SAMPLE.length);
    for (const line of lines) {
      expect(line, line).toMatch(/ unx /);
      expect(line, line).toMatch(/ 80-Jan-01 00:00 /);
      expect(line, line).toMatch(line.endsWith('/') ? /^drwxr-xr-x / : /^-rw-r--r-- /);
    }
  });

  it('deflates what shrinks and stores what does not', () => {
    const random = crypto.randomBytes(4096);
    const file = save(
      createZip([
        {path: 'a.txt', content: text('a'.repeat(4096))},
        {path: 'b.bin', content: random},
      ]),
    );
    const [a, b] = zipInfo(file).filter((line) => /\s[ab]\.(txt|bin)$/.test(line));
    expect(a).toMatch(/ defN /);
    expect(b).toMatch(/ stor /);
    expect(zipRead(file, 'b.bin').equals(random)).toBe(true);
    expect(fs.statSync(file).size).toBeLessThan(4096 + 1024);
  });

  it('refuses paths that could unpack outside the target folder, and duplicates', () => {
    for (const bad of ['/etc/passwd', '../x', 'a/../../x', 'a//b', 'a\\b', './a', '']) {
      expect(() => createZip([{path: bad, content: text('x')}]), bad).toThrow(/unsafe or empty/);
    }
    expect(() =>
      createZip([
        {path: 'a', content: text('1')},
        {path: 'a', content: text('2')},
      ]),
    ).toThrow(/appears twice/);
    expect(() => createZip([{path: 'a/', content: text('1')}])).toThrow(/folder a\/ has content/);
    expect(() => createZip([{path: 'a'}])).toThrow(/file a has no content/);
  });
});
