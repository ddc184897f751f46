import {createHash} from 'node:crypto';
import {attributeValue, scanElements, type HtmlElement} from './html';

/** How the browser treats a `<script>` element (HTML "prepare the script element"). */
export type ScriptKind = 'classic' | 'module' | 'importmap' | 'speculationrules' | 'data';

export interface InlineScript {
  readonly kind: ScriptKind;
  /** The element's text exactly as the browser sees it (line breaks normalised to LF). */
  readonly body: string;
  /** Whether Content-Security-Policy `script-src` governs it, i.e. it needs a hash. */
  readonly needsHash: boolean;
}

// The JavaScript MIME type essences of the HTML standard.
const JAVASCRIPT_TYPES = new Set([
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);

/** Classifies a script element by its `type` (and legacy `language`) attribute. */
export function scriptKind(type: string | null | undefined, language?: string | null): ScriptKind {
  if (type === undefined || type === null) {
    // No type attribute: a `language` attribute other than empty makes it text/<language>.
    if (language === undefined || language === null || language === '') return 'classic';
    return JAVASCRIPT_TYPES.has(`text/${language.trim().toLowerCase()}`) ? 'classic' : 'data';
  }
  const essence = type.trim().toLowerCase();
  if (essence === '' || JAVASCRIPT_TYPES.has(essence)) return 'classic';
  if (essence === 'module' || essence === 'importmap' || essence === 'speculationrules')
    return essence;
  // application/ld+json, application/json, text/template, …: a data block, never executed.
  return 'data';
}

/** The HTML parser turns CRLF and lone CR into LF before anything else; the browser hashes that text. */
export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function toInlineScript(element: HtmlElement): InlineScript | null {
  if (element.name !== 'script' || element.text === null) return null;
  const kind = scriptKind(attributeValue(element, 'type'), attributeValue(element, 'language'));
  const external =
    attributeValue(element, 'src') !== undefined && (kind === 'classic' || kind === 'module');
  if (external) return null;
  return {kind, body: normaliseNewlines(element.text), needsHash: kind !== 'data'};
}

/** Every inline `<script>` of a document (external `src` scripts are left out). */
export function extractInlineScripts(html: string): InlineScript[] {
  return scanElements(html)
    .map(toInlineScript)
    .filter((script): script is InlineScript => script !== null);
}

export interface InlineHandler {
  readonly element: string;
  readonly attribute: string;
}

/** Inline event-handler attributes (`onclick=…`): a hash-based policy blocks them, so the build must not have any. */
export function findInlineEventHandlers(html: string): InlineHandler[] {
  const found: InlineHandler[] = [];
  for (const element of scanElements(html)) {
    for (const attribute of element.attributes) {
      if (/^on[a-z]+$/.test(attribute.name))
        found.push({element: element.name, attribute: attribute.name});
    }
  }
  return found;
}

/** A CSP hash source for the exact UTF-8 bytes of `body`: `'sha256-<base64>'`. */
export function sha256Source(body: string): string {
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

/** The hash sources for the scripts of many documents: unique and sorted, so the output is stable. */
export function scriptHashSources(documents: Iterable<string>): string[] {
  const sources = new Set<string>();
  for (const html of documents) {
    for (const script of extractInlineScripts(html)) {
      if (script.needsHash) sources.add(sha256Source(script.body));
    }
  }
  return [...sources].sort();
}

export type Directives = ReadonlyArray<readonly [name: string, sources: readonly string[]]>;

/**
 * The site's policy. Scripts: own files, the hashed inline scripts, and WebAssembly
 * compilation for Pagefind (`'wasm-unsafe-eval'` allows WebAssembly only, not `eval`).
 * Styles keep `'unsafe-inline'`: React renders `style="…"` attributes into the static
 * HTML, and the no-JS tab fallback and Mermaid's SVGs carry `<style>` elements.
 */
export function siteDirectives(scriptHashes: readonly string[]): Directives {
  return [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", "'wasm-unsafe-eval'", ...scriptHashes]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ];
}

/** Serialises directives as a policy header value: `name src src; name src`. */
export function serialisePolicy(directives: Directives): string {
  return directives
    .map(([name, sources]) => {
      if (!/^[a-z-]+$/.test(name)) throw new Error(`Not a CSP directive name: ${name}`);
      for (const source of sources) {
        if (source === '' || /[\s;,"\\]/.test(source))
          throw new Error(`Not a CSP source expression: ${source}`);
      }
      return [name, ...sources].join(' ');
    })
    .join('; ');
}

export function buildSitePolicy(scriptHashes: readonly string[]): string {
  return serialisePolicy(siteDirectives(scriptHashes));
}

/** The nginx line that sends the policy; `always` adds it to error responses (the 404 page) too. */
export function nginxCspDirective(policy: string): string {
  if (/["\\\n\r$]/.test(policy))
    throw new Error('The policy cannot be written into an nginx string as is');
  return `add_header Content-Security-Policy "${policy}" always;\n`;
}
