import type {TimelineCategory, TimelineEvent} from '../../data/timeline';

export interface TimelineEra {
  readonly id: string;
  readonly label: string;
  /** First year of the era (inclusive). */
  readonly from: number;
  /** Last year of the era (inclusive). */
  readonly to: number;
}

export const ALL = 'all' as const;
export type EraFilter = string;
export type CategoryFilter = TimelineCategory | typeof ALL;

/** Eras in order; together they cover every year from 1950 to 2099 without overlap. */
export const TIMELINE_ERAS: readonly TimelineEra[] = [
  {id: 'mainframe', label: '1960–70년대 · 메인프레임', from: 1950, to: 1979},
  {id: 'network', label: '1980–90년대 · PC와 인터넷', from: 1980, to: 1999},
  {id: 'x86', label: '2000년대 · x86 가상화', from: 2000, to: 2009},
  {id: 'cloud', label: '2010년대 이후 · 클라우드와 컨테이너', from: 2010, to: 2099},
];

export const TIMELINE_CATEGORIES: readonly {
  readonly id: TimelineCategory;
  readonly label: string;
}[] = [
  {id: 'virtualization', label: '가상화'},
  {id: 'containers', label: '컨테이너'},
  {id: 'network-cloud', label: '네트워크·클라우드'},
];

export function eraOf(year: number): TimelineEra | undefined {
  return TIMELINE_ERAS.find((era) => year >= era.from && year <= era.to);
}

export function categoryLabel(category: TimelineCategory): string {
  return TIMELINE_CATEGORIES.find((c) => c.id === category)?.label ?? category;
}

/** Whether an event passes the era and category filters (`all` lets everything through). */
export function matchesFilter(
  event: TimelineEvent,
  era: EraFilter,
  category: CategoryFilter,
): boolean {
  if (category !== ALL && event.category !== category) return false;
  if (era === ALL) return true;
  return eraOf(event.year)?.id === era;
}

export function filterEvents(
  events: readonly TimelineEvent[],
  era: EraFilter,
  category: CategoryFilter,
): TimelineEvent[] {
  return events.filter((event) => matchesFilter(event, era, category));
}

/** True when events are in chronological order (by year, stable within a year). */
export function isChronological(events: readonly TimelineEvent[]): boolean {
  return events.every((event, index) => index === 0 || events[index - 1]!.year <= event.year);
}

/** The sentence a screen reader hears after the filter changes. */
export function filterSummary(count: number, era: EraFilter, category: CategoryFilter): string {
  const eraText =
    era === ALL ? '모든 시대' : (TIMELINE_ERAS.find((e) => e.id === era)?.label ?? era);
  const categoryText = category === ALL ? '모든 분야' : categoryLabel(category);
  return count === 0
    ? `${eraText}, ${categoryText}: 해당하는 사건이 없습니다.`
    : `${eraText}, ${categoryText}: 사건 ${count}개를 보여 줍니다.`;
}
