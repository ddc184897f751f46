import {useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {
  ALL_ON,
  INTERPOLATION_SOURCES,
  SOURCES,
  VARIABLE,
  describe,
  resolve,
  type Source,
  type Status,
} from '@site/src/lib/diagrams/compose-precedence';
import styles from './styles.module.css';

const STATUS_TEXT: Record<Status, string> = {
  wins: '이김',
  overridden: '가려짐',
  off: '꺼짐',
  ignored: '읽지 않음',
};

function Row({
  source,
  status,
  on,
  toggle,
  children,
}: {
  readonly source: Source<string>;
  readonly status: Status;
  readonly on: boolean;
  readonly toggle: (id: string) => void;
  readonly children?: ReactNode;
}): ReactNode {
  return (
    <li className={clsx(styles.row, styles[status])} data-source={source.id} data-status={status}>
      <div className={styles.head}>
        <button
          type="button"
          className={clsx(styles.toggle, 'dg-js-only')}
          aria-pressed={on}
          onClick={() => toggle(source.id)}
        >
          {source.label}
        </button>
        <span className={clsx(styles.name, 'dg-nojs-only')}>{source.label}</span>
        <span className={styles.status}>{STATUS_TEXT[status]}</span>
      </div>
      <pre className={styles.where}>
        <code>{source.where}</code>
      </pre>
      {children}
    </li>
  );
}

/**
 * The sources of one container variable, highest precedence on top, as switches: the
 * winner is marked, the ones below it are shown as overridden. The server HTML is the
 * all-on state with every label and snippet, so the order reads without JavaScript.
 */
export default function EnvPrecedence(): ReactNode {
  const [on, setOn] = useState<ReadonlySet<string>>(ALL_ON);
  const [touched, setTouched] = useState(false);
  const r = resolve(on);
  const toggle = (id: string): void => {
    setOn((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
    setTouched(true);
  };

  return (
    <figure className={styles.stack} data-testid="env-precedence">
      <p className={clsx(styles.hint, 'dg-js-only')}>
        버튼을 눌러 출처를 끄고 켜 보세요. 위에 있는 출처일수록 우선합니다.
      </p>
      <ol className={styles.list} aria-label={`${VARIABLE}의 출처, 우선순위가 높은 것부터`}>
        {SOURCES.map((s) => (
          <Row key={s.id} source={s} status={r.status[s.id]} on={on.has(s.id)} toggle={toggle}>
            {s.id === 'interpolated' ? (
              <ol
                className={styles.sublist}
                aria-label="${NODE_ENV}를 채우는 곳, 우선순위가 높은 것부터"
              >
                {INTERPOLATION_SOURCES.map((i) => (
                  <Row
                    key={i.id}
                    source={i}
                    status={r.interpolationStatus[i.id]}
                    on={on.has(i.id)}
                    toggle={toggle}
                  />
                ))}
              </ol>
            ) : null}
          </Row>
        ))}
      </ol>
      <p className={styles.result} data-testid="env-precedence-result">
        컨테이너 안:{' '}
        <code>{r.value === null ? `(${VARIABLE} 없음)` : `${VARIABLE}=${r.value}`}</code>
        {r.warning ? <span className={styles.warning}> 경고: {r.warning}</span> : null}
      </p>
      <p className="dg-sr-only" aria-live="polite" data-testid="env-precedence-announcement">
        {touched ? describe(r) : ''}
      </p>
      <figcaption className={styles.caption}>
        같은 변수 {VARIABLE}를 다섯 곳에서 정할 때 Docker 문서가 정한 순서대로 위의 출처가 이깁니다.
        보간한 값(
        <code>
          ${'{'}NODE_ENV{'}'}
        </code>
        )은 셸, <code>--env-file</code>로 고른 파일,
        <code>.env</code> 순으로 채워지며 <code>--env-file</code>을 주면 <code>.env</code>는 읽지
        않습니다. 보간한 값과 적은 값은 한 파일에서 같은 키의 두 가지 쓰는 법입니다.
      </figcaption>
    </figure>
  );
}
