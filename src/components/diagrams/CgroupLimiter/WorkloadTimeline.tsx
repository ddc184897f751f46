import {useEffect, useId, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {formatMemoryLabel, type Limits} from '@site/src/lib/diagrams/cgroup';
import {
  CPU_PERIODS_SHOWN,
  CPU_STEP_MS,
  DEFAULT_CPU_WORKLOAD,
  DEFAULT_MEMORY_WORKLOAD,
  MEMORY_STEPS,
  PERIOD_MS,
  WORKLOAD_RANGES,
  cpuPlan,
  framesFor,
  memoryRun,
  pidsRun,
  summaryFor,
  type Frame,
  type MemoryWorkload,
  type WorkloadKind,
  type Workloads,
} from '@site/src/lib/diagrams/cgroup-workload';
import RangeRow from './RangeRow';
import styles from './styles.module.css';

const KINDS: readonly {readonly id: WorkloadKind; readonly label: string}[] = [
  {id: 'cpu', label: 'CPU: 스레드가 쉬지 않고 계산'},
  {id: 'memory', label: '메모리: 한도보다 많이 할당'},
  {id: 'pids', label: '프로세스: 끝없이 fork'},
];

const KIND_TITLE: Record<WorkloadKind, string> = {
  cpu: 'CPU 부하',
  memory: '메모리 부하',
  pids: '프로세스 부하',
};

/** Frames per second while playing; reduced motion hides the play button (CSS). */
const PLAY_INTERVAL_MS = 250;

const W = 400;
const PAD = {left: 44, right: 12, top: 14, bottom: 26};
const PLOT_W = W - PAD.left - PAD.right;

/**
 * A workload run against the limits, frame by frame: a picture of the whole run with a cursor
 * at the selected moment, the kernel's action at that moment, and the counters a reader could
 * read then. The server HTML shows the last frame, which is also the first client render.
 */
export default function WorkloadTimeline({limits}: {readonly limits: Limits}): ReactNode {
  const baseId = useId().replace(/:/g, '');
  const [kind, setKind] = useState<WorkloadKind>('cpu');
  const [workloads, setWorkloads] = useState<Workloads>({
    cpu: DEFAULT_CPU_WORKLOAD,
    memory: DEFAULT_MEMORY_WORKLOAD,
  });
  const frames = framesFor(kind, limits, workloads);
  const last = frames.length - 1;
  /** null follows the last frame, so a changed workload shows its whole run. */
  const [chosen, setChosen] = useState<number | null>(null);
  const [playing, setPlaying] = useState(false);
  const index = chosen === null ? last : Math.min(chosen, last);
  const frame = frames[index];

  useEffect(() => {
    if (!playing) return undefined;
    const timer = window.setInterval(() => {
      setChosen((current) => {
        const next = (current ?? 0) + 1;
        if (next >= last) setPlaying(false);
        return Math.min(next, last);
      });
    }, PLAY_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, [playing, last]);

  const go = (next: number) => {
    setPlaying(false);
    setChosen(Math.max(0, Math.min(last, next)));
  };
  const choose = (next: WorkloadKind) => {
    setPlaying(false);
    setKind(next);
    setChosen(null);
  };
  const setMemory = (patch: Partial<MemoryWorkload>) => {
    setPlaying(false);
    setChosen(null);
    setWorkloads((previous) => ({...previous, memory: {...previous.memory, ...patch}}));
  };

  return (
    <div className={styles.workload} data-testid="cgroup-workload">
      <fieldset className={clsx(styles.group, 'dg-js-only')}>
        <legend className={styles.legend}>부하 고르기</legend>
        <div className={styles.loads}>
          {KINDS.map((option) => (
            <label key={option.id} className={styles.load}>
              <input
                type="radio"
                name={`${baseId}-kind`}
                value={option.id}
                checked={kind === option.id}
                onChange={() => choose(option.id)}
              />{' '}
              {option.label}
            </label>
          ))}
        </div>
        {kind === 'cpu' && (
          <RangeRow
            id={`${baseId}-threads`}
            data={{'data-workload': 'threads'}}
            label="바쁜 스레드 수"
            range={WORKLOAD_RANGES.threads}
            value={workloads.cpu.threads}
            text={(v) => `${v}개`}
            onValue={(threads) => {
              setPlaying(false);
              setChosen(null);
              setWorkloads((previous) => ({...previous, cpu: {threads}}));
            }}
          />
        )}
        {kind === 'memory' && (
          <>
            <RangeRow
              id={`${baseId}-anon`}
              data={{'data-workload': 'anon'}}
              label="익명 메모리(힙) 요구량"
              range={WORKLOAD_RANGES.anonMiB}
              value={workloads.memory.anonMiB}
              text={formatMemoryLabel}
              onValue={(anonMiB) => setMemory({anonMiB})}
            />
            <RangeRow
              id={`${baseId}-cache`}
              data={{'data-workload': 'cache'}}
              label="읽는 파일(페이지 캐시)"
              range={WORKLOAD_RANGES.cacheMiB}
              value={workloads.memory.cacheMiB}
              text={formatMemoryLabel}
              onValue={(cacheMiB) => setMemory({cacheMiB})}
            />
            <div className={styles.loads} role="radiogroup" aria-label="메모리를 쓰는 프로세스">
              {(
                [
                  ['worker', 'PID 1 아래의 워커 프로세스가 씁니다'],
                  ['pid1', 'PID 1(주 프로세스)이 직접 씁니다'],
                ] as const
              ).map(([grower, label]) => (
                <label key={grower} className={styles.load}>
                  <input
                    type="radio"
                    name={`${baseId}-grower`}
                    value={grower}
                    checked={workloads.memory.grower === grower}
                    onChange={() => setMemory({grower})}
                  />{' '}
                  {label}
                </label>
              ))}
            </div>
          </>
        )}
        {kind === 'pids' && (
          <p className={styles.workloadNote}>
            컨테이너의 bash에서 <code>for i in $(seq 2000); do sleep 60 & done</code>을 실행했다고
            봅니다. 한도는 위의 <code>--pids-limit</code>을 따릅니다.
          </p>
        )}
      </fieldset>

      <div className={clsx(styles.player, 'dg-js-only')}>
        <label htmlFor={`${baseId}-time`} className={styles.sliderLabel}>
          시점
        </label>
        <input
          id={`${baseId}-time`}
          type="range"
          min={0}
          max={last}
          step={1}
          value={index}
          aria-valuetext={frame?.at}
          data-testid="cgroup-time"
          onChange={(event) => go(Number(event.currentTarget.value))}
        />
        <div className={styles.playerButtons}>
          <button
            type="button"
            className="button button--sm button--secondary"
            onClick={() => go(0)}
          >
            처음
          </button>
          <button
            type="button"
            className="button button--sm button--secondary"
            onClick={() => go(index - 1)}
            disabled={index === 0}
          >
            이전
          </button>
          <button
            type="button"
            className={clsx('button button--sm button--primary', styles.play)}
            aria-pressed={playing}
            onClick={() => {
              if (playing) setPlaying(false);
              else {
                if (index >= last) setChosen(0);
                setPlaying(true);
              }
            }}
          >
            {playing ? '멈춤' : '재생'}
          </button>
          <button
            type="button"
            className="button button--sm button--secondary"
            onClick={() => go(index + 1)}
            disabled={index === last}
          >
            다음
          </button>
        </div>
      </div>

      <WorkloadPicture kind={kind} limits={limits} workloads={workloads} index={index} primary />
      {frame && (
        <FramePanel frame={frame} live={!playing} testId="cgroup-frame" className="dg-js-only" />
      )}

      <div className="dg-nojs-only">
        {KINDS.filter((option) => option.id !== 'cpu').map((option) => {
          const run = framesFor(option.id, limits, workloads);
          return (
            <WorkloadPicture
              key={option.id}
              kind={option.id}
              limits={limits}
              workloads={workloads}
              index={run.length - 1}
            />
          );
        })}
      </div>
    </div>
  );
}

function FramePanel(props: {
  readonly frame: Frame;
  readonly live: boolean;
  readonly testId?: string;
  readonly className?: string;
}): ReactNode {
  const {frame, live, testId, className} = props;
  return (
    <div
      className={clsx(
        styles.outcome,
        frame.limited ? styles.outcomeLimited : styles.outcomeOk,
        className,
      )}
      data-testid={testId}
    >
      <p className={styles.outcomeText} aria-live={live ? 'polite' : 'off'}>
        <strong>{frame.at}</strong> {frame.event}
      </p>
      <table className={styles.counters}>
        <caption className={styles.tableCaption}>이 시점의 값(모형으로 계산)</caption>
        <tbody>
          {frame.counters.map((counter) => (
            <tr key={counter.name}>
              <th scope="row">
                <code>{counter.name}</code>
              </th>
              <td>
                <code data-counter={counter.name}>{counter.value}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The whole run of one workload as a picture, its verdict, and (without JavaScript) its end state. */
function WorkloadPicture(props: {
  readonly kind: WorkloadKind;
  readonly limits: Limits;
  readonly workloads: Workloads;
  readonly index: number;
  /** The interactive picture (test ids); the others are the no-JavaScript listing. */
  readonly primary?: boolean;
}): ReactNode {
  const {kind, limits, workloads, index, primary = false} = props;
  const summary = summaryFor(kind, limits, workloads);
  const frames = framesFor(kind, limits, workloads);
  const lastFrame = frames.at(-1);
  return (
    <section className={styles.picture} aria-label={KIND_TITLE[kind]}>
      <p className={styles.resultTitle}>{KIND_TITLE[kind]}</p>
      {kind === 'cpu' && <CpuChart limits={limits} workloads={workloads} index={index} />}
      {kind === 'memory' && <MemoryChart limits={limits} workloads={workloads} index={index} />}
      {kind === 'pids' && <PidsChart limits={limits} index={index} />}
      <Legend kind={kind} />
      <p className={styles.summary} data-testid={primary ? 'cgroup-summary' : undefined}>
        {summary}
      </p>
      {lastFrame && (
        <div className={primary ? 'dg-nojs-only' : undefined}>
          <FramePanel frame={lastFrame} live={false} />
        </div>
      )}
    </section>
  );
}

function CpuChart(props: {
  readonly limits: Limits;
  readonly workloads: Workloads;
  readonly index: number;
}): ReactNode {
  const plan = cpuPlan(props.limits.cpus, props.workloads.cpu);
  const lane = 18;
  const height = PAD.top + plan.parallel * (lane + 6) + PAD.bottom;
  const total = CPU_PERIODS_SHOWN * PERIOD_MS;
  const x = (ms: number) => PAD.left + (ms / total) * PLOT_W;
  const cursorMs = (props.index + 1) * CPU_STEP_MS;
  const periods = Array.from({length: CPU_PERIODS_SHOWN}, (_, p) => p);
  return (
    <svg
      viewBox={`0 0 ${W} ${height}`}
      className={styles.chart}
      role="img"
      aria-label={`CPU 시간표: 스레드 ${plan.parallel}개, 주기 100 ms마다 ${Number(plan.runMs.toFixed(1))} ms 실행${plan.throttled ? ', 나머지는 스로틀링' : ''}`}
    >
      {Array.from({length: plan.parallel}, (_, t) => {
        const y = PAD.top + t * (lane + 6);
        return (
          <g key={t}>
            <text x={4} y={y + lane - 5} className={styles.axisText}>
              {`스레드${t + 1}`}
            </text>
            {periods.map((p) => (
              <g key={p}>
                <rect
                  x={x(p * PERIOD_MS)}
                  y={y}
                  width={x(p * PERIOD_MS + plan.runMs) - x(p * PERIOD_MS)}
                  height={lane}
                  className={styles.run}
                />
                {plan.throttled && (
                  <rect
                    x={x(p * PERIOD_MS + plan.runMs)}
                    y={y}
                    width={x((p + 1) * PERIOD_MS) - x(p * PERIOD_MS + plan.runMs)}
                    height={lane}
                    className={styles.stall}
                  />
                )}
              </g>
            ))}
          </g>
        );
      })}
      {Array.from({length: CPU_PERIODS_SHOWN + 1}, (_, p) => (
        <g key={p}>
          <line
            x1={x(p * PERIOD_MS)}
            x2={x(p * PERIOD_MS)}
            y1={PAD.top - 4}
            y2={height - PAD.bottom + 4}
            className={styles.gridLine}
          />
          <text
            x={x(p * PERIOD_MS)}
            y={height - 8}
            textAnchor={p === CPU_PERIODS_SHOWN ? 'end' : 'middle'}
            className={styles.axisText}
          >
            {`${p * PERIOD_MS} ms`}
          </text>
        </g>
      ))}
      <line
        x1={x(cursorMs)}
        x2={x(cursorMs)}
        y1={PAD.top - 6}
        y2={height - PAD.bottom + 6}
        className={styles.cursor}
      />
    </svg>
  );
}

function MemoryChart(props: {
  readonly limits: Limits;
  readonly workloads: Workloads;
  readonly index: number;
}): ReactNode {
  const limit = props.limits.memoryMiB;
  const run = memoryRun(limit, props.workloads.memory);
  const demand = run.points.reduce((m, p) => Math.max(m, p.anonMiB + p.cacheMiB), 0);
  const top = Math.max(limit * 1.3, demand * 1.1);
  const height = 180;
  const plotH = height - PAD.top - PAD.bottom;
  const y = (mib: number) => PAD.top + plotH - (mib / top) * plotH;
  const slot = PLOT_W / MEMORY_STEPS;
  const barW = slot * 0.7;
  return (
    <svg
      viewBox={`0 0 ${W} ${height}`}
      className={styles.chart}
      role="img"
      aria-label={`메모리 사용량 막대: 한도 ${formatMemoryLabel(limit)}, 단계마다 익명 메모리와 페이지 캐시`}
    >
      <line
        x1={PAD.left}
        x2={W - PAD.right}
        y1={y(limit)}
        y2={y(limit)}
        className={styles.limitLine}
      />
      <text x={W - PAD.right} y={y(limit) - 4} textAnchor="end" className={styles.axisText}>
        {`memory.max ${formatMemoryLabel(limit)}`}
      </text>
      {run.points.map((point, i) => {
        const x0 = PAD.left + i * slot + (slot - barW) / 2;
        const killed = run.killedAt === i;
        return (
          <g key={i} className={i === props.index ? styles.current : undefined}>
            <rect
              x={x0}
              y={y(point.anonMiB)}
              width={barW}
              height={y(0) - y(point.anonMiB)}
              className={styles.anon}
            />
            <rect
              x={x0}
              y={y(point.anonMiB + point.cacheMiB)}
              width={barW}
              height={y(point.anonMiB) - y(point.anonMiB + point.cacheMiB)}
              className={styles.cache}
            />
            {killed && (
              <text
                x={x0 + barW / 2}
                y={y(point.anonMiB + point.cacheMiB) - 4}
                textAnchor="middle"
                className={styles.killText}
              >
                OOM
              </text>
            )}
            <text x={x0 + barW / 2} y={height - 8} textAnchor="middle" className={styles.axisText}>
              {i + 1}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function PidsChart(props: {readonly limits: Limits; readonly index: number}): ReactNode {
  const max = props.limits.pids;
  const run = pidsRun(max);
  const height = 160;
  const plotH = height - PAD.top - PAD.bottom;
  const top = max * 1.25;
  const y = (n: number) => PAD.top + plotH - (n / top) * plotH;
  const slot = PLOT_W / run.points.length;
  const barW = slot * 0.6;
  return (
    <svg
      viewBox={`0 0 ${W} ${height}`}
      className={styles.chart}
      role="img"
      aria-label={`프로세스 수 막대: pids.max ${max}까지 올라간 뒤 멈춤`}
    >
      <line x1={PAD.left} x2={W - PAD.right} y1={y(max)} y2={y(max)} className={styles.limitLine} />
      <text x={W - PAD.right} y={y(max) - 4} textAnchor="end" className={styles.axisText}>
        {`pids.max ${max}`}
      </text>
      {run.points.map((point, i) => {
        const x0 = PAD.left + i * slot + (slot - barW) / 2;
        return (
          <g key={i} className={i === props.index ? styles.current : undefined}>
            <rect
              x={x0}
              y={y(point.current)}
              width={barW}
              height={y(0) - y(point.current)}
              className={i >= run.firstFailure ? styles.stall : styles.run}
            />
            <text x={x0 + barW / 2} y={height - 8} textAnchor="middle" className={styles.axisText}>
              {i + 1}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

const LEGENDS: Record<WorkloadKind, readonly (readonly [string, string])[]> = {
  cpu: [
    ['run', '실행'],
    ['stall', '스로틀링(할당량 소진)'],
  ],
  memory: [
    ['anon', '익명 메모리(회수 불가, 스왑 없음)'],
    ['cache', '페이지 캐시(회수 가능)'],
  ],
  pids: [
    ['run', 'fork 성공'],
    ['stall', 'fork 실패(EAGAIN)'],
  ],
};

function Legend({kind}: {readonly kind: WorkloadKind}): ReactNode {
  return (
    <ul className={styles.swatches} aria-hidden="true">
      {LEGENDS[kind].map(([swatch, label]) => (
        <li key={swatch}>
          <svg width="12" height="12" viewBox="0 0 12 12">
            <rect width="12" height="12" className={styles[swatch]} />
          </svg>
          {label}
        </li>
      ))}
    </ul>
  );
}
