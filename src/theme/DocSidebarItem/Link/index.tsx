import type {ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@theme-original/DocSidebarItem/Link';
import type LinkType from '@theme/DocSidebarItem/Link';
import type {WrapperProps} from '@docusaurus/types';
import {isFinished} from '@site/src/lib/progress/course';
import {useProgressValue} from '@site/src/components/progress/useProgress';
import styles from './styles.module.css';

type Props = WrapperProps<typeof LinkType>;

/** A finished chapter gets a check mark (after mount only: the server HTML has none). */
export default function LinkWrapper(props: Props): ReactNode {
  const {item} = props;
  const {docId} = item;
  const done = useProgressValue(({progress}) => docId !== undefined && isFinished(progress, docId));
  return done ? (
    <Link {...props} item={{...item, className: clsx(item.className, styles.done)}} />
  ) : (
    <Link {...props} />
  );
}
