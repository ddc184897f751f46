// Queries written as Korean readers type them (issue 24), for tests/e2e/search.e2e.ts and the bench.
// Plain data, no test imports. Written before the query layer existed; the split into a tuning half
// (even positions) and a held-back half (odd positions) was fixed then and must not be rearranged
// to make a query pass: add new queries at the end instead.

/** How a reader wrote the query; used only to report misses by class. */
export type QueryClass =
  | 'spacing' // compound with or without spaces
  | 'particle' // particles and endings attached to words
  | 'loanword' // transliterated product or OS names, or the English where pages say Korean
  | 'question' // question and filler words: 차이, 방법, 뭐야, 안 돼요 …
  | 'error' // a pasted error message
  | 'mixed'; // Korean and English mixed

export interface ReaderQuery {
  readonly query: string;
  /** At least one of these pages must be among the top 5 results. */
  readonly expected: readonly string[];
  readonly kind: QueryClass;
}

const LINUX = '/docs/install/linux';
const WINDOWS = '/docs/install/windows';
const MAC = '/docs/install/mac';
const VERIFY = '/docs/install/verify';
const POST_INSTALL = '/docs/install/post-install';
const UNINSTALL = '/docs/install/uninstall-upgrade';
const TROUBLE = '/docs/install/troubleshooting';
const INSTALL = '/docs/install';
const FIRST = '/docs/start/first-container';
const HISTORY = '/docs/virtualization/history';
const VIRT_TYPES = '/docs/virtualization/virtualization-types';
const SERVER_VIRT = '/docs/virtualization/server-virtualization';
const HYPERVISORS = '/docs/virtualization/hypervisors';
const OS_VIRT = '/docs/virtualization/os-virtualization';
const WHAT_CONTAINER = '/docs/containers/what-is-container';
const NAMESPACES = '/docs/containers/namespaces';
const CGROUPS = '/docs/containers/cgroups';
const RUNTIMES = '/docs/containers/runtimes-and-standards';
const LIMITS = '/docs/containers/limits';
const BY_HAND = '/docs/containers/build-by-hand';
const WHAT_DOCKER = '/docs/docker-basics/what-is-docker';
const ARCHITECTURE = '/docs/docker-basics/architecture';
const LAYERS = '/docs/docker-basics/images-and-layers';
const LIFECYCLE = '/docs/docker-basics/container-lifecycle';
const COMMANDS = '/docs/docker-basics/basic-commands';
const NETWORKING = '/docs/docker-basics/networking';
const HUB = '/docs/docker-basics/docker-hub-practice';
const STORAGE = '/docs/docker-basics/data-storage';
const BACKUP = '/docs/docker-basics/backup-and-move';
const DEBUGGING = '/docs/docker-basics/debugging';
const DOCKERFILE = '/docs/building-images/dockerfile-basics';
const BUILD_PUSH = '/docs/building-images/build-tag-push';
const STATIC_SITE = '/docs/building-images/practice-static-site';
const NODE = '/docs/building-images/practice-node';
const JAVA = '/docs/building-images/practice-java';
const PYTHON = '/docs/building-images/practice-python';
const ADVANCED = '/docs/building-images/practice-advanced';
const GOOD_IMAGES = '/docs/building-images/good-images';
const COMPOSE_INTRO = '/docs/compose-cluster/compose-intro';
const COMPOSE_FILE = '/docs/compose-cluster/compose-file';
const COMPOSE_COMMANDS = '/docs/compose-cluster/compose-commands';
const COMPOSE_PRACTICE = '/docs/compose-cluster/compose-practice';
const ORCHESTRATION = '/docs/compose-cluster/orchestration';
const PODMAN = '/docs/compose-cluster/podman';
const CHEAT_SHEET = '/docs/cheat-sheet';
const COMMAND_MAP = '/docs/command-map';
const NETWORK_HISTORY = '/docs/network-history';
const SECURITY = '/docs/building-images/security';
const MULTI_PLATFORM = '/docs/building-images/multi-platform';
const CI = '/docs/building-images/ci-and-registries';
const COMPOSE_OPERATION = '/docs/compose-cluster/compose-in-operation';
const KUBERNETES_LAB = '/docs/compose-cluster/kubernetes-lab';

