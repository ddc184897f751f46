import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkChapterFrame} from '../../src/lib/chapter-frame';
import {listDocs, NOT_CHAPTERS} from '../support/docs';

const fixture = (name: string) =>
  fs.readFileSync(path.join(__dirname, '../fixtures/chapters', name), 'utf8');

describe('chapter frame checker', () => {
  it('accepts a complete chapter', () => {
    expect(checkChapterFrame(fixture('complete.mdx'))).toEqual([]);
  });

  it('names every missing part of a broken chapter', () => {
    const rules = checkChapterFrame(fixture('broken.mdx')).map((problem) => problem.rule);
    expect(rules).toEqual(
      expect.arrayContaining([
        'description',
        'version-line',
        'goals',
        'summary',
        'quiz',
        'references',
      ]),
    );
  });

  it('rejects the old unbracketed admonition title, which renders as plain text', () => {
    const source = fixture('complete.mdx').replace(
      ':::info[이 장을 마치면]',
      ':::info 이 장을 마치면',
    );
    expect(checkChapterFrame(source).map((problem) => problem.rule)).toContain('goals');
  });
});

describe('every chapter in docs/ follows the frame', () => {
  const docs = listDocs();
  it('finds the chapters', () => {
    expect(docs.length).toBeGreaterThan(0);
  });
  for (const doc of docs) {
    if (doc.file in NOT_CHAPTERS) continue;
    it(doc.file, () => {
      expect(checkChapterFrame(doc.source).map((problem) => problem.message)).toEqual([]);
    });
  }
  it('lists only existing pages as exceptions', () => {
    const files = new Set(docs.map((doc) => doc.file));
    for (const file of Object.keys(NOT_CHAPTERS)) expect(files.has(file), file).toBe(true);
  });
});
