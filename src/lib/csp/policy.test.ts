import {createHash} from 'node:crypto';
import {describe, expect, it} from 'vitest';
import {scanElements} from './html';
import {
  buildSitePolicy,
  extractInlineScripts,
  findInlineEventHandlers,
  nginxCspDirective,
  scriptHashSources,
  scriptKind,
  serialisePolicy,
  sha256Source,
} from './policy';

// Shaped like the build's minified output: unquoted attributes, JSON-LD, external scripts.
const MINIFIED = [
  '<!doctype html><html lang=ko dir=ltr class="plugin-pages plugin-id-default" data-has-hydrated=false><head>',
  '<meta charset=UTF-8><title data-rh=true>제목 | 도커 길잡이</title>',
  '<script data-rh=true type=application/ld+json>{"@context":"https://schema.org","name":"a</b"}</script>',
  '<script>!function(){document.documentElement.setAttribute("data-theme","dark")}()</script>',
  '<noscript><style>.tabs-container>[role=tablist]{display:none}</style></noscript>',
  '<script src=/assets/js/runtime~main.162a45c7.js defer></script>',
  '<script src=/assets/js/main.dd696701.js defer></script>',
  '</head><body><!-- <script>alert(1)</script> --><p>a < b</p></body></html>',
].join('');

describe('scanElements', () => {
  it('reads unquoted, quoted and bare attributes', () => {
    const [element] = scanElements(`<script src=/a.js defer data-x='1 2' type="module"></script>`);
    expect(element!.name).toBe('script');
    expect(element!.attributes).toEqual([
      {name: 'src', value: '/a.js'},
      {name: 'defer', value: null},
      {name: 'data-x', value: '1 2'},
      {name: 'type', value: 'module'},
    ]);
  });

  it('takes a raw-text body up to the first matching end tag, case-insensitively', () => {
    const [element] = scanElements('<SCRIPT>if (a<b) x="</scripty>";</SCRIPT ><p>');
    expect(element!.text).toBe('if (a<b) x="</scripty>";');
  });

  it('skips comments and does not look for tags inside raw text', () => {
    const names = scanElements(MINIFIED).map((element) => element.name);
    expect(names).not.toContain('b');
    expect(names.filter((name) => name === 'script')).toHaveLength(4);
    expect(names).toContain('noscript');
    expect(names).not.toContain('style');
  });
});

describe('scriptKind', () => {
  it.each([
    [undefined, 'classic'],
    ['', 'classic'],
    ['text/javascript', 'classic'],
    [' Application/JavaScript ', 'classic'],
    ['module', 'module'],
    ['importmap', 'importmap'],
    ['speculationrules', 'speculationrules'],
    ['application/ld+json', 'data'],
    ['application/json', 'data'],
    ['text/javascript; charset=utf-8', 'data'],
  ])('type %j is %s', (type, kind) => {
    expect(scriptKind(type)).toBe(kind);
  });

  it('honours the legacy language attribute only without a type', () => {
    expect(scriptKind(undefined, 'JavaScript')).toBe('classic');
    expect(scriptKind(undefined, 'vbscript')).toBe('data');
  });
});

describe('extractInlineScripts', () => {
  it('finds the inline scripts of minified HTML, leaves out external ones and marks JSON-LD as data', () => {
    const scripts = extractInlineScripts(MINIFIED);
    expect(scripts.map((script) => [script.kind, script.needsHash])).toEqual([
      ['data', false],
      ['classic', true],
    ]);
    expect(scripts[1]!.body).toBe(
      '!function(){document.documentElement.setAttribute("data-theme","dark")}()',
    );
    expect(scripts[0]!.body).toContain('a</b');
  });

  it('normalises CRLF and CR to LF, as the HTML parser does before the browser hashes', () => {
    const [script] = extractInlineScripts('<script>a()\r\nb()\rc()</script>');
    expect(script!.body).toBe('a()\nb()\nc()');
  });

  it('keeps an inline module and an import map, which CSP also governs', () => {
    const scripts = extractInlineScripts(
      '<script type=module>import "/a.js"</script><script type=importmap>{}</script>',
    );
    expect(scripts.every((script) => script.needsHash)).toBe(true);
  });
});

describe('hashes', () => {
  it('hashes the exact UTF-8 bytes as base64', () => {
    // Known value: printf 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(sha256Source('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    const korean = 'console.log("도커")';
    expect(sha256Source(korean)).toBe(
      `'sha256-${createHash('sha256').update(Buffer.from(korean, 'utf8')).digest('base64')}'`,
    );
  });

  it('collects unique hashes of executable scripts over many documents, sorted', () => {
    const sources = scriptHashSources([
      MINIFIED,
      MINIFIED,
      '<script>b()</script><script>a()</script>',
    ]);
    expect(sources).toHaveLength(3);
    expect(sources).toEqual([...sources].sort());
    expect(sources).toContain(sha256Source('a()'));
    expect(sources).not.toContain(sha256Source('{"@context":"https://schema.org","name":"a</b"}'));
  });
});

describe('findInlineEventHandlers', () => {
  it('reports onclick-style attributes and ignores look-alikes in text', () => {
    expect(
      findInlineEventHandlers('<img src=a.png onerror=alert(1)><p>onclick=x</p><a data-onclick=1>'),
    ).toEqual([{element: 'img', attribute: 'onerror'}]);
    expect(findInlineEventHandlers(MINIFIED)).toEqual([]);
  });
});

describe('policy', () => {
  it('builds the strict site policy with the hashes in script-src', () => {
    const hash = sha256Source('a()');
    const policy = buildSitePolicy([hash]);
    expect(policy).toBe(
      [
        "default-src 'self'",
        `script-src 'self' 'wasm-unsafe-eval' ${hash}`,
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ].join('; '),
    );
    expect(policy.split(';').find((part) => part.includes('script-src'))).not.toContain(
      'unsafe-inline',
    );
  });

  it('rejects source expressions that would break the header', () => {
    expect(() => serialisePolicy([['script-src', ["'self'; img-src *"]]])).toThrow(
      /source expression/,
    );
    expect(() => serialisePolicy([['script src', ["'self'"]]])).toThrow(/directive name/);
  });

  it('writes one nginx add_header line that also covers error responses', () => {
    expect(nginxCspDirective("default-src 'self'")).toBe(
      `add_header Content-Security-Policy "default-src 'self'" always;\n`,
    );
    expect(() => nginxCspDirective('a"b')).toThrow();
  });
});
