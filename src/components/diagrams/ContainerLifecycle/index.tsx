import {useId, useState, type ReactNode} from 'react';
import {
  COMMANDS,
  DIAGRAM_STATES,
  INITIAL,
  PS_HEADER,
  STATE_LABELS,
  edges,
  psRow,
  statusText,
  transition,
  type LifecycleCommand,
  type LifecycleModel,
  type LifecycleState,
  type TransitionResult,
} from '@site/src/lib/diagrams/lifecycle';
import styles from './styles.module.css';

/** Node positions in the SVG (centre points). */
const POS: Readonly<Record<LifecycleState, {x: number; y: number}>> = {
  none: {x: 90, y: 40},
  created: {x: 90, y: 140},
  running: {x: 330, y: 140},
  paused: {x: 570, y: 140},
  restarting: {x: 570, y: 280},
  exited: {x: 330, y: 280},
  removed: {x: 90, y: 280},
};

interface Arrow {
  readonly from: LifecycleState;
  readonly to: LifecycleState;
  readonly label: string;
  /** Perpendicular offset so two-way edges do not overlap. */
  readonly bend: number;
}

const ARROWS: readonly Arrow[] = [
  {from: 'none', to: 'created', label: 'create', bend: 0},
  {from: 'none', to: 'running', label: 'run', bend: 0},
  {from: 'created', to: 'running', label: 'start', bend: 0},
  {from: 'running', to: 'paused', label: 'pause', bend: -14},
  {from: 'paused', to: 'running', label: 'unpause', bend: -14},
  {from: 'running', to: 'exited', label: 'stop · kill', bend: -16},
  {from: 'exited', to: 'running', label: 'start · restart', bend: -16},
  {from: 'running', to: 'restarting', label: '오류 종료', bend: -12},
  {from: 'restarting', to: 'running', label: '재시작', bend: -12},
  {from: 'exited', to: 'removed', label: 'rm', bend: 0},
  {from: 'created', to: 'removed', label: 'rm', bend: 0},
  {from: 'restarting', to: 'exited', label: 'stop', bend: 0},
];

const BOX_W = 150;
const BOX_H = 44;

function arrowPath({from, to, bend}: Arrow): {d: string; lx: number; ly: number} {
  const a = POS[from];
  const b = POS[to];
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy);
  const ux = dx / len;
  const uy = dy / len;
  // Leave the box edges: scale so the point sits on the rectangle border.
  const tBox = (x: number, y: number) =>
    Math.min(Math.abs(BOX_W / 2 / (x || 1e-6)), Math.abs(BOX_H / 2 / (y || 1e-6)));
  const t = tBox(ux, uy) + 4;
  const nx = -uy * bend;
  const ny = ux * bend;
  const x1 = a.x + ux * t + nx;
  const y1 = a.y + uy * t + ny;
  const x2 = b.x - ux * (t + 6) + nx;
  const y2 = b.y - uy * (t + 6) + ny;
  return {
    d: `M${x1.toFixed(1)},${y1.toFixed(1)} L${x2.toFixed(1)},${y2.toFixed(1)}`,
    lx: (x1 + x2) / 2 + nx * 0.9,
    ly: (y1 + y2) / 2 + ny * 0.9,
  };
}

const COMMAND_LABEL: Readonly<Record<LifecycleCommand, string>> = Object.fromEntries(
  COMMANDS.map((command) => [command.id, command.label]),
) as Record<LifecycleCommand, string>;

