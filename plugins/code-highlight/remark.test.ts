import path from 'node:path';
import {compile, evaluate} from '@mdx-js/mdx';
import * as runtime from 'react/jsx-runtime';
import {renderToStaticMarkup} from 'react-dom/server';
import {createElement} from 'react';
import {describe, expect, it} from 'vitest';
import CodeBlock from '../../src/theme/CodeBlock';
import {listDocs} from '../../tests/support/docs';
import {textOf} from '../../tests/utils/ssr';
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

  it('marks the lines of a {…} range with Docusaurus’ highlighted-line class', async () => {
    const html = await render('```yaml {2}\nservices:\n  web:\n    image: nginx\n```\n');
    const lines = html.match(/<span class="dg-code__line[^"]*">/g);
    expect(lines).toEqual([
      '<span class="dg-code__line">',
      '<span class="dg-code__line theme-code-block-highlighted-line">',
      '<span class="dg-code__line">',
    ]);
    expect(html).toMatch(
      /theme-code-block-highlighted-line"> {2}<span class="token key atrule">web/,
    );
  });

  it('leaves a block without line words unsplit', async () => {
    const html = await render('```bash\ndocker ps\ndocker images\n```\n');
    expect(html).not.toContain('dg-code__line');
  });

  it('numbers the lines, from a given first number, without putting numbers in the text', async () => {
    const html = await render('```dockerfile showLineNumbers=9\nFROM node:22\nUSER node\n```\n');
    expect(html).toMatch(/<code class="[^"]*numbered[^"]*" style="counter-reset:dg-line 8/);
    expect(html.match(/class="dg-code__line"/g)).toHaveLength(2);
    expect(textOf(html.match(/<code[^>]*>([\s\S]*?)<\/code>/)![1]!)).toBe('FROM node:22 USER node');
  });

  it('removes magic comments from the shown code and highlights the lines they mark', async () => {
    const html = await render(
      [
        '```bash showLineNumbers',
        'docker network create app',
        '# highlight-next-line',
        'docker run -d --network app --name db postgres:17',
        '# highlight-start',
        'docker run -d --network app --name web nginx',
        'docker ps',
        '# highlight-end',
        '```',
        '',
      ].join('\n'),
    );
    const code = html.match(/<code[^>]*>([\s\S]*?)<\/code>/)![1]!;
    expect(code).not.toContain('highlight-');
    const lines = code.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines.map((line) => line.includes('theme-code-block-highlighted-line'))).toEqual([
      false,
      true,
      true,
      true,
    ]);
    expect(textOf(lines[1]!)).toBe('docker run -d --network app --name db postgres:17');
  });

  it('passes the host reason and the text words on to the block', async () => {
    const html = await render(
      [
        '```bash host="kernel"',
        'sudo unshare --pid --fork --mount-proc bash',
        '```',
        '',
        '```text output source="docker/cli@v29.0.0 cli/command/container/run.go"',
        'Usage:  docker run',
        '```',
        '',
        '```text example',
        'abc123',
        '```',
        '',
      ].join('\n'),
    );
    expect(html).toMatch(/<div class="dg-code[^"]*language-bash[^"]*" data-host="kernel">/);
    expect(html).toContain('내 컴퓨터에서');
    expect(html).toMatch(
      /<figure class="dg-code[^"]*" data-output="" data-source="docker\/cli@v29\.0\.0 cli\/command\/container\/run\.go">/,
    );
    expect(html).toContain('docker/cli@v29.0.0 cli/command/container/run.go</figcaption>');
    expect(html).toMatch(/<figure class="dg-code[^"]*" data-example="">/);
  });

  it('reads metastring, title and showLineNumbers props of a <CodeBlock> fed by a ?raw import', async () => {
    const mdx = [
      "import dockerfile from '@site/examples/node-app/Dockerfile?raw';",
      '',
      '<CodeBlock language="dockerfile" title="Dockerfile" metastring="{2}" showLineNumbers>{dockerfile}</CodeBlock>',
      '',
    ].join('\n');
    const {value} = await compile(mdx, {remarkPlugins: [plugin]});
    const code = String(value);
    expect(code).toMatch(/showLineNumbers: 1\b/);
    expect(code).toMatch(/title: "Dockerfile"/);
    expect(code).toMatch(
      /dg-code__line theme-code-block-highlighted-line\\"><span class=\\"token instruction\\"><span class=\\"token keyword\\">FROM/,
    );
    expect(code).not.toMatch(/metastring/);
  });

  it('names the file and line of a bad meta word, a bad range or misplaced words', async () => {
    const cases: [string, RegExp][] = [
      ['```bash runnable\nls\n```\n', /docs\/x\.mdx:3: bad code meta: unknown meta word runnable/],
      ['```bash host="docker"\nls\n```\n', /docs\/x\.mdx:3: .*unknown host reason "docker"/],
      ['```yaml host="tool"\na: 1\n```\n', /docs\/x\.mdx:3: .*host="tool".*not on yaml/],
      ['```bash output\nls\n```\n', /docs\/x\.mdx:3: .*output belongs on a text block/],
      ['```text example source="a/b@v1 c"\nx\n```\n', /docs\/x\.mdx:3: .*example and source/],
      ['```bash {3}\nls\nps\n```\n', /docs\/x\.mdx:3: bad line range: line 3 is past the end/],
      ['```bash {1}\n# highlight-next-line\nls\n```\n', /docs\/x\.mdx:3: .*one or the other/],
      ['```bash\n# highlight-start\nls\n```\n', /docs\/x\.mdx:3: .*never closed/],
    ];
    for (const [fence, message] of cases) {
      await expect(
        compile({path: 'docs/x.mdx', value: `text\n\n${fence}`}, {remarkPlugins: [plugin]}),
        fence,
      ).rejects.toThrow(message);
    }
  });

  it('fails on meta props of a <CodeBlock> it cannot colour, or unknown props of one it can', async () => {
    await expect(
      compile(
        {
          path: 'docs/x.mdx',
          value: '<CodeBlock language="bash" host="kernel">{"ls"}</CodeBlock>\n',
        },
        {remarkPlugins: [plugin]},
      ),
    ).rejects.toThrow(/docs\/x\.mdx:1: <CodeBlock> prop host works only on a fenced block/);
    const raw = [
      "import dockerfile from '@site/examples/node-app/Dockerfile?raw';",
      '',
      '<CodeBlock language="dockerfile" highlight="2">{dockerfile}</CodeBlock>',
      '',
    ].join('\n');
    await expect(
      compile({path: 'docs/x.mdx', value: raw}, {remarkPlugins: [plugin]}),
    ).rejects.toThrow(/docs\/x\.mdx:3: <CodeBlock> prop highlight is not known/);
  });

  it('names the file and line of a fence in an unknown language', async () => {
    await expect(
      compile(
        {path: 'docs/x.mdx', value: 'text\n\n```dockrefile\nFROM x\n```\n'},
        {remarkPlugins: [plugin]},
      ),
    ).rejects.toThrow(/docs\/x\.mdx:3.*dockrefile/);
  });

  it('accepts the code blocks of every page in docs/', async () => {
    const pages = listDocs();
    expect(pages.length).toBeGreaterThan(10);
    for (const {file, source} of pages) {
      // Front matter becomes blank lines, so errors keep the file's line numbers.
      const body = source.replace(/^---\n[\s\S]*?\n---\n/, (block) => block.replace(/[^\n]/g, ''));
      await expect(
        compile({path: `docs/${file}`, value: body}, {remarkPlugins: [plugin]}).then(() => file),
      ).resolves.toBe(file);
    }
  });
});
