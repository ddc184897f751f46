import type {ProgressV2} from './schema';

/**
 * Parts whose docs are chapters: the course parts of src/data/course.ts
 * without the install guides (a test keeps the two lists equal; the list is
 * copied so that the parts' summaries stay out of every page's JavaScript).
 */
export const CHAPTER_PARTS: readonly string[] = [
  'start',
  'virtualization',
  'containers',
  'docker-basics',
  'building-images',
  'compose-cluster',
];

/** True for a chapter's doc id like `containers/namespaces`. */
export function isChapterId(docId: string): boolean {
  const [part, rest] = docId.split(/\/(.*)/s);
  return rest !== undefined && rest !== '' && CHAPTER_PARTS.includes(part ?? '');
}

export interface OutlineChapter {
  readonly id: string;
  readonly title: string;
  readonly href: string;
}

export interface OutlinePart {
  readonly title: string;
  readonly chapters: readonly OutlineChapter[];
}

/** The shape of the docs plugin's sidebar items that the outline needs. */
export type SidebarItemLike =
  | {readonly type: 'link'; readonly href: string; readonly label: string; readonly docId?: string}
  | {readonly type: 'category'; readonly label: string; readonly items: readonly SidebarItemLike[]}
  | {
      readonly type: string;
      readonly label?: string;
      readonly items?: readonly SidebarItemLike[];
      readonly href?: string;
      readonly docId?: string;
    };

function chaptersIn(items: readonly SidebarItemLike[]): OutlineChapter[] {
  return items.flatMap((item): OutlineChapter[] => {
    if (item.type === 'link' && item.docId && isChapterId(item.docId) && item.href && item.label) {
      return [{id: item.docId, title: item.label, href: item.href}];
    }
    if (item.type === 'category' && item.items) return chaptersIn(item.items);
    return [];
  });
}

/** The course as parts of chapters, in sidebar order; categories without chapters are left out. */
export function outlineFromSidebar(items: readonly SidebarItemLike[]): OutlinePart[] {
  return items.flatMap((item): OutlinePart[] => {
    if (item.type !== 'category' || !item.items) return [];
    const chapters = chaptersIn(item.items);
    return chapters.length > 0 ? [{title: item.label ?? '', chapters}] : [];
  });
}

/** Chapter doc ids under a sidebar item (a category's links, recursively). */
export function chapterIdsOf(items: readonly SidebarItemLike[]): string[] {
  return chaptersIn(items).map((chapter) => chapter.id);
}

export const isFinished = (progress: ProgressV2, docId: string): boolean =>
  Boolean(progress.chapters[docId]?.read);

export function countFinished(
  progress: ProgressV2,
  ids: readonly string[],
): {done: number; total: number} {
  return {done: ids.filter((id) => isFinished(progress, id)).length, total: ids.length};
}

/**
 * The chapter to read next: the first unfinished one after the last finished
 * chapter, else the first unfinished one anywhere; null when all are done.
 */
export function nextChapter(
  parts: readonly OutlinePart[],
  progress: ProgressV2,
): OutlineChapter | null {
  const all = parts.flatMap((part) => part.chapters);
  let last = -1;
  all.forEach((chapter, index) => {
    if (isFinished(progress, chapter.id)) last = index;
  });
  const after = all.slice(last + 1).find((chapter) => !isFinished(progress, chapter.id));
  return after ?? all.find((chapter) => !isFinished(progress, chapter.id)) ?? null;
}
