import type {ReactNode} from 'react';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {isChapterId} from '@site/src/lib/progress/course';
import ChapterDone from '@site/src/components/progress/ChapterDone';

type Props = WrapperProps<typeof FooterType>;

/** Chapters end with the "이 장을 읽었습니다" mark; other docs keep the plain footer. */
export default function FooterWrapper(props: Props): ReactNode {
  const {metadata} = useDoc();
  return (
    <>
      {isChapterId(metadata.id) && <ChapterDone docId={metadata.id} />}
      <Footer {...props} />
    </>
  );
}
