import {lazy, Suspense, useCallback, useEffect, useState, type ReactNode} from 'react';
import styles from '@site/src/components/search/styles.module.css';

// The dialog, its results view and pagefind.js load only when a reader opens search.
const SearchDialog = lazy(() => import('@site/src/components/search/SearchDialog'));

function isTypingTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/** Navbar search button; ⌘K / Ctrl+K / "/" open the search dialog. */
export default function SearchBar(): ReactNode {
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const shortcut = (event.key === 'k' || event.key === 'K') && (event.metaKey || event.ctrlKey);
      const slash = event.key === '/' && !isTypingTarget(event.target);
      if ((shortcut || slash) && !event.isComposing) {
        event.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <button
        type="button"
        className={styles.searchButton}
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
      >
        <svg width="16" height="16" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <path
            d="M14.4 12.9a7 7 0 1 0-1.5 1.5l4.3 4.3 1.5-1.5-4.3-4.3zM8.5 13.5a5 5 0 1 1 0-10 5 5 0 0 1 0 10z"
            fill="currentColor"
          />
        </svg>
        <span className={styles.searchLabel}>검색</span>
        <kbd className={styles.searchKey}>Ctrl K</kbd>
      </button>
      {open && (
        <Suspense fallback={null}>
          <SearchDialog onClose={close} />
        </Suspense>
      )}
    </>
  );
}
