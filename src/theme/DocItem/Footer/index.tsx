import {lazy, Suspense, type ReactNode} from 'react';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {isChapterId} from '@site/src/lib/progress/course';
import {useNearViewport} from '@site/src/components/useNearViewport';

type Props = WrapperProps<typeof FooterType>;

// Only chapters download it, and only once their end comes near: it is not
// part of starting to read (its module and Korean date formatting were a
// long task right after load).
const ChapterDone = lazy(() => import('@site/src/components/progress/ChapterDone'));
const AHEAD = '1200px 0px';

/** Chapters end with the "이 장을 읽었습니다" mark; other docs keep the plain footer. */
export default function FooterWrapper(props: Props): ReactNode {
  const {metadata} = useDoc();
  const chapter = isChapterId(metadata.id);
  const {ref: sentinel, near, scrolledFirst} = useNearViewport<HTMLDivElement>(AHEAD, chapter);
  return (
    <>
      {chapter && <div ref={sentinel} />}
      {near && (
        <Suspense fallback={null}>
          <ChapterDone docId={metadata.id} openedNearEnd={!scrolledFirst} />
        </Suspense>
      )}
      <Footer {...props} />
    </>
  );
}
