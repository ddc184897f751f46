import type {GlossaryEntry} from './types';

const HISTORY = '/docs/virtualization/history';
const TYPES = '/docs/virtualization/virtualization-types';
const SERVER = '/docs/virtualization/server-virtualization';
const HYPERVISORS = '/docs/virtualization/hypervisors';
const OS_LEVEL = '/docs/virtualization/os-virtualization';

export const virtualizationTerms: readonly GlossaryEntry[] = [
  {
    id: 'time-sharing',
    ko: '시분할',
    en: 'time-sharing',
    definition:
      '컴퓨터 한 대의 처리 시간을 아주 짧게 잘라 여러 사용자에게 번갈아 나눠 주어, 모두가 동시에 쓰는 것처럼 느끼게 하는 방식입니다.',
    chapter: HISTORY,
    aliases: ['타임셰어링', '시분할 시스템'],
  },
  {
    id: 'cloud-computing',
    ko: '클라우드 컴퓨팅',
    en: 'cloud computing',
    definition:
      '서버, 저장소, 네트워크 같은 컴퓨팅 자원을 네트워크 너머에서 필요한 만큼 빌려 쓰고 쓴 만큼 내는 방식입니다. 대부분 가상화 위에 세워져 있습니다.',
    chapter: HISTORY,
    aliases: ['클라우드', 'cloud'],
  },
  {
    id: 'virtualization',
    ko: '가상화',
    en: 'virtualization',
    definition:
      '물리 자원(CPU, 메모리, 디스크, 네트워크)을 소프트웨어로 나누거나 묶어서, 실제와 다른 모양의 논리적 자원으로 보여 주는 기술입니다.',
    chapter: TYPES,
  },
  {
    id: 'virtual-machine',
    ko: '가상 머신',
    en: 'virtual machine (VM)',
    definition:
      '하이퍼바이저가 만든 가상의 하드웨어 위에서 자기 운영체제(커널 포함)를 부팅해 돌아가는 한 대의 독립된 컴퓨터입니다.',
    chapter: TYPES,
    aliases: ['VM', '가상머신'],
  },
  {
    id: 'sensitive-instruction',
    ko: '민감한 명령어',
    en: 'sensitive instruction',
    definition:
      '시스템의 설정이나 자원 상태를 바꾸거나, 그 상태에 따라 결과가 달라지는 CPU 명령어입니다. 포펙과 골드버그는 이것이 모두 특권 명령어여야 효율적으로 가상화할 수 있다고 보였습니다.',
    chapter: SERVER,
  },
  {
    id: 'binary-translation',
    ko: '바이너리 변환',
    en: 'binary translation',
    definition:
      '게스트 커널의 기계어를 실행 직전에 읽어 문제가 되는 명령어를 안전한 코드로 바꿔 쓰는 기법입니다. VMware가 가상화 확장이 없던 x86에서 전가상화를 하려고 썼습니다.',
    chapter: SERVER,
  },
  {
    id: 'hardware-assisted-virtualization',
    ko: '하드웨어 지원 가상화',
    en: 'hardware-assisted virtualization',
    definition:
      'Intel VT-x나 AMD-V 같은 CPU 확장이 게스트 코드를 직접 실행하다가 민감한 동작에서만 하이퍼바이저로 제어를 넘겨 주는 방식입니다. 게스트 OS를 고치지 않아도 됩니다.',
    chapter: SERVER,
    aliases: ['VT-x', 'AMD-V', 'HVM'],
  },
  {
    id: 'slat',
    ko: '2단계 주소 변환',
    en: 'SLAT (Second Level Address Translation)',
    definition:
      '게스트의 가상 주소를 게스트 물리 주소로, 다시 실제 물리 주소로 두 번 바꾸는 일을 CPU가 직접 처리하는 기능입니다. 인텔은 EPT, AMD는 RVI(NPT)라고 부릅니다.',
    chapter: SERVER,
    aliases: ['EPT', 'RVI', 'NPT'],
  },
  {
    id: 'hypervisor',
    ko: '하이퍼바이저',
    en: 'hypervisor',
    definition:
      '가상 머신을 만들고 실행하며, 물리 자원을 여러 가상 머신에 나눠 주고 서로 격리하는 소프트웨어입니다. 가상 머신 모니터(VMM)라고도 합니다.',
    chapter: HYPERVISORS,
    aliases: ['VMM', '가상 머신 모니터'],
  },
  {
    id: 'type-1-hypervisor',
    ko: 'Type 1 하이퍼바이저',
    en: 'Type 1 (bare-metal) hypervisor',
    definition:
      '하드웨어 바로 위에서 실행되는 하이퍼바이저입니다. VMware ESXi, Hyper-V, Xen이 대표적이고, KVM은 리눅스 커널을 이런 하이퍼바이저로 만듭니다.',
    chapter: HYPERVISORS,
    aliases: ['베어메탈 하이퍼바이저', '네이티브 하이퍼바이저', '타입 1 하이퍼바이저'],
  },
  {
    id: 'type-2-hypervisor',
    ko: 'Type 2 하이퍼바이저',
    en: 'Type 2 (hosted) hypervisor',
    definition:
      'Windows, macOS, 리눅스 같은 일반 운영체제 위에서 응용 프로그램으로 실행되는 하이퍼바이저입니다. VirtualBox, VMware Workstation이 대표적입니다.',
    chapter: HYPERVISORS,
    aliases: ['호스티드 하이퍼바이저', '타입 2 하이퍼바이저'],
  },
  {
    id: 'full-virtualization',
    ko: '전가상화',
    en: 'full virtualization',
    definition:
      '게스트 운영체제를 전혀 고치지 않고 그대로 실행하는 가상화 방식입니다. x86에서는 처음에 바이너리 변환으로, 지금은 하드웨어 지원으로 구현합니다.',
    chapter: HYPERVISORS,
    aliases: ['완전 가상화'],
  },
  {
    id: 'paravirtualization',
    ko: '반가상화',
    en: 'paravirtualization',
    definition:
      '게스트 운영체제의 커널을 고쳐서, 가상화하기 어려운 동작 대신 하이퍼바이저를 직접 부르는 하이퍼콜을 쓰게 하는 방식입니다. Xen의 PV 게스트가 대표적입니다.',
    chapter: HYPERVISORS,
    aliases: ['PV', '파라버추얼라이제이션'],
  },
  {
    id: 'hypercall',
    ko: '하이퍼콜',
    en: 'hypercall',
    definition:
      '게스트 커널이 하이퍼바이저에게 직접 서비스를 요청하는 호출입니다. 프로그램이 커널을 부르는 시스템 콜과 같은 관계를 한 단계 아래에서 맺습니다.',
    chapter: HYPERVISORS,
  },
  {
    id: 'dom0',
    ko: 'Dom0',
    en: 'domain 0 (Dom0)',
    definition:
      'Xen에서 하이퍼바이저와 함께 가장 먼저 올라오는 특권 도메인입니다. 물리 장치 드라이버를 가지고 다른 도메인(DomU)을 관리하며 가상 디스크와 네트워크를 제공합니다. Xen만의 개념입니다.',
    chapter: HYPERVISORS,
    aliases: ['domain0', 'DomU'],
  },
  {
    id: 'kvm',
    ko: 'KVM',
    en: 'KVM (Kernel-based Virtual Machine)',
    definition:
      '리눅스 커널 모듈로 들어가 리눅스 자체를 하이퍼바이저로 만드는 가상화 기능입니다. 2007년 리눅스 2.6.20에 들어갔고, 가상 장치는 보통 QEMU가 맡습니다.',
    chapter: HYPERVISORS,
  },
  {
    id: 'os-level-virtualization',
    ko: 'OS 수준 가상화',
    en: 'OS-level virtualization',
    definition:
      '커널 하나를 공유하면서 그 위의 사용자 공간을 여러 개의 격리된 환경으로 나누는 방식입니다. FreeBSD jail, Solaris Zones, OpenVZ, LXC, Docker 컨테이너가 여기에 속합니다.',
    chapter: OS_LEVEL,
    aliases: ['운영체제 수준 가상화'],
  },
  {
    id: 'chroot',
    ko: 'chroot',
    en: 'chroot (change root)',
    definition:
      '프로세스와 그 자식 프로세스가 보는 루트 디렉터리(/)를 다른 디렉터리로 바꾸는 유닉스 시스템 콜과 명령입니다. 경로 해석만 바꿀 뿐 보안 경계는 아닙니다.',
    chapter: OS_LEVEL,
  },
  {
    id: 'jail',
    ko: 'FreeBSD jail',
    en: 'FreeBSD jail',
    definition:
      'FreeBSD 4.0(2000년)에 들어간 격리 기능입니다. chroot에 프로세스, 네트워크 주소, root 권한의 격리를 더해 한 커널 위에 여러 독립된 시스템을 만듭니다.',
    chapter: OS_LEVEL,
    aliases: ['jail', '제일'],
  },
];
