import {getConfig} from '@testing-library/react';
import {describe, expect, it} from 'vitest';

// Not imported from tests/support/dom-setup.ts: importing it would configure the timeout itself.
describe('the component project setup', () => {
  it("gives waitFor and findBy… time for the engine's chunk on a busy machine", () => {
    expect(getConfig().asyncUtilTimeout).toBeGreaterThanOrEqual(10_000);
  });
});
