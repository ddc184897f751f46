import React, {useState, type ReactNode} from 'react';
import MobileSidebar from '@theme-original/Navbar/MobileSidebar';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';

/**
 * The theme renders the phone menu, with the whole chapter list, hidden right
 * after hydration on every narrow page: one long task before the reader can
 * scroll. It is built the first time the menu opens and kept afterwards.
 */
export default function LazyMobileSidebar(): ReactNode {
  const {shown} = useNavbarMobileSidebar();
  const [opened, setOpened] = useState(shown);
  if (shown && !opened) setOpened(true);
  return opened ? <MobileSidebar /> : null;
}
