import {describe, expect, it} from 'vitest';
import {glossary} from '../../src/data/glossary';
import {listDocs} from '../support/docs';

describe('glossary', () => {
  const urls = new Set(listDocs().map((doc) => doc.url));

  it('has unique ids and unique Korean terms', () => {
    const ids = glossary.map((entry) => entry.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    const terms = glossary.map((entry) => entry.ko);
    expect(terms.filter((term, index) => terms.indexOf(term) !== index)).toEqual([]);
  });

  it('uses kebab-case ids usable as anchors', () => {
    for (const entry of glossary) expect(entry.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('fills every field', () => {
    for (const entry of glossary) {
      expect(entry.ko.trim(), entry.id).not.toBe('');
      expect(entry.en.trim(), entry.id).not.toBe('');
      expect(entry.definition.length, entry.id).toBeGreaterThan(15);
    }
  });

  it('links every term to a chapter that exists', () => {
    const dead = glossary.filter((entry) => !urls.has(entry.chapter.split('#')[0]!));
    expect(dead.map((entry) => `${entry.id} → ${entry.chapter}`)).toEqual([]);
  });
});
