// Markdown tables scroll sideways on phones (Infima gives them overflow:auto),
// and a scrollable region must be reachable by keyboard. This makes every
// table a focusable, labelled region.
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  value?: string;
}

function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

function firstHeaderText(table: HastNode): string {
  const stack = [...(table.children ?? [])];
  while (stack.length > 0) {
    const node = stack.shift()!;
    if (node.tagName === 'th') return textOf(node).trim();
    stack.unshift(...(node.children ?? []));
  }
  return '';
}

function visit(node: HastNode): void {
  if (node.type === 'element' && node.tagName === 'table') {
    const header = firstHeaderText(node);
    node.properties = {
      ...node.properties,
      tabIndex: 0,
      role: 'region',
      ariaLabel: header ? `표: ${header} 외` : '표',
    };
  }
  for (const child of node.children ?? []) visit(child);
}

export default function rehypeScrollableTables() {
  return (tree: HastNode) => visit(tree);
}
