import {useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode} from 'react';
import {useHistory} from '@docusaurus/router';
import Link from '@docusaurus/Link';
import {flattenTargets, isComposingKey, moveActive} from '@site/src/lib/search/results';
import SearchResults, {optionId, partialNote} from './SearchResults';
import {usePagefind, usePreloadSearch} from './usePagefind';
import styles from './styles.module.css';

interface SearchDialogProps {
  readonly initialQuery?: string;
  readonly onClose: () => void;
}

/**
 * The search dialog. A modal <dialog> traps focus, closes on Esc and gives
 * focus back to the button that opened it.
 */
export default function SearchDialog({initialQuery = '', onClose}: SearchDialogProps): ReactNode {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState(initialQuery);
  const [active, setActive] = useState(-1);
  // Opening search says a query is coming: load the index while the reader types.
  usePreloadSearch('now');
  const {status, hits, partialFrom, term, suggestions} = usePagefind(query);
  const targets = flattenTargets(hits);
  const history = useHistory();
  const listId = `search-results-${useId().replace(/:/g, '')}`;
  const titleId = `${listId}-title`;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    inputRef.current?.focus();
    return () => dialog?.close();
  }, []);

  // New results start with nothing selected (state adjusted during render, not in an effect).
  const [shownHits, setShownHits] = useState(hits);
  if (shownHits !== hits) {
    setShownHits(hits);
    setActive(-1);
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (isComposingKey(event.nativeEvent)) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = moveActive(active, targets.length, event.key === 'ArrowDown' ? 1 : -1);
      setActive(next);
      document.getElementById(optionId(listId, next))?.scrollIntoView({block: 'nearest'});
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const target = targets[active] ?? targets[0];
      if (target) {
        history.push(target.url);
        onClose();
      }
    }
  };

  // Keep Tab and Shift+Tab inside the dialog (browsers let focus leave a modal dialog).
  const trapTab = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab' || !dialogRef.current) return;
    const focusable = Array.from(
      dialogRef.current.querySelectorAll<HTMLElement>('input, button, a[href]'),
    ).filter((element) => !element.hasAttribute('disabled'));
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  const searchPage = `/search?q=${encodeURIComponent(query.trim())}`;

  return (
    // The dialog closes itself on Esc (its cancel event) and reports it through onClose.
    <dialog
      ref={dialogRef}
      className={styles.dialog}
      aria-labelledby={titleId}
      onClose={onClose}
      onKeyDown={trapTab}
    >
      <div className={styles.dialogHeader}>
        <h2 id={titleId} className={styles.dialogTitle}>
          사이트 검색
        </h2>
        <button type="button" className={styles.closeButton} onClick={onClose}>
          닫기
        </button>
      </div>
      <input
        ref={inputRef}
        type="search"
        className={styles.input}
        placeholder="예: 네임스페이스, cgroup 메모리 제한, 에러 메시지"
        aria-label="검색어"
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls={hits.length > 0 ? listId : undefined}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? optionId(listId, active) : undefined}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
      />
      <p className={styles.status} aria-live="polite">
        {status === 'loading'
          ? '찾는 중…'
          : status === 'done'
            ? `${hits.length}개 문서를 찾았습니다.${partialNote(partialFrom)}`
            : ''}
      </p>
      <div className={styles.resultsArea}>
        <SearchResults
          id={listId}
          query={query}
          status={status}
          hits={hits}
          activeIndex={active}
          onNavigate={onClose}
          partialFrom={partialFrom}
          term={term}
          suggestions={suggestions}
          onSuggest={(word) => {
            setQuery(word);
            inputRef.current?.focus();
          }}
        />
      </div>
      <div className={styles.dialogFooter}>
        <span>
          <kbd>↑</kbd> <kbd>↓</kbd> 이동 · <kbd>Enter</kbd> 열기 · <kbd>Esc</kbd> 닫기
        </span>
        {query.trim() !== '' && (
          <Link to={searchPage} onClick={onClose}>
            검색 페이지에서 보기
          </Link>
        )}
      </div>
    </dialog>
  );
}
