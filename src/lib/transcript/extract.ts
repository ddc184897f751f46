/**
 * Reads a chapter's MDX source into the blocks the transcript test replays: fenced code blocks
 * and `<CodeBlock language="…">{rawImport}</CodeBlock>`, with their meta words (the site's one
 * parser, plugins/code-highlight/meta.ts) and the tab they sit in. Line-based on purpose: the
 * only MDX it needs is fences, tab tags, `?raw` imports and CodeBlock, and it stays fast.
 */
import {parseCodeMeta, type CodeMeta} from '../../../plugins/code-highlight/meta';

export interface TabContext {
  readonly groupId: string;
  readonly value: string;
}

export interface SourceBlock {
  readonly language: string;
  readonly meta: CodeMeta;
  /** The block's lines, as written. */
  readonly lines: readonly string[];
  /** 1-based line of the opening fence (or of the CodeBlock tag) in the MDX file. */
  readonly line: number;
  readonly tab: TabContext | null;
  /** True when nothing but blank lines separates this block from the block before it. */
  readonly followsDirectly: boolean;
}

export class ExtractError extends Error {}

/** `import name from '…?raw'` → the imported path without `?raw` (e.g. `@site/examples/x`). */
export function rawImports(source: string): Map<string, string> {
  const imports = new Map<string, string>();
  for (const m of source.matchAll(/^import\s+(\w+)\s+from\s+['"]([^'"]+)\?raw['"];?\s*$/gm)) {
    imports.set(m[1]!, m[2]!);
  }
  return imports;
}

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)')`)
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);

/**
 * The code blocks of `source`, in order. `readRaw` gets an imported path (as written after
 * `from`, without `?raw`) and returns the file's text.
 */
export function extractBlocks(source: string, readRaw: (path: string) => string): SourceBlock[] {
  const lines = source.split('\n');
  const imports = rawImports(source);
  const blocks: SourceBlock[] = [];
  const groups: string[] = [];
  let tabValue: string | null = null;
  let onlyBlankSinceBlock = false;
  let i = 0;

  const tab = (): TabContext | null =>
    groups.length > 0 && tabValue !== null ? {groupId: groups.at(-1)!, value: tabValue} : null;
  const push = (language: string, metaText: string, body: string[], line: number): void => {
    const parsed = parseCodeMeta(metaText, language);
    if (!parsed.ok) throw new ExtractError(`line ${line}: ${parsed.message}`);
    blocks.push({
      language,
      meta: parsed.meta,
      lines: body,
      line,
      tab: tab(),
      followsDirectly: onlyBlankSinceBlock,
    });
    onlyBlankSinceBlock = true;
  };

  // Front matter is not content.
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1);
    if (end > 0) i = end + 1;
  }

  for (; i < lines.length; i++) {
    const text = lines[i]!;
    const trimmed = text.trim();
    const fence = /^(\s*)(`{3,}|~{3,})(\S*)\s*(.*)$/.exec(text);
    if (fence) {
      const [, indent, marker, language, meta] = fence as unknown as [
        string,
        string,
        string,
        string,
        string,
      ];
      const start = i + 1;
      const body: string[] = [];
      for (i++; i < lines.length; i++) {
        const close = lines[i]!.trim();
        if (close.startsWith(marker) && /^(`+|~+)$/.test(close) && close.length >= marker.length)
          break;
        body.push(lines[i]!.startsWith(indent) ? lines[i]!.slice(indent.length) : lines[i]!);
      }
      if (i >= lines.length) throw new ExtractError(`line ${start}: unclosed code fence`);
      push(language.toLowerCase(), meta, body, start);
      continue;
    }
    const codeBlock = /<CodeBlock\b([^>]*)>\s*\{(\w+)\}\s*<\/CodeBlock>/.exec(trimmed);
    if (codeBlock) {
      const path = imports.get(codeBlock[2]!);
      const language = attribute(codeBlock[1]!, 'language') ?? '';
      if (path !== undefined) {
        const body = readRaw(path).replace(/\n$/, '').split('\n');
        push(language.toLowerCase(), attribute(codeBlock[1]!, 'metastring') ?? '', body, i + 1);
        continue;
      }
    }
    const tabs = /<Tabs\b([^>]*)>/.exec(trimmed);
    if (tabs) groups.push(attribute(tabs[1]!, 'groupId') ?? '');
    const item = /<TabItem\b([^>]*)>/.exec(trimmed);
    if (item) tabValue = attribute(item[1]!, 'value') ?? '';
    if (/<\/TabItem>/.test(trimmed)) tabValue = null;
    if (/<\/Tabs>/.test(trimmed)) {
      groups.pop();
      tabValue = null;
    }
    if (trimmed !== '') onlyBlankSinceBlock = false;
  }
  return blocks;
}
