import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {createRequire} from 'node:module';

const require = createRequire(__filename);
const {PATCHES} = require('./patches.cjs') as typeof import('./patches.cjs');

/** Matches the installed file of a patched module, with either path separator. */
export function moduleTest(module: string): RegExp {
  const escaped = module.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\//g, '[\\\\/]');
  return new RegExp(`[\\\\/]node_modules[\\\\/]${escaped}$`);
}

// Post-hydration updates of four Docusaurus providers become transitions (patches.cjs).
export default function hydrationTransitions(_context: LoadContext): Plugin {
  return {
    name: 'hydration-transitions',
    configureWebpack() {
      return {
        module: {
          rules: PATCHES.map((patch) => ({
            test: moduleTest(patch.module),
            enforce: 'pre' as const,
            use: [{loader: path.join(__dirname, 'loader.cjs')}],
          })),
        },
      };
    },
  };
}
