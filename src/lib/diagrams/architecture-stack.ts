/** Layer stacks of bare metal, Type 1, Type 2 and containers (part 1, chapter 4). Pure data and logic. */

export type StackId = 'bare-metal' | 'type1' | 'type2' | 'containers';
export type LayerTone = 'app' | 'os' | 'hypervisor' | 'engine' | 'hardware';

export interface StackLayer {
  readonly id: string;
  readonly label: string;
  readonly tone: LayerTone;
  /** One or two sentences, shown when the layer is focused or clicked. */
  readonly description: string;
  /**
   * Drawn beside the layer before it instead of under it: a process that runs on the same kernel
   * and manages the others, not a floor they stand on (the container engine).
   */
  readonly beside?: boolean;
}

export interface ArchitectureStackData {
  readonly id: StackId;
  readonly label: string;
  /** Examples of products built this way. */
  readonly examples: string;
  /** Top to bottom. */
  readonly layers: readonly StackLayer[];
}

export const STACKS: readonly ArchitectureStackData[] = [
  {
    id: 'bare-metal',
    label: '물리 서버',
    examples: '가상화 없이 OS 하나를 설치한 서버',
    layers: [
      {
        id: 'apps',
        label: '애플리케이션',
        tone: 'app',
        description:
          '웹 서버, 데이터베이스 같은 프로그램이 모두 한 OS 위에서 같은 라이브러리와 설정을 나눠 씁니다. 한 프로그램의 요구가 다른 프로그램과 부딪치기 쉽습니다.',
      },
      {
        id: 'os',
        label: '운영체제(커널 포함)',
        tone: 'os',
        description:
          '커널 하나가 CPU, 메모리, 디스크, 네트워크를 직접 관리합니다. 서버 한 대에 OS는 하나뿐입니다.',
      },
      {
        id: 'hardware',
        label: '물리 하드웨어',
        tone: 'hardware',
        description:
          'CPU, 메모리, 디스크, 네트워크 카드입니다. 평소에는 용량의 일부만 쓰여 남는 자원이 많았습니다.',
      },
    ],
  },
  {
    id: 'type1',
    label: 'Type 1 하이퍼바이저',
    examples: 'VMware ESXi, Microsoft Hyper-V, Xen, KVM',
    layers: [
      {
        id: 'guest-apps',
        label: '게스트 애플리케이션',
        tone: 'app',
        description:
          '각 가상 머신 안의 프로그램입니다. 자기 VM의 게스트 OS만 보고, 다른 VM은 보지 못합니다.',
      },
      {
        id: 'guest-os',
        label: '게스트 OS(VM마다 커널 하나)',
        tone: 'os',
        description:
          'VM마다 완전한 운영체제가 따로 부팅됩니다. 리눅스 VM 옆에 Windows VM을 둘 수도 있습니다.',
      },
      {
        id: 'hypervisor',
        label: '하이퍼바이저',
        tone: 'hypervisor',
        description:
          '하드웨어 바로 위에서 CPU와 메모리를 VM들에 나눠 주고 서로 격리합니다. Xen의 Dom0, Hyper-V의 루트 파티션처럼 장치 관리를 맡는 특별한 VM을 두는 제품도 있습니다.',
      },
      {
        id: 'hardware',
        label: '물리 하드웨어(VT-x/AMD-V)',
        tone: 'hardware',
        description:
          '가상화 확장(Intel VT-x, AMD-V)과 SLAT(EPT/RVI)을 갖춘 CPU가 게스트 코드를 직접 실행하고, 민감한 동작만 하이퍼바이저로 넘깁니다.',
      },
    ],
  },
  {
    id: 'type2',
    label: 'Type 2 하이퍼바이저',
    examples: 'VirtualBox, VMware Workstation, Parallels Desktop',
    layers: [
      {
        id: 'guest-apps',
        label: '게스트 애플리케이션',
        tone: 'app',
        description:
          'VM 안의 프로그램입니다. Type 1과 마찬가지로 자기 게스트 OS 위에서 실행됩니다.',
      },
      {
        id: 'guest-os',
        label: '게스트 OS(VM마다 커널 하나)',
        tone: 'os',
        description:
          'VM마다 게스트 OS가 따로 부팅됩니다. 노트북에서 Windows를 쓰면서 리눅스 VM을 띄우는 식입니다.',
      },
      {
        id: 'hypervisor',
        label: '하이퍼바이저(호스트 OS의 프로그램)',
        tone: 'hypervisor',
        description:
          '호스트 OS 위에서 평범한 애플리케이션처럼 실행됩니다. 하드웨어에 접근할 때 호스트 OS의 드라이버와 커널 모듈을 빌려 씁니다.',
      },
      {
        id: 'host-os',
        label: '호스트 OS(Windows, macOS, 리눅스)',
        tone: 'os',
        description:
          '사용자가 평소 쓰는 운영체제입니다. 브라우저나 편집기 같은 다른 프로그램이 하이퍼바이저와 나란히 돌며 자원을 나눕니다.',
      },
      {
        id: 'hardware',
        label: '물리 하드웨어',
        tone: 'hardware',
        description:
          '개인용 PC나 노트북인 경우가 많습니다. 요즘 Type 2 제품도 CPU의 가상화 확장을 사용합니다.',
      },
    ],
  },
  {
    id: 'containers',
    label: '컨테이너',
    examples: 'Docker, Podman, LXC',
    layers: [
      {
        id: 'container-apps',
        label: '앱과 라이브러리(컨테이너마다)',
        tone: 'app',
        description:
          '컨테이너마다 자기 앱과 라이브러리 파일을 가집니다. 커널은 들어 있지 않습니다.',
      },
      {
        id: 'engine',
        label: '엔진(dockerd, containerd): 옆에서 관리',
        tone: 'engine',
        beside: true,
        description:
          '이미지를 받아 풀고, 커널에 네임스페이스와 cgroup을 요청해 컨테이너를 만들고 관리하는 프로세스입니다. 컨테이너는 엔진 위가 아니라 호스트 커널 위에서 바로 실행됩니다. 컨테이너를 만든 runc는 곧 종료하고, 컨테이너의 프로세스는 호스트의 평범한 프로세스로 남습니다. 하드웨어를 흉내 내지도 않습니다.',
      },
      {
        id: 'host-kernel',
        label: '호스트 OS 커널(네임스페이스, cgroup)',
        tone: 'os',
        description:
          '모든 컨테이너가 이 커널 하나를 함께 씁니다. 네임스페이스로 보이는 것을 나누고 cgroup으로 쓸 양을 제한합니다. OS 수준 가상화의 핵심입니다.',
      },
      {
        id: 'hardware',
        label: '물리 하드웨어(또는 VM)',
        tone: 'hardware',
        description:
          '물리 서버일 수도 있고 클라우드의 VM일 수도 있습니다. 컨테이너와 VM은 함께 쓰는 경우가 많습니다.',
      },
    ],
  },
];

