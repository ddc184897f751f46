import type {GlossaryEntry} from './types';

export const composeClusterTerms: readonly GlossaryEntry[] = [
  {
    id: 'docker-compose',
    ko: 'Docker Compose',
    en: 'Docker Compose',
    definition:
      '여러 컨테이너로 된 애플리케이션을 파일 하나로 정의하고 docker compose up 한 번으로 실행하는 도구입니다. 지금은 Docker CLI 플러그인(docker compose)이며, 옛 docker-compose(V1)는 2023년 7월 업데이트가 끝났습니다.',
    chapter: '/docs/compose-cluster/compose-intro',
    aliases: ['컴포즈', 'docker compose', 'docker-compose'],
  },
  {
    id: 'compose-file',
    ko: 'Compose 파일',
    en: 'Compose file',
    definition:
      '서비스, 네트워크, 볼륨을 적는 YAML 파일입니다. 권장 이름은 compose.yaml이며 Compose Specification을 따르므로 최상위 version 키는 필요 없습니다.',
    chapter: '/docs/compose-cluster/compose-file',
    aliases: ['compose.yaml', 'docker-compose.yml'],
  },
  {
    id: 'service',
    ko: '서비스',
    en: 'service',
    definition:
      'Compose와 Swarm에서 같은 이미지와 설정으로 실행되는 컨테이너 묶음을 부르는 이름입니다. 서비스 이름은 같은 네트워크 안에서 DNS 이름으로도 쓰입니다.',
    chapter: '/docs/compose-cluster/compose-file',
  },
  {
    id: 'orchestration',
    ko: '오케스트레이션',
    en: 'orchestration',
    definition:
      '여러 서버에 걸쳐 컨테이너를 배치하고, 죽으면 다시 띄우고, 늘리고 줄이고, 무중단으로 업데이트하는 일을 자동으로 해 주는 것입니다. Kubernetes와 Docker Swarm이 대표적인 도구입니다.',
    chapter: '/docs/compose-cluster/orchestration',
    aliases: ['컨테이너 오케스트레이션'],
  },
  {
    id: 'docker-swarm',
    ko: 'Docker Swarm 모드',
    en: 'Docker Swarm mode',
    definition:
      'Docker Engine에 1.12부터 내장된 클러스터 기능입니다. docker swarm init으로 시작하고 서비스와 스택 단위로 배포합니다. 유지보수는 계속되지만 새 기능 개발의 중심은 아닙니다.',
    chapter: '/docs/compose-cluster/orchestration',
    aliases: ['스웜', 'Swarm', 'swarm mode'],
  },
  {
    id: 'kubernetes',
    ko: '쿠버네티스',
    en: 'Kubernetes',
    definition:
      '컨테이너 오케스트레이션의 사실상 표준인 오픈 소스 플랫폼입니다. 2014년 Google이 공개했고 CNCF가 관리하며, 원하는 상태를 선언하면 컨트롤러가 실제 상태를 그쪽으로 맞춥니다.',
    chapter: '/docs/compose-cluster/orchestration',
    aliases: ['k8s', '쿠베', '큐브'],
  },
  {
    id: 'pod',
    ko: '파드',
    en: 'Pod',
    definition:
      'Kubernetes가 배치하는 가장 작은 단위입니다. 네트워크 이름공간과 볼륨을 함께 쓰는 컨테이너 하나 이상의 묶음이며, 보통 직접 만들지 않고 Deployment가 만들게 합니다.',
    chapter: '/docs/compose-cluster/orchestration',
    aliases: ['포드'],
  },
  {
    id: 'deployment',
    ko: '디플로이먼트',
    en: 'Deployment',
    definition:
      '같은 파드를 몇 개 유지할지(replicas)와 어떤 이미지로 업데이트할지를 선언하는 Kubernetes 리소스입니다. 롤링 업데이트와 되돌리기를 맡습니다.',
    chapter: '/docs/compose-cluster/orchestration',
  },
  {
    id: 'kubernetes-service',
    ko: '쿠버네티스 서비스',
    en: 'Kubernetes Service',
    definition:
      '레이블로 고른 파드 묶음에 고정된 이름과 가상 IP를 주고 요청을 나눠 보내는 Kubernetes 리소스입니다. 파드가 바뀌어도 접속 주소는 그대로입니다.',
    chapter: '/docs/compose-cluster/orchestration',
    aliases: ['k8s Service'],
  },
  {
    id: 'kind',
    ko: 'kind',
    en: 'kind (Kubernetes in Docker)',
    definition:
      'Kubernetes 노드를 Docker 컨테이너로 띄워 로컬 클러스터를 만드는 Kubernetes SIG 도구입니다. kind create cluster로 만들고, 로컬에서 빌드한 이미지는 kind load docker-image로 노드에 넣습니다.',
    chapter: '/docs/compose-cluster/kubernetes-lab',
    aliases: ['카인드', 'Kubernetes in Docker'],
  },
  {
    id: 'kubectl',
    ko: 'kubectl',
    en: 'kubectl',
    definition:
      'Kubernetes API 서버에 요청을 보내는 명령줄 도구입니다. kubeconfig 파일의 컨텍스트가 어느 클러스터에 보낼지 정합니다.',
    chapter: '/docs/compose-cluster/kubernetes-lab',
    aliases: ['큐브컨트롤', '큐브씨티엘'],
  },
  {
    id: 'configmap',
    ko: '컨피그맵',
    en: 'ConfigMap',
    definition:
      '비밀이 아닌 설정을 키와 값으로 담는 Kubernetes 오브젝트입니다. 파드는 그 값을 환경 변수나 파일로 받으므로, 설정을 바꿀 때 이미지를 다시 만들지 않아도 됩니다.',
    chapter: '/docs/compose-cluster/kubernetes-lab',
  },
  {
    id: 'kubernetes-secret',
    ko: '쿠버네티스 시크릿',
    en: 'Kubernetes Secret',
    definition:
      '비밀번호나 토큰처럼 작은 비밀 값을 담는 Kubernetes 오브젝트입니다. 값은 base64로 인코딩될 뿐 기본적으로 암호화되지 않으므로, 접근 권한과 저장 방식을 따로 챙겨야 합니다.',
    chapter: '/docs/compose-cluster/kubernetes-lab',
    aliases: ['k8s Secret'],
  },
  {
    id: 'probe',
    ko: '프로브',
    en: 'probe',
    definition:
      'kubelet이 컨테이너를 주기적으로 검사하는 방법입니다. readiness 프로브가 실패하면 파드가 Service의 대상에서 빠지고, liveness 프로브가 실패하면 컨테이너가 다시 시작됩니다.',
    chapter: '/docs/compose-cluster/kubernetes-lab',
    aliases: ['readinessProbe', 'livenessProbe', '헬스 프로브'],
  },
  {
    id: 'compose-secret',
    ko: '시크릿',
    en: 'secret',
    definition:
      '비밀번호나 토큰처럼 민감한 값을 환경 변수 대신 파일로 컨테이너에 넘기는 Compose의 기능입니다. 서비스에 허락한 secret만 /run/secrets/ 아래에 같은 이름의 읽기 전용 파일로 나타나며, docker inspect의 환경 변수에는 보이지 않습니다.',
    chapter: '/docs/compose-cluster/compose-in-operation',
    aliases: ['secrets', 'Docker secret', '*_FILE'],
  },
  {
    id: 'logging-driver',
    ko: '로깅 드라이버',
    en: 'logging driver',
    definition:
      '컨테이너가 표준 출력과 표준 오류에 쓴 로그를 받아 어디에 어떻게 저장할지 정하는 Docker의 구성 요소입니다. 기본값 json-file은 로그를 파일 하나에 계속 이어 쓰고 기본으로 회전하지 않으며, local 드라이버는 기본으로 회전합니다.',
    chapter: '/docs/compose-cluster/compose-in-operation',
    aliases: ['log driver', 'json-file', '로그 회전', 'log rotation'],
  },
];
