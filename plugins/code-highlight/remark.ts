import fs from 'node:fs';
import path from 'node:path';
import {highlightToHtml} from './highlight';
import {extractMagicComments, wrapLines} from './lines';
import {parseCodeMeta, type CodeMeta} from './meta';

// Turns every code block of a chapter into <CodeBlock language title html …>
// with the tokens already coloured:
//   ```bash host="kernel" {2}    → <CodeBlock language="bash" host="kernel" html="…" />
//   <CodeBlock language="yaml" metastring="{3}">{composeYaml}</CodeBlock>, where
//   composeYaml is `import composeYaml from '@site/examples/…?raw'` → the file is
//   read and highlighted here; the children are dropped (the HTML carries the text).
// The fence's meta words (meta.ts) are checked and passed on as props; a word the
// site does not know fails the build. Mermaid fences are left to theme-mermaid.

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

interface JsxExpressionValue {
  type: 'mdxJsxAttributeValueExpression';
  value: string;
  data?: unknown;
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

/** `name` alone: `true` in JSX. */
function flagAttribute(name: string): JsxAttribute {
  return {type: 'mdxJsxAttribute', name, value: null};
}

function numberAttribute(name: string, value: number): JsxAttribute {
  const expression: JsxExpressionValue = {
    type: 'mdxJsxAttributeValueExpression',
    value: String(value),
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ExpressionStatement',
            expression: {type: 'Literal', value, raw: String(value)},
          },
        ],
      },
    },
  };
  return {type: 'mdxJsxAttribute', name, value: expression};
}

/** The CodeBlock props that carry a block's meta words. */
function metaAttributes(meta: CodeMeta): JsxAttribute[] {
  return [
    ...(meta.title !== undefined ? [attribute('title', meta.title)] : []),
    ...(meta.lineNumbersStart !== undefined
      ? [numberAttribute('showLineNumbers', meta.lineNumbersStart)]
      : []),
    ...(meta.host ? [attribute('host', meta.host)] : []),
    ...(meta.output ? [flagAttribute('output')] : []),
    ...(meta.source !== undefined ? [attribute('source', meta.source)] : []),
    ...(meta.example ? [flagAttribute('example')] : []),
  ];
}

function readMeta(metastring: string | null | undefined, language: string): CodeMeta {
  const result = parseCodeMeta(metastring, language);
  if (!result.ok) throw new Error(`bad code meta: ${result.message}`);
  return result.meta;
}

/**
 * Colours `code` and applies the line words: magic comments are removed, and
 * when lines are highlighted or numbered each line gets its own element.
 */
function renderCode(code: string, language: string, meta: CodeMeta): string {
  const magic = extractMagicComments(code, language);
  if (magic.highlightedLines.size > 0 && meta.highlightedLines.size > 0) {
    throw new Error(
      'a {…} line range and highlight comments in the same block: use one or the other',
    );
  }
  const highlightedLines =
    meta.highlightedLines.size > 0 ? meta.highlightedLines : magic.highlightedLines;
  const html = highlightToHtml(magic.code, language);
  const lineCount = magic.code.replace(/\n$/, '').split('\n').length;
  const past = [...highlightedLines].filter((line) => line > lineCount);
  if (past.length > 0) {
    throw new Error(
      `bad line range: line ${past.join(', ')} is past the end of the block (${lineCount} lines)`,
    );
  }
  return highlightedLines.size > 0 || meta.lineNumbersStart !== undefined
    ? wrapLines(html, highlightedLines)
    : html;
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
  const {meta, html} = withLocation(file, node, () => {
    const meta = readMeta(node.meta, language);
    return {meta, html: renderCode(node.value ?? '', language, meta)};
  });
  return {
    type: 'mdxJsxFlowElement',
    name: 'CodeBlock',
    attributes: [attribute('language', language), ...metaAttributes(meta), attribute('html', html)],
    children: [],
    position: node.position,
  };
}

