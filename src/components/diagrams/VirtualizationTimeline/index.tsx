import {useId, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {timelineEvents, type TimelineEvent} from '@site/src/data/timeline';
import {
  ALL,
  TIMELINE_CATEGORIES,
  TIMELINE_ERAS,
  categoryLabel,
  filterSummary,
  matchesFilter,
  type CategoryFilter,
  type EraFilter,
} from '@site/src/lib/diagrams/timeline';
import styles from './styles.module.css';

interface Props {
  readonly events?: readonly TimelineEvent[];
}

interface Option {
  readonly id: string;
  readonly label: string;
}

function RadioGroup({
  legend,
  name,
  options,
  value,
  onChange,
  kind,
}: {
  readonly legend: string;
  readonly name: string;
  readonly options: readonly Option[];
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly kind: 'era' | 'category';
}): ReactNode {
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={styles.options}>
        {options.map((option) => (
          <label key={option.id} className={styles.option}>
            <input
              type="radio"
              name={name}
              value={option.id}
              data-filter={kind}
              checked={value === option.id}
              onChange={() => onChange(option.id)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * The history of virtualization as a list of dated events, filterable by era and
 * category. Every event is in the server HTML; filtering only hides items.
 */
export default function VirtualizationTimeline({events = timelineEvents}: Props): ReactNode {
  const [era, setEra] = useState<EraFilter>(ALL);
  const [category, setCategory] = useState<CategoryFilter>(ALL);
  const [touched, setTouched] = useState(false);
  const id = useId();
  const visible = events.filter((event) => matchesFilter(event, era, category));
  const captionId = `${id}-caption`;

  return (
    <figure
      className="dg-figure dg-figure--sunken"
      data-testid="virtualization-timeline"
      aria-labelledby={captionId}
    >
      <div className={styles.controls}>
        <RadioGroup
          legend="시대"
          name={`${id}-era`}
          kind="era"
          options={[{id: ALL, label: '전체'}, ...TIMELINE_ERAS]}
          value={era}
          onChange={(value) => {
            setEra(value);
            setTouched(true);
          }}
        />
        <RadioGroup
          legend="분야"
          name={`${id}-category`}
          kind="category"
          options={[{id: ALL, label: '전체'}, ...TIMELINE_CATEGORIES]}
          value={category}
          onChange={(value) => {
            setCategory(value as CategoryFilter);
            setTouched(true);
          }}
        />
      </div>
      <p className={styles.status} aria-live="polite" data-testid="timeline-status">
        {touched
          ? filterSummary(visible.length, era, category)
          : `사건 ${events.length}개를 모두 보여 줍니다.`}
      </p>
      <ol className={styles.list} aria-label="가상화와 컨테이너 역사의 사건, 오래된 순">
        {events.map((event) => {
          const shown = matchesFilter(event, era, category);
          return (
            <li
              key={event.id}
              id={`timeline-${event.id}`}
              data-event={event.id}
              data-category={event.category}
              hidden={!shown}
              className={clsx(styles.event, styles[event.category])}
            >
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
            </li>
          );
        })}
      </ol>
      <figcaption id={captionId} className={styles.caption}>
        1960년대 메인프레임의 시분할에서 2025년 Docker Engine 29까지, 가상화·컨테이너·네트워크와
        클라우드의 주요 사건을 오래된 순서로 늘어놓은 연표입니다. 시대와 분야를 고르면 해당하는
        사건만 남습니다.
      </figcaption>
    </figure>
  );
}
