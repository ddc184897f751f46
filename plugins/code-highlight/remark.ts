import fs from 'node:fs';
import path from 'node:path';
import {highlightToHtml} from './highlight';

// Turns every code block of a chapter into <CodeBlock language title html>
// with the tokens already coloured:
//   ```bash                      → <CodeBlock language="bash" html="…" />
//   <CodeBlock language="yaml">{composeYaml}</CodeBlock>, where composeYaml is
//   `import composeYaml from '@site/examples/…?raw'` → the file is read and
//   highlighted here; the children are dropped (the HTML carries the text).
// Mermaid fences are left to theme-mermaid.

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

interface EstreeNode {
  type: string;
  source?: {value?: unknown};
  specifiers?: {type: string; local: {name: string}}[];
}

export interface MdastNode {
  type: string;
  name?: string | null;
  lang?: string | null;
  meta?: string | null;
  value?: string;
  attributes?: JsxAttribute[];
  children?: MdastNode[];
  position?: {start: {line: number}};
  data?: {estree?: {body?: EstreeNode[]}};
}

interface VFileLike {
  path?: string;
}

export interface RemarkHighlightOptions {
  /** Where `@site/` points: the Docusaurus site directory. */
  readonly siteDir: string;
}

function attribute(name: string, value: string): JsxAttribute {
  return {type: 'mdxJsxAttribute', name, value};
}

function titleFromMeta(meta: string | null | undefined): string | undefined {
  return meta
    ?.match(/title=(?:"([^"]*)"|'([^']*)'|(\S+))/)
    ?.slice(1)
    .find((part) => part !== undefined);
}

/** `import name from '…?raw'` declarations of a file: local name → import source. */
function rawImports(tree: MdastNode): Map<string, string> {
  const found = new Map<string, string>();
  for (const node of tree.children ?? []) {
    if (node.type !== 'mdxjsEsm') continue;
    for (const statement of node.data?.estree?.body ?? []) {
      const source = statement.source?.value;
      if (
        statement.type !== 'ImportDeclaration' ||
        typeof source !== 'string' ||
        !source.endsWith('?raw')
      )
        continue;
      const local = statement.specifiers?.find(
        (specifier) => specifier.type === 'ImportDefaultSpecifier',
      )?.local.name;
      if (local) found.set(local, source.slice(0, -'?raw'.length));
    }
  }
  return found;
}

function resolveImport(source: string, file: VFileLike, siteDir: string): string {
  if (source.startsWith('@site/')) return path.join(siteDir, source.slice('@site/'.length));
  if (source.startsWith('.')) return path.resolve(path.dirname(file.path ?? siteDir), source);
  throw new Error(
    `cannot resolve ${source}: only @site/ and relative ?raw imports are highlighted`,
  );
}

function where(file: VFileLike, node: MdastNode): string {
  return `${file.path ?? 'MDX'}:${node.position?.start.line ?? '?'}`;
}

function withLocation<T>(file: VFileLike, node: MdastNode, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw new Error(`${where(file, node)}: ${(error as Error).message}`);
  }
}

function codeFence(node: MdastNode, file: VFileLike): MdastNode {
  const language = node.lang ?? 'text';
  const html = withLocation(file, node, () => highlightToHtml(node.value ?? '', language));
  const title = titleFromMeta(node.meta);
  return {
    type: 'mdxJsxFlowElement',
    name: 'CodeBlock',
    attributes: [
      attribute('language', language),
      ...(title ? [attribute('title', title)] : []),
      attribute('html', html),
    ],
    children: [],
    position: node.position,
  };
}

function rawCodeBlock(
  node: MdastNode,
  file: VFileLike,
  imports: Map<string, string>,
  siteDir: string,
): void {
  const [child, ...rest] = node.children ?? [];
  if (!child || rest.length > 0 || child.type !== 'mdxFlowExpression') return;
  const source = imports.get((child.value ?? '').trim());
  if (!source) return;
  const attributes = node.attributes ?? [];
  const language = attributes.find((item) => item.name === 'language')?.value;
  if (typeof language !== 'string')
    throw new Error(`${where(file, node)}: <CodeBlock> needs a language="…" string`);
  const html = withLocation(file, node, () =>
    highlightToHtml(fs.readFileSync(resolveImport(source, file, siteDir), 'utf8'), language),
  );
  node.attributes = [...attributes.filter((item) => item.name !== 'html'), attribute('html', html)];
  node.children = [];
}

function transform(
  node: MdastNode,
  file: VFileLike,
  imports: Map<string, string>,
  siteDir: string,
): void {
  const children = node.children;
  if (!children) return;
  for (let index = 0; index < children.length; index++) {
    const child = children[index];
    if (child.type === 'code' && child.lang !== 'mermaid') {
      children[index] = codeFence(child, file);
      continue;
    }
    if (child.type === 'mdxJsxFlowElement' && child.name === 'CodeBlock') {
      rawCodeBlock(child, file, imports, siteDir);
      continue;
    }
    transform(child, file, imports, siteDir);
  }
}

export default function remarkHighlightCode(options: RemarkHighlightOptions) {
  return (tree: MdastNode, file: VFileLike): void => {
    transform(tree, file, rawImports(tree), options.siteDir);
  };
}
