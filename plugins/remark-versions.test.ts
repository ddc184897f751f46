import {toString} from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {describe, expect, it} from 'vitest';
import {VERSIONS} from '../src/data/versions';
import remarkVersions from './remark-versions';

/** Parses MDX with directives as Docusaurus does, runs the plugin, returns the tree. */
function run(mdx: string, path = 'docs/x.mdx') {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkDirective)
    .use(remarkVersions);
  return processor.runSync(processor.parse(mdx), {path});
}

describe('remarkVersions', () => {
  it('writes the data’s text for :ver[key], in prose and inside JSX', () => {
    const tree = run(
      '현재 Docker Engine은 :ver[engine], Compose는 :ver[compose]입니다.\n\n<p>Fedora :ver[fedora]</p>\n',
    );
    const text = toString(tree);
    expect(text).toContain(
      `현재 Docker Engine은 ${VERSIONS.engine.text}, Compose는 ${VERSIONS.compose.text}입니다.`,
    );
    expect(text).toContain(`Fedora ${VERSIONS.fedora.text}`);
    expect(JSON.stringify(tree)).not.toContain('textDirective');
  });

  it('fails on a key the data does not have, naming the file and line', () => {
    expect(() => run('첫 줄\n\n:ver[kernel]\n')).toThrow(
      /docs\/x\.mdx:3: :ver\[kernel\] is not in src\/data\/versions\.ts/,
    );
  });

  it('leaves other directives to Docusaurus', () => {
    const tree = run('약어 :abbr[HTML]\n');
    expect(JSON.stringify(tree)).toContain('"name":"abbr"');
  });
});
