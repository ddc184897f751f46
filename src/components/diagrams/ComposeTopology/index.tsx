import {useEffect, useId, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import composeFile from '@site/examples/compose-app/compose.yaml?raw';
import {
  COMPOSE_APP,
  childRanges,
  describeService,
  edgeTouches,
  edges,
  linesForService,
  type Edge,
} from '@site/src/lib/diagrams/compose-topology';
import {useRovingFocus} from '@site/src/components/useRovingFocus';
import styles from './styles.module.css';

interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

const SERVICE_W = 150;
const SERVICE_H = 56;
const BOXES: Readonly<Record<string, Box>> = {
  'port:8080': {x: 8, y: 34, w: 112, h: 40},
  'port:8081': {x: 8, y: 313, w: 112, h: 40},
  'service:web': {x: 190, y: 25, w: SERVICE_W, h: SERVICE_H},
  'service:db': {x: 190, y: 125, w: SERVICE_W, h: SERVICE_H},
  'service:cache': {x: 190, y: 215, w: SERVICE_W, h: SERVICE_H},
  'service:adminer': {x: 190, y: 305, w: SERVICE_W, h: SERVICE_H},
  'network:front': {x: 470, y: 34, w: 160, h: 40},
  'network:back': {x: 470, y: 165, w: 160, h: 40},
  'volume:db-data': {x: 470, y: 290, w: 160, h: 40},
};

const ALL_EDGES = edges(COMPOSE_APP);
const SERVICE_RANGES = childRanges(composeFile, 'services');
const LINES = composeFile.replace(/\n$/, '').split('\n');

function edgePath(edge: Edge): string {
  const a = BOXES[edge.from]!;
  const b = BOXES[edge.to]!;
  if (edge.kind === 'depends') {
    // arcs on the left of the service column, from the dependent service to its dependency
    const fromY = a.y + (b.y > a.y ? a.h - 10 : 10);
    const toY = b.y + (b.y > a.y ? 10 : b.h - 10);
    const bulge = edge.id === 'dep-web-cache' ? 140 : 160;
    return `M ${a.x} ${fromY} C ${bulge} ${fromY}, ${bulge} ${toY}, ${b.x - 4} ${toY}`;
  }
  const x1 = a.x + a.w;
  const y1 = a.y + a.h / 2;
  const x2 = b.x;
  const y2 = b.y + b.h / 2;
  const mid = (x1 + x2) / 2;
  return `M ${x1} ${y1} C ${mid} ${y1}, ${mid} ${y2}, ${x2 - 4} ${y2}`;
}

function label(id: string): {title: string; sub: string} {
  const [kind, name] = id.split(':') as [string, string];
  if (kind === 'port') return {title: `localhost:${name}`, sub: '게시된 포트'};
  if (kind === 'network') return {title: name, sub: '네트워크'};
  if (kind === 'volume') return {title: name, sub: '볼륨'};
  const service = COMPOSE_APP.services.find((s) => s.name === name)!;
  return {
    title: name,
    sub: service.profiles.length
      ? `${service.source} · profile: ${service.profiles.join(', ')}`
      : service.source,
  };
}

function ownerOf(node: string, selected: string): boolean {
  if (node === `service:${selected}`) return true;
  return ALL_EDGES.some((e) => edgeTouches(e, selected) && (e.from === node || e.to === node));
}

export default function ComposeTopology(): ReactNode {
  const baseId = useId().replace(/:/g, '');
  const [selected, setSelected] = useState('web');
  const codeWrap = useRef<HTMLDivElement | null>(null);
  const firstRender = useRef(true);
  const highlighted = linesForService(composeFile, COMPOSE_APP, selected);
  const names = COMPOSE_APP.services.map((s) => s.name);

  // One tab stop for the service buttons; any arrow moves and selects, wrapping around.
  const {getItemProps} = useRovingFocus<HTMLButtonElement>({
    count: names.length,
    activeIndex: names.indexOf(selected),
    orientation: 'both',
    onActivate: (index) => setSelected(names[index]!),
  });

  // Bring the selected block into view inside the code panel (not the page) after a selection.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const wrap = codeWrap.current;
    const start = SERVICE_RANGES.get(selected)?.start;
    const line = start ? wrap?.querySelector<HTMLElement>(`[data-line="${start}"]`) : null;
    if (wrap && line) wrap.scrollTop = Math.max(0, line.offsetTop - 8);
  }, [selected]);

  const description = COMPOSE_APP.services
    .map((s) => describeService(COMPOSE_APP, s.name))
    .join(' / ');

  return (
    <figure className="dg-figure" data-diagram="compose-topology" data-testid="compose-topology">
      <div className={styles.toolbar} role="group" aria-label="서비스 고르기">
        <span className={styles.toolbarLabel} aria-hidden="true">
          서비스:
        </span>
        {names.map((name, index) => (
          <button
            key={name}
            {...getItemProps(index)}
            type="button"
            className={styles.serviceButton}
            aria-pressed={selected === name}
            data-service-button={name}
            onClick={() => setSelected(name)}
          >
            {name}
          </button>
        ))}
      </div>
      <p className={styles.detail} aria-live="polite" data-testid="compose-topology-detail">
        {describeService(COMPOSE_APP, selected, SERVICE_RANGES.get(selected))}
      </p>

      <div className={styles.grid}>
        <div className={styles.graph}>
          <div
            className={styles.svgWrap}
            tabIndex={0}
            role="region"
            aria-label="서비스 관계 그림 (좁은 화면에서는 옆으로 스크롤)"
          >
            <svg
              viewBox="0 0 640 370"
              className={styles.svg}
              role="img"
              aria-labelledby={`${baseId}-t ${baseId}-d`}
            >
              <title id={`${baseId}-t`}>
                compose-app이 만드는 서비스, 네트워크, 볼륨, 게시된 포트
              </title>
              <desc id={`${baseId}-d`}>{description}</desc>
              <defs>
                <marker
                  id={`${baseId}-arrow`}
                  viewBox="0 0 10 10"
                  refX="9"
                  refY="5"
                  markerWidth="7"
                  markerHeight="7"
                  orient="auto-start-reverse"
                >
                  <path d="M 0 0 L 10 5 L 0 10 z" className={styles.arrowHead} />
                </marker>
              </defs>
              <text x="64" y="18" className={styles.column} textAnchor="middle">
                호스트
              </text>
              <text x="265" y="16" className={styles.column} textAnchor="middle">
                서비스 (컨테이너)
              </text>
              <text x="550" y="18" className={styles.column} textAnchor="middle">
                네트워크 · 볼륨
              </text>
              {ALL_EDGES.map((edge) => {
                const on = edgeTouches(edge, selected);
                return (
                  <g key={edge.id} data-edge={edge.id} data-selected={on ? 'true' : undefined}>
                    <path
                      d={edgePath(edge)}
                      className={clsx(
                        styles.edge,
                        styles[`edge_${edge.kind}`],
                        on && styles.edgeOn,
                      )}
                      markerEnd={`url(#${baseId}-arrow)`}
                    />
                    {edge.kind === 'port' && (
                      <text
                        x={155}
                        y={BOXES[edge.from]!.y + 6}
                        className={styles.edgeLabel}
                        textAnchor="middle"
                      >
                        {edge.label}
                      </text>
                    )}
                  </g>
                );
              })}
              {Object.entries(BOXES).map(([id, box]) => {
                const {title, sub} = label(id);
                const on = ownerOf(id, selected);
                const kind = id.split(':')[0]!;
                const isDebug = id === 'service:adminer';
                return (
                  <g key={id} data-node={id} data-selected={on ? 'true' : undefined}>
                    <rect
                      x={box.x}
                      y={box.y}
                      width={box.w}
                      height={box.h}
                      rx={kind === 'volume' ? 14 : 6}
                      className={clsx(
                        styles.node,
                        styles[`node_${kind}`],
                        on && styles.nodeOn,
                        isDebug && styles.nodeOptional,
                      )}
                    />
                    <text
                      x={box.x + box.w / 2}
                      y={box.y + (box.h > 44 ? 23 : 18)}
                      className={styles.nodeTitle}
                      textAnchor="middle"
                    >
                      {title}
                    </text>
                    <text
                      x={box.x + box.w / 2}
                      y={box.y + (box.h > 44 ? 42 : 33)}
                      className={styles.nodeSub}
                      textAnchor="middle"
                    >
                      {sub}
                    </text>
                  </g>
                );
              })}
            </svg>
          </div>
          <ul className={styles.legend}>
            <li>
              <span className={clsx(styles.swatch, styles.swatchPort)} aria-hidden="true" /> 호스트
              포트 → 컨테이너 포트 (ports)
            </li>
            <li>
              <span className={clsx(styles.swatch, styles.swatchNet)} aria-hidden="true" /> 연결된
              네트워크·볼륨
            </li>
            <li>
              <span className={clsx(styles.swatch, styles.swatchDep)} aria-hidden="true" /> 시작
              순서 (depends_on)
            </li>
          </ul>
        </div>
        <div className={styles.file}>
          <p className={styles.heading} id={`${baseId}-file`}>
            examples/compose-app/compose.yaml
          </p>
          <div
            ref={codeWrap}
            className={styles.codeWrap}
            tabIndex={0}
            role="region"
            aria-labelledby={`${baseId}-file`}
          >
            <pre className={styles.code}>
              <code>
                {LINES.map((line, i) => {
                  const n = i + 1;
                  const on = highlighted.has(n);
                  return (
                    <span
                      key={n}
                      className={clsx(styles.line, on && styles.lineOn)}
                      data-line={n}
                      data-selected={on ? 'true' : undefined}
                    >
                      <span className={styles.lineNo} aria-hidden="true">
                        {String(n).padStart(2, ' ')}
                      </span>
                      {line || ' '}
                    </span>
                  );
                })}
              </code>
            </pre>
          </div>
        </div>
      </div>
      <figcaption>
        Compose 실습의 compose.yaml과, 이 파일로 docker compose up을 했을 때 생기는 서비스,
        네트워크, 볼륨, 게시된 포트를 나란히 보여 줍니다. 서비스를 고르면 파일에서 그 서비스를
        정의한 줄과 그 서비스가 쓰는 네트워크·볼륨 항목이, 그림에서는 연결된 선과 상자가 강조됩니다.
        점선 상자의 adminer는 debug 프로필을 켤 때만 실행됩니다.
      </figcaption>
    </figure>
  );
}
