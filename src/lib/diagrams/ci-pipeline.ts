/**
 * The CI pipeline of examples/node-app/.github/workflows/docker-publish.yml for the CiPipeline
 * diagram: its steps in order, which of them read and write the GitHub Actions cache
 * (`cache-from`/`cache-to: type=gha`), and what a cache hit saves in the Dockerfile's layers.
 * The layer rule is the one of the BuildCache diagram (build-cache.ts): a step is reused when it
 * and every step before it are unchanged.
 */
import {simulateBuild, type Change, type StepResult} from './build-cache';

export type CacheUse = 'none' | 'read-write';

export interface PipelineStep {
  readonly id: string;
  /** Short Korean name shown in the list. */
  readonly label: string;
  /** The action the workflow calls (`owner/repo`), or null for the trigger and the registry. */
  readonly action: string | null;
  /** What the step does, one or two Korean sentences. */
  readonly detail: string;
  readonly cache: CacheUse;
  /** A failing step here stops the pipeline before anything is pushed. */
  readonly gate?: boolean;
  /** Platforms this step builds. */
  readonly platforms?: readonly string[];
}

export const PIPELINE_STEPS: readonly PipelineStep[] = [
  {
    id: 'trigger',
    label: '푸시 또는 풀 리퀘스트',
    action: null,
    detail:
      'main 브랜치에 푸시하거나 v1.2.3 같은 태그를 올리거나 풀 리퀘스트를 열면 워크플로가 시작됩니다. 풀 리퀘스트에서는 로그인과 푸시를 건너뜁니다.',
    cache: 'none',
  },
  {
    id: 'checkout',
    label: '소스 받기',
    action: 'actions/checkout',
    detail:
      '러너(runner)라는 빈 가상 머신에 저장소를 내려받습니다. 러너에는 지난 실행의 파일이 없습니다.',
    cache: 'none',
  },
  {
    id: 'setup',
    label: 'QEMU와 Buildx 준비',
    action: 'docker/setup-buildx-action',
    detail:
      'arm64용 RUN 단계를 에뮬레이션으로 실행할 QEMU를 등록하고, docker-container 드라이버의 BuildKit 빌더를 만듭니다. 이 빌더가 GitHub Actions 캐시에 읽고 쓸 수 있습니다.',
    cache: 'none',
  },
  {
    id: 'login',
    label: 'GHCR 로그인',
    action: 'docker/login-action',
    detail:
      '작업마다 새로 발급되는 GITHUB_TOKEN으로 ghcr.io에 로그인합니다. packages: write 권한이 있어야 푸시할 수 있습니다.',
    cache: 'none',
  },
  {
    id: 'metadata',
    label: '태그 계산',
    action: 'docker/metadata-action',
    detail:
      'git 태그 v1.2.3에서 1.2.3과 1.2를, 커밋에서 sha-로 시작하는 태그를, 브랜치에서 main을 만듭니다. OCI 레이블도 함께 만듭니다.',
    cache: 'none',
  },
  {
    id: 'scan-build',
    label: '검사용 빌드 (amd64)',
    action: 'docker/build-push-action',
    detail:
      '러너와 같은 amd64 이미지 하나를 빌드해 러너의 Docker에 싣습니다(load: true). 캐시에서 레이어를 읽고, 새로 만든 레이어를 캐시에 씁니다.',
    cache: 'read-write',
    platforms: ['linux/amd64'],
  },
  {
    id: 'scan',
    label: '취약점 검사',
    action: 'aquasecurity/trivy-action',
    detail:
      'Trivy가 방금 실은 이미지를 검사합니다. 고칠 수 있는 CRITICAL 취약점이 하나라도 있으면 종료 코드 1로 실패하고, 뒤 단계는 실행되지 않습니다.',
    cache: 'none',
    gate: true,
  },
  {
    id: 'push-build',
    label: '빌드와 푸시 (amd64, arm64)',
    action: 'docker/build-push-action',
    detail:
      '두 플랫폼을 빌드해 멀티 플랫폼 이미지로 올립니다. amd64 레이어는 검사용 빌드가 이미 캐시에 남겼으므로 다시 만들지 않습니다.',
    cache: 'read-write',
    platforms: ['linux/amd64', 'linux/arm64'],
  },
  {
    id: 'registry',
    label: 'ghcr.io에 이미지',
    action: null,
    detail:
      'ghcr.io/ 아래 저장소 소유자와 이름의 경로(예: ghcr.io/gildong/node-app)에 계산한 태그가 모두 붙은 이미지가 올라갑니다. 서버는 docker pull로 자기 플랫폼에 맞는 이미지를 받습니다.',
    cache: 'none',
  },
];

export type CacheScenarioId = 'cold' | 'source' | 'package';

export interface CacheScenario {
  readonly id: CacheScenarioId;
  readonly label: string;
}

export const CACHE_SCENARIOS: readonly CacheScenario[] = [
  {id: 'cold', label: '첫 실행 (캐시 비어 있음)'},
  {id: 'source', label: '소스 코드만 바꾼 푸시'},
  {id: 'package', label: 'package.json을 바꾼 푸시'},
];

const CHANGES: Readonly<Record<Exclude<CacheScenarioId, 'cold'>, Change>> = {
  source: {kind: 'files', files: ['src/server.js']},
  package: {kind: 'files', files: ['package.json', 'package-lock.json']},
};

/** The node-app Dockerfile's steps in one platform's build, with the cache as the scenario leaves it. */
export function layerResults(scenario: CacheScenarioId): StepResult[] {
  if (scenario !== 'cold') return simulateBuild('good', CHANGES[scenario]);
  // An empty cache: every build step runs (the base image is pulled, not taken from the cache).
  return simulateBuild('good', {kind: 'none'}).map((result) =>
    result.status === 'cached'
      ? {...result, status: 'rebuilt', reason: '캐시가 비어 있어 처음부터 실행합니다.'}
      : result,
  );
}

/** What one step does under the scenario, in Korean: its cache traffic for the build steps. */
export function stepCacheNote(step: PipelineStep, scenario: CacheScenarioId): string | null {
  if (step.cache === 'none') return null;
  const results = layerResults(scenario);
  const builds = results.filter((result) => result.status !== 'config');
  const rebuilt = builds.filter((result) => result.status === 'rebuilt').length;
  const perPlatform = `${builds.length}단계 중 ${rebuilt}단계 실행`;
  if (step.id === 'push-build') {
    // The scan build has just written the amd64 layers, so only arm64 can miss.
    return `캐시 읽기: amd64는 검사용 빌드가 쓴 레이어를 모두 재사용, arm64는 ${perPlatform} · 캐시 쓰기: 두 플랫폼의 새 레이어`;
  }
  return `캐시 읽기: ${perPlatform} · 캐시 쓰기: 새로 만든 레이어`;
}

/** Whether `npm ci` (the slow step, emulated for arm64) runs in the scenario. */
export function installRuns(scenario: CacheScenarioId): boolean {
  return layerResults(scenario).some(
    (result) => result.step.kind === 'run' && result.status === 'rebuilt',
  );
}

/** One Korean sentence for the live region: what the cache saved in this scenario. */
export function pipelineSummary(scenario: CacheScenarioId): string {
  const label = CACHE_SCENARIOS.find((s) => s.id === scenario)!.label;
  const saved = installRuns(scenario)
    ? 'npm ci가 amd64와 arm64(QEMU 에뮬레이션)에서 모두 실행되어 가장 오래 걸립니다'
    : 'npm ci 레이어를 캐시에서 가져오므로 소스를 복사하는 단계부터만 실행합니다';
  return `${label}: ${saved}.`;
}