/** Props a chapter may give a `<CodeBlock>`; the meta words go in `metastring`. */
const CODE_BLOCK_PROPS = new Set(['language', 'title', 'metastring', 'showLineNumbers']);

/** `showLineNumbers`, `showLineNumbers={3}` or `showLineNumbers={false}` → the first line's number. */
function lineNumbersProp(value: unknown): number | undefined {
  if (value === null) return 1;
  const text =
    typeof value === 'object' && value !== undefined
      ? (value as JsxExpressionValue).value.trim()
      : String(value);
  if (text === 'true') return 1;
  if (text === 'false') return undefined;
  if (/^\d+$/.test(text)) return Number(text);
  throw new Error(`showLineNumbers needs true, false or a line number, not ${text}`);
}

/** The meta words of a `<CodeBlock>`: its `metastring`, with `title` and `showLineNumbers` props. */
function codeBlockMeta(attributes: JsxAttribute[], language: string): CodeMeta {
  const named = (name: string) => attributes.find((item) => item.name === name);
  const unknown = attributes.find((item) => !CODE_BLOCK_PROPS.has(item.name ?? ''));
  if (unknown) {
    throw new Error(
      `<CodeBlock> prop ${unknown.name ?? '{…}'} is not known here (known: ${[...CODE_BLOCK_PROPS].join(', ')}; put meta words in metastring="…")`,
    );
  }
  const metastring = named('metastring')?.value;
  if (metastring !== undefined && typeof metastring !== 'string')
    throw new Error('<CodeBlock> metastring must be a string');
  const meta = readMeta(metastring, language);
  const title = named('title')?.value;
  if (title !== undefined && typeof title !== 'string')
    throw new Error('<CodeBlock> title must be a string');
  if (title !== undefined && meta.title !== undefined)
    throw new Error('<CodeBlock> has a title prop and a title in its metastring');
  const lineNumbers = named('showLineNumbers');
  if (lineNumbers && meta.lineNumbersStart !== undefined)
    throw new Error('<CodeBlock> has a showLineNumbers prop and showLineNumbers in its metastring');
  const lineNumbersStart = lineNumbers ? lineNumbersProp(lineNumbers.value) : meta.lineNumbersStart;
  return {
    ...meta,
    ...(title !== undefined && {title}),
    ...(lineNumbersStart !== undefined && {lineNumbersStart}),
  };
}

function rawCodeBlock(
  node: MdastNode,
  file: VFileLike,
  imports: Map<string, string>,
  siteDir: string,
): void {
  const [child, ...rest] = node.children ?? [];
  const source =
    child && rest.length === 0 && child.type === 'mdxFlowExpression'
      ? imports.get((child.value ?? '').trim())
      : undefined;
  if (!source) {
    checkUnprocessedCodeBlock(node, file);
    return;
  }
  const attributes = node.attributes ?? [];
  const language = attributes.find((item) => item.name === 'language')?.value;
  if (typeof language !== 'string')
    throw new Error(`${where(file, node)}: <CodeBlock> needs a language="…" string`);
  const {meta, html} = withLocation(file, node, () => {
    const meta = codeBlockMeta(attributes, language);
    const code = fs.readFileSync(resolveImport(source, file, siteDir), 'utf8');
    return {meta, html: renderCode(code, language, meta)};
  });
  node.attributes = [
    attribute('language', language),
    ...metaAttributes(meta),
    attribute('html', html),
  ];
  node.children = [];
}

/** Meta props on a `<CodeBlock>` this plugin does not colour would be silently ignored. */
function checkUnprocessedCodeBlock(node: MdastNode, file: VFileLike): void {
  const metaProp = node.attributes?.find((item) =>
    ['metastring', 'showLineNumbers', 'host', 'output', 'source', 'example'].includes(
      item.name ?? '',
    ),
  );
  if (metaProp) {
    throw new Error(
      `${where(file, node)}: <CodeBlock> prop ${metaProp.name} works only on a fenced block or a <CodeBlock> fed by a ?raw import`,
    );
  }
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
