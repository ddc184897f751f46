import type {LoadContext, Plugin} from '@docusaurus/types';

interface Rule {
  resourceQuery?: unknown;
}

// `import text from '@site/examples/app/Dockerfile?raw'` gives the file's text,
// so chapters show the example projects exactly as they are on disk.
export default function rawImports(_context: LoadContext): Plugin {
  return {
    name: 'raw-imports',
    configureWebpack(config) {
      for (const rule of (config.module?.rules ?? []) as Rule[]) {
        if (rule && typeof rule === 'object' && rule.resourceQuery === undefined) {
          rule.resourceQuery = {not: [/raw/]};
        }
      }
      return {module: {rules: [{resourceQuery: /raw/, type: 'asset/source'}]}};
    },
  };
}
