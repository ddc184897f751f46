import {useEffect, useRef, type ReactNode} from 'react';
import {getProgressStore} from '@site/src/lib/progress/browser';
import {useHydrated, useProgress} from './useProgress';
import StorageNotice from './StorageNotice';
import styles from './styles.module.css';
import {formatKoreanDate} from '@site/src/lib/format/date';

interface Props {
  readonly docId: string;
  readonly openedNearEnd?: boolean;
}

/**
 * End of a chapter: marks it read when the reader scrolls here (not when the
 * page merely opens with its end in view), or with the button.
 * `openedNearEnd` is false when the reader scrolled the end into reach (the
 * block mounts then, and its first sighting already counts).
 */
export default function ChapterDone({docId, openedNearEnd = true}: Props): ReactNode {
  const hydrated = useHydrated();
  const {progress} = useProgress();
  const sentinel = useRef<HTMLDivElement>(null);
  const read = progress.chapters[docId]?.read;

  useEffect(() => {
    const element = sentinel.current;
    if (!element || typeof IntersectionObserver === 'undefined') return undefined;
    const store = getProgressStore();
    let first = true;
    let unmarkedHere = false;
    const unsubscribe = store.subscribe(() => {
      if (!store.getSnapshot().progress.chapters[docId]?.read) unmarkedHere = true;
    });
    const observer = new IntersectionObserver((entries) => {
      const visible = entries.some((entry) => entry.isIntersecting);
      if (visible && (!first || !openedNearEnd) && !unmarkedHere && window.scrollY > 0)
        store.markRead(docId);
      first = false;
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      unsubscribe();
    };
  }, [docId, openedNearEnd]);

  return (
    <div ref={sentinel} className={styles.chapterDone}>
      {hydrated && (
        <>
          <p className={styles.chapterStatus} aria-live="polite">
            {read
              ? `${formatKoreanDate(read, 'long')}에 이 장을 읽었습니다.`
              : '끝까지 읽으면 학습 현황에 표시됩니다.'}
          </p>
          <button
            type="button"
            className="button button--sm button--outline button--primary"
            aria-pressed={Boolean(read)}
            onClick={() =>
              read ? getProgressStore().unmarkRead(docId) : getProgressStore().markRead(docId)
            }
          >
            {read && <span aria-hidden="true">✓ </span>}이 장을 읽었습니다
          </button>
          <StorageNotice />
        </>
      )}
    </div>
  );
}
