export interface CoursePart {
  /** Folder slug without the number prefix: docs/01-virtualization → virtualization. */
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  /** URL of the part's first chapter; the part is listed only once it exists. */
  readonly firstChapter: string;
}

export const courseParts: readonly CoursePart[] = [
  {
    slug: 'start',
    title: '0부. 첫걸음',
    summary:
      '설치 없이 브라우저에서 10분 만에 nginx 컨테이너를 띄우고, 접속하고, 로그를 보고, 멈추고 지워 봅니다.',
    firstChapter: '/docs/start/first-container',
  },
  {
    slug: 'virtualization',
    title: '1부. 가상화의 역사와 종류',
    summary:
      '컨테이너가 호스트의 커널을 나눠 쓰는 모습을 직접 확인하고, 가상 머신·에뮬레이션·하이퍼바이저를 Docker에 필요한 만큼 정리합니다.',
    firstChapter: '/docs/virtualization/history',
  },
  {
    slug: 'containers',
    title: '2부. 컨테이너의 원리',
    summary:
      '네임스페이스와 cgroup, OCI 런타임이 모여 컨테이너가 되는 과정을 커널 수준에서 이해합니다.',
    firstChapter: '/docs/containers/what-is-container',
  },
  {
    slug: 'docker-basics',
    title: '3부. 도커 기초',
    summary: '이미지와 레이어, 컨테이너의 생명주기, 기본 명령어와 데이터 보관을 실습합니다.',
    firstChapter: '/docs/docker-basics/what-is-docker',
  },
  {
    slug: 'building-images',
    title: '4부. 이미지 만들기',
    summary: 'Dockerfile을 작성하고 빌드 캐시를 살려 작고 안전한 이미지를 만들어 배포합니다.',
    firstChapter: '/docs/building-images/dockerfile-basics',
  },
  {
    slug: 'compose-cluster',
    title: '5부. Compose와 클러스터',
    summary: 'compose.yaml로 여러 서비스를 한 번에 띄우고, Swarm과 Kubernetes의 큰 그림을 봅니다.',
    firstChapter: '/docs/compose-cluster/compose-intro',
  },
  {
    slug: 'install',
    title: '설치 가이드',
    summary: 'Windows, macOS, Linux에 Docker를 설치하고 첫 컨테이너를 실행합니다.',
    firstChapter: '/docs/install',
  },
];
