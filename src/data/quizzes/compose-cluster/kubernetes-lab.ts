import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'compose-cluster/kubernetes-lab',
  questions: [
    {
      prompt:
        'docker build로 만든 node-app:1.0을 kind 클러스터에 배포했더니 파드가 ImagePullBackOff에 머뭅니다. 가장 먼저 의심할 것은?',
      choices: [
        '노드의 CPU와 메모리가 모자라 스케줄러가 파드를 놓을 곳을 찾지 못했다',
        'Service의 selector가 Deployment가 만든 파드의 레이블과 서로 다르다',
        '이미지를 kind load docker-image로 노드에 넣지 않았다',
        'ConfigMap의 PORT 값에 따옴표가 없어 숫자로 읽혀 컨테이너가 실패했다',
      ],
      answer: 2,
      explanation:
        'kind의 노드는 내 Docker Engine과 다른 이미지 저장소(노드 안의 containerd)를 씁니다. 레지스트리에 없는 이미지는 kind load로 넣어야 하고, 그때 pull 정책이 IfNotPresent여야 받으러 가지 않습니다.',
    },
    {
      prompt: '이미지 태그를 latest로 바꾸면 kind load로 넣은 이미지가 왜 쓰이지 않을 수 있습니까?',
      choices: [
        'latest의 기본 pull 정책이 Always라서 레지스트리에서 받으려 하기 때문',
        'kind load는 latest 태그가 붙은 이미지를 노드에 넣지 못하기 때문',
        'Deployment의 검증 단계가 latest 태그를 쓰는 매니페스트를 거절하기 때문',
        'kubelet이 쓰지 않는 latest 이미지를 노드에서 곧바로 지우기 때문',
      ],
      answer: 0,
      explanation:
        '태그가 latest이거나 없으면 기본 정책이 Always입니다. 레지스트리에 없는 이미지라 받기가 실패합니다. 버전 태그를 쓰거나 IfNotPresent(또는 Never)를 적습니다.',
    },
    {
      prompt: 'readiness 프로브가 실패하는 파드에 Kubernetes가 하는 일은?',
      choices: [
        'kubelet이 그 컨테이너를 곧바로 멈추고 새 컨테이너로 다시 시작한다',
        '스케줄러가 그 파드를 여유 있는 다른 노드로 옮겨 다시 만든다',
        'Deployment가 replicas를 하나 줄이고 새 ReplicaSet을 만든다',
        'Service의 대상에서 빼고 컨테이너는 둔다',
      ],
      answer: 3,
      explanation:
        '다시 시작하는 것은 liveness 프로브가 실패할 때입니다. readiness는 "요청을 받을 준비가 됐는가"에 답하고, 롤링 업데이트도 이 결과를 보고 옛 파드를 줄입니다.',
    },
    {
      prompt:
        'Compose의 deploy.resources.reservations.memory: 64M에 해당하는 Kubernetes 설정으로 맞는 것은?',
      choices: [
        'resources.limits.memory: 64M',
        'requests.memory: 64Mi',
        'resources.requests.memory: 64M',
        'resources.limits.memory: 64Mi',
      ],
      answer: 1,
      explanation:
        'reservations는 requests가 되어 스케줄러가 노드를 고르는 기준이 됩니다. Compose의 M은 1024²바이트라 Kubernetes에서는 Mi로 적습니다. Kubernetes의 M은 1000²바이트입니다.',
    },
    {
      prompt:
        'ConfigMap의 PORT 값을 바꿔 kubectl apply 했는데 실행 중인 파드의 앱은 예전 포트에서 듣습니다. 까닭은?',
      choices: [
        'ConfigMap은 같은 폴더의 Secret이 모두 적용된 다음에야 반영되기 때문',
        'kubectl apply는 이미 있는 ConfigMap의 바뀐 값을 무시하고 넘어가기 때문',
        '환경 변수는 컨테이너가 시작할 때 정해지므로 파드를 새로 만들어야 해서',
        'PORT는 Kubernetes가 예약한 이름이라 ConfigMap 값이 덮어쓰이기 때문',
      ],
      answer: 2,
      explanation:
        'envFrom으로 받은 값은 컨테이너가 시작할 때 정해집니다. kubectl rollout restart deployment/node-app으로 파드를 새로 만들어야 새 값이 들어갑니다.',
    },
    {
      prompt: 'kubectl set image로 노드에 없는 태그를 배포했습니다. 서비스는 어떻게 됩니까?',
      choices: [
        '모든 파드가 한꺼번에 새 태그로 바뀌어 서비스가 완전히 멈춘다',
        '옛 파드가 계속 요청을 받고, rollout undo로 되돌릴 수 있다',
        'Deployment가 스스로 지워지므로 매니페스트를 다시 apply해야 한다',
        'Kubernetes가 레지스트리에서 가장 가까운 태그를 찾아 대신 실행한다',
      ],
      answer: 1,
      explanation:
        '새 파드가 준비되지 않으면 Deployment는 maxUnavailable이 허락하는 만큼만 옛 파드를 줄이고 기다립니다. rollout undo는 전의 ReplicaSet을 다시 키웁니다.',
    },
    {
      prompt: 'Kompose가 만든 매니페스트를 그대로 쓰면 안 되는 까닭으로 맞지 않는 것은?',
      choices: [
        'Compose 파일에 없던 프로브와 리소스 요청은 결과에도 만들어지지 않는다',
        'Kubernetes API가 결과의 형식을 거절한다',
        'ports의 게시 포트가 클러스터 안에서만 닿는 Service 포트로 뜻이 바뀐다',
        'latest 태그와 io.kompose.service 레이블이 결과에 그대로 남는다',
      ],
      answer: 1,
      explanation:
        'Kompose의 결과는 API가 받아들이는 올바른 매니페스트입니다. 문제는 형식이 아니라 뜻입니다. 프로브·리소스가 빠지고, 포트의 의미와 pull 정책이 달라지므로 읽고 고칩니다.',
    },
  ],
};

export default quiz;
