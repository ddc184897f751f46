import {useId, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {
  FLAG_SETS,
  OPERATIONS,
  effectiveCapabilities,
  matrix,
  summary,
  verdict,
} from '@site/src/lib/diagrams/capability-matrix';
import styles from './styles.module.css';

/** A verdict as text and symbol, so it never depends on colour alone. */
function Mark({allowed}: {readonly allowed: boolean}): ReactNode {
  return (
    <span className={clsx(styles.mark, allowed ? styles.allowed : styles.denied)}>
      <span aria-hidden="true">{allowed ? '✓' : '✕'}</span> {allowed ? '허용' : '거부'}
    </span>
  );
}

export default function CapabilityMatrix(): ReactNode {
  const baseId = useId().replace(/:/g, '');
  const [selected, setSelected] = useState(FLAG_SETS[0].id);
  const [hostNetwork, setHostNetwork] = useState(false);
  const set = FLAG_SETS.find((s) => s.id === selected) ?? FLAG_SETS[0];
  const rows = matrix(hostNetwork);
  const caps = effectiveCapabilities(set);

  return (
    <figure className="dg-figure" data-diagram="capability-matrix" data-testid="capability-matrix">
      <div className={styles.controls}>
        <fieldset className={clsx('dg-choices', styles.group)}>
          <legend>docker run 옵션</legend>
          {FLAG_SETS.map((s) => (
            <label key={s.id} className={clsx('dg-choice', styles.option)}>
              <input
                type="radio"
                name={`${baseId}-set`}
                value={s.id}
                checked={selected === s.id}
                onChange={() => setSelected(s.id)}
                data-set={s.id}
              />
              <span>
                {s.label} <code>{s.flags}</code>
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset className={clsx('dg-choices', styles.group)}>
          <legend>네트워크</legend>
          <label className={clsx('dg-choice', styles.option)}>
            <input
              type="checkbox"
              checked={hostNetwork}
              onChange={(e) => setHostNetwork(e.target.checked)}
              data-testid="host-network"
            />
            <span>
              <code>--network host</code> (호스트의 네트워크 네임스페이스를 함께 씀)
            </span>
          </label>
        </fieldset>
      </div>

      <div
        className={styles.tableWrap}
        tabIndex={0}
        role="region"
        aria-labelledby={`${baseId}-table-caption`}
      >
        <table className={styles.table}>
          <caption id={`${baseId}-table-caption`}>
            옵션별로 컨테이너 안의 프로세스가 할 수 있는 작업
            {hostNetwork ? ' (--network host)' : ' (자기 네트워크 네임스페이스)'}
          </caption>
          <thead>
            <tr>
              <th scope="col">작업 (필요한 케이퍼빌리티)</th>
              {FLAG_SETS.map((s) => (
                <th
                  key={s.id}
                  scope="col"
                  className={clsx(s.id === selected && styles.selectedCol)}
                  data-col={s.id}
                >
                  {s.label}
                  <br />
                  <code className={styles.flags}>{s.flags}</code>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.op.id} data-op={r.op.id}>
                <th scope="row">
                  {r.op.label}
                  <br />
                  <code className={styles.flags}>{r.op.command}</code>
                  <br />
                  <span className={styles.cap}>{r.op.capability}</span>
                </th>
                {r.verdicts.map((v, i) => (
                  <td
                    key={FLAG_SETS[i].id}
                    className={clsx(FLAG_SETS[i].id === selected && styles.selectedCol)}
                    data-allowed={v.allowed}
                  >
                    <Mark allowed={v.allowed} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <p className={styles.summary} aria-live="polite" data-testid="capability-summary">
        {summary(set, hostNetwork)}
      </p>
      <div className={styles.detail}>
        <p className={styles.detailTitle}>
          <strong>
            왜 그런가: <code>{set.flags}</code>
          </strong>
        </p>
        <ul className={styles.rules} data-testid="capability-rules">
          {OPERATIONS.map((op) => {
            const v = verdict(set, op, hostNetwork);
            return (
              <li key={op.id} data-allowed={v.allowed}>
                <Mark allowed={v.allowed} /> <strong>{op.label}</strong>: {v.rule}
              </li>
            );
          })}
        </ul>
        <p className={styles.capList} data-testid="capability-list">
          이 설정에서 프로세스가 가진 케이퍼빌리티:{' '}
          {caps.length === 0 ? '없음' : caps.map((c) => c.replace(/^CAP_/, '')).join(', ')}
        </p>
      </div>

      <figcaption>
        같은 alpine 컨테이너를 다섯 가지 옵션으로 실행했을 때, 포트 열기·소유자 바꾸기·raw
        소켓·네트워크 장치·마운트가 허용되는지와 그 이유를 보여 줍니다. 위에서 옵션을 고르면 표의 그
        열이 테두리로 표시되고 아래에 판단 근거가 나오며, --network host를 켜면 80번 포트 줄이
        바뀝니다.
      </figcaption>
    </figure>
  );
}