const q = (query: string, expected: readonly string[], kind: QueryClass): ReaderQuery => ({
  query,
  expected,
  kind,
});

export const READER_QUERIES: readonly ReaderQuery[] = [
  q('우분투 도커 설치', [LINUX], 'loanword'),
  q('우분투에 도커 설치하는 방법', [LINUX], 'particle'),
  q('윈도우 도커 설치', [WINDOWS], 'loanword'),
  q('윈도우 홈 에디션에서 도커', [WINDOWS], 'particle'),
  q('맥북 도커 설치', [MAC], 'loanword'),
  q('맥 M1 도커', [MAC], 'loanword'),
  q('도커 삭제 방법', [UNINSTALL], 'question'),
  q('도커 업그레이드 하는 법', [UNINSTALL], 'question'),
  q('도커 설치 확인', [VERIFY], 'mixed'),
  q('sudo 없이 도커 쓰기', [POST_INSTALL], 'mixed'),
  q('도커 그룹에 사용자 추가', [POST_INSTALL], 'particle'),
  q('루트리스 모드 설정', [POST_INSTALL], 'spacing'),
  q('부팅할때 도커 자동시작', [POST_INSTALL], 'spacing'),
  q('도커 데몬 연결 안 돼요', [TROUBLE], 'question'),
  q('도커 권한 오류', [TROUBLE, POST_INSTALL], 'question'),
  q(
    'Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock',
    [TROUBLE],
    'error',
  ),
  q('포트가 이미 사용중', [TROUBLE], 'spacing'),
  q('listen tcp4 0.0.0.0:8080: bind: address already in use', [TROUBLE], 'error'),
  q('WSL2 설치', [WINDOWS], 'mixed'),
  q('wsl 커널 업데이트 오류', [TROUBLE, WINDOWS], 'question'),
  q('바이오스에서 가상화 켜는 방법', [WINDOWS, TROUBLE], 'loanword'),
  q('하드웨어가상화', [WINDOWS, TROUBLE, SERVER_VIRT], 'spacing'),
  q('가상머신과 컨테이너의 차이', [WHAT_CONTAINER], 'question'),
  q('컨테이너랑 가상 머신 비교', [WHAT_CONTAINER], 'question'),
  q('컨테이너가 뭐야', [WHAT_CONTAINER], 'question'),
  q('도커가 뭐예요', [WHAT_DOCKER], 'question'),
  q('도커 구조', [ARCHITECTURE], 'loanword'),
  q('도커 데몬이란', [ARCHITECTURE], 'particle'),
  q('도커 클라이언트와 서버', [ARCHITECTURE], 'particle'),
  q('이미지랑 컨테이너 차이', [WHAT_CONTAINER, FIRST, LIFECYCLE], 'question'),
  q('이미지 레이어가 뭔가요', [LAYERS], 'question'),
  q('유니온파일시스템', [LAYERS], 'spacing'),
  q('유니온 파일 시스템', [LAYERS], 'spacing'),
  q('오버레이2 스토리지 드라이버', [LAYERS], 'loanword'),
  q('다이제스트랑 태그 차이', [LAYERS, BUILD_PUSH], 'question'),
  q('멀티플랫폼 이미지', [LAYERS, BUILD_PUSH], 'spacing'),
  q('컨테이너 상태 종류', [LIFECYCLE], 'mixed'),
  q('재시작정책 설정하는 법', [LIFECYCLE], 'spacing'),
  q('종료코드 137', [CGROUPS, DEBUGGING, LIFECYCLE], 'spacing'),
  q('exit code 127 원인', [DEBUGGING, LIFECYCLE], 'mixed'),
  q('컨테이너가 안 떠요', [DEBUGGING], 'question'),
  q('컨테이너 실행이 안 될 때', [DEBUGGING], 'question'),
  q('도커 명령어 모음', [CHEAT_SHEET, COMMANDS], 'loanword'),
  q('컨테이너 로그 보는 법', [COMMANDS, FIRST, COMPOSE_COMMANDS], 'question'),
  q('실행중인 컨테이너 안에서 명령 실행', [COMMANDS, FIRST], 'spacing'),
  q('안쓰는 이미지 지우기', [COMMANDS, CHEAT_SHEET], 'spacing'),
  q('디스크 정리 prune', [COMMANDS, TROUBLE], 'mixed'),
  q('도커 네트워크', [NETWORKING], 'loanword'),
  q('컨테이너끼리 통신', [NETWORKING], 'particle'),
  q('컨테이너에서 호스트로 접속하는 방법', [NETWORKING], 'particle'),
  q('host.docker.internal', [NETWORKING], 'mixed'),
  q('포트포워딩', [NETWORKING, FIRST], 'spacing'),
  q('도커 허브', [HUB], 'loanword'),
  q('도커허브 풀 제한', [HUB, TROUBLE], 'loanword'),
  q('볼륨이랑 바인드마운트 차이', [STORAGE], 'question'),
  q('컨테이너 데이터 영구 저장', [STORAGE], 'mixed'),
  q('볼륨 백업하는 법', [BACKUP], 'question'),
  q('이미지를 파일로 저장해서 옮기기', [BACKUP], 'particle'),
  q('도커파일 작성법', [DOCKERFILE], 'loanword'),
  q('도커파일 CMD ENTRYPOINT 차이', [DOCKERFILE], 'question'),
  q('dockerignore', [DOCKERFILE], 'mixed'),
  q('빌드 캐시가 안 먹어요', [DOCKERFILE, ADVANCED], 'question'),
  q('이미지 푸시하는 방법', [BUILD_PUSH], 'question'),
  q('도커 로그인', [BUILD_PUSH], 'loanword'),
  q('buildx 멀티 아키텍처 빌드', [BUILD_PUSH], 'mixed'),
  q('nginx로 정적 사이트 띄우기', [STATIC_SITE], 'particle'),
  q('노드 앱 도커로 만들기', [NODE], 'loanword'),
  q('자바 멀티스테이지 빌드', [JAVA], 'spacing'),
  q('파이썬 플라스크 도커', [PYTHON], 'loanword'),
  q('이미지 용량 줄이기', [GOOD_IMAGES, ADVANCED], 'mixed'),
  q('distroless 이미지', [ADVANCED], 'mixed'),
  q('루트가 아닌 사용자로 실행', [GOOD_IMAGES, ADVANCED], 'particle'),
  q('이미지 취약점 스캔', [GOOD_IMAGES], 'mixed'),
  q('컴포즈 설치', [COMPOSE_INTRO], 'loanword'),
  q('컴포즈 파일 작성하는 방법', [COMPOSE_FILE], 'loanword'),
  q('docker-compose.yml 예제', [COMPOSE_FILE, COMPOSE_PRACTICE], 'mixed'),
  q('컴포즈 환경변수 .env', [COMPOSE_FILE], 'spacing'),
  q('컴포즈 명령어', [COMPOSE_COMMANDS], 'loanword'),
  q('docker compose up -d', [COMPOSE_COMMANDS], 'mixed'),
  q('컴포즈 down 할때 볼륨도 삭제', [COMPOSE_COMMANDS], 'particle'),
  q('쿠버네티스랑 도커 스웜 차이', [ORCHESTRATION], 'question'),
  q('스웜 모드', [ORCHESTRATION], 'loanword'),
  q('k8s 파드', [ORCHESTRATION], 'mixed'),
  q('팟맨', [PODMAN], 'loanword'),
  q('도커 대신 포드맨', [PODMAN], 'loanword'),
  q('네임스페이스가 뭐야', [NAMESPACES], 'question'),
  q('네임 스페이스', [NAMESPACES], 'spacing'),
  q('리눅스 네임스페이스 종류', [NAMESPACES], 'loanword'),
  q('unshare 명령어', [NAMESPACES], 'mixed'),
  q('cgroup v2', [CGROUPS], 'mixed'),
  q('씨그룹으로 메모리 제한하는 방법', [CGROUPS], 'particle'),
  q('컨테이너 cpu 제한', [CGROUPS], 'mixed'),
  q('OCI 표준이란', [RUNTIMES], 'particle'),
  q('컨테이너 런타임이 뭐야', [RUNTIMES], 'question'),
  q('컨테이너 보안', [LIMITS], 'mixed'),
  q('seccomp랑 케이퍼빌리티', [LIMITS], 'particle'),
  q('컨테이너 직접 만들기', [BY_HAND], 'mixed'),
  q('하이퍼바이저 타입1 타입2', [HYPERVISORS], 'spacing'),
  q('반가상화', [HYPERVISORS, SERVER_VIRT], 'spacing'),
  q('에뮬레이션과 가상화 차이', [VIRT_TYPES], 'question'),
  q('가상화의 역사', [HISTORY], 'particle'),
  q('chroot 감옥', [OS_VIRT], 'mixed'),
  q('처음 컨테이너 실행해보기', [FIRST], 'spacing'),
  q('hello-world 실행', [VERIFY, FIRST], 'mixed'),
  q('docker version 서버 정보가 안 나와요', [VERIFY, TROUBLE], 'question'),
  q('옛날 명령어 새 명령어', [COMMAND_MAP], 'mixed'),
  q('docker container ls랑 docker ps', [COMMAND_MAP, COMMANDS], 'particle'),
  q('도커 데스크탑 라이선스', [INSTALL], 'loanword'),
  q('Docker Desktop 유료인가요', [INSTALL], 'question'),
  q('애플 실리콘에서 amd64 이미지', [MAC, TROUBLE], 'loanword'),
  q('인터넷의 역사', [NETWORK_HISTORY], 'particle'),
  q(
    'docker: Error response from daemon: Conflict. The container name "/web" is already in use by container',
    [TROUBLE],
    'error',
  ),
  q(
    "Error response from daemon: pull access denied for myapp, repository does not exist or may require 'docker login'",
    [TROUBLE],
    'error',
  ),
  q('toomanyrequests: You have reached your pull rate limit', [TROUBLE, HUB], 'error'),
  q('x509: certificate signed by unknown authority', [TROUBLE], 'error'),
  q("/usr/bin/env: 'bash\\r': No such file or directory", [TROUBLE], 'error'),
  q("docker: 'compose' is not a docker command.", [TROUBLE], 'error'),
  q('exec: "pyhton": executable file not found in $PATH', [DEBUGGING, TROUBLE], 'error'),
  q('NO_PUBKEY 7EA0A9C3F273FCD8', [TROUBLE], 'error'),
];

