import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {EXAMPLES_MODULE_PATH, renderExamplesModule} from './generate-examples-module.mjs';

describe('examples.generated.ts', () => {
  it('matches examples/ (run `npx tsx scripts/generate-examples-module.mts` if not)', () => {
    expect(readFileSync(EXAMPLES_MODULE_PATH, 'utf8')).toBe(renderExamplesModule());
  });
});
