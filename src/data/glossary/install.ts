import type {GlossaryEntry} from './types';

export const installTerms: readonly GlossaryEntry[] = [
  {
    id: 'docker-desktop',
    ko: '도커 데스크톱',
    en: 'Docker Desktop',
    definition:
      'Windows, macOS, Linux에서 작은 Linux 가상 머신을 띄우고 그 안에 Docker Engine, CLI, Compose, BuildKit을 묶어 설치해 주는 Docker사의 데스크톱 앱입니다. 큰 기업의 상업적 사용은 유료 구독이 필요합니다.',
    chapter: '/docs/install',
    aliases: ['Docker Desktop', '도커 데스크탑'],
  },
  {
    id: 'docker-engine',
    ko: '도커 엔진',
    en: 'Docker Engine',
    definition:
      '컨테이너를 실제로 만들고 실행하는 데몬(dockerd)과 그 API, 그리고 이를 부르는 docker CLI를 합친 오픈 소스 구성 요소입니다. Linux에는 가상 머신 없이 바로 설치합니다.',
    chapter: '/docs/install',
    aliases: ['dockerd', 'docker-ce', '도커 데몬'],
  },
  {
    id: 'wsl2',
    ko: 'WSL 2',
    en: 'Windows Subsystem for Linux 2',
    definition:
      'Windows 안에서 실제 Linux 커널을 경량 가상 머신으로 실행하는 Microsoft의 기능입니다. Docker Desktop for Windows는 기본적으로 이 위에서 Linux 컨테이너를 실행합니다.',
    chapter: '/docs/install/windows',
    aliases: ['WSL', 'WSL2', 'Windows Subsystem for Linux'],
  },
  {
    id: 'rosetta',
    ko: '로제타 2',
    en: 'Rosetta 2',
    definition:
      'Apple silicon Mac에서 Intel(x86-64)용 프로그램을 Arm 명령어로 번역해 실행하는 Apple의 변환 계층입니다. Docker Desktop은 이것으로 amd64 이미지를 더 빠르게 실행할 수 있습니다.',
    chapter: '/docs/install/mac',
    aliases: ['Rosetta', '로제타'],
  },
  {
    id: 'docker-group',
    ko: 'docker 그룹',
    en: 'docker group',
    definition:
      'Linux에서 /var/run/docker.sock 소켓에 sudo 없이 접근할 수 있는 사용자 그룹입니다. 이 그룹의 구성원은 컨테이너를 통해 호스트의 root와 같은 권한을 얻을 수 있습니다.',
    chapter: '/docs/install/post-install',
    aliases: ['docker group', 'usermod -aG docker'],
  },
  {
    id: 'rootless-mode',
    ko: '루트리스 모드',
    en: 'rootless mode',
    definition:
      'Docker 데몬과 컨테이너를 root가 아닌 일반 사용자 권한으로, 사용자 네임스페이스 안에서 실행하는 Docker Engine의 실행 방식입니다. 데몬이나 컨테이너가 뚫려도 호스트 root를 얻기 어렵습니다.',
    chapter: '/docs/install/post-install',
    aliases: ['rootless', 'Rootless Docker', '루트리스'],
  },
  {
    id: 'convenience-script',
    ko: '편의 스크립트',
    en: 'convenience script',
    definition:
      'get.docker.com에서 내려받아 실행하면 배포판을 알아내 Docker Engine을 한 번에 설치해 주는 셸 스크립트입니다. 테스트와 개발용이며, 운영 서버에는 권장되지 않습니다.',
    chapter: '/docs/install/linux',
    aliases: ['get.docker.com', 'get-docker.sh'],
  },
  {
    id: 'bios-virtualization',
    ko: '하드웨어 가상화 지원',
    en: 'hardware-assisted virtualization',
    definition:
      'CPU가 가상 머신을 효율적으로 실행하도록 제공하는 기능(Intel VT-x, AMD-V, SLAT 등)입니다. BIOS/UEFI 설정에서 꺼져 있으면 WSL 2와 Docker Desktop이 시작되지 않습니다.',
    chapter: '/docs/install/windows',
    aliases: ['VT-x', 'AMD-V', 'SVM', '가상화 기술'],
  },
];
