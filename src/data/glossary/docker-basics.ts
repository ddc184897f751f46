import type {GlossaryEntry} from './types';

const CH = (slug: string) => `/docs/docker-basics/${slug}`;

export const dockerBasicsTerms: readonly GlossaryEntry[] = [
  {
    id: 'image',
    ko: '이미지',
    en: 'image',
    definition:
      '컨테이너를 만들 때 쓰는 읽기 전용 틀입니다. 파일시스템 레이어들과 실행 설정(config), 이를 묶는 manifest로 이루어집니다.',
    chapter: CH('images-and-layers'),
    aliases: ['도커 이미지', 'container image'],
  },
  {
    id: 'layer',
    ko: '레이어',
    en: 'layer',
    definition:
      '이미지를 이루는 파일시스템 변경분 하나입니다. tar 묶음으로 저장되고 sha256 digest로 식별되며, 여러 이미지가 같은 레이어를 나눠 씁니다.',
    chapter: CH('images-and-layers'),
    aliases: ['이미지 레이어'],
  },
  {
    id: 'dockerd',
    ko: 'Docker 데몬',
    en: 'dockerd',
    definition:
      'Docker Engine의 서버 프로세스입니다. REST API 요청을 받아 이미지, 컨테이너, 네트워크, 볼륨을 관리하고 실제 실행은 containerd에 맡깁니다.',
    chapter: CH('architecture'),
    aliases: ['도커 데몬', 'docker daemon'],
  },
  {
    id: 'docker-client',
    ko: 'Docker 클라이언트',
    en: 'Docker client (CLI)',
    definition:
      '사용자가 입력하는 docker 명령입니다. 명령을 Docker Engine API 요청으로 바꿔 유닉스 소켓이나 TCP로 dockerd에 보냅니다.',
    chapter: CH('architecture'),
    aliases: ['docker CLI', '도커 클라이언트'],
  },
  {
    id: 'registry',
    ko: '레지스트리',
    en: 'registry',
    definition:
      '이미지를 저장하고 내려받게 해 주는 서버입니다. OCI distribution 규격의 HTTP API를 쓰며, Docker Hub·GHCR·사설 레지스트리가 있습니다.',
    chapter: CH('architecture'),
    aliases: ['이미지 저장소', 'container registry'],
  },
  {
    id: 'docker-hub',
    ko: 'Docker Hub',
    en: 'Docker Hub',
    definition:
      'Docker사가 운영하는 기본 레지스트리입니다. 이름에 레지스트리 주소가 없으면 docker.io로 간주되며, 공식 이미지와 pull 횟수 한도가 있습니다.',
    chapter: CH('docker-hub-practice'),
    aliases: ['도커 허브', 'docker.io'],
  },
  {
    id: 'tag',
    ko: '태그',
    en: 'tag',
    definition:
      '이미지 이름 뒤 콜론 다음에 붙는 사람이 읽는 꼬리표입니다(예: nginx:1.29). 다른 이미지로 옮겨 붙을 수 있으므로 내용을 보증하지 않습니다.',
    chapter: CH('images-and-layers'),
    aliases: ['이미지 태그', 'latest'],
  },
  {
    id: 'digest',
    ko: '다이제스트',
    en: 'digest',
    definition:
      '내용의 sha256 해시로 만든 식별자입니다(sha256:…). 내용이 한 바이트라도 바뀌면 digest도 바뀌므로 정확히 같은 이미지를 가리킬 때 씁니다.',
    chapter: CH('images-and-layers'),
    aliases: ['sha256', '콘텐츠 주소'],
  },
  {
    id: 'overlay2',
    ko: 'overlay2 스토리지 드라이버',
    en: 'overlay2',
    definition:
      '커널의 OverlayFS로 이미지 레이어를 겹쳐 보여 주는 Docker의 스토리지 드라이버입니다. Engine 29의 새 설치는 containerd 이미지 스토어(overlayfs 스냅숏터)를 기본으로 씁니다.',
    chapter: CH('images-and-layers'),
    aliases: ['OverlayFS', 'overlayfs'],
  },
  {
    id: 'copy-on-write',
    ko: '기록 시 복사',
    en: 'copy-on-write (CoW)',
    definition:
      '아래 레이어의 파일을 고칠 때 그 파일을 위쪽 쓰기 가능 레이어로 복사(copy-up)한 뒤 복사본을 바꾸는 방식입니다. 원본 레이어는 바뀌지 않습니다.',
    chapter: CH('images-and-layers'),
    aliases: ['CoW', 'copy-up', '카피온라이트'],
  },
  {
    id: 'union-filesystem',
    ko: '유니온 파일시스템',
    en: 'union filesystem',
    definition:
      '여러 디렉터리(레이어)를 한 디렉터리처럼 겹쳐 보여 주는 파일시스템입니다. 위 레이어의 파일이 아래 레이어의 같은 경로를 가립니다.',
    chapter: CH('images-and-layers'),
    aliases: ['union mount', '유니온 마운트'],
  },
  {
    id: 'writable-layer',
    ko: '쓰기 가능 레이어',
    en: 'writable container layer',
    definition:
      '컨테이너마다 하나씩 이미지 위에 얹히는 빈 레이어입니다. 컨테이너 안의 모든 변경이 여기에 쌓이고 docker rm으로 컨테이너를 지우면 함께 사라집니다.',
    chapter: CH('images-and-layers'),
    aliases: ['컨테이너 레이어'],
  },
  {
    id: 'volume',
    ko: '볼륨',
    en: 'volume',
    definition:
      'Docker가 만들고 관리하는 영속 저장 공간입니다. 컨테이너를 지워도 남고, 여러 컨테이너가 함께 쓸 수 있으며, 데이터 보관에 권장되는 방식입니다.',
    chapter: CH('data-storage'),
    aliases: ['도커 볼륨', 'named volume'],
  },
  {
    id: 'bind-mount',
    ko: '바인드 마운트',
    en: 'bind mount',
    definition:
      '호스트의 파일이나 디렉터리를 그 경로 그대로 컨테이너 안에 연결하는 방식입니다. 호스트와 컨테이너가 같은 파일을 함께 읽고 씁니다.',
    chapter: CH('data-storage'),
    aliases: ['bind'],
  },
  {
    id: 'tmpfs-mount',
    ko: 'tmpfs 마운트',
    en: 'tmpfs mount',
    definition:
      '호스트 메모리에만 두는 임시 마운트입니다. 컨테이너가 멈추면 내용이 사라지며 Linux에서만 쓸 수 있습니다.',
    chapter: CH('data-storage'),
    aliases: ['tmpfs'],
  },
  {
    id: 'restart-policy',
    ko: '재시작 정책',
    en: 'restart policy',
    definition:
      '컨테이너가 끝났을 때 Docker가 다시 시작할지 정하는 설정입니다(--restart no, on-failure, always, unless-stopped).',
    chapter: CH('container-lifecycle'),
    aliases: ['--restart'],
  },
  {
    id: 'exit-code',
    ko: '종료 코드',
    en: 'exit code',
    definition:
      '프로세스가 끝나며 남기는 0–255의 수입니다. 0은 성공이고, docker run은 125·126·127로 자기 실패를 알리며, 128보다 큰 값은 128 + 신호 번호(137은 SIGKILL)입니다.',
    chapter: CH('debugging'),
    aliases: ['exit status', '종료 상태', 'Exited (137)'],
  },
  {
    id: 'podman',
    ko: 'Podman',
    en: 'Podman',
    definition:
      '데몬 없이 동작하는 OCI 컨테이너 엔진입니다. Docker와 호환되는 명령줄을 제공하고 루트 권한 없이(rootless) 실행하는 것을 기본으로 삼으며 파드를 다룹니다.',
    chapter: '/docs/compose-cluster/podman',
    aliases: ['팟맨', '포드맨'],
  },
  {
    id: 'manifest-list',
    ko: '매니페스트 목록',
    en: 'manifest list / image index',
    definition:
      '한 태그 아래 여러 플랫폼(linux/amd64, linux/arm64 등)의 manifest를 모아 둔 목록입니다. OCI 규격에서는 image index라고 부르며, 클라이언트가 자기 플랫폼에 맞는 것을 고릅니다.',
    chapter: CH('images-and-layers'),
    aliases: ['image index', '멀티 플랫폼 이미지'],
  },
  {
    id: 'bridge-network',
    ko: '브리지 네트워크',
    en: 'bridge network',
    definition:
      '호스트 안의 가상 스위치로 컨테이너들을 잇는 Docker 네트워크입니다. 기본 네트워크 bridge(172.17.0.0/16)가 이 드라이버를 쓰며, 컨테이너는 사설 IP를 받고 밖으로는 호스트를 거쳐 나갑니다.',
    chapter: CH('networking'),
    aliases: ['bridge', '기본 bridge', 'docker0'],
  },
  {
    id: 'user-defined-network',
    ko: '사용자 정의 네트워크',
    en: 'user-defined network',
    definition:
      'docker network create로 직접 만든 네트워크입니다. 기본 bridge와 달리 같은 네트워크의 컨테이너가 이름으로 서로 찾고, 실행 중인 컨테이너를 붙였다 뗄 수 있습니다.',
    chapter: CH('networking'),
    aliases: ['docker network create', '커스텀 네트워크'],
  },
  {
    id: 'embedded-dns',
    ko: '내장 DNS 서버',
    en: 'embedded DNS server',
    definition:
      '사용자 정의 네트워크의 컨테이너마다 Docker가 127.0.0.11에 넣어 주는 DNS 서버입니다. 컨테이너 이름과 별칭에 답하고, 나머지 이름은 호스트의 DNS 서버에 넘깁니다.',
    chapter: CH('networking'),
    aliases: ['127.0.0.11', '내장 DNS', 'embedded DNS'],
  },
];
