/**
 * Events of the virtualization timeline (part 1), oldest first.
 * Every event names a source: a primary source where one exists, otherwise the
 * facts.md source id (`S##`) plus a public URL. Part 2 may add container events here.
 */
export type TimelineCategory = 'virtualization' | 'containers' | 'network-cloud';

/** The two lanes of the picture: virtual machines and containers. */
export type TimelineLane = 'vm' | 'containers';

export interface TimelineSource {
  /** facts.md source id (S##) when the event is listed there. */
  readonly factsId?: string;
  readonly label: string;
  readonly url: string;
}

export interface TimelineEvent {
  /** Stable kebab-case id, used as the list item id. */
  readonly id: string;
  readonly year: number;
  /** How the date is shown, e.g. "1969-10-29", "1967-01", "1964 말". */
  readonly when: string;
  readonly title: string;
  readonly description: string;
  readonly category: TimelineCategory;
  readonly source: TimelineSource;
  /** Events that matter for Docker are drawn in a lane of the picture, with a short label. */
  readonly lane?: {readonly lane: TimelineLane; readonly label: string};
}

const CREASY = {
  label:
    'R. J. Creasy, "The Origin of the VM/370 Time-sharing System", IBM J. Res. Dev. 25(5), 1981',
  url: 'https://doi.org/10.1147/rd.255.0483',
} as const;

