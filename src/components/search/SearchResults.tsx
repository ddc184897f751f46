import type {ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {useAllDocsData} from '@docusaurus/plugin-content-docs/client';
import type {LexiconTerm} from '@site/src/lib/search/lexicon';
import {SAME_EXCERPT_NOTE, safeExcerpt, type SearchHit} from '@site/src/lib/search/results';
import type {SearchStatus} from './usePagefind';
import styles from './styles.module.css';

interface SearchResultsProps {
  readonly id: string;
  readonly query: string;
  readonly status: SearchStatus;
  readonly hits: readonly SearchHit[];
  /** Index into the flattened targets (pages and sections), -1 for none; omit for a plain list of links. */
  readonly activeIndex?: number;
  readonly onNavigate?: () => void;
  /** Index of the first hit that matches only most of the words. */
  readonly partialFrom?: number | null;
  /** The glossary term the query names. */
  readonly term?: LexiconTerm | null;
  /** Nearest known words, offered when nothing matched. */
  readonly suggestions?: readonly string[];
  /** Searches for a suggested word. */
  readonly onSuggest?: (word: string) => void;
}

/** Suggested pages for an empty result, listed only if they exist in this build. */
const FALLBACK_PAGES = [
  {path: '/docs/install/troubleshooting', label: '설치 문제 해결 (에러 메시지 모음)'},
  {path: '/docs/glossary', label: '용어집'},
  {path: '/docs/intro', label: '이 과정에 대하여'},
];

/** What the status line and the results say when some results match only most words. */
export function partialNote(partialFrom: number | null): string {
  if (partialFrom === null) return '';
  return partialFrom === 0
    ? ' 일부 단어만 일치하는 결과입니다.'
    : ` 모든 단어가 일치하는 ${partialFrom}개 뒤로 일부 단어만 일치하는 결과가 이어집니다.`;
}

export const optionId = (listId: string, index: number) => `${listId}-option-${index}`;

export default function SearchResults({
  id,
  query,
  status,
  hits,
  activeIndex,
  onNavigate,
  partialFrom = null,
  term = null,
  suggestions = [],
  onSuggest,
}: SearchResultsProps): ReactNode {
  // In the dialog the input drives an ARIA listbox; on the search page the results are plain links.
  const listbox = activeIndex !== undefined;
  const optionProps = (index: number) =>
    listbox
      ? {id: optionId(id, index), role: 'option', 'aria-selected': activeIndex === index}
      : {};
  const docs = useAllDocsData().default?.versions[0]?.docs ?? [];
  const existing = new Set(docs.map((doc) => doc.path));
  let targetIndex = -1;

  if (status === 'error') {
    return (
      <p className={styles.message}>
        검색 색인을 불러오지 못했습니다. 페이지를 새로 고친 뒤 다시 시도해 주세요.
      </p>
    );
  }
  if (query.trim() !== '' && status === 'done' && hits.length === 0) {
    return (
      <div className={styles.message}>
        <p>
          <strong>“{query}”</strong>에 맞는 결과가 없습니다. 다른 낱말로 찾거나, 영어와 한국어
          용어를 바꿔 보세요.
        </p>
        {suggestions.length > 0 && onSuggest && (
          <div className={styles.suggestions}>
            <p>비슷한 낱말로 찾기:</p>
            <ul>
              {suggestions.map((word) => (
                <li key={word}>
                  <button
                    type="button"
                    className={styles.suggestion}
                    onClick={() => onSuggest(word)}
                  >
                    {word}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        <p>이런 곳에서 찾아볼 수도 있습니다:</p>
        <ul>
          {FALLBACK_PAGES.filter((page) => [...existing].some((p) => p.endsWith(page.path))).map(
            (page) => (
              <li key={page.path}>
                <Link to={page.path} onClick={onNavigate}>
                  {page.label}
                </Link>
              </li>
            ),
          )}
        </ul>
      </div>
    );
  }

  if (hits.length === 0) return null;

  return (
    <>
      {term && (
        <div className={styles.term}>
          <span className={styles.termBadge}>용어</span>{' '}
          <Link to={`/docs/glossary#${term.id}`} onClick={onNavigate}>
            {term.ko} ({term.en})
          </Link>
          <span className={styles.termDefinition}>{term.definition}</span>
        </div>
      )}
      {partialFrom !== null && <p className={styles.partial}>{partialNote(partialFrom).trim()}</p>}
      <ul
        id={id}
        role={listbox ? 'listbox' : undefined}
        aria-label="검색 결과"
        className={styles.results}
      >
        {hits.map((hit) => {
          const pageIndex = ++targetIndex;
          return (
            <li key={hit.url} role={listbox ? 'presentation' : undefined} className={styles.hit}>
              <Link
                {...optionProps(pageIndex)}
                className={clsx(
                  styles.target,
                  styles.page,
                  activeIndex === pageIndex && styles.active,
                )}
                to={hit.url}
                onClick={onNavigate}
              >
                <span className={styles.title}>{hit.title}</span>
                <span
                  className={styles.excerpt}
                  dangerouslySetInnerHTML={{__html: safeExcerpt(hit.excerpt)}}
                />
              </Link>
              {hit.sections.length > 0 && (
                <ul role={listbox ? 'presentation' : undefined} className={styles.sections}>
                  {hit.sections.map((section) => {
                    const sectionIndex = ++targetIndex;
                    return (
                      <li key={section.url} role={listbox ? 'presentation' : undefined}>
                        <Link
                          {...optionProps(sectionIndex)}
                          className={clsx(
                            styles.target,
                            activeIndex === sectionIndex && styles.active,
                          )}
                          to={section.url}
                          onClick={onNavigate}
                        >
                          <span className={styles.sectionTitle}># {section.title}</span>
                          {section.excerpt !== '' ? (
                            <span
                              className={styles.excerpt}
                              dangerouslySetInnerHTML={{__html: safeExcerpt(section.excerpt)}}
                            />
                          ) : (
                            // Its excerpt would repeat the page's: say where that one came from.
                            <span className={styles.excerpt}>{SAME_EXCERPT_NOTE}</span>
                          )}
                        </Link>
                      </li>
                    );
                  })}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
