import type {ReactNode} from 'react';

/** A panel with its label inside, as src/theme/TabItem renders it (see tests/stubs/Tabs.tsx). */
export default function TabItem({
  value,
  label,
  children,
}: {
  readonly value: string;
  readonly label?: string;
  readonly children: ReactNode;
}): ReactNode {
  return (
    <div role="tabpanel" data-value={value}>
      <p className="dg-tab-label">{label ?? value}</p>
      {children}
    </div>
  );
}
