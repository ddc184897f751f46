import {useId, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {
  DOCKERFILES,
  SCENARIOS,
  logLines,
  simulateBuild,
  summarize,
  type Change,
  type Order,
  type Status,
} from '@site/src/lib/diagrams/build-cache';
import styles from './styles.module.css';

const ORDERS: readonly {readonly id: Order; readonly label: string}[] = [
  {id: 'good', label: '좋은 순서: package.json 먼저 복사'},
  {id: 'naive', label: '순진한 순서: COPY . . 먼저'},
];

const BADGE: Readonly<Record<Status, string>> = {
  cached: 'CACHED',
  rebuilt: '다시 실행',
  config: '설정만',
};

/** A choice is either one of the named scenarios or "the reader edited this line" (kept by text across orders). */
type Choice = {readonly scenario: string} | {readonly editedLine: string};

export default function BuildCache(): ReactNode {
  const baseId = useId().replace(/:/g, '');
  const [order, setOrder] = useState<Order>('good');
  const [choice, setChoice] = useState<Choice>({scenario: 'source'});

  const steps = DOCKERFILES[order];
  let change: Change;
  let label: string;
  if ('scenario' in choice) {
    const scenario = SCENARIOS.find((s) => s.id === choice.scenario)!;
    change = scenario.change;
    label = scenario.label;
  } else {
    const index = steps.findIndex((s) => s.text === choice.editedLine);
    change = index >= 0 ? {kind: 'instruction', index} : {kind: 'none'};
    label = `"${choice.editedLine}" 줄 수정`;
  }
  const results = simulateBuild(order, change);
  const summary = summarize(order, label, results);

  return (
    <figure className="dg-figure" data-diagram="build-cache" data-testid="build-cache">
      <div className={styles.controls}>
        <fieldset className={styles.group}>
          <legend>Dockerfile 순서</legend>
          {ORDERS.map((o) => (
            <label key={o.id} className={styles.option}>
              <input
                type="radio"
                name={`${baseId}-order`}
                value={o.id}
                checked={order === o.id}
                onChange={() => setOrder(o.id)}
                data-order={o.id}
              />
              {o.label}
            </label>
          ))}
        </fieldset>
        <fieldset className={styles.group}>
          <legend>지난 빌드 이후 바뀐 것</legend>
          {SCENARIOS.map((s) => (
            <label key={s.id} className={styles.option}>
              <input
                type="radio"
                name={`${baseId}-change`}
                value={s.id}
                checked={'scenario' in choice && choice.scenario === s.id}
                onChange={() => setChoice({scenario: s.id})}
                data-scenario={s.id}
              />
              {s.label}
            </label>
          ))}
        </fieldset>
      </div>

      <p className={styles.hint} id={`${baseId}-hint`}>
        줄을 누르면 그 줄을 고친 것으로 보고 다시 계산합니다.
      </p>
      <ol
        className={styles.steps}
        aria-label={`Dockerfile (${order === 'good' ? '좋은 순서' : '순진한 순서'})와 각 단계의 캐시 결과`}
      >
        {results.map((r) => {
          const edited = 'editedLine' in choice && choice.editedLine === r.step.text;
          return (
            <li
              key={r.step.text}
              className={clsx(styles.step, styles[r.status])}
              data-status={r.status}
              data-step={r.index}
            >
              <button
                type="button"
                className={styles.lineButton}
                aria-pressed={edited}
                aria-describedby={`${baseId}-hint`}
                onClick={() => setChoice({editedLine: r.step.text})}
              >
                <code>{r.step.text}</code>
              </button>
              <span className={styles.badge} data-testid="step-badge">
                {r.position ? `${r.position} ` : ''}
                {BADGE[r.status]}
              </span>
              <span className={styles.reason}>{r.reason}</span>
            </li>
          );
        })}
      </ol>

      <p className={styles.summary} aria-live="polite" data-testid="build-cache-summary">
        {summary}
      </p>
      <div
        className={styles.logWrap}
        tabIndex={0}
        role="region"
        aria-label="docker build 진행 출력 (BuildKit 형식)"
      >
        <pre className={styles.log} data-testid="build-cache-log">
          {logLines(results).join('\n')}
        </pre>
      </div>

      <figcaption>
        같은 Node.js 앱의 Dockerfile을 두 가지 순서로 적고, 지난 빌드 이후 무엇이 바뀌었는지에 따라
        BuildKit이 어느 단계를 캐시(CACHED)에서 가져오고 어느 단계를 다시 실행하는지 보여 줍니다. 한
        단계가 다시 실행되면 그 뒤의 단계는 모두 다시 실행됩니다.
      </figcaption>
    </figure>
  );
}
