/**
 * Where Docker's parts run on each OS (part 1 and the install overview): the CLI on the host,
 * the socket or named pipe it talks through, and on macOS and Windows the Linux VM that holds
 * the engine and the containers. Pure data; the view is components/diagrams/DesktopStack.
 *
 * Sources: Docker Docs "Docker Desktop WSL 2 backend on Windows", "Mac permission requirements"
 * (the socket at $HOME/.docker/run/docker.sock and the optional /var/run/docker.sock link),
 * "Change your Docker Desktop settings" (Virtual Machine Manager), and the `desktop-linux`
 * context's endpoint npipe:////./pipe/dockerDesktopLinuxEngine (docker/for-win#12397).
 */

export type DesktopOs = 'windows' | 'mac' | 'linux';

export interface Box {
  readonly label: string;
  /** What it is or does, one short sentence. */
  readonly note: string;
}

export interface BaseLayer extends Box {
  readonly tone: 'kernel' | 'hypervisor' | 'hardware';
}

export interface DesktopStackData {
  readonly os: DesktopOs;
  /** The tab label, as the site's other OS tabs name it. */
  readonly tab: string;
  readonly product: string;
  /** The host side: the CLI and, for Desktop, its app; on Windows also its own kernel. */
  readonly host: {readonly label: string; readonly boxes: readonly Box[]; readonly kernel?: Box};
  /** How the CLI reaches the engine. */
  readonly channel: Box;
  /** Where dockerd, containerd and the containers run: a Linux VM, or the host itself. */
  readonly engineZone: {
    readonly label: string;
    readonly note: string;
    readonly vm: boolean;
    /** The VM's own Linux kernel, which the containers share. */
    readonly kernel?: Box;
  };
  readonly engine: readonly Box[];
  readonly containers: readonly string[];
  /** Full-width layers under both sides, top to bottom; the last is the hardware. */
  readonly base: readonly BaseLayer[];
}

const ENGINE: readonly Box[] = [
  {label: 'dockerd', note: 'CLI의 요청(REST API)을 받아 이미지, 네트워크, 볼륨을 관리합니다.'},
  {
    label: 'containerd',
    note: '컨테이너를 만들고 지켜봅니다. 만들 때 runc를 잠깐 실행하고, runc는 곧 끝납니다.',
  },
];

const CONTAINERS = ['컨테이너 web', '컨테이너 db'];

