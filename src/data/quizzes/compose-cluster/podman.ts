import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'compose-cluster/podman',
  questions: [
    {
      prompt: 'Podman과 Docker의 구조상 가장 큰 차이는?',
      choices: [
        'Podman은 OCI 이미지를 받지 못해 Docker Hub의 이미지를 다시 빌드해야 한다',
        'Podman은 리눅스 커널을 쓰지 않는다',
        '상주 데몬 없이 podman 프로세스가 런타임을 부른다',
        'Podman은 컨테이너마다 가상 머신을 만든다',
      ],
      answer: 2,
      explanation:
        'Podman은 daemonless입니다. podman 프로세스가 런타임(crun·runc)을 부르고 컨테이너마다 conmon이 감시합니다. 이미지는 OCI 표준이라 Docker와 호환됩니다.',
    },
    {
      prompt: 'rootless Podman에서 컨테이너 안의 root(UID 0)는 호스트에서 누구입니까?',
      choices: ['컨테이너를 실행한 일반 사용자', '호스트의 root', 'nobody 사용자', 'UID 100000'],
      answer: 0,
      explanation:
        '사용자 네임스페이스로 컨테이너 안의 UID 0이 실행한 사용자의 UID에, 나머지 UID는 /etc/subuid의 범위에 대응됩니다.',
    },
    {
      prompt: '같은 파드에 넣은 두 컨테이너의 관계로 옳은 것은?',
      choices: [
        '서로 다른 호스트에 나뉘어 실행되고 서비스 이름으로 접속한다',
        '하나의 프로세스로 합쳐진다',
        '같은 이미지만 쓸 수 있다',
        '네트워크 네임스페이스를 함께 써 localhost로 닿는다',
      ],
      answer: 3,
      explanation:
        '파드는 네트워크 등 네임스페이스를 함께 쓰는 컨테이너 묶음입니다. Kubernetes의 파드와 같은 개념이며 infra 컨테이너가 네임스페이스를 붙잡고 있습니다.',
    },
    {
      prompt:
        'alias docker=podman 환경에서 `docker run nginx`가 레지스트리를 고르라고 묻는 이유는?',
      choices: [
        'rootless 모드에서는 docker.io에 접근할 수 없어 다른 레지스트리를 골라야 해서',
        '짧은 이름을 registries.conf의 여러 레지스트리로 풀어서',
        'nginx 이미지가 Podman을 지원하지 않아서',
        '로그인이 필요해서',
      ],
      answer: 1,
      explanation:
        'Docker는 짧은 이름을 항상 docker.io로 풀지만 Podman은 registries.conf에 설정된 여러 검색 레지스트리를 후보로 봅니다. docker.io/library/nginx처럼 전체 이름을 쓰면 묻지 않습니다.',
    },
    {
      prompt: 'macOS에서 Podman으로 리눅스 컨테이너를 실행하려면 무엇이 필요합니까?',
      choices: [
        'podman machine으로 만든 리눅스 VM',
        'Docker Desktop을 함께 설치해 그 엔진을 빌려 쓴다',
        '아무것도 필요 없다',
        'Rosetta 2만 있으면 된다',
      ],
      answer: 0,
      explanation:
        '리눅스 컨테이너에는 리눅스 커널이 필요하므로 podman machine이 VM을 만듭니다(macOS 기본 공급자는 libkrun 또는 applehv). Podman Desktop이 이 과정을 GUI로 도와줍니다.',
    },
  ],
};

export default quiz;
