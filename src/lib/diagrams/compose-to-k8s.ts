/**
 * Where each key of a Compose service goes in Kubernetes (chapter "쿠버네티스 첫 실습"), on the
 * course's own files: examples/k8s/compose.yaml and the manifests beside it. Pure data and the
 * unit conversions the mapping needs; the view is components/diagrams/ComposeToK8s.
 *
 * Sources: the Compose Specification (services.deploy.resources, healthcheck, secrets, restart),
 * Kubernetes docs "Resource Management for Pods and Containers" (cpu in cores or millicores,
 * memory suffixes Ki/Mi/Gi as powers of two), "Configure Liveness, Readiness and Startup Probes",
 * "ConfigMaps", "Secrets", "Service", and "Pod Lifecycle" (restartPolicy).
 */

/** A manifest of examples/k8s/, or none when the key has no counterpart there. */
export type ManifestFile =
  'deployment.yaml' | 'service.yaml' | 'configmap.yaml' | 'secret.example.yaml';

export interface KeyMapping {
  /** Stable id, used for the buttons and tests. */
  readonly id: string;
  /** The Compose key as a reader finds it in a service. */
  readonly composeKey: string;
  /** Lines of examples/k8s/compose.yaml (or a short Compose fragment) that hold the key. */
  readonly compose: string;
  /** The Kubernetes object and field it becomes. */
  readonly target: string;
  /** The manifest that holds it in examples/k8s/, when one does. */
  readonly file?: ManifestFile;
  /** Lines of that manifest, indented as an excerpt (each line, trimmed, is in the file). */
  readonly kubernetes: string;
  /** What works differently after the move, in one or two sentences. */
  readonly change: string;
}

export const COMPOSE_TO_K8S: readonly KeyMapping[] = [
  {
    id: 'image',
    composeKey: 'build / image',
    compose: 'build: ../node-app\nimage: node-app:1.0',
    target: 'Deployment → containers[].image, imagePullPolicy',
    file: 'deployment.yaml',
    kubernetes: 'image: node-app:1.0\nimagePullPolicy: IfNotPresent',
    change:
      'Kubernetes는 빌드하지 않습니다. 이미지를 미리 만들어 레지스트리에 올리거나 kind load로 노드에 넣어야 하고, 노드에 있는 이미지를 쓰려면 IfNotPresent가 필요합니다.',
  },
  {
    id: 'ports',
    composeKey: 'ports',
    compose: 'ports:\n  - "3000:3000"',
    target: 'Service (port → targetPort), containerPort',
    file: 'service.yaml',
    kubernetes: 'ports:\n  - name: http\n    port: 80\n    targetPort: http',
    change:
      '호스트 포트를 여는 대신 Service가 클러스터 안의 고정된 이름과 주소를 줍니다. 밖에서 들어오려면 port-forward, NodePort, LoadBalancer, Ingress·Gateway 중 하나가 더 필요합니다.',
  },
  {
    id: 'environment',
    composeKey: 'environment',
    compose: 'environment:\n  PORT: "3000"',
    target: 'ConfigMap → envFrom.configMapRef',
    file: 'configmap.yaml',
    kubernetes: 'kind: ConfigMap\ndata:\n  PORT: "3000"',
    change:
      '설정이 이미지와 파드 밖의 독립된 오브젝트가 됩니다. 값을 바꿔도 실행 중인 컨테이너의 환경 변수는 그대로이므로 파드를 다시 만들어야(rollout restart) 반영됩니다.',
  },
  {
    id: 'env_file',
    composeKey: 'env_file',
    compose: 'env_file:\n  - app.env',
    target: 'ConfigMap (kubectl create configmap --from-env-file)',
    kubernetes: 'kubectl create configmap node-app-config --from-env-file=app.env',
    change:
      '파일은 클러스터로 가지 않습니다. 파일의 내용이 ConfigMap의 키가 되고, 파드는 그 ConfigMap을 envFrom으로 읽습니다.',
  },
  {
    id: 'secrets',
    composeKey: 'secrets',
    compose: 'secrets:\n  - api_token',
    target: 'Secret → envFrom.secretRef (또는 볼륨)',
    file: 'secret.example.yaml',
    kubernetes: 'kind: Secret\ntype: Opaque\nstringData:\n  API_TOKEN: change-me',
    change:
      'Secret 값은 base64로 저장될 뿐 암호화가 아닙니다. 저장소에 값을 두지 말고 kubectl create secret이나 외부 비밀 관리 도구로 만들며, 읽을 수 있는 사람을 RBAC로 줄입니다.',
  },
  {
    id: 'healthcheck',
    composeKey: 'healthcheck',
    compose: 'healthcheck:\n  interval: 10s\n  timeout: 3s\n  retries: 3',
    target: 'Deployment → readinessProbe, livenessProbe',
    file: 'deployment.yaml',
    kubernetes: 'readinessProbe:\n  periodSeconds: 10\n  timeoutSeconds: 3\n  failureThreshold: 3',
    change:
      '검사 하나가 둘로 나뉩니다. readiness가 실패하면 Service의 대상에서 빠지기만 하고, liveness가 실패하면 kubelet이 컨테이너를 다시 시작합니다. 검사는 컨테이너 안의 wget이 아니라 kubelet이 HTTP로 합니다.',
  },
  {
    id: 'resources',
    composeKey: 'deploy.resources',
    compose:
      'limits:\n  cpus: "0.50"\n  memory: 256M\nreservations:\n  cpus: "0.10"\n  memory: 64M',
    target: 'Deployment → resources.limits, resources.requests',
    file: 'deployment.yaml',
    kubernetes: 'requests:\n  cpu: 100m\n  memory: 64Mi\nlimits:\n  cpu: 500m\n  memory: 256Mi',
    change:
      'reservations가 requests가 되어 스케줄러가 파드를 놓을 노드를 고르는 기준이 됩니다. 단위도 바뀝니다: CPU 0.5는 500m, Compose의 M(1024²바이트)은 Mi입니다.',
  },
  {
    id: 'restart',
    composeKey: 'restart',
    compose: 'restart: unless-stopped',
    target: 'Deployment(ReplicaSet)와 파드의 restartPolicy: Always',
    file: 'deployment.yaml',
    kubernetes: 'kind: Deployment\nspec:\n  replicas: 2',
    change:
      '재시작을 엔진의 정책 대신 컨트롤러가 맡습니다. 컨테이너는 kubelet이 다시 시작하고, 파드나 노드가 사라지면 ReplicaSet이 새 파드를 만들어 replicas 수를 지킵니다.',
  },
  {
    id: 'depends_on',
    composeKey: 'depends_on',
    compose: 'depends_on:\n  db:\n    condition: service_healthy',
    target: '대응하는 필드 없음',
    kubernetes: '(readinessProbe와 앱의 재시도, 필요하면 initContainers)',
    change:
      '시작 순서를 보장하지 않습니다. 앱이 의존 서비스에 다시 연결을 시도하고, 준비되지 않은 동안에는 readiness 검사로 트래픽을 받지 않게 만듭니다.',
  },
];

