import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'compose-cluster/orchestration',
  questions: [
    {
      prompt: '오케스트레이터가 "선언형"이라는 말의 뜻은?',
      choices: [
        '명령을 하나씩 순서대로 실행한다',
        '원하는 상태를 알려 주면 실제 상태를 계속 지켜보다가 차이가 생기면 맞춘다',
        'YAML만 읽을 수 있다',
        '한 번 배포하면 다시 바꿀 수 없다',
      ],
      answer: 1,
      explanation:
        '"파드 3개"처럼 원하는 상태를 선언하면 컨트롤러가 실제 상태와 비교해, 하나가 죽으면 새로 만들어 맞춥니다.',
    },
    {
      prompt:
        'Kubernetes에서 "같은 파드를 3개 유지하고, 이미지를 바꾸면 하나씩 교체"하는 리소스는?',
      choices: ['Pod', 'Deployment', 'Service', 'ConfigMap'],
      answer: 1,
      explanation:
        'Deployment가 replicas와 롤링 업데이트를 맡습니다. Pod는 실행 단위, Service는 파드 묶음에 고정된 이름과 IP를 줍니다.',
    },
    {
      prompt: 'Compose의 "서비스 이름으로 다른 서비스에 접속"에 해당하는 Kubernetes 리소스는?',
      choices: ['Pod', 'Deployment', 'Service', 'Secret'],
      answer: 2,
      explanation:
        '파드는 계속 바뀌므로, Service가 레이블로 고른 파드 묶음에 고정된 DNS 이름과 가상 IP를 줍니다.',
    },
    {
      prompt: 'docker stack deploy -c compose.yaml로 배포할 때 Compose와 다른 점은?',
      choices: [
        'build:를 쓸 수 없어 레지스트리에 올린 이미지가 필요하고 depends_on은 무시된다',
        'services 대신 pods를 써야 한다',
        'ports를 쓸 수 없다',
        '차이가 없다',
      ],
      answer: 0,
      explanation:
        '스택은 여러 노드에서 이미지를 받아야 하므로 미리 빌드해 올린 이미지가 필요하고, 시작 순서 대신 재시작과 재시도에 맡깁니다.',
    },
    {
      prompt: 'Kubernetes 1.24에서 dockershim이 제거된 뒤 Docker로 빌드한 이미지는?',
      choices: [
        'Kubernetes에서 쓸 수 없다',
        'OCI 표준 이미지이므로 containerd나 CRI-O로 그대로 실행된다',
        '다시 빌드해야 한다',
        'Swarm에서만 쓸 수 있다',
      ],
      answer: 1,
      explanation:
        '제거된 것은 Kubernetes가 Docker Engine을 런타임으로 부르던 어댑터입니다. 이미지 형식은 OCI 표준이라 영향이 없습니다.',
    },
    {
      prompt: '2026년 현재 상황을 가장 정확히 말한 것은?',
      choices: [
        'Swarm이 Kubernetes를 대체했다',
        'Kubernetes가 사실상 표준이고, Swarm 모드는 엔진에 남아 동작하지만 유지보수 위주다',
        'Compose는 더 이상 쓰이지 않는다',
        '오케스트레이터 없이는 컨테이너를 운영할 수 없다',
      ],
      answer: 1,
      explanation:
        '생태계와 관리형 서비스는 Kubernetes 중심입니다. Swarm은 간단한 선택지로 남아 있고, Compose는 개발과 단일 서버 운영의 기본 도구입니다.',
    },
  ],
};

export default quiz;
