import type {ReactNode} from 'react';

// The site's Tabs need Docusaurus' router and storage; their keyboard and state have their own
// tests (src/theme/Tabs) and pages check the real ones in e2e. Here every panel renders, as the
// site shows them without JavaScript.
export default function Tabs({
  groupId,
  children,
}: {
  readonly groupId?: string;
  readonly children: ReactNode;
}): ReactNode {
  return (
    <div className="tabs-container" data-group={groupId}>
      {children}
    </div>
  );
}
