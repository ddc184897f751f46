import type {ReactNode} from 'react';
import clsx from 'clsx';
import TabItem from '@theme-original/TabItem';
import type TabItemType from '@theme/TabItem';
import type {WrapperProps} from '@docusaurus/types';

type Props = WrapperProps<typeof TabItemType>;

/**
 * Adds the tab's label inside its panel. It stays hidden on screen and appears
 * where every panel is shown at once: in print and with JavaScript off
 * (see the <noscript> style in docusaurus.config.ts). The `dg-tab-<value>` class lets CSS show
 * the reader's remembered tab before hydration (src/lib/platform/early.ts).
 */
export default function TabItemWrapper(props: Props): ReactNode {
  const label = props.label ?? props.value;
  return (
    <TabItem {...props} className={clsx(props.className, 'dg-tab', `dg-tab-${props.value}`)}>
      <p className="dg-tab-label">{label}</p>
      {props.children}
    </TabItem>
  );
}
