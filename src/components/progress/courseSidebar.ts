import type {SidebarItemLike} from '@site/src/lib/progress/course';

interface JsonContext {
  keys(): string[];
  (id: string): unknown;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace NodeJS {
    interface Require {
      context(directory: string, useSubdirectories: boolean, regExp: RegExp): JsonContext;
    }
  }
}

interface VersionProps {
  readonly version?: {readonly docsSidebars?: Readonly<Record<string, readonly SidebarItemLike[]>>};
}

/**
 * The course sidebar with its labels, from the docs plugin's version data (the
 * same JSON the docs pages load). Global data has ids and paths but no titles.
 * Only the progress page imports this (about 3 KiB gzip).
 */
function loadCourseSidebar(): readonly SidebarItemLike[] {
  const context = require.context(
    '@generated/docusaurus-plugin-content-docs/default/p',
    false,
    /^\.\/docs-[^/]*\.json$/,
  );
  for (const key of context.keys()) {
    const sidebar = (context(key) as VersionProps).version?.docsSidebars?.course;
    if (sidebar) return sidebar;
  }
  return [];
}

export const courseSidebar: readonly SidebarItemLike[] = loadCourseSidebar();
