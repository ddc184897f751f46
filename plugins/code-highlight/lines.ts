// Line-level work on a code block: Docusaurus' magic comments, and wrapping
// highlighted HTML in one element per line for line highlighting and numbers.

/** Docusaurus' class for a highlighted line, so its `--docusaurus-highlighted-code-line-bg` applies. */
export const HIGHLIGHTED_LINE_CLASS = 'theme-code-block-highlighted-line';
/** Class of each line once a block is split into lines. */
export const LINE_CLASS = 'dg-code__line';

// Comment syntaxes, as in @docusaurus/theme-common's codeBlockUtils (escaped for RegExp).
const COMMENT_PATTERNS = {
  js: {start: '\\/\\/', end: ''},
  jsBlock: {start: '\\/\\*', end: '\\*\\/'},
  jsx: {start: '\\{\\s*\\/\\*', end: '\\*\\/\\s*\\}'},
  bash: {start: '#', end: ''},
  html: {start: '<!--', end: '-->'},
  lua: {start: '--', end: ''},
  rem: {start: '[Rr][Ee][Mm]\\b', end: ''},
} as const;
type CommentStyle = keyof typeof COMMENT_PATTERNS;

const POPULAR_STYLES: readonly CommentStyle[] = ['js', 'jsBlock', 'jsx', 'bash', 'html'];

/** Which comment styles carry magic comments in a language: Docusaurus' choice for the languages this site names. */
function commentStyles(language: string): readonly CommentStyle[] {
  switch (language) {
    case 'js':
    case 'javascript':
      return ['js', 'jsBlock'];
    case 'html':
      return ['js', 'jsBlock', 'html'];
    case 'python':
    case 'py':
    case 'bash':
      return ['bash'];
    case 'sql':
      return ['lua', 'jsBlock'];
    case 'batch':
      return ['rem'];
    default:
      return POPULAR_STYLES;
  }
}

const DIRECTIVES = ['highlight-next-line', 'highlight-start', 'highlight-end'] as const;
type Directive = (typeof DIRECTIVES)[number];

function directivePattern(language: string): RegExp {
  const alternatives = commentStyles(language).map(
    (style) =>
      `(?:${COMMENT_PATTERNS[style].start}\\s*(${DIRECTIVES.join('|')})\\s*${COMMENT_PATTERNS[style].end})`,
  );
  return new RegExp(`^\\s*(?:${alternatives.join('|')})\\s*$`);
}

export interface MagicCommentResult {
  /** The code without its magic-comment lines (line breaks as "\n"): what the reader sees and copies. */
  readonly code: string;
  /** 1-based numbers, in `code`, of the lines the comments highlight. */
  readonly highlightedLines: ReadonlySet<number>;
}

export class MagicCommentError extends Error {}

/**
 * Removes Docusaurus' magic comments (`// highlight-next-line`, `// highlight-start` …
 * `// highlight-end`, or `#` for shell and YAML) and returns the lines they highlight.
 * Throws when a block is left open or closed without opening, or a next-line has no next line.
 */
export function extractMagicComments(code: string, language: string): MagicCommentResult {
  const pattern = directivePattern(language.toLowerCase());
  const kept: string[] = [];
  const highlightedLines = new Set<number>();
  let nextLine = false;
  let blockStart: number | undefined;
  // A final line break ends the last line; it is kept, but opens no line of its own.
  const normalized = code.replace(/\r\n?/g, '\n');
  const ending = normalized.endsWith('\n') ? '\n' : '';
  const lines = normalized.slice(0, normalized.length - ending.length).split('\n');
  for (const [index, line] of lines.entries()) {
    const directive = line.match(pattern)?.slice(1).find(Boolean) as Directive | undefined;
    if (directive === undefined) {
      kept.push(line);
      if (nextLine || blockStart !== undefined) highlightedLines.add(kept.length);
      nextLine = false;
      continue;
    }
    const where = `line ${index + 1}`;
    if (directive === 'highlight-next-line') nextLine = true;
    else if (directive === 'highlight-start') {
      if (blockStart !== undefined) {
        throw new MagicCommentError(
          `${where}: highlight-start inside the highlight-start of line ${blockStart}`,
        );
      }
      blockStart = index + 1;
    } else {
      if (blockStart === undefined) {
        throw new MagicCommentError(`${where}: highlight-end without a highlight-start`);
      }
      blockStart = undefined;
    }
  }
  if (nextLine)
    throw new MagicCommentError('highlight-next-line on the last line: there is no line to mark');
  if (blockStart !== undefined) {
    throw new MagicCommentError(
      `line ${blockStart}: highlight-start is never closed by a highlight-end`,
    );
  }
  return {code: kept.join('\n') + ending, highlightedLines};
}

/**
 * Splits Prism's HTML into lines. A token that spans lines (a here-document,
 * a block comment) is closed at each line end and opened again on the next.
 */
export function splitHtmlLines(html: string): string[] {
  const lines: string[] = [];
  const open: string[] = [];
  let current = '';
  for (const [part] of html.matchAll(/<span\b[^>]*>|<\/span>|\n|[^<\n]+|</g)) {
    if (part === '\n') {
      lines.push(current + '</span>'.repeat(open.length));
      current = open.join('');
      continue;
    }
    if (part.startsWith('<span')) open.push(part);
    else if (part === '</span>') open.pop();
    current += part;
  }
  lines.push(current);
  return lines;
}

/**
 * Wraps each line of highlighted HTML in `<span class="dg-code__line">`, adding
 * Docusaurus' highlighted-line class to the given 1-based lines. Lines stay
 * separated by "\n" text, so the block's text (copied by the copy button) is unchanged.
 */
export function wrapLines(html: string, highlightedLines: ReadonlySet<number>): string {
  return splitHtmlLines(html)
    .map((line, index) => {
      const className = highlightedLines.has(index + 1)
        ? `${LINE_CLASS} ${HIGHLIGHTED_LINE_CLASS}`
        : LINE_CLASS;
      return `<span class="${className}">${line}</span>`;
    })
    .join('\n');
}
