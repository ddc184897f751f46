import {useId, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {namespaceByKind, type NamespaceKind} from '@site/src/data/namespaces';
import {
  DEFAULT_TREE_OPTIONS,
  NAMESPACE_KINDS,
  OWNER_LABEL,
  START_STEPS,
  flatten,
  nsSummary,
  processTree,
  type Owner,
  type StartStep,
  type TreeOptions,
  type TreeProcess,
} from '@site/src/lib/diagrams/process-tree';
import {useRovingFocus} from '@site/src/components/useRovingFocus';
import styles from './styles.module.css';

const OWNER_CLASS: Record<Owner, string> = {
  host: styles.ownerHost!,
  web: styles.ownerWeb!,
  debug: styles.ownerDebug!,
};

const OPTIONS: readonly {readonly key: keyof TreeOptions; readonly label: ReactNode}[] = [
  {
    key: 'pidHost',
    label: (
      <>
        <code>--pid host</code>로 web 실행
      </>
    ),
  },
  {
    key: 'debugJoinsNet',
    label: (
      <>
        <code>--network container:web</code>로 debug 컨테이너 추가
      </>
    ),
  },
  {
    key: 'usernsRemap',
    label: (
      <>
        데몬에 <code>userns-remap</code> 켜기
      </>
    ),
  },
];

interface Props {
  /** Namespace kind coloured first: the namespaces chapter starts with pid, another may start elsewhere. */
  readonly initialKind?: NamespaceKind;
  /** Start-up step shown first; the runtimes chapter opens at the start. */
  readonly initialStep?: StartStep;
}

/**
 * The host's processes as a tree by parent (as `ps --forest` draws it), each coloured by the
 * namespace it is in for the chosen kind; options recolour it and the start-up steps show runc
 * arriving and leaving. Complete in the server HTML; JavaScript adds the choices.
 */
export default function ProcessTree({
  initialKind = 'pid',
  initialStep = 'running',
}: Props): ReactNode {
  const id = useId();
  const [kind, setKind] = useState<NamespaceKind>(initialKind);
  const [step, setStep] = useState<StartStep>(initialStep);
  const [options, setOptions] = useState<TreeOptions>(DEFAULT_TREE_OPTIONS);
  const rows = flatten(processTree(step, options));
  const [selectedKey, setSelectedKey] = useState('web-1');
  const selectedIndex = Math.max(
    0,
    rows.findIndex((r) => r.process.key === selectedKey),
  );
  const selected = rows[selectedIndex]!.process;
  const stepIndex = START_STEPS.findIndex((s) => s.id === step);
  const {getItemProps} = useRovingFocus<HTMLButtonElement>({
    count: rows.length,
    activeIndex: selectedIndex,
    orientation: 'vertical',
    wrap: false,
    onActivate: (index) => setSelectedKey(rows[index]!.process.key),
  });
  const owners = [...new Set(rows.map((r) => r.process.ns[kind]))];

  return (
    <figure
      className="dg-figure dg-figure--sunken"
      data-testid="process-tree"
      aria-labelledby={`${id}-caption`}
    >
      <fieldset className={clsx(styles.group, 'dg-js-only')}>
        <legend>네임스페이스 종류</legend>
        <div className={styles.kinds}>
          {NAMESPACE_KINDS.map((k) => (
            <label key={k} className={styles.kind}>
              <input
                type="radio"
                name={`${id}-kind`}
                value={k}
                checked={kind === k}
                onChange={() => setKind(k)}
              />
              {k}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className={clsx(styles.group, 'dg-js-only')}>
        <legend>옵션</legend>
        {OPTIONS.map((option) => (
          <label key={option.key} className={styles.option}>
            <input
              type="checkbox"
              data-option={option.key}
              checked={options[option.key]}
              onChange={(event) => {
                const checked = event.currentTarget.checked;
                setOptions((previous) => ({...previous, [option.key]: checked}));
              }}
            />{' '}
            {option.label}
          </label>
        ))}
      </fieldset>
      <div
        className={clsx(styles.steps, 'dg-js-only')}
        role="group"
        aria-label="web 컨테이너 시작 과정"
      >
        {START_STEPS.map((s, index) => (
          <button
            key={s.id}
            type="button"
            className={clsx(
              'button button--sm',
              index === stepIndex ? 'button--primary' : 'button--secondary',
            )}
            aria-pressed={index === stepIndex}
            data-step={s.id}
            onClick={() => setStep(s.id)}
          >
            {index + 1}. {s.label}
          </button>
        ))}
      </div>
      <p className={styles.stepText} aria-live="polite" data-testid="process-step">
        {START_STEPS[stepIndex]!.text}
      </p>

      <p className={styles.legendTitle}>
        <code>{kind}</code> 네임스페이스({namespaceByKind(kind).name}):
      </p>
      <ul className={styles.legend} data-testid="process-legend">
        {owners.map((owner) => (
          <li key={owner}>
            <span className={clsx(styles.swatch, OWNER_CLASS[owner])} aria-hidden="true" />
            {OWNER_LABEL[owner]}의 것
          </li>
        ))}
      </ul>

      <ol className={styles.tree} aria-label="호스트의 프로세스 트리(ps --forest 순서)">
        {rows.map(({process, depth}, index) => (
          <li key={process.key} style={{paddingLeft: `${depth * 1.25}rem`}} data-depth={depth}>
            <button
              type="button"
              className={clsx(styles.proc, OWNER_CLASS[process.ns[kind]])}
              data-process={process.key}
              data-ns={process.ns[kind]}
              aria-pressed={process.key === selected.key}
              onClick={() => setSelectedKey(process.key)}
              {...getItemProps(index)}
            >
              {depth > 0 && <span aria-hidden="true">└ </span>}
              <span className={styles.pid}>{process.pid}</span> <strong>{process.comm}</strong>
              {process.nsPid !== process.pid && (
                <span className={styles.inner}> (안에서는 PID {process.nsPid})</span>
              )}
              <span className="dg-sr-only">
                , {OWNER_LABEL[process.ns[kind]]}의 {kind} 네임스페이스
              </span>
            </button>
          </li>
        ))}
      </ol>
      <p className={styles.summary} data-testid="process-summary">
        {nsSummary(kind, processTree(step, options))}
      </p>

      <div className={styles.detail} aria-live="polite" data-testid="process-detail">
        <ProcessDetail process={selected} />
      </div>

      <div className="dg-nojs-only">
        <p className={styles.legendTitle}>시작 과정</p>
        <ol>
          {START_STEPS.map((s) => (
            <li key={s.id}>{s.text}</li>
          ))}
        </ol>
        <p>
          옵션을 주면 이렇게 바뀝니다. <code>--pid host</code>: nginx가 호스트의 PID 네임스페이스에
          남아 안에서도 PID 1524입니다. <code>--network container:web</code>: debug 컨테이너가 web의
          네트워크 네임스페이스에 들어가 같은 eth0과 IP를 씁니다(나머지 네임스페이스는 자기 것).{' '}
          <code>userns-remap</code>: 컨테이너마다 사용자 네임스페이스가 생겨 안의 root가
          호스트에서는 UID 100000입니다.
        </p>
      </div>

      <figcaption id={`${id}-caption`} className={styles.caption}>
        nginx 컨테이너 web을 실행 중인 호스트의 프로세스 트리입니다. 네임스페이스 종류를 고르면 각
        프로세스가 어느 네임스페이스에 있는지 색으로 보이고, 옵션과 시작 과정에 따라 트리가
        바뀝니다. PID는 한 번 실행한 예입니다.
      </figcaption>
    </figure>
  );
}

function ProcessDetail({process}: {readonly process: TreeProcess}): ReactNode {
  return (
    <>
      <p className={styles.detailTitle}>
        PID {process.pid} <code>{process.comm}</code>: {process.role}
      </p>
      <dl className={styles.facts}>
        <dt>부모 PID</dt>
        <dd>{process.ppid}</dd>
        <dt>호스트에서 본 사용자</dt>
        <dd>{process.hostUser}</dd>
        <dt>cgroup</dt>
        <dd>
          <code>{process.cgroup}</code>
        </dd>
        <dt>네임스페이스</dt>
        <dd>{NAMESPACE_KINDS.map((k) => `${k}: ${OWNER_LABEL[process.ns[k]]}`).join(' · ')}</dd>
      </dl>
    </>
  );
}
