import {memo, useMemo, type ReactNode} from 'react';
import clsx from 'clsx';
import {NavbarSecondaryMenuFiller, ThemeClassNames} from '@docusaurus/theme-common';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import type {PropSidebarItem} from '@docusaurus/plugin-content-docs';
import type {Props} from '@theme/DocSidebar';
import DocSidebarDesktop from '@theme/DocSidebar/Desktop';
import DocSidebarItems from '@theme/DocSidebarItems';

// The theme swaps the desktop sidebar for the phone one once it knows the window's width,
// which on a phone re-renders and unmounts the whole chapter list right after hydration
// (one long task before the reader can scroll). Here both are always rendered: CSS already
// hides the desktop sidebar below 997px, and the phone part renders nothing of its own; it
// only hands the chapter list to the navbar's menu, which builds it on first open.

interface MenuProps {
  readonly menu: {readonly sidebar: readonly PropSidebarItem[]; readonly path: string};
}

function PhoneMenuChapters({menu: {sidebar, path}}: MenuProps): ReactNode {
  const mobileSidebar = useNavbarMobileSidebar();
  return (
    <ul className={clsx(ThemeClassNames.docs.docSidebarMenu, 'menu__list')}>
      <DocSidebarItems
        items={sidebar}
        activePath={path}
        onItemClick={(item) => {
          // A category without its own page only opens; everything else navigates.
          if (item.type === 'link' || (item.type === 'category' && item.href))
            mobileSidebar.toggle();
        }}
        level={1}
      />
    </ul>
  );
}

const PhoneMenuFiller = memo(function PhoneMenuFiller({
  sidebar,
  path,
}: Pick<Props, 'sidebar' | 'path'>) {
  // One key: the filler sorts its props' keys with localeCompare, and the first
  // localeCompare on a page builds a collator (a few ms at load).
  const props = useMemo<MenuProps>(() => ({menu: {sidebar, path}}), [sidebar, path]);
  return <NavbarSecondaryMenuFiller component={PhoneMenuChapters} props={props} />;
});

export default function DocSidebar(props: Props): ReactNode {
  return (
    <>
      <DocSidebarDesktop {...props} />
      <PhoneMenuFiller sidebar={props.sidebar} path={props.path} />
    </>
  );
}
