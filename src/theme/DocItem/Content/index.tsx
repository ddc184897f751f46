import type {ReactNode} from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';

type Props = WrapperProps<typeof ContentType>;

/** Marks the article (title and text) as the only part of a page Pagefind indexes. */
export default function ContentWrapper(props: Props): ReactNode {
  return (
    <div data-pagefind-body="">
      <Content {...props} />
    </div>
  );
}
