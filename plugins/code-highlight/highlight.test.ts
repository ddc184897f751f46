import {describe, expect, it} from 'vitest';
import {LANGUAGE_ALIASES, highlightToHtml, UnknownLanguageError} from './highlight';

describe('highlightToHtml', () => {
  it('colours shell commands, keeping the text exactly', () => {
    const html = highlightToHtml('docker run -d -p 8080:80 nginx # 웹 서버', 'bash');
    expect(html).toContain('<span class="token function">docker</span>');
    expect(html).toContain('<span class="token comment"># 웹 서버</span>');
    expect(html.replace(/<[^>]+>/g, '')).toBe('docker run -d -p 8080:80 nginx # 웹 서버');
  });

  it('colours Dockerfile instructions', () => {
    expect(highlightToHtml('FROM node:22-slim\nUSER node', 'dockerfile')).toContain(
      '<span class="token keyword">FROM</span>',
    );
  });

  it('escapes markup in plain text and drops one trailing newline', () => {
    expect(highlightToHtml('a < b && c > d\n', 'text')).toBe('a &lt; b &amp;&amp; c &gt; d');
    expect(highlightToHtml('<html>', 'html')).toContain('&lt;');
    expect(highlightToHtml('<html>', 'html')).not.toContain('<html>');
  });

  it('has a grammar for every language it names', () => {
    for (const [alias, grammar] of Object.entries(LANGUAGE_ALIASES)) {
      const html = highlightToHtml('x = 1', alias);
      if (grammar === null) expect(html, alias).toBe('x = 1');
      else expect(html.replace(/<[^>]+>/g, ''), alias).toBe('x = 1');
    }
  });

  it('rejects a language it does not know, so a typo fails the build', () => {
    expect(() => highlightToHtml('x', 'dockrefile')).toThrow(UnknownLanguageError);
    expect(() => highlightToHtml('x', 'dockrefile')).toThrow(/dockrefile/);
  });
});
