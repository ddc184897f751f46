import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'compose-cluster/podman',
  questions: [
    {
      prompt: 'Podman과 Docker의 구조상 가장 큰 차이는?',
      choices: [
        'Podman은 OCI 이미지를 쓰지 못한다',
        'Podman에는 상주 데몬이 없고 명령을 실행한 프로세스가 직접 런타임을 부른다',
        'Podman은 리눅스 커널을 쓰지 않는다',
        'Podman은 컨테이너마다 가상 머신을 만든다',
      ],
      answer: 1,
      explanation:
        'Podman은 daemonless입니다. podman 프로세스가 런타임(crun·runc)을 부르고 컨테이너마다 conmon이 감시합니다. 이미지는 OCI 표준이라 Docker와 호환됩니다.',
    },
    {
      prompt: 'rootless Podman에서 컨테이너 안의 root(UID 0)는 호스트에서 누구인가?',
      choices: ['호스트의 root', '컨테이너를 실행한 일반 사용자', 'nobody 사용자', 'UID 65536'],
      answer: 1,
      explanation:
        '사용자 네임스페이스로 컨테이너 안의 UID 0이 실행한 사용자의 UID에, 나머지는 /etc/subuid의 범위에 대응됩니다.',
    },
    {
      prompt: '같은 파드에 넣은 두 컨테이너의 관계로 옳은 것은?',
      choices: [
        '서로 다른 호스트에서 실행된다',
        '네트워크 네임스페이스를 공유해 localhost로 서로 접속할 수 있다',
        '하나의 프로세스로 합쳐진다',
        '같은 이미지만 쓸 수 있다',
      ],
      answer: 1,
      explanation:
        '파드는 네트워크 등 네임스페이스를 함께 쓰는 컨테이너 묶음입니다. Kubernetes의 파드와 같은 개념이며 infra 컨테이너가 네임스페이스를 붙잡고 있습니다.',
    },
    {
      prompt:
        'alias docker=podman 환경에서 `docker run nginx`가 레지스트리를 고르라고 묻는 이유는?',
      choices: [
        'nginx가 Podman을 지원하지 않아서',
        'Podman은 짧은 이름을 registries.conf의 검색 레지스트리 목록으로 해석하기 때문',
        '로그인이 필요해서',
        'rootless라서 docker.io에 접근할 수 없어서',
      ],
      answer: 1,
      explanation:
        'Docker는 짧은 이름을 항상 docker.io로 풀지만 Podman은 설정된 여러 레지스트리를 후보로 봅니다. docker.io/library/nginx처럼 전체 이름을 쓰면 됩니다.',
    },
    {
      prompt: 'macOS에서 Podman으로 리눅스 컨테이너를 실행하려면 무엇이 필요한가?',
      choices: [
        '아무것도 필요 없다',
        'podman machine으로 만든 리눅스 가상 머신',
        'Docker Desktop',
        'Rosetta 2만 있으면 된다',
      ],
      answer: 1,
      explanation:
        '리눅스 컨테이너에는 리눅스 커널이 필요하므로 podman machine이 VM을 만듭니다(macOS 기본 공급자는 libkrun 또는 applehv). Podman Desktop이 이 과정을 GUI로 도와줍니다.',
    },
  ],
};

export default quiz;
