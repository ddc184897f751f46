import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'containers/runtimes-and-standards',
  questions: [
    {
      prompt: '지금의 Docker Engine이 컨테이너를 실행하는 방식에 대한 설명으로 맞는 것은?',
      choices: [
        'dockerd → containerd → shim → runc 순으로 맡긴다',
        '커널의 LXC 기능으로 컨테이너를 만든다',
        'LXC와 runc 중 하나를 실행 옵션으로 고를 수 있다',
        'dockerd가 직접 clone()을 호출해 컨테이너 프로세스의 부모가 된다',
      ],
      answer: 0,
      explanation:
        'Docker는 0.9(2014)부터 libcontainer를 기본으로 썼고, LXC 드라이버는 1.10에서 제거되었습니다. 1.11(2016)부터는 dockerd → containerd → shim → runc 구조입니다. LXC는 애초에 커널 기능이 아니라 사용자 영역 도구입니다.',
    },
    {
      prompt: 'OCI의 세 명세 중 레지스트리와 이미지를 주고받는 HTTP API를 정하는 것은?',
      choices: [
        'image-spec',
        'CRI(Container Runtime Interface)',
        'runtime-spec',
        'distribution-spec',
      ],
      answer: 3,
      explanation:
        'distribution-spec은 레지스트리 API를, image-spec은 이미지의 형식(매니페스트, 인덱스, 설정, 레이어)을, runtime-spec은 번들(rootfs + config.json)의 실행 방법을 정합니다. CRI는 Kubernetes의 규약이며 OCI 명세가 아닙니다.',
    },
    {
      prompt:
        'nginx 컨테이너가 돌고 있는 호스트에서 ps로 프로세스 트리를 봤을 때 nginx 마스터 프로세스의 부모는?',
      choices: ['runc', 'containerd-shim-runc-v2', 'dockerd', 'containerd'],
      answer: 1,
      explanation:
        'runc는 컨테이너를 시작한 뒤 끝나므로 목록에 없습니다. 컨테이너 프로세스의 부모로는 shim이 남아 입출력을 잇고 종료 코드를 보고합니다.',
    },
    {
      prompt: 'shim 구조 덕분에 가능한 일로 가장 알맞은 것은?',
      choices: [
        '컨테이너마다 다른 커널을 쓸 수 있다',
        '이미지를 여러 레지스트리에서 나눠 받아 더 빨리 내려받는다',
        '데몬을 재시작해도 컨테이너가 계속 실행된다',
        '컨테이너가 호스트의 root 권한을 갖지 않게 된다',
      ],
      answer: 2,
      explanation:
        '컨테이너 프로세스의 부모가 데몬이 아니라 독립된 shim이므로, 데몬을 업그레이드하려고 재시작해도 컨테이너는 영향을 받지 않습니다(Docker의 live-restore).',
    },
    {
      prompt:
        'runc spec이 만든 config.json의 linux.namespaces와 linux.resources는 각각 앞 장의 무엇에 해당합니까?',
      choices: [
        '만들 네임스페이스 종류와, cgroup 파일에 쓸 자원 한도',
        '둘 다 cgroup 설정',
        '이미지 레이어 목록과 레지스트리 주소',
        '컨테이너가 쓸 호스트의 네트워크 설정과 iptables 방화벽 규칙 목록',
      ],
      answer: 0,
      explanation:
        'OCI runtime-spec의 namespaces 목록은 만들 네임스페이스 종류이고, resources는 runc가 cgroup 인터페이스 파일에 쓰는 한도입니다. docker run 옵션은 결국 이 config.json으로 바뀝니다.',
    },
  ],
};

export default quiz;
