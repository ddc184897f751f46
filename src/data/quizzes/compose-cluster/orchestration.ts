import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'compose-cluster/orchestration',
  questions: [
    {
      prompt: '오케스트레이터가 "선언형"이라는 말의 뜻은?',
      choices: [
        '명령을 하나씩 순서대로 실행하고, 실패하면 처음부터 다시 실행한다',
        '원하는 상태를 주면 실제 상태를 계속 그에 맞춘다',
        'YAML 파일만 입력으로 받을 수 있다',
        '한 번 배포하면 다시 바꿀 수 없다',
      ],
      answer: 1,
      explanation:
        '"파드 3개"처럼 원하는 상태를 선언하면 컨트롤러가 실제 상태와 비교해, 하나가 죽으면 새로 만들어 맞춥니다.',
    },
    {
      prompt:
        'Kubernetes에서 "같은 파드를 3개 유지하고, 이미지를 바꾸면 하나씩 교체"하는 리소스는?',
      choices: ['Pod', 'Service', 'ConfigMap', 'Deployment'],
      answer: 3,
      explanation:
        'Deployment가 replicas와 롤링 업데이트를 맡습니다. Pod는 실행 단위, Service는 파드 묶음에 고정된 이름과 IP를 줍니다.',
    },
    {
      prompt: 'Compose의 "서비스 이름으로 다른 서비스에 접속"에 해당하는 Kubernetes 리소스는?',
      choices: ['Pod', 'Node', 'Service', 'Secret'],
      answer: 2,
      explanation:
        '파드는 계속 바뀌므로, Service가 레이블로 고른 파드 묶음에 고정된 DNS 이름과 가상 IP를 줍니다.',
    },
    {
      prompt: 'docker stack deploy -c compose.yaml로 배포할 때 Compose와 다른 점은?',
      choices: [
        'build:를 쓸 수 없어 레지스트리의 이미지가 필요하다',
        'services 대신 pods 키를 써야 하고 ports는 nodePort로 바꿔야 한다',
        'ports를 쓸 수 없다',
        '차이가 없다',
      ],
      answer: 0,
      explanation:
        '스택은 여러 노드에서 이미지를 받아야 하므로 미리 빌드해 올린 이미지가 필요합니다. depends_on도 무시되어, 시작 순서 대신 재시작과 재시도에 맡깁니다.',
    },
    {
      prompt: 'Kubernetes에서 dockershim이 제거된 뒤, Docker로 빌드한 이미지는 어떻게 됩니까?',
      choices: [
        'Docker 전용 형식이라 Kubernetes용으로 다시 빌드해야 한다',
        'OCI 이미지라 containerd·CRI-O로 그대로 실행된다',
        'Kubernetes에서는 더 이상 쓸 수 없다',
        'Swarm에서만 쓸 수 있다',
      ],
      answer: 1,
      explanation:
        '제거된 것은 Kubernetes가 Docker Engine을 런타임으로 부르던 어댑터입니다. 이미지 형식은 OCI 표준이라 영향이 없습니다.',
    },
    {
      prompt: 'replicas: 3인 Deployment의 파드 하나를 kubectl delete pod로 지우면 어떻게 됩니까?',
      choices: [
        '파드가 2개로 줄고, Deployment를 다시 적용할 때까지 그대로다',
        'Deployment 전체가 지워진다',
        '곧 새 파드가 만들어져 다시 3개가 된다',
        '나머지 두 파드도 함께 재시작된다',
      ],
      answer: 2,
      explanation:
        '원하는 상태는 여전히 파드 3개입니다. 컨트롤러가 실제 상태(2개)와의 차이를 보고 새 파드를 만들어 맞춥니다. Compose로 띄운 컨테이너를 docker rm으로 지우면 다음 up 전까지 다시 생기지 않는 것과 다릅니다.',
    },
  ],
};

export default quiz;
