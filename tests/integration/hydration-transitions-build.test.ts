// The four hydration-transitions edits (plugins/hydration-transitions/patches.cjs) are in the
// built JavaScript. The loader edits files it recognises by path; if a resolver ever gave them
// paths it does not recognise, the build would still pass, with the updates back in React's
// unsliced default lane. Needs `npm run build` first.
import fs from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';
import {describe, expect, it} from 'vitest';
import {requireBuild} from '../support/build';

const require = createRequire(__filename);
const {PATCHES} =
  require('../../plugins/hydration-transitions/patches.cjs') as typeof import('../../plugins/hydration-transitions/patches.cjs');

describe('the hydration-transitions edits in the build', () => {
  const jsDir = path.join(requireBuild(), 'assets', 'js');
  const scripts = fs
    .readdirSync(jsDir)
    .filter((file) => file.endsWith('.js'))
    .map((file) => fs.readFileSync(path.join(jsDir, file), 'utf8'));

  for (const patch of PATCHES) {
    it(`${patch.module}: its update runs in startTransition`, () => {
      expect(scripts.some((text) => patch.built.test(text))).toBe(true);
    });
  }
});