const COMPOSE_MEMORY = /^(\d+(?:\.\d+)?)\s*(b|k|kb|m|mb|g|gb)?$/i;
const BINARY_SUFFIX: Readonly<Record<string, string>> = {k: 'Ki', m: 'Mi', g: 'Gi'};

/**
 * A Compose memory value as a Kubernetes quantity. Compose byte units are powers of 1024
 * (256M = 256 × 1024² bytes), which Kubernetes writes with Ki, Mi, Gi; Kubernetes' M is 1000².
 */
export function composeMemoryToQuantity(value: string): string {
  const match = COMPOSE_MEMORY.exec(value.trim());
  if (!match) throw new Error(`not a Compose byte value: ${value}`);
  const [, amount, unit = 'b'] = match;
  const suffix = BINARY_SUFFIX[unit.toLowerCase().charAt(0)];
  return suffix ? `${amount}${suffix}` : amount!;
}

/** Compose `cpus` (a fraction of one CPU) as Kubernetes millicores: "0.50" → "500m". */
export function composeCpusToMillicores(value: string | number): string {
  const cpus = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(cpus) || cpus <= 0) throw new Error(`not a CPU count: ${value}`);
  return `${Math.round(cpus * 1000)}m`;
}

/** A Compose duration in whole seconds, as probes take it: "10s" → 10, "1m30s" → 90. */
export function composeDurationToSeconds(value: string): number {
  const parts = [...value.matchAll(/(\d+)(h|m|s)/g)];
  if (parts.length === 0 || parts.map((part) => part[0]).join('') !== value) {
    throw new Error(`not a whole-second Compose duration: ${value}`);
  }
  const scale: Readonly<Record<string, number>> = {h: 3600, m: 60, s: 1};
  return parts.reduce((sum, [, amount, unit]) => sum + Number(amount) * scale[unit!]!, 0);
}

/** The mapping shown for an id, or undefined. */
export function mappingById(id: string): KeyMapping | undefined {
  return COMPOSE_TO_K8S.find((mapping) => mapping.id === id);
}
