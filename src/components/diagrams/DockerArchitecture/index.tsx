import {useId, useState, type KeyboardEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import {
  ARCH_COMMANDS,
  COMPONENTS,
  clampStep,
  stepForKey,
  type ComponentId,
} from '@site/src/lib/diagrams/docker-architecture';
import styles from './styles.module.css';

const STACK: readonly ComponentId[] = ['client', 'dockerd', 'containerd', 'shim', 'runc', 'kernel'];
const BOX = {x: 16, w: 300, h: 50, gap: 24, top: 12};
const REG = {x: 356, w: 150};
const LINKS: readonly string[] = [
  'REST API · docker.sock',
  'gRPC (containerd API)',
  'shim 실행 · ttrpc',
  'OCI 번들로 실행',
  '시스템 콜',
];

const boxY = (index: number) => BOX.top + index * (BOX.h + BOX.gap);
const byId = new Map(COMPONENTS.map((c) => [c.id, c]));

/**
 * The walk-through and, for readers without JavaScript, every command's steps as lists: both are
 * in the server HTML, told apart by `.dg-js-only` / `.dg-nojs-only` (the <noscript> style in
 * docusaurus.config.ts), so hydration changes nothing.
 */
export default function DockerArchitecture(): ReactNode {
  const baseId = useId().replace(/:/g, '');
  const [commandIndex, setCommandIndex] = useState(1);
  const [step, setStep] = useState(0);
  const command = ARCH_COMMANDS[commandIndex]!;
  const active = new Set<ComponentId>(command.steps[step]!.actors);
  const main = command.steps[step]!.actors[0];

  const choose = (index: number) => {
    setCommandIndex(index);
    setStep(0);
  };
  const go = (next: number) => setStep(clampStep(command, next));
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = stepForKey(command, step, event.key);
    if (next === null) return;
    event.preventDefault();
    setStep(next);
  };

  const height = boxY(STACK.length) + 4;
  const titleId = `${baseId}-t`;
  const descId = `${baseId}-d`;

  return (
    <figure className="dg-figure" data-diagram="docker-architecture">
      <div className={styles.layout}>
        <div
          className={styles.scroller}
          tabIndex={0}
          role="region"
          aria-label="Docker 구성 요소 그림 (가로로 스크롤할 수 있습니다)"
        >
          <svg
            className={styles.svg}
            viewBox={`0 0 520 ${height}`}
            role="img"
            aria-labelledby={`${titleId} ${descId}`}
          >
            <title id={titleId}>Docker 엔진의 구성 요소</title>
            <desc id={descId}>
              위에서 아래로 docker 클라이언트, dockerd, containerd, containerd-shim-runc-v2, runc,
              Linux 커널이 이어지고, dockerd 옆에 레지스트리가 있습니다.
              {` 지금 단계에서 일하는 구성 요소: ${command.steps[step]!.actors.map((a) => byId.get(a)!.name).join(', ')}.`}
            </desc>
            <defs>
              <marker
                id={`${baseId}-m`}
                viewBox="0 0 10 10"
                refX="8"
                refY="5"
                markerWidth="7"
                markerHeight="7"
                orient="auto-start-reverse"
              >
                <path d="M0,0 L10,5 L0,10 z" className={styles.head} />
              </marker>
            </defs>
            {STACK.slice(0, -1).map((id, index) => {
              const x = BOX.x + 40;
              const y1 = boxY(index) + BOX.h;
              const y2 = boxY(index + 1);
              return (
                <g key={`link-${id}`}>
                  <line
                    x1={x}
                    y1={y1 + 2}
                    x2={x}
                    y2={y2 - 4}
                    className={styles.link}
                    markerEnd={`url(#${baseId}-m)`}
                  />
                  <text x={x + 10} y={(y1 + y2) / 2 + 4} className={styles.linkLabel}>
                    {LINKS[index]}
                  </text>
                </g>
              );
            })}
            <line
              x1={BOX.x + BOX.w + 4}
              y1={boxY(1) + BOX.h / 2}
              x2={REG.x - 6}
              y2={boxY(1) + BOX.h / 2}
              className={styles.link}
              markerStart={`url(#${baseId}-m)`}
              markerEnd={`url(#${baseId}-m)`}
            />
            <text
              x={(BOX.x + BOX.w + REG.x) / 2}
              y={boxY(1) + BOX.h / 2 - 8}
              textAnchor="middle"
              className={styles.linkLabel}
            >
              HTTPS
            </text>
            {[
              ...STACK.map((id, index) => ({id, x: BOX.x, y: boxY(index), w: BOX.w})),
              {id: 'registry' as ComponentId, x: REG.x, y: boxY(1) - 10, w: REG.w},
            ].map(({id, x, y, w}) => {
              const component = byId.get(id)!;
              const isActive = active.has(id);
              const tall = id === 'registry';
              return (
                <g
                  key={id}
                  className={
                    isActive ? (main === id ? styles.boxMain : styles.boxActive) : styles.box
                  }
                  data-component={id}
                  data-active={isActive ? 'true' : undefined}
                >
                  <rect x={x} y={y} width={w} height={tall ? BOX.h + 20 : BOX.h} rx={8} />
                  <text x={x + 12} y={y + 20} className={styles.name}>
                    {component.name}
                  </text>
                  {tall ? (
                    <>
                      <text x={x + 12} y={y + 40} className={styles.role}>
                        이미지의 manifest와
                      </text>
                      <text x={x + 12} y={y + 58} className={styles.role}>
                        레이어를 보관
                      </text>
                    </>
                  ) : (
                    <text x={x + 12} y={y + 39} className={styles.role}>
                      {component.role}
                    </text>
                  )}
                </g>
              );
            })}
          </svg>
        </div>

        <div className={styles.panel}>
          <fieldset className={clsx(styles.picker, 'dg-js-only')}>
            <legend>명령 고르기</legend>
            {ARCH_COMMANDS.map((c, index) => (
              <label key={c.id} className={styles.option}>
                <input
                  type="radio"
                  name={`${baseId}-command`}
                  value={c.id}
                  checked={index === commandIndex}
                  onChange={() => choose(index)}
                />
                <code>{c.command}</code>
              </label>
            ))}
          </fieldset>

          <div className={clsx(styles.stepper, 'dg-js-only')}>
            {/* A focusable group whose arrow keys step through the walk-through; Prev/Next buttons do the same. */}
            {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
            <div
              className={styles.stepBox}
              tabIndex={0}
              role="group"
              aria-label="단계 설명 (왼쪽·오른쪽 화살표로 이동)"
              onKeyDown={onKeyDown}
              data-testid="arch-step"
            >
              <p className={styles.stepCount} aria-live="polite">
                <code>{command.command}</code> · {step + 1} / {command.steps.length}단계:{' '}
                <strong>
                  {command.steps[step]!.actors.map((a) => byId.get(a)!.name).join(' → ')}
                </strong>
              </p>
              <p className={styles.stepText} aria-live="polite" data-testid="arch-step-text">
                {command.steps[step]!.text}
              </p>
            </div>
            <div className={styles.nav}>
              <button
                type="button"
                onClick={() => go(step - 1)}
                disabled={step === 0}
                data-testid="arch-prev"
              >
                ← 이전 단계
              </button>
              <button
                type="button"
                onClick={() => go(step + 1)}
                disabled={step === command.steps.length - 1}
                data-testid="arch-next"
              >
                다음 단계 →
              </button>
            </div>
          </div>
          <div className="dg-nojs-only">
            {ARCH_COMMANDS.map((c) => (
              <section key={c.id} className={styles.staticSteps}>
                <h4 className={styles.staticTitle}>
                  <code>{c.command}</code>
                </h4>
                <ol>
                  {c.steps.map((s) => (
                    <li key={s.text}>
                      <strong>{s.actors.map((a) => byId.get(a)!.name).join(' → ')}</strong>:{' '}
                      {s.text}
                    </li>
                  ))}
                </ol>
              </section>
            ))}
          </div>
        </div>
      </div>
      <figcaption>
        Docker 명령 하나가 클라이언트에서 커널까지 어떤 구성 요소를 거치는지 보여 줍니다. 명령을
        고른 뒤 이전·다음 단계 버튼이나 화살표 키로 한 단계씩 따라가면, 그 단계에서 일하는 구성
        요소가 강조됩니다.
      </figcaption>
    </figure>
  );
}
