// Chapters state versions that src/data/versions.ts holds: version lines no older than its
// Engine and Compose majors, and "current", "latest" and "minimum" versions from the data.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {VERSIONS} from '../../src/data/versions';
import {checkVersionLine, checkVersionProse} from '../../src/lib/versions/stamps';
import {listDocs} from '../support/docs';

const fixture = readFileSync(
  path.join(__dirname, '../fixtures/version-stamps/chapter.mdx'),
  'utf8',
);

describe('version data', () => {
  it('gives every version a source and a number prose can state', () => {
    for (const [key, fact] of Object.entries(VERSIONS)) {
      expect(fact.source.length, key).toBeGreaterThan(10);
      expect(fact.versions.length, key).toBeGreaterThan(0);
      for (const version of fact.versions) expect(version, key).toMatch(/^\d+(?:\.\d+)*$/);
    }
  });
});

describe('version checks on a fixture chapter', () => {
  it('flags a version line older than the data’s Engine and Compose majors', () => {
    expect(checkVersionLine(fixture).map((p) => p.message)).toEqual([
      expect.stringMatching(/^version line names Docker Engine 28, older than Docker Engine 29/),
      expect.stringMatching(/^version line names Compose v2, older than Docker Compose 5/),
    ]);
  });

  it('flags current and minimum versions outside the data, and only those', () => {
    expect(checkVersionProse(fixture).map((p) => `${p.line}: ${p.message.split('"')[1]}`)).toEqual([
      '7: Docker Engine 28.5',
      '7: WSL 2.0.9',
    ]);
  });
});

describe('every chapter in docs/ states versions from the data', () => {
  for (const doc of listDocs()) {
    it(doc.file, () => {
      const problems = [...checkVersionLine(doc.source), ...checkVersionProse(doc.source)];
      expect(problems.map((p) => `docs/${doc.file}:${p.line} ${p.message}`)).toEqual([]);
    });
  }
});