export const STACK_IDS: readonly StackId[] = STACKS.map((stack) => stack.id);

export function stackById(id: StackId): ArchitectureStackData {
  const stack = STACKS.find((s) => s.id === id);
  if (!stack) throw new Error(`unknown stack ${id}`);
  return stack;
}

/** Number of operating system kernels running when each stack hosts `workloads` workloads. */
export function kernelCount(id: StackId, workloads: number): number {
  switch (id) {
    case 'bare-metal':
    case 'containers':
      return 1;
    case 'type1':
      return workloads;
    case 'type2':
      return workloads + 1;
  }
}

/** How many kernels the stack runs for three workloads, in words (shown under its title). */
export function kernelSummary(id: StackId): string {
  const kernels = kernelCount(id, 3);
  switch (id) {
    case 'bare-metal':
      return `커널 ${kernels}개`;
    case 'containers':
      return `컨테이너 3개에 커널 ${kernels}개(함께 씀)`;
    case 'type1':
      return `VM 3개에 커널 ${kernels}개`;
    case 'type2':
      return `VM 3개에 커널 ${kernels}개(호스트 포함)`;
  }
}

/**
 * Shows or hides one stack. At least one stays visible; the order always follows STACK_IDS.
 */
export function toggleStack(visible: readonly StackId[], id: StackId): StackId[] {
  const set = new Set(visible);
  if (set.has(id)) {
    if (set.size === 1) return [...visible];
    set.delete(id);
  } else {
    set.add(id);
  }
  return STACK_IDS.filter((s) => set.has(s));
}

/** Shows exactly the given stacks (one to switch, two to compare). */
export function showOnly(...ids: StackId[]): StackId[] {
  const set = new Set(ids);
  return STACK_IDS.filter((s) => set.has(s));
}

export function visibleSummary(visible: readonly StackId[]): string {
  const labels = visible.map((id) => stackById(id).label);
  if (labels.length === 1) return `${labels[0]} 구조만 보여 줍니다.`;
  if (labels.length === STACK_IDS.length) return '네 가지 구조를 모두 나란히 보여 줍니다.';
  return `${labels.join(', ')} 구조를 나란히 비교합니다.`;
}

export function layerDetail(stackId: StackId, layerId: string): string {
  const stack = stackById(stackId);
  const layer = stack.layers.find((l) => l.id === layerId);
  if (!layer) throw new Error(`unknown layer ${layerId} in ${stackId}`);
  return `${stack.label} · ${layer.label}: ${layer.description}`;
}
