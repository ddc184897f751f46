import {createRequire} from 'node:module';

// Prism runs at build time only: pages ship highlighted HTML, the browser
// downloads no tokenizer and does no highlighting work.
const require = createRequire(import.meta.url);

interface Grammar {
  [token: string]: unknown;
}

interface PrismApi {
  languages: Record<string, Grammar | undefined>;
  highlight(code: string, grammar: Grammar, language: string): string;
}

const Prism = require('prismjs') as PrismApi;
const loadLanguages = require('prismjs/components/index.js') as ((languages: string[]) => void) & {
  silent?: boolean;
};
loadLanguages.silent = true;

/** Fence or `language=` names the chapters use, mapped to Prism grammars. `null` means shown as plain text. */
export const LANGUAGE_ALIASES: Readonly<Record<string, string | null>> = {
  bash: 'bash',
  sh: 'bash',
  shell: 'bash',
  powershell: 'powershell',
  ps1: 'powershell',
  bat: 'batch',
  batch: 'batch',
  cmd: 'batch',
  docker: 'docker',
  dockerfile: 'docker',
  yaml: 'yaml',
  yml: 'yaml',
  json: 'json',
  sql: 'sql',
  ini: 'ini',
  java: 'java',
  python: 'python',
  py: 'python',
  go: 'go',
  hcl: 'hcl',
  html: 'markup',
  xml: 'markup',
  css: 'css',
  js: 'javascript',
  javascript: 'javascript',
  text: null,
  txt: null,
  plaintext: null,
  tree: null,
};

loadLanguages([
  ...new Set(Object.values(LANGUAGE_ALIASES).filter((value): value is string => value !== null)),
]);

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export class UnknownLanguageError extends Error {}

/**
 * Highlights `code` as HTML made of `<span class="token …">` elements.
 * Throws for a language that is not in LANGUAGE_ALIASES, so a typo in a
 * fence fails the build instead of shipping uncoloured code.
 */
export function highlightToHtml(code: string, language: string | undefined): string {
  const source = code.replace(/\r\n?/g, '\n').replace(/\n$/, '');
  const key = (language ?? 'text').toLowerCase();
  if (!(key in LANGUAGE_ALIASES)) {
    throw new UnknownLanguageError(
      `unknown code language "${language}" (known: ${Object.keys(LANGUAGE_ALIASES).join(', ')})`,
    );
  }
  const prismName = LANGUAGE_ALIASES[key];
  const grammar = prismName ? Prism.languages[prismName] : undefined;
  if (!prismName) return escapeHtml(source);
  if (!grammar) throw new UnknownLanguageError(`Prism has no grammar "${prismName}"`);
  return Prism.highlight(source, grammar, prismName);
}
