import type {ReactNode} from 'react';
import clsx from 'clsx';
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
  /** Kernels running for the three workloads, shown under the title. */
  readonly kernels: string;
  readonly layers: readonly Layer[];
}

export const STACKS: readonly Stack[] = [
  {
    title: '가상 머신',
    kernels: '커널 3개: VM마다 하나',
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
    kernels: '커널 1개: 모두 함께 씀',
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

const WORKLOADS = ['A', 'B', 'C'];

/** Two layer stacks side by side: three VMs and three containers on one machine. */
export default function ContainerVsVm(): ReactNode {
  return (
    <figure className="dg-figure dg-figure--sunken">
      <div className={styles.stacks}>
        {STACKS.map((stack) => (
          <section key={stack.title} className={styles.stack} aria-label={`${stack.title} 계층`}>
            <p className={styles.title}>{stack.title}</p>
            <p className={styles.kernels}>{stack.kernels}</p>
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
                      {WORKLOADS.map((w) => (
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
      <figcaption className={styles.caption}>
        같은 서버에서 워크로드 세 개를 실행할 때의 계층입니다. 가상 머신은 워크로드마다 게스트 OS
        커널을 따로 띄우고, 컨테이너는 호스트 커널 하나를 나눠 쓰며 앱과 라이브러리만 따로 가집니다.
        컨테이너 엔진은 컨테이너 아래의 층이 아니라, 같은 커널 위에서 컨테이너 옆에 실행되며
        그것들을 만들고 관리하는 프로세스입니다.
      </figcaption>
    </figure>
  );
}
