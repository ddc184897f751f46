import path from 'node:path';
import {compile, evaluate} from '@mdx-js/mdx';
import * as runtime from 'react/jsx-runtime';
import {renderToStaticMarkup} from 'react-dom/server';
import {createElement} from 'react';
import {describe, expect, it} from 'vitest';
import CodeBlock from '../../src/theme/CodeBlock';
import remarkHighlightCode from './remark';

const siteDir = path.resolve(__dirname, '../..');
const plugin: [typeof remarkHighlightCode, {siteDir: string}] = [remarkHighlightCode, {siteDir}];

async function render(mdx: string): Promise<string> {
  const {default: Content} = await evaluate(mdx, {...runtime, remarkPlugins: [plugin]});
  return renderToStaticMarkup(createElement(Content, {components: {CodeBlock}}));
}

describe('remarkHighlightCode', () => {
  it('renders a fenced block as coloured HTML inside the site CodeBlock', async () => {
    const html = await render('```bash\ndocker ps -a\n```\n');
    expect(html).toContain('class="dg-code');
    expect(html).toContain('<span class="token function">docker</span>');
    expect(html).toMatch(/<pre[^>]*tabindex="0"/);
  });

  it('keeps a title given in the fence', async () => {
    const html = await render('```yaml title="compose.yaml"\nservices: {}\n```\n');
    expect(html).toContain('compose.yaml</div>');
  });

  it('leaves Mermaid fences to theme-mermaid', async () => {
    const {value} = await compile('```mermaid\ngraph TD; A-->B\n```\n', {remarkPlugins: [plugin]});
    expect(String(value)).not.toContain('CodeBlock');
  });

  it('highlights a <CodeBlock> fed by a ?raw import from the file on disk, without shipping the text twice', async () => {
    const mdx = [
      "import composeYaml from '@site/examples/compose-app/compose.yaml?raw';",
      '',
      '<CodeBlock language="yaml" title="compose.yaml">{composeYaml}</CodeBlock>',
      '',
    ].join('\n');
    const {value} = await compile(mdx, {remarkPlugins: [plugin]});
    const code = String(value);
    expect(code).toContain('html: "');
    expect(code).toMatch(/token key atrule[^"]*\\?"?>services/);
    expect(code).not.toMatch(/children: composeYaml/);
  });

  it('names the file and line of a fence in an unknown language', async () => {
    await expect(
      compile(
        {path: 'docs/x.mdx', value: 'text\n\n```dockrefile\nFROM x\n```\n'},
        {remarkPlugins: [plugin]},
      ),
    ).rejects.toThrow(/docs\/x\.mdx:3.*dockrefile/);
  });
});
