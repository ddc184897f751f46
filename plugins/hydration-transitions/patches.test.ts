import fs from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';
import {describe, expect, it} from 'vitest';

const require = createRequire(__filename);
const {PATCHES, patchFor, patchSource} = require('./patches.cjs') as typeof import('./patches.cjs');
const nodeModules = path.resolve(__dirname, '../../node_modules');

describe('hydration-transitions patches', () => {
  for (const patch of PATCHES) {
    it(`applies to the installed ${patch.module} and wraps its effect's update in startTransition`, () => {
      const file = path.join(nodeModules, patch.module);
      const source = fs.readFileSync(file, 'utf8');
      expect(source).not.toContain('startTransition');
      const patched = patchSource(file, source);
      // One import and one call, each where the edit put it.
      expect(patched.match(/startTransition/g)).toHaveLength(2);
      for (const edit of patch.edits) expect(patched).toContain(edit.replace);
      // Nothing else of the file changes.
      const rest = patch.edits.reduce(
        (text, edit) => text.replace(edit.replace, edit.find),
        patched,
      );
      expect(rest).toBe(source);
    });
  }

  it('fails the build, naming the module and the edit, when Docusaurus changed the file', () => {
    const patch = PATCHES[0]!;
    const file = path.join(nodeModules, patch.module);
    const changed = fs
      .readFileSync(file, 'utf8')
      .replace(patch.edits[1]!.find, '        setIsBrowser(() => true);');
    expect(() => patchSource(file, changed)).toThrow(
      /^hydration-transitions: @docusaurus\/core\/lib\/client\/browserContext\.js holds no copies of " {8}setIsBrowser\(true\);"; Docusaurus changed this file/,
    );
  });

  it('leaves other files alone, also a file of the same name in another package', () => {
    const source = 'setIsBrowser(true);';
    expect(patchSource('/site/node_modules/other/lib/client/browserContext.js', source)).toBe(
      source,
    );
    expect(patchFor('/site/src/browserContext.js')).toBeUndefined();
  });

  it('finds the modules under Windows paths too', () => {
    const windowsPath = 'C:\\site\\node_modules\\@docusaurus\\core\\lib\\client\\browserContext.js';
    expect(patchFor(windowsPath)?.module).toBe('@docusaurus/core/lib/client/browserContext.js');
    expect(
      patchFor('/site/node_modules/@docusaurus/core/lib/client/browserContext.js.map'),
    ).toBeUndefined();
  });
});
