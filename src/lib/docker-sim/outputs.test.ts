import {describe, expect, it} from 'vitest';
import {OUTPUT_ROWS} from './fixtures/outputs';
import {runAll, templateToRegExp, testEngine} from './test-helpers';

describe('table of real Docker outputs', () => {
  it('has a source and a verification note on every row', () => {
    for (const row of OUTPUT_ROWS) {
      expect(row.source, row.id).toBeTypeOf('string');
      expect(row.source.trim().length, `${row.id}: source`).toBeGreaterThan(10);
      expect(row.verified, row.id).toBeTypeOf('string');
      expect(row.verified.trim().length, `${row.id}: verified`).toBeGreaterThan(10);
    }
  });

  it('has at least 70 rows', () => {
    expect(OUTPUT_ROWS.length).toBeGreaterThanOrEqual(70);
  });

  for (const row of OUTPUT_ROWS) {
    it(`matches: ${row.id}`, () => {
      const engine = testEngine();
      runAll(engine, row.setup);
      const r = engine.run(row.line);
      if (row.stdout !== undefined) expect(r.stdout).toMatch(templateToRegExp(row.stdout));
      if (row.stderr !== undefined) expect(r.stderr).toMatch(templateToRegExp(row.stderr));
      expect(r.exitCode).toBe(row.exitCode);
    });
  }
});
