import type {ReactNode} from 'react';
import clsx from 'clsx';
import type {ContainerState} from '@site/src/lib/docker-sim';
import type {PanelContainer, PanelData} from './simulatorSession';
import styles from './styles.module.css';

const STATE_TEXT: Readonly<Record<ContainerState, string>> = {
  running: '실행 중',
  paused: '일시 정지',
  restarting: '재시작 중',
  created: '생성됨',
  exited: '종료됨',
  dead: '죽음(dead)',
};

function stateText(container: PanelContainer): string {
  const text = STATE_TEXT[container.state];
  return container.state === 'exited' ? `${text} (코드 ${container.exitCode})` : text;
}

function stateTone(container: PanelContainer): string {
  if (container.state === 'running') return styles.running!;
  if (container.state === 'paused' || container.state === 'restarting') return styles.paused!;
  if (container.state === 'created') return styles.created!;
  return container.exitCode === 0 && container.state === 'exited'
    ? styles.stopped!
    : styles.failed!;
}

interface ScrollTableProps {
  readonly caption: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly ReactNode[])[];
  readonly empty: string;
  readonly testId: string;
  readonly rowKeys: readonly string[];
}

function ScrollTable({caption, head, rows, empty, testId, rowKeys}: ScrollTableProps): ReactNode {
  return (
    <div className={styles.tableScroll} role="region" aria-label={caption} tabIndex={0}>
      <table className={styles.table} data-testid={testId}>
        <caption>
          {caption} <span className={styles.count}>{rows.length}개</span>
        </caption>
        <thead>
          <tr>
            {head.map((cell) => (
              <th key={cell} scope="col">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={head.length} className={styles.empty}>
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row, index) => (
              <tr key={rowKeys[index]} data-key={rowKeys[index]}>
                {row.map((cell, cellIndex) =>
                  cellIndex === 0 ? (
                    <th key={cellIndex} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={cellIndex}>{cell}</td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

function summary(data: PanelData): string {
  const running = data.containers.filter((container) => container.state === 'running').length;
  return `컨테이너 ${data.containers.length}개(실행 중 ${running}개), 이미지 ${data.images.length}개, 볼륨 ${data.volumes.length}개, 네트워크 ${data.networks.length}개`;
}

interface StatePanelProps {
  readonly data: PanelData;
}

/** What the simulated Engine holds right now, as tables a screen reader can walk. */
export default function StatePanel({data}: StatePanelProps): ReactNode {
  return (
    <section className={styles.panel} aria-label="엔진 상태" data-testid="state-panel">
      <p className={styles.panelTitle}>엔진 상태</p>
      <p className={styles.summary} aria-live="polite" aria-atomic="true">
        {summary(data)}
      </p>
      <ScrollTable
        caption="컨테이너"
        testId="panel-containers"
        head={['이름', '이미지', '상태', '포트']}
        empty="컨테이너가 없습니다."
        rowKeys={data.containers.map((container) => container.id)}
        rows={data.containers.map((container) => [
          container.name,
          container.image,
          <span
            key="state"
            className={clsx(styles.state, stateTone(container))}
            data-state={container.state}
          >
            <span className={styles.dot} aria-hidden="true" />
            {stateText(container)}
          </span>,
          container.ports.length === 0 ? '—' : container.ports.join(', '),
        ])}
      />
      <ScrollTable
        caption="이미지"
        testId="panel-images"
        head={['저장소:태그', 'ID', '크기']}
        empty="내려받은 이미지가 없습니다."
        rowKeys={data.images.map((image) => `${image.id}-${image.reference}`)}
        rows={data.images.map((image) => [image.reference, image.shortId, image.size])}
      />
      <ScrollTable
        caption="볼륨"
        testId="panel-volumes"
        head={['이름', '드라이버']}
        empty="볼륨이 없습니다."
        rowKeys={data.volumes.map((volume) => volume.name)}
        rows={data.volumes.map((volume) => [volume.name, volume.driver])}
      />
      <ScrollTable
        caption="네트워크"
        testId="panel-networks"
        head={['이름', '드라이버']}
        empty="네트워크가 없습니다."
        rowKeys={data.networks.map((network) => network.name)}
        rows={data.networks.map((network) => [network.name, network.driver])}
      />
    </section>
  );
}
