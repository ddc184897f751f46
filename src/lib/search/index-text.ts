import type {GlossaryEntry} from '../../data/glossary/types';

/**
 * Pagefind meta key: how many words the index-only paragraph (htmlForIndex) puts before the
 * page's own text. Readers never see that paragraph, so excerpts skip it.
 */
export const INDEX_ONLY_WORDS = 'index_only_words';

/** Glossary words (Korean, English, aliases) of the terms a chapter explains. */
export function searchTermsFor(pagePath: string, glossary: readonly GlossaryEntry[]): string[] {
  const clean = pagePath.replace(/\.html$/, '').replace(/\/$/, '');
  return glossary
    .filter((entry) => entry.chapter.split('#')[0] === clean)
    .flatMap((entry) => [entry.ko, entry.en, ...(entry.aliases ?? [])]);
}

/** The h2/h3 texts of a built page (heading anchors and tags removed). */
export function headingsOf(html: string): string[] {
  return [...html.matchAll(/<h[23][^>]*>(.*?)<\/h[23]>/gs)]
    .map((match) =>
      decodeEntities(
        match[1]!.replace(/<a [^>]*class=["']?hash-link.*?<\/a>/gs, '').replace(/<[^>]+>/g, ''),
      ),
    )
    .map((text) => text.replace(/\u200b/g, '').trim())
    .filter(Boolean);
}

/**
 * Unspaced forms of multi-word Korean phrases (유니온 파일시스템 → 유니온파일시스템), so a reader
 * who types a compound without spaces still matches a page that writes it with spaces.
 */
export function unspacedForms(phrases: readonly string[]): string[] {
  const forms = phrases
    .map((phrase) => phrase.replace(/[^\uac00-\ud7a3A-Za-z0-9\s]/g, ' ').trim())
    .filter((phrase) => /[\uac00-\ud7a3]/.test(phrase) && /\s/.test(phrase))
    .map((phrase) => phrase.replace(/\s+/g, ''));
  return [...new Set(forms)];
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * The HTML Pagefind indexes for a page: the page itself plus the glossary
 * words of the terms it explains, inside the indexed body, so "씨그룹" or
 * "control group" reach the cgroups chapter. The files on disk are not changed.
 * (Pagefind already matches words as prefixes, so "cgroup" finds "cgroup은".)
 */
export function htmlForIndex(html: string, terms: readonly string[]): string {
  if (terms.length === 0) return html;
  const text = terms.join(' · ');
  // Its length in words goes with it (meta INDEX_ONLY_WORDS), so excerpts can start after it.
  const words = text.split(/\s+/).filter(Boolean).length;
  const extra =
    `<p data-pagefind-weight="3" data-pagefind-meta="${INDEX_ONLY_WORDS}:${words}">` +
    `${escapeHtml(text)}</p>`;
  return html.replace(/(<[^>]*data-pagefind-body[^>]*>)/, `$1${extra}`);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