/** Positions 0, 2, 4 …: the half the layer was tuned on. */
export const TUNING_HALF: readonly ReaderQuery[] = READER_QUERIES.filter((_, i) => i % 2 === 0);
/** Positions 1, 3, 5 …: held back, never looked at while tuning. */
export const HELD_BACK_HALF: readonly ReaderQuery[] = READER_QUERIES.filter((_, i) => i % 2 === 1);

/**
 * A third group, written after the layer had been tuned and before any change to it that the
 * held-back misses led to (search3 task): a check that those changes generalise. Never tune on it;
 * add new queries at the end.
 */
export const FRESH_QUERIES: readonly ReaderQuery[] = [
  q('도커 설치 우분투 24.04', [LINUX], 'mixed'),
  q('윈도우11에 도커 데스크톱 설치', [WINDOWS], 'loanword'),
  q('맥에서 도커 깔기', [MAC], 'particle'),
  q('도커 완전히 지우는 법', [UNINSTALL], 'question'),
  q('docker.sock 권한 거부', [TROUBLE, POST_INSTALL], 'mixed'),
  q('도커 데몬이 안 켜져요', [TROUBLE], 'question'),
  q(
    'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
    [TROUBLE],
    'error',
  ),
  q('write /var/lib/docker/tmp: no space left on device', [TROUBLE], 'error'),
  q('exec format error 해결', [TROUBLE, MULTI_PLATFORM], 'error'),
  q(
    'no matching manifest for linux/arm64/v8 in the manifest list entries',
    [TROUBLE, MULTI_PLATFORM],
    'error',
  ),
  q('볼륨과 바인드 마운트의 차이점', [STORAGE], 'question'),
  q('tmpfs 마운트가 뭔가요', [STORAGE], 'question'),
  q('컨테이너 이름으로 통신이 안돼요', [NETWORKING], 'question'),
  q('도커 네트워크 만들기', [NETWORKING], 'loanword'),
  q('-p 옵션 포트 매핑', [NETWORKING, FIRST], 'mixed'),
  q('멀티스테이지빌드', [ADVANCED, JAVA, STATIC_SITE, GOOD_IMAGES], 'spacing'),
  q('docker build 할때 태그 붙이기', [BUILD_PUSH], 'particle'),
  q('레지스트리에 이미지 올리기', [BUILD_PUSH, CI], 'particle'),
  q('로컬 레지스트리 띄우기', [CI], 'loanword'),
  q('깃허브 액션으로 도커 이미지 빌드', [CI], 'loanword'),
  q('트리비로 이미지 스캔', [SECURITY, GOOD_IMAGES], 'loanword'),
  q('컨테이너를 루트로 실행하면 위험한가요', [SECURITY], 'question'),
  q('도커 소켓 마운트', [SECURITY], 'loanword'),
  q('arm64 amd64 같이 빌드', [MULTI_PLATFORM, BUILD_PUSH], 'mixed'),
  q('qemu로 arm 이미지 빌드하기', [MULTI_PLATFORM], 'particle'),
  q('로제타', [MULTI_PLATFORM, MAC], 'loanword'),
  q('컴포즈 시크릿 사용법', [COMPOSE_OPERATION], 'loanword'),
  q('컴포즈 로그 로테이션', [COMPOSE_OPERATION], 'loanword'),
  q('docker-compose.override.yml', [COMPOSE_OPERATION], 'mixed'),
  q('쿠버네티스 실습', [KUBERNETES_LAB], 'loanword'),
  q('kind로 클러스터 만들기', [KUBERNETES_LAB, ORCHESTRATION], 'particle'),
  q('kubectl 배포 되돌리기', [KUBERNETES_LAB, ORCHESTRATION], 'mixed'),
  q('컨테이너 메모리 제한 거는 법', [CGROUPS, BY_HAND], 'question'),
  q('pid 네임스페이스', [NAMESPACES], 'mixed'),
  q('타입 1 하이퍼바이저', [HYPERVISORS], 'spacing'),
  q('전가상화랑 반가상화', [SERVER_VIRT, HYPERVISORS], 'particle'),
  q('이미지 레이어 확인하는 명령어', [LAYERS], 'particle'),
  q('컨테이너가 계속 재시작돼요', [DEBUGGING, LIFECYCLE], 'question'),
  q('docker exec로 컨테이너 접속', [COMMANDS, FIRST], 'particle'),
  q('도커 이미지 tar로 내보내기', [BACKUP], 'mixed'),
  q('도커 엔진 버전 확인하는 법', [VERIFY], 'question'),
  q('파드맨 루트리스', [PODMAN], 'loanword'),
  q('헬스체크 설정', [LIFECYCLE, COMPOSE_FILE, ADVANCED], 'loanword'),
  q('도커 데스크톱 유료', [INSTALL], 'loanword'),
];

/** Gibberish and off-topic queries: no page may match, and the page must suggest where to look. */
export const NO_RESULT_QUERIES: readonly string[] = [
  '뷁뷁뷁',
  'ㅁㄴㅇㄹ',
  'ㅋㅋㅋㅋ',
  '쀍쀐',
  '김치찌개 레시피',
  '오늘 서울 날씨',
  '삼성전자 주가',
  '축구 경기 일정',
  '아이돌 콘서트 예매',
  '떡볶이 맛집 추천',
  '퉭퉭 쉙',
  '헬스장 운동 루틴',
];
