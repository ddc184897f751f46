import {VERSIONS, type VersionKey} from '../src/data/versions';

// Writes the current versions of src/data/versions.ts into prose at build time: `:ver[engine]`
// (a remark-directive text directive, parsed by Docusaurus) becomes the text `29.7.2`. A chapter
// that states a version this way changes with the data, and the built HTML (and so the search
// index) holds the plain number. An unknown key fails the build with file and line. Runs before
// Docusaurus' unused-directive check, so `:ver[…]` never reaches it.

interface MdastNode {
  type: string;
  name?: string;
  value?: string;
  children?: MdastNode[];
  position?: {start: {line: number}};
}

interface VFileLike {
  path?: string;
}

const isVersionKey = (key: string): key is VersionKey => Object.hasOwn(VERSIONS, key);

/** The text of a directive's label: `:ver[engine]` → `engine`. */
function labelOf(node: MdastNode): string {
  return (node.children ?? []).map((child) => child.value ?? '').join('');
}

function substitute(node: MdastNode, file: VFileLike): void {
  const children = node.children;
  if (!children) return;
  children.forEach((child, index) => {
    if (child.type === 'textDirective' && child.name === 'ver') {
      const key = labelOf(child).trim();
      if (!isVersionKey(key)) {
        const where = `${file.path ?? 'MDX'}:${child.position?.start.line ?? '?'}`;
        throw new Error(
          `${where}: :ver[${key}] is not in src/data/versions.ts (known: ${Object.keys(VERSIONS).join(', ')})`,
        );
      }
      children[index] = {type: 'text', value: VERSIONS[key].text};
      return;
    }
    substitute(child, file);
  });
}

export default function remarkVersions() {
  return (tree: MdastNode, file: VFileLike): void => substitute(tree, file);
}
