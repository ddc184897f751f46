import type {GlossaryEntry} from './types';

export const buildingImagesTerms: readonly GlossaryEntry[] = [
  {
    id: 'dockerfile',
    ko: 'Dockerfile',
    en: 'Dockerfile',
    definition:
      '이미지를 만드는 순서를 적은 텍스트 파일입니다. FROM으로 시작해 RUN, COPY 같은 지시어를 한 줄에 하나씩 적으면 빌더가 위에서부터 실행해 이미지를 만듭니다.',
    chapter: '/docs/building-images/dockerfile-basics',
    aliases: ['도커파일'],
  },
  {
    id: 'build-context',
    ko: '빌드 컨텍스트',
    en: 'build context',
    definition:
      'docker build에 넘긴 디렉터리(보통 .)와 그 안의 파일들입니다. COPY와 ADD는 이 컨텍스트 안의 파일만 읽을 수 있고, .dockerignore에 적은 파일은 빌더에 보내지 않습니다.',
    chapter: '/docs/building-images/dockerfile-basics',
  },
  {
    id: 'buildkit',
    ko: 'BuildKit',
    en: 'BuildKit',
    definition:
      'Docker의 현재 기본 이미지 빌드 엔진입니다. 서로 의존하지 않는 단계를 병렬로 실행하고, 캐시 마운트와 비밀 마운트, 여러 플랫폼 빌드를 지원합니다. Docker Engine 23.0부터 Linux의 기본 빌더입니다.',
    chapter: '/docs/building-images/build-tag-push',
    aliases: ['빌드킷'],
  },
  {
    id: 'buildx',
    ko: 'buildx',
    en: 'Docker Buildx',
    definition:
      'BuildKit을 다루는 Docker CLI 플러그인입니다. docker build도 내부적으로 buildx를 거치며, docker buildx build --platform으로 여러 CPU 아키텍처용 이미지를 한 번에 만들 수 있습니다.',
    chapter: '/docs/building-images/build-tag-push',
    aliases: ['빌드엑스', 'docker buildx'],
  },
  {
    id: 'multi-stage-build',
    ko: '멀티 스테이지 빌드',
    en: 'multi-stage build',
    definition:
      '한 Dockerfile에 FROM을 여러 번 써서 빌드용 단계와 실행용 단계를 나누는 방법입니다. 마지막 단계에는 COPY --from으로 결과물만 가져오므로 컴파일러와 소스가 최종 이미지에 남지 않습니다.',
    chapter: '/docs/building-images/practice-java',
    aliases: ['다단계 빌드', 'multi-stage'],
  },
  {
    id: 'base-image',
    ko: '베이스 이미지',
    en: 'base image',
    definition:
      'Dockerfile의 FROM에 적어 그 위에 레이어를 쌓아 올리는 출발점 이미지입니다. node:24-alpine, python:3.13-slim처럼 태그로 버전과 변형을 고릅니다.',
    chapter: '/docs/building-images/dockerfile-basics',
    aliases: ['기반 이미지', '부모 이미지'],
  },
  {
    id: 'dockerignore',
    ko: '.dockerignore',
    en: '.dockerignore',
    definition:
      '빌드 컨텍스트에서 뺄 파일과 디렉터리를 적는 파일입니다. node_modules, .git, .env 같은 것을 빼면 빌드가 빨라지고 비밀이 이미지에 들어가는 사고를 막습니다.',
    chapter: '/docs/building-images/dockerfile-basics',
    aliases: ['도커이그노어'],
  },
  {
    id: 'entrypoint',
    ko: 'ENTRYPOINT',
    en: 'ENTRYPOINT',
    definition:
      '컨테이너가 시작할 때 항상 실행할 프로그램을 정하는 지시어입니다. exec 형식으로 쓰면 CMD와 docker run 뒤의 인자가 이 프로그램의 인자로 붙습니다.',
    chapter: '/docs/building-images/dockerfile-basics',
    aliases: ['엔트리포인트'],
  },
  {
    id: 'healthcheck',
    ko: '헬스체크',
    en: 'health check',
    definition:
      '컨테이너 안에서 주기적으로 명령을 실행해 서비스가 정상인지 판단하는 기능입니다. Dockerfile의 HEALTHCHECK나 compose.yaml의 healthcheck로 정하며, 상태는 starting, healthy, unhealthy 중 하나입니다.',
    chapter: '/docs/building-images/practice-advanced',
    aliases: ['HEALTHCHECK', '상태 검사'],
  },
  {
    id: 'layer-cache',
    ko: '빌드 캐시',
    en: 'build cache',
    definition:
      '이전 빌드에서 만든 단계의 결과를 다시 쓰는 기능입니다. 어떤 단계의 입력이 바뀌면 그 단계와 뒤의 모든 단계가 다시 실행되므로, 자주 바뀌는 파일은 Dockerfile의 뒤쪽에서 복사합니다.',
    chapter: '/docs/building-images/dockerfile-basics',
    aliases: ['레이어 캐시', 'CACHED'],
  },
  {
    id: 'multi-platform-image',
    ko: '멀티 플랫폼 이미지',
    en: 'multi-platform image',
    definition:
      '같은 이름과 태그 아래에 linux/amd64, linux/arm64처럼 여러 플랫폼용 이미지를 묶어 둔 이미지입니다. 내려받는 쪽의 플랫폼에 맞는 것이 자동으로 선택됩니다.',
    chapter: '/docs/building-images/multi-platform',
    aliases: ['멀티 아키텍처 이미지', 'multi-arch'],
  },
  {
    id: 'ci',
    ko: '지속적 통합',
    en: 'continuous integration (CI)',
    definition:
      '코드가 저장소에 들어올 때마다 같은 절차로 빌드하고 테스트하는 방식, 또는 그 일을 하는 서비스입니다. 이미지를 빌드하고 검사해 레지스트리에 올리는 일도 CI에 맡기면 누가 올렸든 같은 절차를 거친 이미지만 배포됩니다.',
    chapter: '/docs/building-images/ci-and-registries',
    aliases: ['CI', '씨아이', 'CI/CD'],
  },
  {
    id: 'github-actions',
    ko: 'GitHub Actions',
    en: 'GitHub Actions',
    definition:
      'GitHub 저장소의 .github/workflows/에 둔 YAML 워크플로를 푸시나 풀 리퀘스트 같은 이벤트 때 실행하는 GitHub의 CI 서비스입니다. 각 작업은 매번 새로 만들어지는 러너(가상 머신)에서 실행됩니다.',
    chapter: '/docs/building-images/ci-and-registries',
    aliases: ['깃허브 액션', '워크플로'],
  },
  {
    id: 'registry-mirror',
    ko: '레지스트리 미러',
    en: 'registry mirror (pull-through cache)',
    definition:
      '다른 레지스트리(주로 Docker Hub)에서 받은 이미지를 보관해 두었다가 다음 요청에 돌려주는 레지스트리입니다. dockerd의 registry-mirrors 설정으로 지정하며, Docker Hub로 가는 요청과 한도 소모를 줄입니다.',
    chapter: '/docs/building-images/ci-and-registries',
    aliases: ['미러', 'pull-through cache', 'registry-mirrors'],
  },
  {
    id: 'vulnerability-scanning',
    ko: '취약점 스캔',
    en: 'vulnerability scanning',
    definition:
      '이미지에 든 패키지와 버전을 뽑아 알려진 취약점(CVE) 데이터베이스와 대조하는 일입니다. Docker Scout, Trivy, Grype 같은 도구가 심각도와 고쳐진 버전을 함께 알려 줍니다.',
    chapter: '/docs/building-images/security',
    aliases: ['이미지 스캔', 'CVE 스캔', 'docker scout', 'trivy'],
  },
  {
    id: 'sbom',
    ko: 'SBOM',
    en: 'Software Bill of Materials',
    definition:
      '소프트웨어에 든 구성 요소(패키지 이름, 버전, 라이선스)의 목록입니다. BuildKit은 docker buildx build --sbom=true로 SPDX 형식의 SBOM을 만들어 이미지에 증명으로 붙입니다.',
    chapter: '/docs/building-images/security',
    aliases: ['소프트웨어 자재 명세서', '에스봄'],
  },
  {
    id: 'provenance-attestation',
    ko: '출처 증명',
    en: 'provenance attestation',
    definition:
      '이미지를 어떤 소스와 Dockerfile, 빌드 인자, 베이스 이미지로 만들었는지 BuildKit이 빌드 중에 기록해 이미지에 붙이는 증명입니다. SLSA 형식을 따르며 --provenance로 자세한 정도를 정합니다.',
    chapter: '/docs/building-images/security',
    aliases: ['provenance', '빌드 출처 증명', 'SLSA'],
  },
  {
    id: 'distroless',
    ko: 'distroless',
    en: 'distroless image',
    definition:
      '앱의 런타임과 그 의존성만 담고 셸과 패키지 관리자를 뺀 베이스 이미지입니다. 공격 표면과 스캔 결과가 작아지는 대신 컨테이너 안에서 셸로 디버깅할 수 없습니다.',
    chapter: '/docs/building-images/security',
    aliases: ['디스트로리스'],
  },
  {
    id: 'emulation',
    ko: '에뮬레이션',
    en: 'emulation',
    definition:
      '다른 CPU용 프로그램의 명령어를 소프트웨어로 번역해 실행하는 일입니다. 리눅스에서는 QEMU를 binfmt_misc에 등록해 arm64 바이너리를 amd64 기계에서 돌리며, 네이티브보다 훨씬 느립니다.',
    chapter: '/docs/building-images/multi-platform',
    aliases: ['QEMU', 'binfmt', 'binfmt_misc', '에뮬레이터'],
  },
  {
    id: 'cross-compilation',
    ko: '교차 컴파일',
    en: 'cross-compilation',
    definition:
      '빌드하는 기계와 다른 CPU나 운영체제에서 실행될 프로그램을 만드는 컴파일입니다. Go에서는 GOOS와 GOARCH 환경 변수로 대상 플랫폼을 고릅니다.',
    chapter: '/docs/building-images/multi-platform',
    aliases: ['크로스 컴파일', 'cross compile', 'GOARCH'],
  },
];
