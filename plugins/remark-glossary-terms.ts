import {glossaryById} from '../src/data/glossary';

// Fills each <Term id="…"> in MDX with its glossary entry at build time, so a
// page ships only the definitions it uses and the glossary never enters the
// shared JavaScript. An unknown id fails the build.
interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

interface MdastNode {
  type: string;
  name?: string | null;
  attributes?: JsxAttribute[];
  children?: MdastNode[];
  position?: {start: {line: number}};
}

interface VFileLike {
  path?: string;
}

function visitTerms(node: MdastNode, file: VFileLike): void {
  if (
    (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') &&
    node.name === 'Term'
  ) {
    const attributes = node.attributes ?? [];
    const id = attributes.find((attribute) => attribute.name === 'id')?.value;
    const entry = typeof id === 'string' ? glossaryById.get(id) : undefined;
    if (!entry) {
      const where = `${file.path ?? 'MDX'}:${node.position?.start.line ?? '?'}`;
      throw new Error(`${where}: <Term id=${JSON.stringify(id)}> is not in src/data/glossary`);
    }
    const filled = new Set(['ko', 'en', 'definition']);
    node.attributes = [
      ...attributes.filter((attribute) => !filled.has(attribute.name ?? '')),
      {type: 'mdxJsxAttribute', name: 'ko', value: entry.ko},
      {type: 'mdxJsxAttribute', name: 'en', value: entry.en},
      {type: 'mdxJsxAttribute', name: 'definition', value: entry.definition},
    ];
  }
  for (const child of node.children ?? []) visitTerms(child, file);
}

export default function remarkGlossaryTerms() {
  return (tree: MdastNode, file: VFileLike) => visitTerms(tree, file);
}
