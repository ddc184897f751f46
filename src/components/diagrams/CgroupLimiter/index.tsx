import {useId, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {
  DEFAULT_LIMITS,
  LIMIT_RANGES,
  cgroupFiles,
  dockerRunCommand,
  formatCpus,
  formatMemoryLabel,
  type Limits,
} from '@site/src/lib/diagrams/cgroup';
import RangeRow from './RangeRow';
import WorkloadTimeline from './WorkloadTimeline';
import styles from './styles.module.css';

type LimitKey = keyof Limits;

const FILE_OF: Record<LimitKey, string> = {
  cpus: 'cpu.max',
  memoryMiB: 'memory.max',
  pids: 'pids.max',
};

const SLIDERS: readonly {
  readonly key: LimitKey;
  readonly label: string;
  readonly flag: string;
  readonly text: (v: number) => string;
}[] = [
  {key: 'cpus', label: 'CPU', flag: '--cpus', text: (v) => `코어 ${formatCpus(v)}개`},
  {key: 'memoryMiB', label: '메모리', flag: '--memory', text: (v) => formatMemoryLabel(v)},
  {key: 'pids', label: '프로세스 수', flag: '--pids-limit', text: (v) => `${v}개`},
];

/**
 * Sliders for `--cpus`, `--memory` and `--pids-limit`, the cgroup v2 files
 * they produce, and a workload run against them over time (WorkloadTimeline).
 * Without JavaScript the controls are hidden and every workload's run is
 * shown (.dg-js-only / .dg-nojs-only): the server HTML is the first client
 * render, so hydration changes nothing.
 */
export default function CgroupLimiter(): ReactNode {
  const baseId = useId().replace(/:/g, '');
  const [limits, setLimits] = useState<Limits>(DEFAULT_LIMITS);
  const [lastChanged, setLastChanged] = useState<LimitKey | null>(null);
  const files = cgroupFiles(limits);

  const update = (key: LimitKey, value: number) => {
    setLimits((previous) => ({...previous, [key]: value}));
    setLastChanged(key);
  };

  const announcement = (() => {
    if (!lastChanged) return '';
    const file = files.find((f) => f.name === FILE_OF[lastChanged]);
    return file ? `${file.name}: ${file.value}` : '';
  })();

  return (
    <figure className={styles.limiter} data-testid="cgroup-limiter">
      <fieldset className={styles.group}>
        <legend className={styles.legend}>자원 한도</legend>
        {SLIDERS.map((slider) => (
          <RangeRow
            key={slider.key}
            id={`${baseId}-${slider.key}`}
            label={
              <>
                {slider.label} <code>{slider.flag}</code>
              </>
            }
            range={LIMIT_RANGES[slider.key]}
            value={limits[slider.key]}
            text={slider.text}
            onValue={(value) => update(slider.key, value)}
            data={{'data-limit': slider.key}}
            jsOnly
          />
        ))}
      </fieldset>

      <p className="dg-sr-only" aria-live="polite" data-testid="cgroup-announcement">
        {announcement}
      </p>

      <div className={styles.result}>
        <p className={styles.resultTitle}>docker run 명령</p>
        <pre className={clsx('dg-terminal', styles.terminal)} data-testid="cgroup-command">
          <code>{dockerRunCommand(limits)}</code>
        </pre>
        <table className={styles.files}>
          <caption className={styles.tableCaption}>
            컨테이너의 cgroup 디렉터리에 runc가 쓰는 파일
          </caption>
          <thead>
            <tr>
              <th scope="col">파일</th>
              <th scope="col">내용</th>
              <th scope="col">뜻</th>
            </tr>
          </thead>
          <tbody>
            {files.map((file) => (
              <tr key={file.name}>
                <th scope="row">
                  <code>{file.name}</code>
                </th>
                <td>
                  <code data-file={file.name}>{file.value}</code>
                </td>
                <td>{file.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <WorkloadTimeline limits={limits} />

      <figcaption className={styles.caption}>
        CPU·메모리·프로세스 수 한도를 바꾸면 docker run 플래그와 cgroup v2 파일 내용이 함께 바뀌고,
        부하를 고르면 한도에 닿는 순간부터 커널이 어떻게 대응하는지 시간을 따라 보여 줍니다. 시간
        단위와 증가 속도는 규칙을 보이기 위한 모형입니다.
      </figcaption>
    </figure>
  );
}