export const DESKTOP_STACKS: readonly DesktopStackData[] = [
  {
    os: 'windows',
    tab: 'Windows',
    product: 'Docker Desktop(WSL 2 백엔드)',
    host: {
      label: 'Windows(루트 파티션)',
      boxes: [
        {label: 'docker.exe', note: 'PowerShell이나 명령 프롬프트에서 실행하는 CLI입니다.'},
        {label: 'Docker Desktop 앱', note: 'VM을 켜고 끄고, 설정과 대시보드를 보여 줍니다.'},
      ],
      kernel: {
        label: 'Windows 커널',
        note: 'Windows 자신도 하이퍼바이저 위의 한 파티션에서 실행됩니다.',
      },
    },
    channel: {
      label: '명명된 파이프 \\\\.\\pipe\\dockerDesktopLinuxEngine',
      note: 'CLI의 desktop-linux 컨텍스트가 가리키는 곳입니다. 요청은 이 파이프를 거쳐 VM 안의 dockerd로 전달됩니다.',
    },
    engineZone: {
      label: 'WSL 2 유틸리티 VM(docker-desktop 배포판)',
      note: 'WSL 2가 띄운 가벼운 VM입니다. 다른 WSL 배포판도 같은 VM과 커널을 나눠 씁니다.',
      vm: true,
      kernel: {
        label: '리눅스 커널(WSL 2)',
        note: 'Microsoft가 빌드한 리눅스 커널입니다. 컨테이너는 이 커널을 함께 씁니다.',
      },
    },
    engine: ENGINE,
    containers: CONTAINERS,
    base: [
      {
        label: 'Hyper-V 하이퍼바이저(가상 머신 플랫폼)',
        note: 'Windows와 WSL 2의 VM을 나란히 하드웨어 위에 올립니다.',
        tone: 'hypervisor',
      },
      {
        label: 'PC 하드웨어',
        note: 'x86-64 또는 Arm64 CPU와 가상화 확장이 필요합니다.',
        tone: 'hardware',
      },
    ],
  },
  {
    os: 'mac',
    tab: 'macOS',
    product: 'Docker Desktop',
    host: {
      label: 'macOS',
      boxes: [
        {label: 'docker', note: '터미널에서 실행하는 CLI입니다.'},
        {label: 'Docker Desktop 앱', note: 'VM을 켜고 끄고, 설정과 대시보드를 보여 줍니다.'},
      ],
    },
    channel: {
      label: '소켓 ~/.docker/run/docker.sock',
      note: '사용자 홈 아래의 유닉스 소켓입니다. 설정에서 허용하면 /var/run/docker.sock 링크도 만듭니다. 요청은 소켓을 거쳐 VM 안의 dockerd로 전달됩니다.',
    },
    engineZone: {
      label: '리눅스 VM(Apple Virtualization 프레임워크 또는 Docker VMM)',
      note: 'Docker Desktop이 띄우는 작은 리눅스 VM입니다. 사용자는 이 VM에 직접 로그인하지 않습니다.',
      vm: true,
      kernel: {
        label: '리눅스 커널(VM)',
        note: 'Docker Desktop의 VM이 부팅한 커널입니다. 컨테이너는 이 커널을 함께 씁니다.',
      },
    },
    engine: ENGINE,
    containers: CONTAINERS,
    base: [
      {
        label: 'macOS 커널(XNU)',
        note: 'Hypervisor 프레임워크로 VM에 CPU와 메모리를 나눠 줍니다.',
        tone: 'kernel',
      },
      {
        label: 'Mac 하드웨어',
        note: 'Apple silicon(arm64) 또는 Intel(x86-64)입니다. VM도 같은 아키텍처로 실행됩니다.',
        tone: 'hardware',
      },
    ],
  },
  {
    os: 'linux',
    tab: 'Linux',
    product: 'Docker Engine',
    host: {
      label: '리눅스 호스트',
      boxes: [{label: 'docker', note: '터미널에서 실행하는 CLI입니다.'}],
    },
    channel: {
      label: '소켓 /var/run/docker.sock',
      note: 'dockerd가 여는 유닉스 소켓입니다. root와 docker 그룹만 쓸 수 있습니다.',
    },
    engineZone: {
      label: '같은 호스트',
      note: 'VM이 없습니다. dockerd와 컨테이너가 호스트의 평범한 프로세스로 실행됩니다.',
      vm: false,
    },
    engine: ENGINE,
    containers: CONTAINERS,
    base: [
      {
        label: '리눅스 커널(호스트)',
        note: '호스트의 커널 하나를 호스트 프로그램과 컨테이너가 함께 씁니다.',
        tone: 'kernel',
      },
      {label: '서버나 PC 하드웨어', note: '클라우드라면 이 자리에 VM이 옵니다.', tone: 'hardware'},
    ],
  },
];

export function desktopStack(os: DesktopOs): DesktopStackData {
  const stack = DESKTOP_STACKS.find((s) => s.os === os);
  if (!stack) throw new Error(`unknown OS ${os}`);
  return stack;
}

/** Every kernel running, the one the containers share first. */
export function kernels(stack: DesktopStackData): Box[] {
  return [
    ...(stack.engineZone.kernel ? [stack.engineZone.kernel] : []),
    ...(stack.host.kernel ? [stack.host.kernel] : []),
    ...stack.base.filter((layer) => layer.tone === 'kernel'),
  ];
}

/** How many kernels run and which, for the stack's heading. */
export function kernelLine(stack: DesktopStackData): string {
  const all = kernels(stack);
  return `커널 ${all.length}개: ${all.map((k) => k.label).join(', ')}`;
}

/** The way `docker ps` travels, as numbered steps (the figure's text equivalent). */
export function commandPath(stack: DesktopStackData): string[] {
  const where = stack.engineZone.vm ? `${stack.engineZone.label} 안의 dockerd` : '호스트의 dockerd';
  return [
    `${stack.host.label}에서 ${stack.host.boxes[0]!.label}로 docker ps를 실행합니다.`,
    `CLI가 ${stack.channel.label}로 요청을 보냅니다.`,
    `${where}가 답합니다. 컨테이너는 ${kernels(stack)[0]!.label}을 함께 쓰는 프로세스입니다.`,
  ];
}
