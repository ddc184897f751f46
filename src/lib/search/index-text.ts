import type {GlossaryEntry} from '../../data/glossary/types';

/** Glossary words (Korean, English, aliases) of the terms a chapter explains. */
export function searchTermsFor(pagePath: string, glossary: readonly GlossaryEntry[]): string[] {
  const clean = pagePath.replace(/\.html$/, '').replace(/\/$/, '');
  return glossary
    .filter((entry) => entry.chapter.split('#')[0] === clean)
    .flatMap((entry) => [entry.ko, entry.en, ...(entry.aliases ?? [])]);
}

/**
 * The HTML Pagefind indexes for a page: the page itself plus the glossary
 * words of the terms it explains, inside the indexed body, so "씨그룹" or
 * "control group" reach the cgroups chapter. The files on disk are not changed.
 * (Pagefind already matches words as prefixes, so "cgroup" finds "cgroup은".)
 */
export function htmlForIndex(html: string, terms: readonly string[]): string {
  if (terms.length === 0) return html;
  const extra = `<p data-pagefind-weight="3">${terms.map(escapeHtml).join(' · ')}</p>`;
  return html.replace(/(<[^>]*data-pagefind-body[^>]*>)/, `$1${extra}`);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
