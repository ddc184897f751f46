import type {TimelineCategory, TimelineEvent, TimelineLane} from '../../data/timeline';

export const TIMELINE_CATEGORIES: readonly {
  readonly id: TimelineCategory;
  readonly label: string;
}[] = [
  {id: 'virtualization', label: '가상화'},
  {id: 'containers', label: '컨테이너'},
  {id: 'network-cloud', label: '네트워크·클라우드'},
];

export const TIMELINE_LANES: readonly {readonly id: TimelineLane; readonly label: string}[] = [
  {id: 'vm', label: '가상 머신'},
  {id: 'containers', label: '컨테이너'},
];

export function categoryLabel(category: TimelineCategory): string {
  return TIMELINE_CATEGORIES.find((c) => c.id === category)?.label ?? category;
}

/** True when events are in chronological order (by year, stable within a year). */
export function isChronological(events: readonly TimelineEvent[]): boolean {
  return events.every((event, i) => i === 0 || events[i - 1]!.year <= event.year);
}

/**
 * The picture's year scale in two linear pieces: the sparse decades before 2000 are drawn at a
 * ninth of the scale of the dense years since, and the axis marks the change. Pixels from the top.
 */
export const YEAR_SCALE = [
  {from: 1960, to: 2000, pxPerYear: 3},
  {from: 2000, to: 2027, pxPerYear: 27},
] as const;
export const SCALE_TOP_PX = 36;
/** Year ticks drawn on the axis. */
export const YEAR_TICKS = [1960, 1980, 2000, 2005, 2010, 2015, 2020, 2025] as const;
/** Closest two labels of one lane may come, px (one line of text). */
export const LABEL_GAP_PX = 22;

export function yearToY(year: number): number {
  let y = SCALE_TOP_PX;
  for (const piece of YEAR_SCALE) {
    const clamped = Math.min(Math.max(year, piece.from), piece.to);
    y += (clamped - piece.from) * piece.pxPerYear;
  }
  return y;
}

/** The year as a fraction from `when` ("2013-03" → 2013.17), so events of one year keep their order. */
export function fractionalYear(event: TimelineEvent): number {
  const match = /^(\d{4})(?:-(\d{2}))?/.exec(event.when);
  const month = match?.[2] ? Number(match[2]) : 1;
  return event.year + (month - 1) / 12;
}

export interface PlacedEvent {
  readonly event: TimelineEvent;
  readonly lane: TimelineLane;
  readonly label: string;
  /** Where the year is on the axis. */
  readonly dotY: number;
  /** Where the label sits: at the dot, or pushed down below the lane's previous label. */
  readonly labelY: number;
}

/**
 * The lane events in chronological order, each label placed at its year unless the lane's
 * previous label is closer than LABEL_GAP_PX, then pushed down just enough.
 */
export function layoutLanes(events: readonly TimelineEvent[]): PlacedEvent[] {
  const lastLabel: Partial<Record<TimelineLane, number>> = {};
  return events
    .filter((event) => event.lane !== undefined)
    .map((event) => ({event, at: fractionalYear(event)}))
    .sort((a, b) => a.at - b.at)
    .map(({event, at}) => {
      const {lane, label} = event.lane!;
      const dotY = yearToY(at);
      const previous = lastLabel[lane];
      const labelY = previous === undefined ? dotY : Math.max(dotY, previous + LABEL_GAP_PX);
      lastLabel[lane] = labelY;
      return {event, lane, label, dotY, labelY};
    });
}

/** Height the picture needs for its labels and the final year tick. */
export function pictureHeight(placed: readonly PlacedEvent[]): number {
  const lowest = Math.max(yearToY(YEAR_SCALE.at(-1)!.to), ...placed.map((p) => p.labelY));
  return Math.ceil(lowest + LABEL_GAP_PX);
}