export const timelineEvents: readonly TimelineEvent[] = [
  {
    id: 'ctss',
    year: 1961,
    when: '1961',
    title: 'MIT CTSS, 시분할의 시작',
    description:
      '한 대의 메인프레임을 여러 사용자가 단말기로 번갈아 쓰는 시분할(time-sharing)이 MIT에서 시연됩니다. 비싼 컴퓨터를 나눠 쓰려는 이 요구가 가상 머신의 출발점이 됩니다.',
    category: 'virtualization',
    source: {factsId: 'S41', ...CREASY},
  },
  {
    id: 'cp-40',
    year: 1964,
    when: '1964 말 착수 · 1967-01 가동',
    title: 'IBM CP-40',
    description:
      'IBM 케임브리지 과학센터가 개조한 System/360 Model 40 위에서 돌아가는 연구용 제어 프로그램 CP-40을 만듭니다. 사용자마다 완전한 가상 머신을 준 첫 시스템으로 꼽힙니다. CP-40은 컴퓨터가 아니라 소프트웨어입니다.',
    category: 'virtualization',
    source: {factsId: 'S40', ...CREASY},
    lane: {lane: 'vm', label: 'CP-40'},
  },
  {
    id: 'system-360-67',
    year: 1965,
    when: '1965-08',
    title: 'System/360 Model 67 발표',
    description:
      '주소 변환(DAT) 하드웨어로 가상 메모리를 지원하는 System/360 Model 67이 발표됩니다. CP-67은 이 기계를 위해 만들어집니다.',
    category: 'virtualization',
    source: {
      factsId: 'S41',
      label: 'Tom Van Vleck, "The IBM 360/67 and CP/CMS"',
      url: 'https://www.multicians.org/thvv/360-67.html',
    },
  },
  {
    id: 'cp-67',
    year: 1967,
    when: '1967–1968',
    title: 'CP-67/CMS',
    description:
      'CP-40을 Model 67용으로 다시 쓴 CP-67이 1967년 가동되고, 1968년에 외부 대학에 설치되며 SHARE에서 공개됩니다.',
    category: 'virtualization',
    source: {factsId: 'S41', ...CREASY},
  },
  {
    id: 'arpanet-lo',
    year: 1969,
    when: '1969-10-29',
    title: 'ARPANET 첫 메시지 "LO"',
    description:
      'UCLA의 찰리 클라인이 SRI의 컴퓨터로 "login"을 보내다가 시스템이 멈춰 "LO" 두 글자만 전달됩니다. 컴퓨터끼리 연결하는 네트워크 시대가 열립니다.',
    category: 'network-cloud',
    source: {
      factsId: 'S54',
      label: 'Leonard Kleinrock, "The Day the Infant Internet Uttered its First Words" (UCLA)',
      url: 'https://www.lk.cs.ucla.edu/internet_first_words.html',
    },
  },
  {
    id: 'vm-370',
    year: 1972,
    when: '1972-08',
    title: 'IBM VM/370',
    description:
      'CP-67의 뒤를 이은 VM/370이 System/370용 제품으로 나옵니다. 메인프레임 가상화는 이후 z/VM으로 이어져 지금도 쓰입니다.',
    category: 'virtualization',
    source: {factsId: 'S41', ...CREASY},
  },
  {
    id: 'popek-goldberg',
    year: 1974,
    when: '1974-07',
    title: '포펙과 골드버그의 가상화 조건',
    description:
      '어떤 CPU에서 효율적인 가상 머신 모니터를 만들 수 있는지 정리한 논문이 CACM에 실립니다. 민감한 명령어가 모두 특권 명령어여야 한다는 조건이 핵심입니다.',
    category: 'virtualization',
    source: {
      label:
        'G. J. Popek, R. P. Goldberg, "Formal Requirements for Virtualizable Third Generation Architectures", CACM 17(7), 1974',
      url: 'https://doi.org/10.1145/361011.361073',
    },
  },
  {
    id: 'rfc-675',
    year: 1974,
    when: '1974-12',
    title: 'RFC 675, "internet"이라는 말',
    description:
      '서프, 달랄, 선샤인이 쓴 TCP 사양 RFC 675에 네트워크들을 잇는 inter-network라는 뜻의 "internet"이 쓰입니다.',
    category: 'network-cloud',
    source: {
      factsId: 'S57',
      label: 'RFC 675, "Specification of Internet Transmission Control Program"',
      url: 'https://www.rfc-editor.org/rfc/rfc675',
    },
  },
  {
    id: 'chroot',
    year: 1979,
    when: '1979',
    title: 'Unix V7의 chroot',
    description:
      '7판 유닉스에 프로세스의 루트 디렉터리를 바꾸는 chroot 시스템 콜이 들어갑니다. 파일 시스템만 나누는 이 기법은 뒷날 OS 수준 가상화의 씨앗이 되지만, 보안 경계는 아닙니다.',
    category: 'containers',
    source: {
      factsId: 'S46',
      label: 'Warner Losh, "Chroot Origins" (2020)',
      url: 'https://bsdimp.blogspot.com/2020/06/whither-chroot.html',
    },
    lane: {lane: 'containers', label: 'chroot'},
  },
  {
    id: 'sdn-korea',
    year: 1982,
    when: '1982-05-15',
    title: '한국 SDN 개통',
    description:
      '서울대학교의 PDP-11과 구미 한국전자기술연구소의 VAX-11/780이 1200bps 전용선과 TCP/IP로 연결됩니다. 미국 밖에서 초기에 만들어진 TCP/IP 네트워크 가운데 하나입니다.',
    category: 'network-cloud',
    source: {
      factsId: 'S56',
      label: '전길남, "초기 한국 인터넷 약사(1982~2004)", The e-Bridge 12호(2011)',
      url: 'https://sites.google.com/site/koreainternethistory/publication/e-bridge',
    },
  },
  {
    id: 'tcp-ip-flag-day',
    year: 1983,
    when: '1983-01-01',
    title: 'ARPANET의 TCP/IP 전환',
    description:
      'ARPANET이 옛 NCP를 버리고 TCP/IP로 옮겨 갑니다. 서로 다른 네트워크를 하나로 잇는 인터넷의 기반이 마련됩니다.',
    category: 'network-cloud',
    source: {
      factsId: 'S55',
      label: 'RFC 801, "NCP/TCP Transition Plan"',
      url: 'https://www.rfc-editor.org/rfc/rfc801',
    },
  },
  {
    id: 'web',
    year: 1991,
    when: '1991',
    title: '월드 와이드 웹 공개',
    description:
      'CERN의 팀 버너스리가 만든 웹이 외부에 공개됩니다. 브라우저와 웹 서버라는 클라이언트/서버 구조가 일반 사용자에게 퍼지고 서버 수요가 폭발합니다.',
    category: 'network-cloud',
    source: {
      label: 'CERN, "The birth of the Web"',
      url: 'https://home.cern/science/computing/birth-web',
    },
  },
  {
    id: 'vmware-workstation',
    year: 1999,
    when: '1999',
    title: 'VMware Workstation',
    description:
      '가상화하기 어려운 x86 CPU에서 바이너리 변환으로 가상 머신을 돌리는 VMware Workstation이 나옵니다. PC와 서버에 가상화가 돌아오는 계기입니다.',
    category: 'virtualization',
    source: {
      label:
        'E. Bugnion et al., "Bringing Virtualization to the x86 Architecture with the Original VMware Workstation", ACM TOCS 30(4), 2012',
      url: 'https://doi.org/10.1145/2382553.2382554',
    },
    lane: {lane: 'vm', label: 'VMware'},
  },
  {
    id: 'freebsd-jail',
    year: 2000,
    when: '2000-03',
    title: 'FreeBSD jail',
    description:
      'FreeBSD 4.0에 jail이 들어갑니다. chroot에 프로세스, 네트워크, root 권한의 격리를 더해 한 커널 위에 여러 "감옥"을 만듭니다.',
    category: 'containers',
    source: {
      factsId: 'S47',
      label: 'P.-H. Kamp, R. N. M. Watson, "Jails: Confining the omnipotent root" (SANE 2000)',
      url: 'https://papers.freebsd.org/2000/phk-jails/',
    },
    lane: {lane: 'containers', label: 'FreeBSD jail'},
  },
  {
    id: 'xen',
    year: 2003,
    when: '2003-10',
    title: 'Xen',
    description:
      '케임브리지 대학교의 Xen이 SOSP에 발표됩니다. 게스트 커널을 고쳐 하이퍼바이저를 직접 부르는 반가상화로 x86에서 빠른 가상 머신을 보여 줍니다.',
    category: 'virtualization',
    source: {
      label: 'P. Barham et al., "Xen and the Art of Virtualization", SOSP 2003',
      url: 'https://doi.org/10.1145/945445.945462',
    },
    lane: {lane: 'vm', label: 'Xen'},
  },
  {
    id: 'solaris-zones',
    year: 2004,
    when: '2004 발표 · 2005 정식',
    title: 'Solaris Zones',
    description:
      'Sun이 Solaris 10에 Zones를 넣습니다. 하나의 커널 위에 서로 격리된 여러 Solaris 환경을 만드는 OS 수준 가상화입니다.',
    category: 'containers',
    source: {
      factsId: 'S47',
      label:
        'D. Price, A. Tucker, "Solaris Zones: Operating System Support for Consolidating Commercial Workloads", LISA 2004',
      url: 'https://www.usenix.org/legacy/event/lisa04/tech/price.html',
    },
    lane: {lane: 'containers', label: 'Solaris Zones'},
  },
  {
    id: 'openvz',
    year: 2005,
    when: '2005',
    title: 'OpenVZ',
    description:
      '상용 제품 Virtuozzo의 핵심이 OpenVZ라는 오픈소스로 공개됩니다. 수정한 리눅스 커널 위에서 여러 격리된 리눅스 환경을 돌려 호스팅 업체들이 널리 씁니다.',
    category: 'containers',
    source: {
      factsId: 'S47',
      label: 'OpenVZ Wiki, "History"',
      url: 'https://wiki.openvz.org/History',
    },
  },
  {
    id: 'intel-vt-x',
    year: 2005,
    when: '2005-11',
    title: 'Intel VT-x',
    description:
      '인텔이 가상화 확장 VT-x를 넣은 첫 프로세서(Pentium 4 662/672)를 내놓습니다. 게스트 OS를 고치지 않고도 하드웨어의 도움으로 가상화할 수 있게 됩니다.',
    category: 'virtualization',
    source: {
      factsId: 'S45',
      label:
        'K. Adams, O. Agesen, "A Comparison of Software and Hardware Techniques for x86 Virtualization", ASPLOS 2006',
      url: 'https://doi.org/10.1145/1168857.1168860',
    },
    lane: {lane: 'vm', label: 'Intel VT-x'},
  },
  {
    id: 'amd-v',
    year: 2006,
    when: '2006',
    title: 'AMD-V',
    description:
      'AMD도 같은 목적의 가상화 확장 AMD-V(SVM)를 자사 프로세서에 넣습니다. 이후 x86 서버 대부분이 하드웨어 지원 가상화를 갖추게 됩니다.',
    category: 'virtualization',
    source: {
      factsId: 'S45',
      label:
        'K. Adams, O. Agesen, "A Comparison of Software and Hardware Techniques for x86 Virtualization", ASPLOS 2006',
      url: 'https://doi.org/10.1145/1168857.1168860',
    },
  },
  {
    id: 'ec2',
    year: 2006,
    when: '2006-08',
    title: 'Amazon EC2',
    description:
      '아마존이 가상 머신을 시간 단위로 빌려주는 EC2 베타를 엽니다. 가상화 위에 세운 퍼블릭 클라우드가 본격적으로 시작됩니다.',
    category: 'network-cloud',
    source: {
      label: 'AWS, "Announcing Amazon Elastic Compute Cloud (Amazon EC2) - beta" (2006-08-24)',
      url: 'https://aws.amazon.com/about-aws/whats-new/2006/08/24/announcing-amazon-elastic-compute-cloud-amazon-ec2---beta/',
    },
    lane: {lane: 'vm', label: 'Amazon EC2'},
  },
  {
    id: 'kvm',
    year: 2007,
    when: '2007-02',
    title: 'KVM, 리눅스 2.6.20에 병합',
    description:
      'VT-x와 AMD-V를 쓰는 커널 모듈 KVM이 리눅스 본류에 들어갑니다. 리눅스 커널 자체가 하이퍼바이저가 됩니다.',
    category: 'virtualization',
    source: {
      factsId: 'S43',
      label: 'Kernel Newbies, "Linux 2.6.20"',
      url: 'https://kernelnewbies.org/Linux_2_6_20',
    },
    lane: {lane: 'vm', label: 'KVM'},
  },
  {
    id: 'cgroups',
    year: 2008,
    when: '2008-01',
    title: 'cgroups, 리눅스 2.6.24에 병합',
    description:
      '구글 엔지니어들이 시작한 프로세스 그룹 자원 제어 기능이 cgroups라는 이름으로 리눅스 2.6.24에 들어갑니다.',
    category: 'containers',
    source: {
      factsId: 'S4',
      label: 'cgroups(7), Linux manual page',
      url: 'https://man7.org/linux/man-pages/man7/cgroups.7.html',
    },
    lane: {lane: 'containers', label: 'cgroups'},
  },
  {
    id: 'lxc',
    year: 2008,
    when: '2008',
    title: 'LXC',
    description:
      '리눅스 커널의 네임스페이스와 cgroups를 묶어 쓰는 사용자 공간 도구 LXC가 나옵니다. 수정하지 않은 리눅스 커널에서 컨테이너를 만드는 길이 열립니다.',
    category: 'containers',
    source: {
      factsId: 'S49',
      label: 'linuxcontainers.org, "LXC – Introduction"',
      url: 'https://linuxcontainers.org/lxc/introduction/',
    },
    lane: {lane: 'containers', label: 'LXC'},
  },
  {
    id: 'user-namespaces',
    year: 2013,
    when: '2013-02',
    title: 'Linux 3.8, 사용자 네임스페이스 완성',
    description:
      '마지막으로 남았던 사용자 네임스페이스가 완성되어, 특권 없는 프로세스도 자기 네임스페이스를 만들 수 있게 됩니다. 컨테이너 안의 root를 호스트의 일반 사용자로 바꾸는 rootless 컨테이너의 바탕입니다.',
    category: 'containers',
    source: {
      factsId: 'S2',
      label: 'user_namespaces(7), Linux man-pages',
      url: 'https://man7.org/linux/man-pages/man7/user_namespaces.7.html',
    },
    lane: {lane: 'containers', label: '사용자 네임스페이스'},
  },
  {
    id: 'docker',
    year: 2013,
    when: '2013-03',
    title: 'Docker 공개',
    description:
      'dotCloud의 솔로몬 하익스가 PyCon US에서 Docker를 선보입니다. 이미지로 묶고 어디서나 같은 방식으로 실행하는 경험이 컨테이너를 대중화합니다.',
    category: 'containers',
    source: {
      factsId: 'S38',
      label: 'Docker docs, "Docker overview"',
      url: 'https://docs.docker.com/get-started/docker-overview/',
    },
    lane: {lane: 'containers', label: 'Docker'},
  },
  {
    id: 'libcontainer',
    year: 2014,
    when: '2014-03-10',
    title: 'Docker 0.9, libcontainer',
    description:
      'Docker가 LXC 대신 자체 라이브러리 libcontainer를 기본 실행 드라이버로 씁니다. LXC 드라이버는 1.10에서 완전히 빠집니다.',
    category: 'containers',
    source: {
      factsId: 'S31',
      label: 'Docker blog, "Docker 0.9: introducing execution drivers and libcontainer"',
      url: 'https://www.docker.com/blog/docker-0-9-introducing-execution-drivers-and-libcontainer/',
    },
  },
  {
    id: 'kubernetes',
    year: 2014,
    when: '2014-06-06',
    title: 'Kubernetes 공개',
    description:
      '구글이 사내 클러스터 관리자 Borg의 경험을 담은 Kubernetes의 첫 커밋을 공개합니다. 1.0은 2015년 7월에 나오고, 여러 서버에 컨테이너를 배치하는 사실상의 표준이 됩니다.',
    category: 'containers',
    source: {
      label: 'Kubernetes blog, "10 Years of Kubernetes" (2024-06-06)',
      url: 'https://kubernetes.io/blog/2024/06/06/10-years-of-kubernetes/',
    },
    lane: {lane: 'containers', label: 'Kubernetes'},
  },
  {
    id: 'oci',
    year: 2015,
    when: '2015-06-22',
    title: 'Open Container Initiative',
    description:
      '리눅스 재단 아래 OCI가 출범하고 Docker가 자신의 컨테이너 형식과 런타임 runc를 기부합니다. 컨테이너 런타임과 이미지 형식이 특정 회사가 아닌 공개 표준이 됩니다.',
    category: 'containers',
    source: {
      factsId: 'S33',
      label: 'Open Container Initiative, "About the OCI"',
      url: 'https://opencontainers.org/about/overview/',
    },
    lane: {lane: 'containers', label: 'OCI 표준'},
  },
  {
    id: 'cgroup-v2',
    year: 2016,
    when: '2016-03',
    title: 'Linux 4.5, cgroup v2 정식',
    description:
      '컨트롤러마다 따로 있던 계층을 하나로 합친 cgroup v2가 정식 인터페이스가 됩니다. Docker는 20.10부터 v2를 지원하고, 지금의 배포판은 v2만 켜 두는 것이 기본입니다.',
    category: 'containers',
    source: {
      factsId: 'S4',
      label: 'cgroups(7), Linux man-pages',
      url: 'https://man7.org/linux/man-pages/man7/cgroups.7.html',
    },
    lane: {lane: 'containers', label: 'cgroup v2'},
  },
  {
    id: 'docker-1-11',
    year: 2016,
    when: '2016-04',
    title: 'Docker 1.11, containerd와 runc',
    description:
      'Docker 엔진이 containerd와 runc 위에서 컨테이너를 실행하도록 바뀝니다. 지금의 dockerd → containerd → runc 구조가 이때 생깁니다.',
    category: 'containers',
    source: {
      factsId: 'S32',
      label:
        'Docker blog, "Docker 1.11: The first runtime built on containerd and based on OCI technology"',
      url: 'https://www.docker.com/blog/docker-engine-1-11-runc/',
    },
  },
  {
    id: 'containerd-cncf',
    year: 2017,
    when: '2017-03',
    title: 'containerd, CNCF에 합류',
    description:
      'Docker가 containerd를 Cloud Native Computing Foundation에 기부합니다. containerd는 2019년 2월 CNCF 졸업 프로젝트가 됩니다.',
    category: 'containers',
    source: {
      factsId: 'S34',
      label: 'CNCF, "CNCF Announces containerd Graduation" (2019-02-28)',
      url: 'https://www.cncf.io/announcements/2019/02/28/cncf-announces-containerd-graduation/',
    },
  },
  {
    id: 'wsl-2',
    year: 2020,
    when: '2020-05',
    title: 'WSL 2',
    description:
      'Windows 10 2004(2020년 5월 업데이트)부터 WSL 2가 관리형 경량 가상 머신 안에서 진짜 리눅스 커널을 돌립니다. Windows의 Docker Desktop은 이 VM 안에서 컨테이너를 실행합니다.',
    category: 'virtualization',
    source: {
      factsId: 'S52',
      label: 'Microsoft Learn, "Comparing WSL Versions"',
      url: 'https://learn.microsoft.com/windows/wsl/compare-versions',
    },
    lane: {lane: 'vm', label: 'WSL 2'},
  },
  {
    id: 'apple-silicon',
    year: 2020,
    when: '2020-11-10',
    title: 'Apple silicon Mac',
    description:
      '애플이 Arm 기반 M1 칩을 단 Mac을 내놓습니다. Mac의 Docker Desktop은 arm64 리눅스 VM에서 컨테이너를 돌리므로, amd64 전용 이미지는 에뮬레이션으로 실행되고 멀티 플랫폼 이미지가 중요해집니다.',
    category: 'virtualization',
    source: {
      label: 'Apple Newsroom, "Apple unleashes M1" (2020-11-10)',
      url: 'https://www.apple.com/newsroom/2020/11/apple-unleashes-m1/',
    },
    lane: {lane: 'vm', label: 'Apple silicon'},
  },
  {
    id: 'rootless-docker',
    year: 2020,
    when: '2020-12',
    title: 'Docker 20.10, rootless 모드 정식',
    description:
      'Docker 20.10에서 데몬과 컨테이너를 root 없이 사용자 네임스페이스 안에서 돌리는 rootless 모드가 실험 기능을 벗어나고, cgroup v2도 지원됩니다.',
    category: 'containers',
    source: {
      factsId: 'S15',
      label: 'Docker docs, "Rootless mode"',
      url: 'https://docs.docker.com/engine/security/rootless/',
    },
    lane: {lane: 'containers', label: 'rootless Docker'},
  },
  {
    id: 'dockershim-removed',
    year: 2022,
    when: '2022-05-03',
    title: 'Kubernetes 1.24, dockershim 제거',
    description:
      'Kubernetes가 Docker 엔진과 이어 주던 dockershim을 뺍니다. 노드는 containerd나 CRI-O를 직접 쓰지만, Docker로 만든 이미지는 OCI 표준이라 그대로 돌아갑니다.',
    category: 'containers',
    source: {
      label: 'Kubernetes blog, "Kubernetes 1.24: Stargazer" (2022-05-03)',
      url: 'https://kubernetes.io/blog/2022/05/03/kubernetes-1-24-release-announcement/',
    },
    lane: {lane: 'containers', label: 'dockershim 제거'},
  },
  {
    id: 'iea-2024',
    year: 2025,
    when: '2025-04',
    title: 'IEA, 데이터센터 전력 415 TWh',
    description:
      '국제에너지기구는 2024년 전 세계 데이터센터가 약 415 TWh, 세계 전력의 약 1.5%를 썼고 2030년에는 약 945 TWh에 이를 것으로 내다봅니다. 서버를 빈틈없이 쓰는 일은 여전히 중요합니다.',
    category: 'network-cloud',
    source: {
      factsId: 'S58',
      label: 'IEA, "Energy and AI" (2025)',
      url: 'https://www.iea.org/reports/energy-and-ai',
    },
  },
  {
    id: 'docker-engine-29',
    year: 2025,
    when: '2025-11-10',
    title: 'Docker Engine 29',
    description:
      'Docker Engine 29.0이 나옵니다. 새로 설치하면 containerd 이미지 스토어가 기본이 되고 cgroup v1 지원은 폐기 예정으로 바뀝니다. 이 강좌의 기준 버전입니다.',
    category: 'containers',
    source: {
      factsId: 'S24',
      label: 'Docker docs, "Docker Engine 29 release notes"',
      url: 'https://docs.docker.com/engine/release-notes/29/',
    },
    lane: {lane: 'containers', label: 'Docker Engine 29'},
  },
];
