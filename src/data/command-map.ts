/**
 * 옛 명령과 새 명령: forms that old blog posts still show, mapped to what to
 * use with Docker Engine 29 (2026년 11월 확인), with the reason and a primary source.
 */

export interface CommandMapping {
  /** Stable id, also the row's anchor on /docs/command-map. */
  readonly id: string;
  /** What the row is about, in Korean. */
  readonly topic: string;
  /** The outdated form, as old posts print it. */
  readonly old: string;
  /** The form to use now. */
  readonly current: string;
  /** Since when the new form is the one to use, in Korean (version and/or date). */
  readonly since: string;
  /** Why it changed, 합니다체. */
  readonly why: string;
  readonly source: {readonly label: string; readonly url: string};
}

export const commandMap: readonly CommandMapping[] = [
  {
    id: 'compose-v2',
    topic: 'Compose 실행 명령',
    old: 'docker-compose up -d',
    current: 'docker compose up -d',
    since: 'Compose V2(2020년 발표), V1은 2023년 7월 업데이트 중단',
    why: '하이픈이 들어간 docker-compose는 Python으로 만든 V1 단독 실행 파일입니다. 지금의 Compose는 Go로 다시 만든 Docker CLI 플러그인이라 docker 다음에 한 칸 띄어 compose를 씁니다. Docker Desktop에 들어 있고, Linux에서는 docker-compose-plugin 패키지로 설치합니다.',
    source: {
      label: 'Docker Docs: Migrate to Compose V2',
      url: 'https://docs.docker.com/compose/releases/migrate/',
    },
  },
  {
    id: 'compose-version-key',
    topic: 'Compose 파일의 version 키',
    old: "version: '3.8'",
    current: '(version 줄을 쓰지 않음)',
    since: 'Compose Specification을 따르는 Compose V2부터',
    why: '지금의 Compose는 파일 형식 번호로 기능을 고르지 않고 Compose Specification 하나를 따릅니다. 최상위 version 키는 읽고 무시하며, 남아 있으면 쓸모없는 속성이라는 경고만 냅니다.',
    source: {
      label: 'Compose file reference: Version and name',
      url: 'https://docs.docker.com/reference/compose-file/version-and-name/',
    },
  },
  {
    id: 'compose-file-name',
    topic: 'Compose 파일 이름',
    old: 'docker-compose.yml',
    current: 'compose.yaml',
    since: 'Compose Specification을 따르는 Compose V2부터',
    why: '기본으로 찾는 파일 이름은 compose.yaml(권장)과 compose.yml입니다. docker-compose.yml도 하위 호환으로 읽지만, 둘 다 있으면 compose.yaml을 씁니다.',
    source: {
      label: 'Compose Specification (spec.md)',
      url: 'https://github.com/compose-spec/compose-spec/blob/main/spec.md',
    },
  },
  {
    id: 'compose-scale',
    topic: '서비스 개수 늘리기',
    old: 'docker-compose scale web=3',
    current: 'docker compose scale web=3 (또는 docker compose up -d --scale web=3)',
    since: 'Compose V2부터 up --scale, v2.22.0(2023년 9월)부터 scale 하위 명령도 다시 있음',
    why: '바뀐 것은 하이픈뿐입니다. V2 초기에는 scale 하위 명령이 없어 up의 --scale 플래그만 썼지만, Compose v2.22.0에서 docker compose scale이 다시 생겼습니다. 늘 같은 개수로 띄우려면 compose.yaml의 deploy.replicas에 적습니다.',
    source: {
      label: 'Docker Docs: docker compose scale',
      url: 'https://docs.docker.com/reference/cli/docker/compose/scale/',
    },
  },
  {
    id: 'management-commands',
    topic: '컨테이너·이미지 목록',
    old: 'docker ps -a / docker images / docker rmi',
    current: 'docker container ls -a / docker image ls / docker image rm',
    since: 'Docker 1.13(2017년 1월)의 관리 명령 그룹부터',
    why: '옛 형태가 틀린 것은 아닙니다. 두 형태 모두 같은 일을 하며 지금도 쓸 수 있습니다. 대상(container, image, volume, network) 다음에 동작을 쓰는 그룹형이 도움말을 찾기 쉬워 공식 문서는 그룹형으로 설명합니다.',
    source: {
      label: 'Docker CLI reference: docker container ls',
      url: 'https://docs.docker.com/reference/cli/docker/container/ls/',
    },
  },
  {
    id: 'link',
    topic: '컨테이너끼리 연결',
    old: 'docker run --link db:db app',
    current: 'docker network create app-net 후 docker run --network app-net …',
    since: '사용자 정의 네트워크가 생긴 Docker 1.9(2015년)부터',
    why: '--link는 기본 bridge 네트워크에서만 쓰던 옛 기능(legacy)으로, 언젠가 없어질 수 있다고 문서에 적혀 있습니다. 사용자가 만든 bridge 네트워크에서는 컨테이너 이름으로 서로를 찾는 내장 DNS가 동작하므로 --link가 필요 없습니다.',
    source: {
      label: 'Docker Docs: Legacy container links',
      url: 'https://docs.docker.com/engine/network/links/',
    },
  },
  {
    id: 'docker-machine',
    topic: 'Windows·macOS에서 Docker 쓰기',
    old: 'Docker Toolbox, docker-machine create …',
    current: 'Docker Desktop (또는 Colima, Podman Desktop 같은 대안)',
    since:
      'Docker for Mac·Windows(지금의 Docker Desktop)가 나온 2016년부터, Toolbox와 Machine은 지원 종료',
    why: 'Toolbox는 VirtualBox 가상 머신을 docker-machine으로 만들어 그 안의 Docker에 접속하는 방식이었습니다. Docker Desktop은 Linux 가상 머신(Windows에서는 WSL 2)을 알아서 관리하므로 따로 가상 머신을 만들 필요가 없습니다. docker/machine 저장소는 보관(archived) 상태입니다.',
    source: {label: 'GitHub: docker/machine (archived)', url: 'https://github.com/docker/machine'},
  },
  {
    id: 'packages',
    topic: 'Linux 패키지 이름',
    old: 'apt install docker.io (또는 docker-engine)',
    current:
      'apt install docker-ce docker-ce-cli containerd.io docker-buildx-plugin docker-compose-plugin',
    since: 'docker-engine이 docker-ce로 바뀐 Docker 17.03(2017년 3월)부터',
    why: 'docker.io는 배포판이 따로 묶는 패키지라 버전이 늦고 Compose·Buildx 플러그인 구성이 다를 수 있습니다. 이 과정은 Docker 공식 저장소의 docker-ce를 기준으로 하며, 설치 전에 docker.io 같은 충돌 패키지를 지우라고 안내합니다.',
    source: {
      label: 'Docker Docs: Install Docker Engine on Ubuntu',
      url: 'https://docs.docker.com/engine/install/ubuntu/',
    },
  },
  {
    id: 'apt-key',
    topic: 'APT 저장소 서명 키',
    old: 'curl … | sudo apt-key add -',
    current:
      'sudo curl -fsSL https://download.docker.com/linux/ubuntu/gpg -o /etc/apt/keyrings/docker.asc',
    since: 'apt-key가 폐기 예정(deprecated)으로 바뀐 뒤의 공식 설치 문서',
    why: 'apt-key add로 넣은 키는 시스템의 모든 저장소를 믿는 데 쓰입니다. 지금은 키를 /etc/apt/keyrings에 파일로 두고, 저장소 설정(docker.sources)의 Signed-By로 그 저장소에만 연결합니다.',
    source: {
      label: 'Debian manpages: apt-key(8)',
      url: 'https://manpages.debian.org/bookworm/apt/apt-key.8.en.html',
    },
  },
  {
    id: 'apt-sources',
    topic: 'APT 저장소 설정 파일',
    old: '/etc/apt/sources.list.d/docker.list (한 줄 형식)',
    current: '/etc/apt/sources.list.d/docker.sources (deb822 형식)',
    since: '2025년 이후의 공식 설치 문서',
    why: 'deb822 형식은 Types, URIs, Suites, Components, Signed-By를 한 줄씩 적어 읽기 쉽고, 키 파일 연결을 빠뜨리기 어렵습니다. 옛 한 줄 형식도 여전히 동작합니다.',
    source: {
      label: 'Docker Docs: Install Docker Engine on Ubuntu',
      url: 'https://docs.docker.com/engine/install/ubuntu/',
    },
  },
  {
    id: 'storage-drivers',
    topic: '스토리지 드라이버',
    old: 'aufs, devicemapper, overlay',
    current: 'containerd 이미지 스토어(새 설치 기본) 또는 overlay2',
    since:
      'aufs·overlay는 Engine 24.0, devicemapper는 25.0에서 제거; Engine 29.0부터 새 설치는 containerd 이미지 스토어',
    why: '옛 드라이버는 커널 지원이 끊기거나 더 나은 방식이 생겨 제거되었습니다. Engine 29로 새로 설치하면 이미지를 containerd의 스냅숏터로 관리하고, 업그레이드한 설치는 쓰던 overlay2를 그대로 씁니다.',
    source: {
      label: 'Docker Docs: Deprecated Engine features',
      url: 'https://docs.docker.com/engine/deprecated/',
    },
  },
  {
    id: 'buildkit',
    topic: '이미지 빌더',
    old: 'DOCKER_BUILDKIT=1 docker build … (또는 레거시 빌더)',
    current: 'docker build … (BuildKit이 기본, docker buildx build와 같음)',
    since: 'Docker Engine 23.0(2023년)부터 Linux 기본 빌더가 BuildKit',
    why: 'BuildKit은 단계를 병렬로 실행하고, 캐시 마운트와 비밀 값 전달(--secret)을 지원합니다. 환경 변수로 켤 필요가 없으며, 레거시 빌더는 폐기 예정(deprecated)입니다.',
    source: {label: 'Docker Docs: BuildKit', url: 'https://docs.docker.com/build/buildkit/'},
  },
  {
    id: 'maintainer',
    topic: 'Dockerfile 작성자 표시',
    old: 'MAINTAINER 홍길동',
    current: 'LABEL org.opencontainers.image.authors="홍길동"',
    since: 'MAINTAINER 명령이 폐기 예정(deprecated)이 된 뒤',
    why: 'LABEL은 아무 메타데이터나 키-값으로 담을 수 있고 docker image inspect로 읽을 수 있습니다. OCI가 정한 키 이름을 쓰면 다른 도구도 같은 뜻으로 읽습니다.',
    source: {
      label: 'Dockerfile reference: MAINTAINER (deprecated)',
      url: 'https://docs.docker.com/reference/dockerfile/#maintainer-deprecated',
    },
  },
  {
    id: 'cgroup-v1',
    topic: 'cgroup 버전',
    old: 'cgroup v1 호스트',
    current: 'cgroup v2 호스트(요즘 배포판의 기본)',
    since: 'Docker 20.10부터 v2 지원, Engine 29.0에서 v1 지원이 폐기 예정(deprecated)',
    why: 'cgroup v2는 하나의 계층에서 모든 자원을 관리합니다. v1만 쓰는 오래된 호스트는 앞으로 지원이 끝나므로 새 배포판으로 옮기는 편이 안전합니다.',
    source: {
      label: 'Docker Docs: Deprecated Engine features',
      url: 'https://docs.docker.com/engine/deprecated/',
    },
  },
];