export default function ContainerLifecycle(): ReactNode {
  const baseId = useId().replace(/:/g, '');
  const [model, setModel] = useState<LifecycleModel>(INITIAL);
  const [last, setLast] = useState<{command: LifecycleCommand; result: TransitionResult} | null>(
    null,
  );

  const apply = (command: LifecycleCommand) => {
    const result = transition(model, command);
    setLast({command, result});
    if (result.ok) setModel(result.next);
  };

  const row = psRow(model);
  const status = statusText(model);
  const titleId = `${baseId}-title`;
  const descId = `${baseId}-desc`;

  return (
    <figure className="dg-figure" data-diagram="container-lifecycle">
      <div
        className={styles.scroller}
        tabIndex={0}
        role="region"
        aria-label="컨테이너 상태 전이도 (가로로 스크롤할 수 있습니다)"
      >
        <svg
          className={styles.svg}
          viewBox="0 0 660 330"
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
        >
          <title id={titleId}>컨테이너 상태 전이도</title>
          <desc id={descId}>
            create는 created로, run과 start는 running으로, pause는 paused로, unpause는 다시
            running으로, stop과 kill은 exited로, 오류 종료와 재시작 정책은 restarting으로, rm은
            removed로 옮깁니다. 현재 상태: {STATE_LABELS[model.state]}.
          </desc>
          <defs>
            <marker
              id={`${baseId}-arrow`}
              viewBox="0 0 10 10"
              refX="8"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M0,0 L10,5 L0,10 z" className={styles.arrowHead} />
            </marker>
          </defs>
          {ARROWS.map((arrow) => {
            const {d, lx, ly} = arrowPath(arrow);
            return (
              <g key={`${arrow.from}-${arrow.to}`} className={styles.edge}>
                <path d={d} className={styles.edgeLine} markerEnd={`url(#${baseId}-arrow)`} />
                <text
                  x={lx}
                  y={ly}
                  className={styles.edgeLabel}
                  textAnchor="middle"
                  dominantBaseline="middle"
                >
                  {arrow.label}
                </text>
              </g>
            );
          })}
          {(['none', ...DIAGRAM_STATES] as LifecycleState[]).map((state) => {
            const {x, y} = POS[state];
            const current = model.state === state;
            return (
              <g
                key={state}
                className={current ? styles.nodeCurrent : styles.node}
                data-state={state}
                data-current={current ? 'true' : undefined}
              >
                <rect
                  x={x - BOX_W / 2}
                  y={y - BOX_H / 2}
                  width={BOX_W}
                  height={BOX_H}
                  rx={state === 'none' ? 22 : 8}
                />
                <text x={x} y={y} textAnchor="middle" dominantBaseline="middle">
                  {STATE_LABELS[state]}
                </text>
              </g>
            );
          })}
        </svg>
      </div>

      <div className={styles.controls}>
        <p className={styles.current} aria-live="polite" data-testid="lifecycle-current">
          현재 상태: <strong>{STATE_LABELS[model.state]}</strong>
        </p>
        <div className={styles.buttons} role="group" aria-label="명령 실행">
          {COMMANDS.map((command) => {
            const valid = transition(model, command.id).ok;
            return (
              <button
                key={command.id}
                type="button"
                className={command.event ? styles.eventButton : styles.commandButton}
                data-command={command.id}
                data-valid={valid ? 'true' : 'false'}
                onClick={() => apply(command.id)}
              >
                {command.event ? command.label : <code>{command.label}</code>}
              </button>
            );
          })}
          <button
            type="button"
            className={styles.resetButton}
            onClick={() => {
              setModel(INITIAL);
              setLast(null);
            }}
          >
            처음으로
          </button>
        </div>
        <div className={styles.terminal} aria-live="polite" data-testid="lifecycle-output">
          {last && (
            <>
              <p className={styles.prompt}>
                {COMMANDS.find((c) => c.id === last.command)?.event
                  ? `# ${COMMAND_LABEL[last.command]}`
                  : COMMAND_LABEL[last.command]}
              </p>
              {last.result.ok ? (
                <>
                  {last.result.output && <pre className={styles.out}>{last.result.output}</pre>}
                  <p className={styles.note}>{last.result.note}</p>
                </>
              ) : (
                <>
                  {last.result.error && <pre className={styles.err}>{last.result.error}</pre>}
                  <p className={styles.note}>{last.result.reason}</p>
                </>
              )}
            </>
          )}
          <p className={styles.prompt}>docker ps -a</p>
          <div
            className={styles.psScroll}
            tabIndex={0}
            role="region"
            aria-label="docker ps -a 출력"
          >
            <pre className={styles.out}>
              {PS_HEADER}
              {row ? `\n${row}` : ''}
            </pre>
          </div>
          <p className={styles.status} data-testid="lifecycle-status">
            STATUS: <code>{status ?? '(목록에 없음)'}</code>
          </p>
        </div>
      </div>

      <details className={styles.table}>
        <summary>전이 표 전체 보기</summary>
        <div className={styles.tableScroll} tabIndex={0} role="region" aria-label="상태 전이 표">
          <table>
            <thead>
              <tr>
                <th scope="col">현재 상태</th>
                <th scope="col">명령·사건</th>
                <th scope="col">다음 상태</th>
                <th scope="col">docker ps -a STATUS</th>
              </tr>
            </thead>
            <tbody>
              {edges().map((edge) => {
                const result = transition({state: edge.from, exitCode: 0}, edge.command);
                const next = result.ok ? result.next : null;
                return (
                  <tr key={`${edge.from}-${edge.command}`}>
                    <td>{STATE_LABELS[edge.from]}</td>
                    <td>{COMMAND_LABEL[edge.command]}</td>
                    <td>{STATE_LABELS[edge.to]}</td>
                    <td>
                      <code>{(next && statusText(next)) ?? '(목록에 없음)'}</code>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
      <figcaption>
        nginx 컨테이너 web의 상태 전이도입니다. 명령 버튼을 누르면 상태가 바뀌고, 아래에 docker ps
        -a가 보여 줄 STATUS 값과 Docker의 출력 또는 오류가 나타납니다.
      </figcaption>
    </figure>
  );
}
