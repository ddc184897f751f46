import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {createRequire} from 'node:module';

const require = createRequire(__filename);
const {patchFor} = require('./patches.cjs') as typeof import('./patches.cjs');

// Post-hydration updates of four Docusaurus providers become transitions (patches.cjs).
export default function hydrationTransitions(_context: LoadContext): Plugin {
  return {
    name: 'hydration-transitions',
    configureWebpack() {
      return {
        module: {
          rules: [
            {
              // The loader's own lookup decides, so the two cannot disagree about a path.
              test: (resource: string) => patchFor(resource) !== undefined,
              enforce: 'pre' as const,
              use: [{loader: path.join(__dirname, 'loader.cjs')}],
            },
          ],
        },
      };
    },
  };
}
