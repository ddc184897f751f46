import {describe, expect, it} from 'vitest';
import {highlightToHtml} from './highlight';
import {
  extractMagicComments,
  HIGHLIGHTED_LINE_CLASS,
  LINE_CLASS,
  MagicCommentError,
  splitHtmlLines,
  wrapLines,
} from './lines';

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('extractMagicComments', () => {
  it('removes // comments and numbers the highlighted lines in the code that is left', () => {
    const code = [
      'const a = 1;',
      '// highlight-next-line',
      'const b = 2;',
      '  // highlight-start',
      'f(a);',
      'g(b);',
      '  // highlight-end',
      'done();',
    ].join('\n');
    const result = extractMagicComments(code, 'js');
    expect(result.code).toBe('const a = 1;\nconst b = 2;\nf(a);\ng(b);\ndone();');
    expect([...result.highlightedLines]).toEqual([2, 3, 4]);
  });

  it('takes # comments in bash, YAML and Dockerfiles', () => {
    for (const language of ['bash', 'yaml', 'dockerfile', 'sh']) {
      const result = extractMagicComments('a\n# highlight-next-line\nb\n', language);
      expect(result.code, language).toBe('a\nb\n');
      expect([...result.highlightedLines], language).toEqual([2]);
    }
  });

  it('keeps comments that are not in the language’s comment syntax', () => {
    // Docusaurus reads only # comments in bash: `//` is text there.
    const result = extractMagicComments('// highlight-next-line\necho hi', 'bash');
    expect(result.code).toBe('// highlight-next-line\necho hi');
    expect(result.highlightedLines.size).toBe(0);
  });

  it('keeps CRLF files’ line breaks as \\n and a blank last line as it is', () => {
    const result = extractMagicComments('# highlight-next-line\r\nFROM x\r\n\r\n', 'dockerfile');
    expect(result.code).toBe('FROM x\n\n');
    expect([...result.highlightedLines]).toEqual([1]);
  });

  it('keeps a line that only mentions a directive', () => {
    const code = 'echo "# highlight-next-line"\nls';
    expect(extractMagicComments(code, 'bash')).toEqual({code, highlightedLines: new Set()});
  });

  it('fails on a block that never ends, an end without a start, or nothing to mark', () => {
    expect(() => extractMagicComments('# highlight-start\na', 'bash')).toThrow(
      /line 1: highlight-start is never closed/,
    );
    expect(() => extractMagicComments('a\n# highlight-end', 'bash')).toThrow(
      /line 2: highlight-end without a highlight-start/,
    );
    expect(() => extractMagicComments('a\n# highlight-next-line\n', 'bash')).toThrow(
      MagicCommentError,
    );
  });
});

describe('splitHtmlLines', () => {
  it('closes a token at each line end and opens it again on the next line', () => {
    const html = highlightToHtml("cat <<'EOF'\nline one\nline two\nEOF", 'bash');
    const lines = splitHtmlLines(html);
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      expect(line.match(/<span\b/g)?.length ?? 0, line).toBe(line.match(/<\/span>/g)?.length ?? 0);
    }
    expect(lines[1]).toMatch(/^<span class="token [^"]+">.*line one/);
    expect(lines.map(textOf)).toEqual(["cat <<'EOF'", 'line one', 'line two', 'EOF']);
  });
});

describe('wrapLines', () => {
  it('wraps each line, marks the highlighted ones and keeps the text', () => {
    const html = highlightToHtml('FROM node:22\nRUN npm ci\nUSER node', 'dockerfile');
    const wrapped = wrapLines(html, new Set([2]));
    const lines = wrapped.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(new RegExp(`^<span class="${LINE_CLASS}"><span class="token`));
    expect(lines[1]).toContain(`class="${LINE_CLASS} ${HIGHLIGHTED_LINE_CLASS}"`);
    expect(lines[2]).not.toContain(HIGHLIGHTED_LINE_CLASS);
    expect(textOf(wrapped)).toBe('FROM node:22\nRUN npm ci\nUSER node');
  });
});
