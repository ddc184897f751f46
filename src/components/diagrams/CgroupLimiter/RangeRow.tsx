import type {ReactNode} from 'react';
import {snap} from '@site/src/lib/diagrams/cgroup';
import styles from './styles.module.css';

/** A labelled slider with its value beside it, snapped to the range's steps. */
export default function RangeRow(props: {
  readonly id: string;
  readonly label: ReactNode;
  readonly range: {readonly min: number; readonly max: number; readonly step: number};
  readonly value: number;
  readonly text: (value: number) => string;
  readonly onValue: (value: number) => void;
  /** `data-*` attributes for the input and the output (tests and styles find them by these). */
  readonly data: Readonly<Record<`data-${string}`, string>>;
  /** Hidden without JavaScript, where the slider would do nothing. */
  readonly jsOnly?: boolean;
}): ReactNode {
  const {id, label, range, value, text, onValue, data, jsOnly = false} = props;
  return (
    <div className={styles.slider}>
      <label htmlFor={id} className={styles.sliderLabel}>
        {label}
      </label>
      <input
        id={id}
        type="range"
        min={range.min}
        max={range.max}
        step={range.step}
        value={value}
        className={jsOnly ? 'dg-js-only' : undefined}
        aria-valuetext={text(value)}
        {...data}
        onChange={(event) => onValue(snap(Number(event.currentTarget.value), range))}
      />
      <output htmlFor={id} className={styles.value}>
        {text(value)}
      </output>
    </div>
  );
}
