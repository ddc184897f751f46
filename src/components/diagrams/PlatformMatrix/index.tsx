import {useId, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {
  IMAGES,
  MACHINES,
  describeOutcome,
  imageById,
  machineById,
  resolve,
  type ImageId,
  type MachineId,
  type Outcome,
  type Requested,
} from '@site/src/lib/diagrams/platform-matrix';
import styles from './styles.module.css';

const REQUESTS: readonly {readonly id: Requested; readonly label: string}[] = [
  {id: 'auto', label: '지정 안 함 (기계에 맞게)'},
  {id: 'linux/amd64', label: '--platform linux/amd64'},
  {id: 'linux/arm64', label: '--platform linux/arm64'},
];

const VERDICT: Readonly<Record<Outcome['kind'], string>> = {
  native: '그대로 실행',
  emulated: '에뮬레이션으로 실행',
  'exec-format-error': 'exec format error',
  'no-match': 'pull 실패',
};

function Radios<T extends string>(props: {
  readonly legend: string;
  readonly name: string;
  readonly options: readonly {readonly id: T; readonly label: string}[];
  readonly value: T;
  readonly onChange: (id: T) => void;
}): ReactNode {
  return (
    <fieldset className={clsx('dg-choices', styles.group)}>
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.id} className="dg-choice">
          <input
            type="radio"
            name={props.name}
            value={o.id}
            checked={props.value === o.id}
            onChange={() => props.onChange(o.id)}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/** What the reader's command prints for the outcome (moby's pull error or runc's exec error). */
function terminalLine(outcome: Outcome): string {
  if (outcome.kind === 'no-match') return `Error response from daemon: ${outcome.message}: …`;
  if (outcome.kind === 'exec-format-error') return outcome.detail;
  return '';
}

/**
 * A multi-platform image is an index of per-platform manifests. The reader picks a machine, an
 * image and a `--platform`, and sees which manifest is pulled and whether its program runs.
 * Without JavaScript, the default choice and the table of every machine and image are shown.
 */
export default function PlatformMatrix(): ReactNode {
  const baseId = useId().replace(/:/g, '');
  const [machineId, setMachineId] = useState<MachineId>('apple-silicon');
  const [imageId, setImageId] = useState<ImageId>('multi');
  const [requested, setRequested] = useState<Requested>('auto');
  const machine = machineById(machineId);
  const image = imageById(imageId);
  const outcome = resolve(machine, image, requested);
  const chosen = outcome.kind === 'no-match' ? null : outcome.manifest.platform;
  const line = terminalLine(outcome);

  return (
    <figure className="dg-figure" data-diagram="platform-matrix" data-testid="platform-matrix">
      <div className={styles.controls}>
        <Radios
          legend="내 기계"
          name={`${baseId}-machine`}
          options={MACHINES}
          value={machineId}
          onChange={setMachineId}
        />
        <Radios
          legend="이미지"
          name={`${baseId}-image`}
          options={IMAGES}
          value={imageId}
          onChange={setImageId}
        />
        <Radios
          legend="docker run의 --platform"
          name={`${baseId}-platform`}
          options={REQUESTS}
          value={requested}
          onChange={setRequested}
        />
      </div>
      <div className={styles.board}>
        <section className={styles.index} aria-label="이미지 인덱스">
          <p className={styles.title}>
            <code>{image.label.split(' ')[0]}</code> 이미지 인덱스
          </p>
          <ul className={styles.manifests}>
            {image.manifests.map((m) => (
              <li
                key={m.platform}
                className={clsx(styles.manifest, chosen === m.platform && styles.chosen)}
                data-platform={m.platform}
                data-chosen={chosen === m.platform}
              >
                <span className={styles.platform}>{m.platform}</span>
                <span className={styles.digest}>매니페스트 {m.digest} (예시)</span>
                {chosen === m.platform && <span className={styles.pick}>← 이것을 받습니다</span>}
              </li>
            ))}
          </ul>
        </section>
        <section
          className={clsx(styles.result, styles[outcome.kind])}
          aria-label="결과"
          data-outcome={outcome.kind}
        >
          <p className={styles.title}>
            {machine.label} · {machine.platform}
          </p>
          <p className={styles.note}>{machine.note}</p>
          <p className={styles.verdict}>{VERDICT[outcome.kind]}</p>
          {line && <pre className={styles.terminal}>{line}</pre>}
        </section>
      </div>
      <p className={styles.summary} aria-live="polite" data-testid="platform-matrix-summary">
        {describeOutcome(machine, image, outcome)}
      </p>
      <details className={styles.all}>
        <summary>모든 기계와 이미지의 조합 (--platform 없이)</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">기계</th>
              {IMAGES.map((i) => (
                <th key={i.id} scope="col">
                  {i.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {MACHINES.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.label}</th>
                {IMAGES.map((i) => {
                  const o = resolve(m, i, 'auto');
                  return (
                    <td key={i.id}>
                      {VERDICT[o.kind]}
                      {o.kind === 'no-match'
                        ? ` (${o.platform} 없음)`
                        : ` (${o.manifest.platform})`}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <figcaption className={styles.caption}>
        멀티 플랫폼 이미지는 플랫폼별 매니페스트를 가리키는 인덱스입니다. Docker는 내 기계의
        플랫폼(또는 --platform으로 지정한 플랫폼)과 같은 매니페스트 하나만 받고, 없으면 pull이
        실패합니다. 받은 매니페스트가 CPU와 맞지 않으면 에뮬레이터가 있을 때만 실행되고, 없으면 exec
        format error로 끝납니다. digest는 예시 값입니다.
      </figcaption>
    </figure>
  );
}
