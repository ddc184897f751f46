import type {GlossaryEntry} from './types';

const WHAT = '/docs/containers/what-is-container';
const NS = '/docs/containers/namespaces';
const CG = '/docs/containers/cgroups';
const RT = '/docs/containers/runtimes-and-standards';
const LIMITS = '/docs/containers/limits';

export const containersTerms: readonly GlossaryEntry[] = [
  {
    id: 'container',
    ko: '컨테이너',
    en: 'container',
    definition:
      '호스트의 커널을 함께 쓰면서 네임스페이스로 보이는 범위를, cgroup으로 쓸 수 있는 자원을 제한한 프로세스(또는 프로세스 묶음)입니다. 자체 커널이 없어 가상 머신보다 가볍습니다.',
    chapter: WHAT,
    aliases: ['리눅스 컨테이너', 'Linux container'],
  },
  {
    id: 'namespace',
    ko: '네임스페이스',
    en: 'namespace',
    definition:
      '전역 시스템 자원(프로세스 번호, 마운트, 네트워크 등)을 감싸서, 안에 있는 프로세스에게 자기만의 독립된 사본이 있는 것처럼 보이게 하는 리눅스 커널 기능입니다. 현재 8종이 있습니다.',
    chapter: NS,
    aliases: ['이름공간', 'linux namespaces'],
  },
  {
    id: 'pid-namespace',
    ko: 'PID 네임스페이스',
    en: 'PID namespace',
    definition:
      '프로세스 번호 공간을 나누는 네임스페이스입니다. 안에서 처음 시작한 프로세스가 PID 1이 되고, 바깥의 프로세스는 보이지 않습니다. Linux 2.6.24에서 추가되었습니다.',
    chapter: NS,
  },
  {
    id: 'mount-namespace',
    ko: '마운트 네임스페이스',
    en: 'mount namespace',
    definition:
      '마운트 지점 목록을 프로세스 묶음마다 따로 두는 네임스페이스입니다. Linux 2.4.19에서 가장 먼저 생겼으며, 컨테이너가 자기 루트 파일 시스템을 보는 바탕입니다.',
    chapter: NS,
  },
  {
    id: 'network-namespace',
    ko: '네트워크 네임스페이스',
    en: 'network namespace',
    definition:
      '네트워크 장치, IP 주소, 라우팅 표, 방화벽 규칙, 포트 번호를 따로 두는 네임스페이스입니다. 컨테이너는 veth 쌍으로 호스트와 연결된 자기 eth0을 갖습니다.',
    chapter: NS,
    aliases: ['netns'],
  },
  {
    id: 'user-namespace',
    ko: '사용자 네임스페이스',
    en: 'user namespace',
    definition:
      '사용자·그룹 ID와 권한을 따로 두는 네임스페이스입니다. 안의 root(UID 0)를 바깥의 권한 없는 UID에 대응시켜, 컨테이너 탈출 시 피해를 줄입니다. Linux 3.8에서 완성되었습니다.',
    chapter: NS,
    aliases: ['userns'],
  },
  {
    id: 'cgroup',
    ko: 'cgroup',
    en: 'control group',
    definition:
      '프로세스를 묶어 CPU, 메모리, I/O, 프로세스 수 같은 자원 사용량을 제한하고 계측하는 리눅스 커널 기능입니다. 현재 배포판은 하나의 계층으로 통합된 cgroup v2를 씁니다.',
    chapter: CG,
    aliases: ['cgroups', '컨트롤 그룹', '씨그룹', 'cgroup v2'],
  },
  {
    id: 'oom-killer',
    ko: 'OOM 킬러',
    en: 'OOM killer',
    definition:
      '메모리가 바닥났을 때 커널이 프로세스를 골라 SIGKILL로 끝내는 장치입니다. 컨테이너가 memory.max를 넘으면 그 cgroup 안에서 동작하며, 죽은 것이 메인 프로세스면 컨테이너는 종료 코드 137로 끝나고 docker inspect의 OOMKilled가 true가 됩니다.',
    chapter: CG,
    aliases: ['Out Of Memory killer', 'OOM kill'],
  },
  {
    id: 'container-runtime',
    ko: '컨테이너 런타임',
    en: 'container runtime',
    definition:
      '컨테이너를 실제로 만들고 실행하는 소프트웨어입니다. 커널에 네임스페이스와 cgroup을 요청하는 저수준 런타임(runc)과, 이미지·스냅숏·수명 주기를 관리하는 고수준 런타임(containerd)으로 나눠 부릅니다.',
    chapter: RT,
  },
  {
    id: 'oci',
    ko: 'OCI',
    en: 'Open Container Initiative',
    definition:
      '2015년 Linux Foundation 아래 출범한 컨테이너 표준 단체입니다. 런타임 명세(runtime-spec), 이미지 명세(image-spec), 배포 명세(distribution-spec)를 관리합니다.',
    chapter: RT,
    aliases: ['오픈 컨테이너 이니셔티브'],
  },
  {
    id: 'libcontainer',
    ko: 'libcontainer',
    en: 'libcontainer',
    definition:
      'Docker가 LXC 대신 쓰려고 Go로 만든 컨테이너 실행 라이브러리입니다. Docker 0.9(2014)에서 기본이 되었고, 2015년 OCI에 기부되어 runc의 핵심이 되었습니다.',
    chapter: RT,
  },
  {
    id: 'runc',
    ko: 'runc',
    en: 'runc',
    definition:
      'OCI 런타임 명세를 구현한 저수준 런타임이자 명령줄 도구입니다. 번들(config.json과 루트 파일 시스템)을 받아 네임스페이스와 cgroup을 설정하고 컨테이너 프로세스를 시작합니다.',
    chapter: RT,
  },
  {
    id: 'containerd',
    ko: 'containerd',
    en: 'containerd',
    definition:
      '이미지 내려받기, 저장, 컨테이너 수명 주기를 관리하는 고수준 컨테이너 런타임 데몬입니다. Docker Engine과 Kubernetes가 쓰며, CNCF의 졸업 프로젝트입니다.',
    chapter: RT,
  },
  {
    id: 'shim',
    ko: '심',
    en: 'shim',
    definition:
      'containerd와 컨테이너 프로세스 사이에 끼어 있는 작은 프로세스(containerd-shim-runc-v2)입니다. runc가 끝난 뒤에도 컨테이너의 부모로 남아 입출력과 종료 코드를 전해 주므로, 데몬을 재시작해도 컨테이너가 살아 있습니다.',
    chapter: RT,
    aliases: ['containerd-shim', '컨테이너 심'],
  },
  {
    id: 'capabilities',
    ko: '케이퍼빌리티',
    en: 'capabilities',
    definition:
      'root의 권한을 CAP_NET_ADMIN, CAP_SYS_ADMIN처럼 잘게 나눈 리눅스 권한 단위입니다. Docker는 컨테이너에 기본 목록만 남기고 나머지는 빼서 실행합니다.',
    chapter: LIMITS,
    aliases: ['리눅스 케이퍼빌리티', 'Linux capabilities', 'cap_add', 'cap_drop'],
  },
  {
    id: 'seccomp',
    ko: 'seccomp',
    en: 'secure computing mode',
    definition:
      '프로세스가 호출할 수 있는 시스템 콜을 걸러 내는 리눅스 커널 기능입니다. Docker는 위험한 시스템 콜 수십 개를 막는 기본 프로필을 모든 컨테이너에 적용합니다.',
    chapter: LIMITS,
    aliases: ['seccomp-bpf', '보안 컴퓨팅 모드'],
  },
];
