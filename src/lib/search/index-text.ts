import type {GlossaryEntry} from '../../data/glossary/types';

// Korean attaches particles to words ("cgroup은", "포트가"). A word break
// between Latin/digit runs and Hangul lets "cgroup" find "cgroup은".
const LATIN_THEN_HANGUL = /([A-Za-z0-9_.\-/]+)(?=[\uAC00-\uD7A3])/g;
const HANGUL_THEN_LATIN = /([\uAC00-\uD7A3])(?=[A-Za-z0-9])/g;

export function splitScripts(text: string): string {
  return text.replace(LATIN_THEN_HANGUL, '$1 ').replace(HANGUL_THEN_LATIN, '$1 ');
}

/** Applies splitScripts to the text between tags only, never inside tags or attributes. */
export function splitScriptsInHtml(html: string): string {
  return html.replace(/>([^<]+)</g, (_match, text: string) => `>${splitScripts(text)}<`);
}

/** Glossary words (Korean, English, aliases) of the terms a chapter explains. */
export function searchTermsFor(pagePath: string, glossary: readonly GlossaryEntry[]): string[] {
  const clean = pagePath.replace(/\.html$/, '').replace(/\/$/, '');
  return glossary
    .filter((entry) => entry.chapter.split('#')[0] === clean)
    .flatMap((entry) => [entry.ko, entry.en, ...(entry.aliases ?? [])]);
}

/**
 * The HTML Pagefind indexes for a page: text split between scripts, plus the
 * glossary words of the terms the page explains, inside the indexed body.
 * The files on disk are not changed.
 */
export function htmlForIndex(html: string, terms: readonly string[]): string {
  let result = splitScriptsInHtml(html);
  if (terms.length > 0) {
    const extra = `<p data-pagefind-weight="3">${terms.map(escapeHtml).join(' · ')}</p>`;
    result = result.replace(/(<[^>]*data-pagefind-body[^>]*>)/, `$1${extra}`);
  }
  return result;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
