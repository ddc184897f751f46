import {lazy, Suspense, useEffect, useRef, useState, type ReactNode} from 'react';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {isChapterId} from '@site/src/lib/progress/course';

type Props = WrapperProps<typeof FooterType>;

// Only chapters download it, and only once their end comes near: it is not
// part of starting to read (its module and Korean date formatting were a
// long task right after load).
const ChapterDone = lazy(() => import('@site/src/components/progress/ChapterDone'));
const AHEAD = '1200px 0px';

/** Whether the end of the chapter is near, and whether it already was before the reader scrolled. */
function useNearEnd(enabled: boolean) {
  const sentinel = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState<'no' | 'at-open' | 'scrolled-to'>('no');
  useEffect(() => {
    const element = sentinel.current;
    if (!enabled || near !== 'no' || !element) return undefined;
    let scrolled = false;
    const onScroll = () => {
      scrolled = true;
    };
    window.addEventListener('scroll', onScroll, {passive: true, once: true});
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(scrolled ? 'scrolled-to' : 'at-open');
      },
      {rootMargin: AHEAD},
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      window.removeEventListener('scroll', onScroll);
    };
  }, [enabled, near]);
  return {sentinel, near};
}

/** Chapters end with the "이 장을 읽었습니다" mark; other docs keep the plain footer. */
export default function FooterWrapper(props: Props): ReactNode {
  const {metadata} = useDoc();
  const chapter = isChapterId(metadata.id);
  const {sentinel, near} = useNearEnd(chapter);
  return (
    <>
      {chapter && <div ref={sentinel} />}
      {near !== 'no' && (
        <Suspense fallback={null}>
          <ChapterDone docId={metadata.id} openedNearEnd={near === 'at-open'} />
        </Suspense>
      )}
      <Footer {...props} />
    </>
  );
}
