import {useId, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {
  CONTAINER_START,
  DEFAULT_WORKLOADS,
  VM_BOOT,
  WORKLOAD_RANGE,
  compare,
  formatMiB,
  formatMs,
  totalMs,
  workloadNames,
  type Phase,
} from '@site/src/lib/diagrams/container-vs-vm';
import styles from './styles.module.css';

type Tone = 'app' | 'lib' | 'kernel' | 'engine' | 'hw';

interface Layer {
  readonly label: string;
  readonly tone: Tone;
  /** Drawn once per workload (three side by side) instead of once. */
  readonly perWorkload?: boolean;
  /**
   * Drawn in a column beside the per-workload rows: a process on the same kernel that manages
   * the workloads, not a layer under them (the container engine).
   */
  readonly beside?: boolean;
  readonly note?: string;
}

interface Stack {
  readonly title: string;
  /** Kernels running for n workloads, shown under the title. */
  readonly kernels: (n: number) => string;
  readonly layers: readonly Layer[];
}

export const STACKS: readonly Stack[] = [
  {
    title: '가상 머신',
    kernels: (n) => `커널 ${n}개: VM마다 하나`,
    layers: [
      {label: '앱', tone: 'app', perWorkload: true},
      {label: '라이브러리', tone: 'lib', perWorkload: true},
      {
        label: '게스트 OS 커널',
        tone: 'kernel',
        perWorkload: true,
        note: 'VM마다 커널이 하나씩 부팅됩니다',
      },
      {
        label: '하이퍼바이저',
        tone: 'engine',
        note: '가상 하드웨어(CPU, 메모리, 디스크, NIC)를 만듭니다',
      },
      {label: '물리 하드웨어', tone: 'hw'},
    ],
  },
  {
    title: '컨테이너',
    kernels: () => '커널 1개: 모두 함께 씀',
    layers: [
      {label: '앱', tone: 'app', perWorkload: true},
      {
        label: '라이브러리',
        tone: 'lib',
        perWorkload: true,
        note: '이미지에 담긴 파일일 뿐, 커널은 없습니다',
      },
      {
        label: '컨테이너 엔진(dockerd, containerd)',
        tone: 'engine',
        beside: true,
        note: '옆에서 만들고 관리',
      },
      {
        label: '호스트 OS 커널(네임스페이스·cgroup)',
        tone: 'kernel',
        note: '모든 컨테이너가 이 커널 하나를 함께 씁니다',
      },
      {label: '물리 하드웨어', tone: 'hw'},
    ],
  },
];

/**
 * Two layer stacks side by side, n VMs and n containers on one machine, with what n does to
 * kernels, memory and start-up (the last two a labelled model) and each one's start sequence.
 */
export default function ContainerVsVm(): ReactNode {
  const id = useId();
  const [workloads, setWorkloads] = useState(DEFAULT_WORKLOADS);
  const names = workloadNames(workloads);
  const result = compare(workloads);
  return (
    <figure className="dg-figure dg-figure--sunken" data-testid="container-vs-vm">
      <div className={clsx(styles.slider, 'dg-js-only')}>
        <label htmlFor={`${id}-n`}>워크로드 수</label>
        <input
          id={`${id}-n`}
          type="range"
          min={WORKLOAD_RANGE.min}
          max={WORKLOAD_RANGE.max}
          step={WORKLOAD_RANGE.step}
          value={workloads}
          aria-valuetext={`${workloads}개`}
          data-testid="vm-workloads"
          onChange={(event) => setWorkloads(Number(event.currentTarget.value))}
        />
        <output htmlFor={`${id}-n`}>{workloads}개</output>
      </div>
      <div className={styles.stacks}>
        {STACKS.map((stack) => (
          <section key={stack.title} className={styles.stack} aria-label={`${stack.title} 계층`}>
            <p className={styles.title}>{stack.title}</p>
            <p className={styles.kernels} data-kernels>
              {stack.kernels(workloads)}
            </p>
            <ol
              className={clsx(
                styles.layers,
                stack.layers.some((layer) => layer.beside) && styles.withSide,
              )}
            >
              {stack.layers.map((layer) => (
                <li
                  key={layer.label}
                  className={clsx(
                    styles.layerRow,
                    layer.beside && styles.side,
                    layer.perWorkload && styles.workloadRow,
                  )}
                  data-beside={layer.beside || undefined}
                >
                  {layer.perWorkload ? (
                    <ul className={styles.row} aria-label={`${layer.label}: 워크로드마다 하나씩`}>
                      {names.map((w) => (
                        <li key={w} className={clsx(styles.box, styles[layer.tone])}>
                          {layer.label} {w}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <div className={clsx(styles.box, styles.wide, styles[layer.tone])}>
                      {layer.label}
                    </div>
                  )}
                  {layer.note && <p className={styles.note}>{layer.note}</p>}
                </li>
              ))}
            </ol>
          </section>
        ))}
      </div>
      <table className={styles.compare} data-testid="vm-compare">
        <caption>
          워크로드 {result.workloads}개일 때 <span className={styles.modelTag}>모형(예시)</span>
        </caption>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">가상 머신</th>
            <th scope="col">컨테이너</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">실행 중인 커널</th>
            <td data-cell="vm-kernels">{result.vm.kernels}개</td>
            <td data-cell="container-kernels">{result.container.kernels}개</td>
          </tr>
          <tr>
            <th scope="row">메모리</th>
            <td data-cell="vm-memory">{formatMiB(result.vm.memoryMiB)}</td>
            <td data-cell="container-memory">{formatMiB(result.container.memoryMiB)}</td>
          </tr>
          <tr>
            <th scope="row">하나를 시작하는 시간</th>
            <td>{formatMs(result.vm.startMs)}</td>
            <td>{formatMs(result.container.startMs)}</td>
          </tr>
        </tbody>
      </table>
      <p className={styles.modelNote}>
        메모리는 VM마다 게스트 OS 512 MiB와 앱 64 MiB, 컨테이너는 앱 64 MiB씩에 엔진(dockerd와
        containerd) 96 MiB를 한 번 더한 어림값입니다. 시간도 단계별 어림값입니다. 최소한의 커널만
        부팅하는 마이크로 VM은 훨씬 빨라서, Firecracker는 125 ms 만에 사용자 공간을 시작하고 VM당 5
        MiB 미만의 오버헤드를 목표로 합니다(Firecracker 공식 사이트). 두 방식의 차이는 숫자보다
        &quot;부팅할 커널이 있는가&quot;에 있습니다.
      </p>
      <Sequence
        title="가상 머신 하나가 시작되는 순서"
        phases={VM_BOOT}
        scaleMs={totalMs(VM_BOOT)}
      />
      <Sequence
        title="컨테이너 하나가 시작되는 순서"
        phases={CONTAINER_START}
        scaleMs={totalMs(VM_BOOT)}
      />

      <figcaption className={styles.caption}>
        같은 서버에서 워크로드 여러 개를 실행할 때의 계층입니다(처음에는 세 개). 가상 머신은
        워크로드마다 게스트 OS 커널을 따로 띄우고, 컨테이너는 호스트 커널 하나를 나눠 쓰며 앱과
        라이브러리만 따로 가집니다. 컨테이너 엔진은 컨테이너 아래의 층이 아니라, 같은 커널 위에서
        컨테이너 옆에 실행되며 그것들을 만들고 관리하는 프로세스입니다.
      </figcaption>
    </figure>
  );
}

/** One start sequence as a bar on a shared time scale, with its phases listed in words. */
function Sequence(props: {
  readonly title: string;
  readonly phases: readonly Phase[];
  readonly scaleMs: number;
}): ReactNode {
  const {title, phases, scaleMs} = props;
  return (
    <section className={styles.sequence} aria-label={title}>
      <p className={styles.sequenceTitle}>
        {title}: 약 {formatMs(totalMs(phases))}
      </p>
      <div className={styles.bar} aria-hidden="true">
        {phases.map((phase) => (
          <span
            key={phase.id}
            className={clsx(styles.phase, styles[`phase-${phase.id}`])}
            style={{width: `${(phase.ms / scaleMs) * 100}%`}}
            title={phase.label}
          />
        ))}
      </div>
      <ol className={styles.phases}>
        {phases.map((phase) => (
          <li key={phase.id}>
            <span className={clsx(styles.swatch, styles[`phase-${phase.id}`])} aria-hidden="true" />
            <strong>{phase.label}</strong> {formatMs(phase.ms)}: {phase.note}
          </li>
        ))}
      </ol>
    </section>
  );
}
