import React, {useMemo, type ReactNode} from 'react';
import clsx from 'clsx';
import {ThemeClassNames} from '@docusaurus/theme-common';
import {
  sanitizeTabsChildren,
  TabsProvider,
  useScrollPositionBlocker,
  useTabs,
  useTabsContextValue,
  type TabsProps,
} from '@docusaurus/theme-common/internal';
import {useRovingFocus} from '@site/src/components/useRovingFocus';
import styles from './styles.module.css';

// theme-classic's Tabs with one change: it is not remounted after hydration
// (its `key={String(isBrowser)}`). That remount rebuilt every panel of an
// install guide in one long task. It is not needed: the first client render
// uses the server's default tab, and the stored or ?os= choice is applied by
// useTabsContextValue's layout effect right after. Keyboard (useRovingFocus):
// Left/Right (wrapping), Home and End move focus, Enter and Space select
// (manual activation: a tab switch can re-render a long install guide).

function TabList({className}: {className?: string}): ReactNode {
  const {selectedValue, selectValue, tabValues, block} = useTabs();
  const {blockElementScrollPositionUntilNextRender} = useScrollPositionBlocker();

  const select = (index: number, tab: HTMLElement | null) => {
    const value = tabValues[index]?.value;
    if (value !== undefined && value !== selectedValue && tab) {
      blockElementScrollPositionUntilNextRender(tab);
      selectValue(value);
    }
  };

  const {getItemProps} = useRovingFocus<HTMLLIElement>({
    count: tabValues.length,
    activeIndex: tabValues.findIndex((tab) => tab.value === selectedValue),
    orientation: 'horizontal',
    activation: 'manual',
    onActivate: select,
  });

  return (
    <ul
      role="tablist"
      aria-orientation="horizontal"
      className={clsx('tabs', {'tabs--block': block}, className)}
    >
      {tabValues.map(({value, label, attributes}, index) => {
        const item = getItemProps(index);
        return (
          <li
            ref={item.ref}
            tabIndex={item.tabIndex}
            onKeyDown={item.onKeyDown}
            role="tab"
            aria-selected={selectedValue === value}
            data-tab-value={value}
            key={value}
            onClick={(event) => select(index, event.currentTarget)}
            {...attributes}
            className={clsx(
              'tabs__item',
              styles.tabItem,
              attributes?.className as string | undefined,
              {
                'tabs__item--active': selectedValue === value,
              },
            )}
          >
            {label ?? value}
          </li>
        );
      })}
    </ul>
  );
}

export default function Tabs(props: TabsProps): ReactNode {
  const {selectedValue, selectValue, tabValues, lazy, block} = useTabsContextValue(props);
  // useTabsContextValue returns a new object on every render. Right after hydration a stored
  // tab choice re-renders each Tabs twice (its storage store, then its layout effect), and a
  // new object would re-render every panel both times; only a changed choice needs to.
  const value = useMemo(
    () => ({selectedValue, selectValue, tabValues, lazy, block}),
    [selectedValue, selectValue, tabValues, lazy, block],
  );
  return (
    <TabsProvider value={value}>
      {/* data-tab-group, data-tab-value: the pre-hydration choice (src/lib/platform/early.ts). */}
      <div
        className={clsx(ThemeClassNames.tabs.container, 'tabs-container', styles.tabList)}
        data-tab-group={props.groupId}
      >
        <TabList className={props.className} />
        <div className="margin-top--md">{sanitizeTabsChildren(props.children)}</div>
      </div>
    </TabsProvider>
  );
}
