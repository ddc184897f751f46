import type {ReactNode} from 'react';
import Category from '@theme-original/DocSidebarItem/Category';
import type CategoryType from '@theme/DocSidebarItem/Category';
import type {WrapperProps} from '@docusaurus/types';
import {chapterIdsOf, countFinished} from '@site/src/lib/progress/course';
import {useProgressValue} from '@site/src/components/progress/useProgress';

type Props = WrapperProps<typeof CategoryType>;

/** A part's label ends with "(n/m)" chapters read (after mount only: the server HTML has none). */
export default function CategoryWrapper(props: Props): ReactNode {
  const {item} = props;
  const ids = chapterIdsOf(item.items);
  const done = useProgressValue(({progress}) => countFinished(progress, ids).done);
  const total = ids.length;
  if (total === 0) return <Category {...props} />;
  return <Category {...props} item={{...item, label: `${item.label} (${done}/${total})`}} />;
}
