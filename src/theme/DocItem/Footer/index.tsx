import {lazy, Suspense, type ReactNode} from 'react';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {isChapterId} from '@site/src/lib/progress/course';
import {useHydrated} from '@site/src/components/progress/useProgress';

type Props = WrapperProps<typeof FooterType>;

// Loaded after hydration, and only on chapters: other pages never download it.
const ChapterDone = lazy(() => import('@site/src/components/progress/ChapterDone'));

/** Chapters end with the "이 장을 읽었습니다" mark; other docs keep the plain footer. */
export default function FooterWrapper(props: Props): ReactNode {
  const {metadata} = useDoc();
  const hydrated = useHydrated();
  return (
    <>
      {hydrated && isChapterId(metadata.id) && (
        <Suspense fallback={null}>
          <ChapterDone docId={metadata.id} />
        </Suspense>
      )}
      <Footer {...props} />
    </>
  );
}
