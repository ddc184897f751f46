// A chapter that uses a component it does not import fails only at static rendering, late in
// `npm run build` ("Expected component `Playground` to be defined"); this finds it in seconds.
import {describe, expect, it} from 'vitest';
import {listDocs} from '../support/docs';

/** Components the site's MDX provider gives every page without an import (src/theme/MDXComponents). */
const PROVIDED = new Set(['Admonition', 'CodeBlock', 'Details', 'Head', 'Mermaid']);

/** Capitalised JSX tags outside code that the file neither imports nor gets from the provider. */
function unimportedComponents(mdx: string): string[] {
  const prose = mdx.replace(/^(```|~~~)[\s\S]*?^\1/gm, '').replace(/`[^`\n]*`/g, '');
  const used = new Set([...prose.matchAll(/<([A-Z][A-Za-z0-9]*)[\s/>]/g)].map((m) => m[1]!));
  const imported = new Set<string>();
  for (const [, clause] of mdx.matchAll(/^import\s+(.+?)\s+from\s/gm)) {
    for (const name of clause!.replace(/[{}]/g, ',').split(',')) {
      const local = name
        .trim()
        .split(/\s+as\s+/)
        .pop();
      if (local) imported.add(local);
    }
  }
  return [...used].filter((name) => !imported.has(name) && !PROVIDED.has(name)).sort();
}

describe('components used in MDX are imported', () => {
  it('finds a component used without its import, and ignores code and provided ones', () => {
    const mdx = [
      "import Quiz from '@site/src/components/Quiz';",
      "import {Foo as Bar} from './x';",
      '<Quiz /> <Bar/> <Details><summary>a</summary></Details>',
      '<Playground scenario="x" />',
      '`<Inline />`',
      '```tsx',
      '<InCode />',
      '```',
    ].join('\n');
    expect(unimportedComponents(mdx)).toEqual(['Playground']);
  });

  for (const doc of listDocs()) {
    it(doc.file, () => {
      expect(unimportedComponents(doc.source)).toEqual([]);
    });
  }
});
