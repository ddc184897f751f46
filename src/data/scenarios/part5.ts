/** Playground tasks of part 5 (Compose); checked against the engine's state. */
import type {EngineState} from '../../lib/docker-sim';
import type {Scenario} from '../playground-scenarios';

const PROJECT_LABEL = 'com.docker.compose.project';
/** The project `name:` of examples/compose-app/compose.yaml. */
const PROJECT = 'compose-app';

const projectContainers = (state: EngineState) =>
  state.containers.filter((c) => c.labels[PROJECT_LABEL] === PROJECT);
const servicesOf = (containers: ReturnType<typeof projectContainers>) =>
  new Set(containers.map((c) => c.labels['com.docker.compose.service']));
const APP_SERVICES = ['web', 'db', 'cache'];
const hasAllServices = (containers: ReturnType<typeof projectContainers>) =>
  APP_SERVICES.every((s) => servicesOf(containers).has(s));

export const PART5_SCENARIOS: readonly Scenario[] = [
  {
    id: 'compose-stop-down',
    title: 'stop과 down이 남기는 것',
    description:
      '방명록 프로젝트를 띄운 뒤 stop으로 멈추고, down으로 컨테이너와 네트워크를 지우되 데이터베이스 볼륨은 남깁니다.',
    chapter: '/docs/compose-cluster/compose-commands',
    setup: [],
    steps: [
      {
        id: 'up',
        instruction:
          'examples/compose-app에서 .env.example을 .env로 복사하고, 프로젝트를 백그라운드로 띄웁니다. web, db, cache가 모두 실행 중이면 됩니다.',
        hint: 'cd examples/compose-app && cp .env.example .env && docker compose up -d',
        check: (_s, st) => {
          const up = projectContainers(st).filter((c) => c.state === 'running');
          return hasAllServices(up);
        },
      },
      {
        id: 'stop',
        instruction:
          '컨테이너를 지우지 않고 멈춥니다. docker compose ps -a에 세 컨테이너가 Exited로 남아 있으면 됩니다.',
        hint: 'docker compose stop',
        check: (_s, st) => {
          const all = projectContainers(st);
          return hasAllServices(all) && all.every((c) => c.state === 'exited');
        },
      },
      {
        id: 'down-keep-volume',
        instruction:
          '컨테이너와 네트워크를 지웁니다. 방명록의 글이 든 볼륨 compose-app_db-data는 남아 있어야 합니다.',
        hint: 'docker compose down',
        check: (_s, st) =>
          projectContainers(st).length === 0 &&
          !st.networks.some((n) => n.labels[PROJECT_LABEL] === PROJECT) &&
          st.volumes.some(
            (v) => v.labels[PROJECT_LABEL] === PROJECT && v.name.endsWith('_db-data'),
          ),
      },
    ],
  },
];
