import {useId, useState, type CSSProperties, type ReactNode} from 'react';
import clsx from 'clsx';
import {timelineEvents, type TimelineEvent} from '@site/src/data/timeline';
import {
  TIMELINE_LANES,
  YEAR_SCALE,
  YEAR_TICKS,
  categoryLabel,
  layoutLanes,
  pictureHeight,
  yearToY,
} from '@site/src/lib/diagrams/timeline';
import {useRovingFocus} from '@site/src/components/useRovingFocus';
import styles from './styles.module.css';

interface Props {
  readonly events?: readonly TimelineEvent[];
  /** The event shown in the detail panel before the reader picks one. */
  readonly initial?: string;
}

const LANE_CLASS = {vm: styles.laneVm, containers: styles.laneContainers} as const;
/** The note on the scale sits in the empty stretch of the 1980s–90s, above the break at 2000. */
const SCALE_NOTE_Y = yearToY(YEAR_SCALE[0].to - 10);

/**
 * The history of virtual machines and containers on a year scale, in two lanes that meet in
 * today's picture: containers run inside VMs. Arrow keys move through the events in time order;
 * the chosen one is explained below. The complete list of events (with the network and cloud
 * history the lanes leave out) follows in a disclosure, so nothing needs JavaScript.
 */
export default function VirtualizationTimeline({
  events = timelineEvents,
  initial = 'docker',
}: Props): ReactNode {
  const placed = layoutLanes(events);
  const height = pictureHeight(placed);
  const [selectedId, setSelectedId] = useState(initial);
  const selectedIndex = Math.max(
    0,
    placed.findIndex((p) => p.event.id === selectedId),
  );
  const selected = placed[selectedIndex]?.event;
  const id = useId();
  const detailId = `${id}-detail`;
  const {getItemProps} = useRovingFocus<HTMLButtonElement>({
    count: placed.length,
    activeIndex: selectedIndex,
    orientation: 'vertical',
    wrap: false,
    onActivate: (index) => setSelectedId(placed[index]!.event.id),
  });

  return (
    <figure
      className="dg-figure dg-figure--sunken"
      data-testid="virtualization-timeline"
      aria-labelledby={`${id}-caption`}
    >
      <div className={styles.picture} style={{height} as CSSProperties}>
        {TIMELINE_LANES.map((lane) => (
          <p
            key={lane.id}
            className={clsx(styles.laneTitle, LANE_CLASS[lane.id])}
            aria-hidden="true"
          >
            {lane.label}
          </p>
        ))}
        <span className={clsx(styles.laneLine, styles.laneVm)} aria-hidden="true" />
        <span className={clsx(styles.laneLine, styles.laneContainers)} aria-hidden="true" />
        {YEAR_TICKS.map((year) => (
          <span key={year} className={styles.tick} style={{top: yearToY(year)}} aria-hidden="true">
            {year}
          </span>
        ))}
        <span className={styles.scaleBreak} style={{top: SCALE_NOTE_Y}} aria-hidden="true">
          <span>≈ 2000년 앞은 축척 1/9</span>
        </span>
        <ol className={styles.marks} aria-label="가상 머신과 컨테이너의 주요 사건, 오래된 순">
          {placed.map((p, index) => (
            <li key={p.event.id} className={LANE_CLASS[p.lane]} data-lane={p.lane}>
              <span className={styles.dot} style={{top: p.dotY}} aria-hidden="true" />
              {p.labelY > p.dotY && (
                <span
                  className={styles.leader}
                  style={{top: p.dotY, height: p.labelY - p.dotY}}
                  aria-hidden="true"
                />
              )}
              <button
                type="button"
                className={styles.mark}
                style={{top: p.labelY}}
                data-event={p.event.id}
                aria-pressed={p.event.id === selected?.id}
                aria-controls={detailId}
                onClick={() => setSelectedId(p.event.id)}
                {...getItemProps(index)}
              >
                <span className={styles.markYear}>{p.event.year}</span> {p.label}
              </button>
            </li>
          ))}
        </ol>
      </div>
      <p className={styles.today}>
        <strong>오늘:</strong> 두 갈래는 다시 만납니다. macOS와 Windows의 Docker Desktop은 리눅스
        가상 머신(WSL 2 포함) 안에서, 클라우드의 쿠버네티스 노드는 대개 가상 머신 위에서 컨테이너를
        돌립니다. 컨테이너는 가상 머신을 대신하기보다 그 안에서 씁니다.
      </p>

      {selected && (
        <div
          id={detailId}
          className={styles.detail}
          aria-live="polite"
          data-testid="timeline-detail"
        >
          <EventText event={selected} />
        </div>
      )}

      <details className={styles.all}>
        <summary>사건 전체 목록 ({events.length}개, 네트워크·클라우드 포함)</summary>
        <ol className={styles.list}>
          {events.map((event) => (
            <li
              key={event.id}
              id={`timeline-${event.id}`}
              data-list-event={event.id}
              data-category={event.category}
              className={clsx(styles.event, styles[event.category])}
            >
              <EventText event={event} />
            </li>
          ))}
        </ol>
      </details>

      <figcaption id={`${id}-caption`} className={styles.caption}>
        가상 머신(왼쪽)과 컨테이너(오른쪽)의 주요 사건을 연도 축에 놓은 연표입니다. 2000년 앞의 수십
        년은 줄여 그렸습니다. 사건을 누르거나 방향키(위·아래)로 옮기면 아래에 설명과 출처가
        나옵니다.
      </figcaption>
    </figure>
  );
}

function EventText({event}: {readonly event: TimelineEvent}): ReactNode {
  return (
    <>
      <p className={styles.meta}>
        <span className={styles.when}>{event.when}</span>
        <span className={styles.badge}>{categoryLabel(event.category)}</span>
      </p>
      <p className={styles.title}>{event.title}</p>
      <p className={styles.description}>{event.description}</p>
      <p className={styles.source}>
        출처:{' '}
        <a href={event.source.url} rel="noopener noreferrer">
          {event.source.label}
        </a>
      </p>
    </>
  );
}
