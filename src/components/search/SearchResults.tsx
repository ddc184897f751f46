import type {ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {useAllDocsData} from '@docusaurus/plugin-content-docs/client';
import {safeExcerpt, type SearchHit} from '@site/src/lib/search/results';
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
}

/** Suggested pages for an empty result, listed only if they exist in this build. */
const FALLBACK_PAGES = [
  {path: '/docs/install/troubleshooting', label: '설치 문제 해결 (에러 메시지 모음)'},
  {path: '/docs/glossary', label: '용어집'},
  {path: '/docs/intro', label: '이 과정에 대하여'},
];

export const optionId = (listId: string, index: number) => `${listId}-option-${index}`;

export default function SearchResults({
  id,
  query,
  status,
  hits,
  activeIndex,
  onNavigate,
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
                        <span
                          className={styles.excerpt}
                          dangerouslySetInnerHTML={{__html: safeExcerpt(section.excerpt)}}
                        />
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
  );
}
