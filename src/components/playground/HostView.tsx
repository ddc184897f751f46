import {useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {
  hostChanges,
  hostModel,
  type ChangeKind,
  type HostContainer,
  type HostInput,
} from '@site/src/lib/diagrams/host-view';
import styles from './hostView.module.css';

const STATE_TEXT: Readonly<Record<HostContainer['state'], string>> = {
  running: '실행 중',
  paused: '일시 정지',
  restarting: '재시작 중',
  created: '생성됨',
  exited: '종료됨',
  dead: '죽음',
};

const MARK_TEXT: Readonly<Record<ChangeKind, string>> = {added: '새로 생김', changed: '바뀜'};

function Mark({kind}: {readonly kind: ChangeKind | undefined}): ReactNode {
  return kind ? <span className={styles.mark}>{MARK_TEXT[kind]}</span> : null;
}

function Chip({
  container,
  mark,
}: {
  readonly container: HostContainer;
  readonly mark: ChangeKind | undefined;
}): ReactNode {
  const state =
    container.state === 'exited'
      ? `${STATE_TEXT.exited}(${container.exitCode})`
      : STATE_TEXT[container.state];
  return (
    <li
      className={clsx(styles.chip, styles[container.state])}
      data-container={container.name}
      data-changed={mark}
    >
      <span className={styles.name}>{container.name}</span>
      <span className={styles.detail}>
        {container.image} · {state}
      </span>
      <Mark kind={mark} />
    </li>
  );
}

interface HostViewProps {
  readonly data: HostInput;
  /** How many commands have run: a new value means a new command's picture. */
  readonly revision: number;
}

/**
 * The simulated Docker host as a picture, redrawn after each command with what it changed
 * marked. The state tables beside it are its text equivalent; the sentence of changes is
 * announced to screen readers.
 */
export default function HostView({data, revision}: HostViewProps): ReactNode {
  // The picture before the last command: other re-renders (the terminal echoing a line) keep
  // the marks; a command that changed nothing clears them.
  const [frames, setFrames] = useState({before: data, after: data, revision});
  if (frames.revision !== revision) setFrames({before: frames.after, after: data, revision});
  const changes = hostChanges(frames.before, frames.after);
  const model = hostModel(data);
  const mark = (key: string) => changes.marks.get(key);
  // Built-in networks nobody uses would only take room; they show in the table beside.
  const networks = model.networks.filter(
    (n) => n.members.length > 0 || !['host', 'none'].includes(n.name),
  );

  return (
    <figure className={styles.host} data-testid="host-view" aria-labelledby="dg-host-view-title">
      <figcaption id="dg-host-view-title" className={styles.title}>
        Docker 호스트 그림
      </figcaption>
      <p className={styles.changes} aria-live="polite" aria-atomic="true">
        {changes.summary}
      </p>
      <div className={styles.ports}>
        <span className={styles.label}>호스트 포트</span>
        {model.ports.length === 0 ? (
          <span className={styles.empty}>공개한 포트 없음</span>
        ) : (
          <ul className={styles.row}>
            {model.ports.map((port) => (
              <li key={`${port.hostPort}-${port.container}`} className={styles.port}>
                {port.hostPort} → {port.container}:{port.containerPort}
              </li>
            ))}
          </ul>
        )}
      </div>
      <ul className={styles.networks}>
        {networks.map((network) => (
          <li
            key={network.name}
            className={styles.network}
            data-network={network.name}
            data-changed={mark(`network:${network.name}`)}
          >
            <span className={styles.label}>
              네트워크 {network.name} <span className={styles.driver}>({network.driver})</span>
            </span>
            <Mark kind={mark(`network:${network.name}`)} />
            {network.members.length === 0 ? (
              <span className={styles.empty}>연결된 컨테이너 없음</span>
            ) : (
              <ul className={styles.row}>
                {network.members.map((c) => (
                  <Chip key={c.id} container={c} mark={mark(`container:${c.id}`)} />
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {model.unattached.length > 0 && (
        <ul className={styles.row}>
          {model.unattached.map((c) => (
            <Chip key={c.id} container={c} mark={mark(`container:${c.id}`)} />
          ))}
        </ul>
      )}
      <div className={styles.stores}>
        <div>
          <span className={styles.label}>볼륨</span>
          {model.volumes.length === 0 ? (
            <span className={styles.empty}>없음</span>
          ) : (
            <ul className={styles.row}>
              {model.volumes.map((volume) => (
                <li
                  key={volume.name}
                  className={styles.store}
                  data-volume={volume.name}
                  data-changed={mark(`volume:${volume.name}`)}
                >
                  {volume.name}
                  <span className={styles.detail}>
                    {volume.usedBy.length > 0
                      ? `← ${volume.usedBy.join(', ')}`
                      : '쓰는 컨테이너 없음'}
                  </span>
                  <Mark kind={mark(`volume:${volume.name}`)} />
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <span className={styles.label}>이미지</span>
          {model.images.length === 0 ? (
            <span className={styles.empty}>없음</span>
          ) : (
            <ul className={styles.row}>
              {model.images.map((image) => (
                <li
                  key={image.reference}
                  className={styles.store}
                  data-image={image.reference}
                  data-changed={mark(`image:${image.reference}`)}
                >
                  {image.reference}
                  <span className={styles.detail}>
                    {image.usedBy.length > 0
                      ? `→ ${image.usedBy.join(', ')}`
                      : '쓰는 컨테이너 없음'}
                  </span>
                  <Mark kind={mark(`image:${image.reference}`)} />
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      {changes.removed.length > 0 && (
        <p className={styles.removed}>사라짐: {changes.removed.join(', ')}</p>
      )}
    </figure>
  );
}
