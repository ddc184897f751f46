/**
 * The container lifecycle as a small state machine, for the ContainerLifecycle
 * diagram. Pure logic: no React, no DOM.
 *
 * Behaviour follows Docker Engine (moby daemon): `docker stop` on a container
 * that is not running succeeds without doing anything, `docker stop`/`kill` on a
 * paused container unpauses it after sending the signal, `docker rm` refuses a
 * running, paused or restarting container. Error texts quoted here are the ones
 * moby returns (daemon/delete.go, daemon/names.go); the others are explained in
 * Korean instead of being quoted.
 */

export type LifecycleState =
  'none' | 'created' | 'running' | 'paused' | 'restarting' | 'exited' | 'removed';

export type LifecycleCommand =
  | 'create'
  | 'start'
  | 'run'
  | 'pause'
  | 'unpause'
  | 'stop'
  | 'kill'
  | 'restart'
  | 'rm'
  | 'crash'
  | 'recover';

export interface LifecycleModel {
  readonly state: LifecycleState;
  /** Exit code shown in `Exited (N)`; only meaningful in `exited`. */
  readonly exitCode: number;
}

export interface CommandInfo {
  readonly id: LifecycleCommand;
  /** What the reader types, or a description for events that are not commands. */
  readonly label: string;
  /** True for things that happen to the container rather than commands. */
  readonly event: boolean;
}

export const CONTAINER_NAME = 'web';
export const CONTAINER_ID = '3f1c9a7e2b6d';

export const COMMANDS: readonly CommandInfo[] = [
  {id: 'create', label: 'docker create --name web nginx', event: false},
  {id: 'run', label: 'docker run -d --name web nginx', event: false},
  {id: 'start', label: 'docker start web', event: false},
  {id: 'pause', label: 'docker pause web', event: false},
  {id: 'unpause', label: 'docker unpause web', event: false},
  {id: 'stop', label: 'docker stop web', event: false},
  {id: 'kill', label: 'docker kill web', event: false},
  {id: 'restart', label: 'docker restart web', event: false},
  {id: 'rm', label: 'docker rm web', event: false},
  {id: 'crash', label: '프로세스가 오류로 종료(--restart on-failure)', event: true},
  {id: 'recover', label: '재시작한 프로세스가 정상 동작', event: true},
];

export const STATE_LABELS: Readonly<Record<LifecycleState, string>> = {
  none: '컨테이너 없음',
  created: 'created (생성됨)',
  running: 'running (실행 중)',
  paused: 'paused (일시 정지)',
  restarting: 'restarting (재시작 중)',
  exited: 'exited (종료됨)',
  removed: 'removed (삭제됨)',
};

/** The states drawn in the diagram, in reading order. */
export const DIAGRAM_STATES: readonly LifecycleState[] = [
  'created',
  'running',
  'paused',
  'restarting',
  'exited',
  'removed',
];

/** The edges of the state machine, for the static list and the drawing. */
export interface Edge {
  readonly from: LifecycleState;
  readonly to: LifecycleState;
  readonly command: LifecycleCommand;
}

export const INITIAL: LifecycleModel = {state: 'none', exitCode: 0};

export type TransitionResult =
  | {
      readonly ok: true;
      readonly next: LifecycleModel;
      /** What the CLI prints on success (the name, an ID, or nothing). */
      readonly output: string;
      /** Short Korean note on what happened. */
      readonly note: string;
    }
  | {
      readonly ok: false;
      /** Docker's own error text when it is quoted, else null. */
      readonly error: string | null;
      /** Korean explanation of why the command does not apply. */
      readonly reason: string;
    };

const exists = (state: LifecycleState): boolean => state !== 'none' && state !== 'removed';

const FULL_ID = `${CONTAINER_ID}0d4e8b1a5c7f9e2d3b6a8c1f4e7d0a9b2c5e8f1a4d7b0c3e6f9a`;

function ok(state: LifecycleState, output: string, note: string, exitCode = 0): TransitionResult {
  return {ok: true, next: {state, exitCode}, output, note};
}

function refused(reason: string, error: string | null = null): TransitionResult {
  return {ok: false, error, reason};
}

const removeError = (what: string): string =>
  `Error response from daemon: cannot remove container "/${CONTAINER_NAME}": container is ${what}`;

/** Applies one command to the model. Never throws; invalid commands are `ok: false`. */
export function transition(model: LifecycleModel, command: LifecycleCommand): TransitionResult {
  const {state} = model;
  const noContainer = refused(
    '아직 web이라는 컨테이너가 없습니다. 먼저 create나 run으로 만들어야 합니다.',
    `Error response from daemon: No such container: ${CONTAINER_NAME}`,
  );

  switch (command) {
    case 'create':
    case 'run': {
      if (exists(state)) {
        return refused(
          '같은 이름의 컨테이너가 이미 있습니다. run과 create는 언제나 새 컨테이너를 만들기 때문에, 기존 컨테이너를 지우거나 다른 이름을 써야 합니다.',
          `docker: Error response from daemon: Conflict. The container name "/${CONTAINER_NAME}" is already in use by container "${FULL_ID}". You have to remove (or rename) that container to be able to reuse that name.`,
        );
      }
      return command === 'create'
        ? ok(
            'created',
            FULL_ID,
            '이미지에서 컨테이너를 만들고 쓰기 가능 레이어를 준비했지만, 프로세스는 아직 시작하지 않았습니다.',
          )
        : ok(
            'running',
            FULL_ID,
            'run은 create와 start를 한 번에 합니다. 메인 프로세스(nginx)가 실행 중입니다.',
          );
    }
    case 'start':
      if (!exists(state)) return noContainer;
      if (state === 'running')
        return ok('running', CONTAINER_NAME, '이미 실행 중이라 아무 일도 일어나지 않습니다.');
      if (state === 'paused')
        return refused('일시 정지된 컨테이너는 start가 아니라 unpause로 되살립니다.');
      if (state === 'restarting') return refused('재시작 정책이 이미 다시 시작하는 중입니다.');
      return ok(
        'running',
        CONTAINER_NAME,
        '같은 컨테이너(같은 쓰기 가능 레이어)의 메인 프로세스를 다시 실행합니다.',
      );
    case 'pause':
      if (!exists(state)) return noContainer;
      if (state === 'running')
        return ok(
          'paused',
          CONTAINER_NAME,
          'cgroup freezer가 모든 프로세스를 얼렸습니다. 메모리는 그대로 남아 있습니다.',
        );
      if (state === 'paused') return refused('이미 일시 정지 상태입니다.');
      return refused(
        '실행 중인 컨테이너만 일시 정지할 수 있습니다. Docker는 컨테이너가 실행 중이 아니라는 오류를 냅니다.',
      );
    case 'unpause':
      if (!exists(state)) return noContainer;
      if (state === 'paused')
        return ok('running', CONTAINER_NAME, '얼어 있던 프로세스가 멈춘 지점부터 다시 실행됩니다.');
      return refused(
        '일시 정지된 컨테이너에만 쓸 수 있습니다. Docker는 컨테이너가 일시 정지 상태가 아니라는 오류를 냅니다.',
      );
    case 'stop':
      if (!exists(state)) return noContainer;
      if (state === 'running' || state === 'paused' || state === 'restarting')
        return ok(
          'exited',
          CONTAINER_NAME,
          'SIGTERM을 보내고 프로세스가 스스로 끝나기를 기다렸습니다(기본 10초, 넘기면 SIGKILL). nginx는 정상 종료해 코드 0을 남겼습니다.',
          0,
        );
      return ok(
        state,
        CONTAINER_NAME,
        '실행 중이 아니므로 stop은 아무것도 하지 않고 성공합니다.',
        model.exitCode,
      );
    case 'kill':
      if (!exists(state)) return noContainer;
      if (state === 'running' || state === 'paused')
        return ok(
          'exited',
          CONTAINER_NAME,
          'SIGKILL로 즉시 끝냈습니다. 종료 코드 137은 128 + 9(SIGKILL)입니다.',
          137,
        );
      return refused(
        '실행 중인 컨테이너에만 신호를 보낼 수 있습니다. Docker는 컨테이너가 실행 중이 아니라는 오류를 냅니다.',
      );
    case 'restart':
      if (!exists(state)) return noContainer;
      return ok(
        'running',
        CONTAINER_NAME,
        'restart는 stop 다음 start입니다. 쓰기 가능 레이어는 그대로 유지됩니다.',
      );
    case 'rm':
      if (!exists(state)) return noContainer;
      if (state === 'running')
        return refused(
          '실행 중인 컨테이너는 지울 수 없습니다. 먼저 stop하거나 rm -f를 씁니다.',
          removeError('running: stop the container before removing or force remove'),
        );
      if (state === 'paused')
        return refused(
          '일시 정지된 컨테이너는 먼저 unpause(그리고 stop)해야 지울 수 있습니다.',
          removeError('paused and must be unpaused first'),
        );
      if (state === 'restarting')
        return refused(
          '재시작 중인 컨테이너는 먼저 stop해야 지울 수 있습니다.',
          removeError('restarting: stop the container before removing or force remove'),
        );
      return ok(
        'removed',
        CONTAINER_NAME,
        '컨테이너와 함께 쓰기 가능 레이어도 삭제되었습니다. 그 안의 변경 사항은 되돌릴 수 없습니다.',
      );
    case 'crash':
      if (state === 'running')
        return ok(
          'restarting',
          '',
          '메인 프로세스가 코드 1로 끝났고, 재시작 정책이 잠시 기다렸다가 다시 시작하려는 중입니다.',
          1,
        );
      return refused('실행 중인 프로세스만 오류로 끝날 수 있습니다.');
    case 'recover':
      if (state === 'restarting')
        return ok('running', '', '재시작 정책이 프로세스를 다시 띄웠고 이번에는 정상 동작합니다.');
      return refused('재시작 중일 때만 일어나는 일입니다.');
  }
}

/** The STATUS column of `docker ps -a` for this model, or null when no row is shown. */
export function statusText(model: LifecycleModel): string | null {
  switch (model.state) {
    case 'none':
    case 'removed':
      return null;
    case 'created':
      return 'Created';
    case 'running':
      return 'Up 3 seconds';
    case 'paused':
      return 'Up 5 seconds (Paused)';
    case 'restarting':
      return 'Restarting (1) 1 second ago';
    case 'exited':
      return `Exited (${model.exitCode}) 2 seconds ago`;
  }
}

/** One `docker ps -a` row (fixed-width like the CLI) or null. */
export function psRow(model: LifecycleModel): string | null {
  const status = statusText(model);
  if (status === null) return null;
  const ports = model.state === 'running' || model.state === 'paused' ? '80/tcp' : '';
  return [
    CONTAINER_ID.padEnd(15),
    'nginx'.padEnd(9),
    '"/docker-entrypoint.…"'.padEnd(25),
    '8 seconds ago'.padEnd(15),
    status.padEnd(29),
    ports.padEnd(9),
    CONTAINER_NAME,
  ].join('');
}

export const PS_HEADER = [
  'CONTAINER ID'.padEnd(15),
  'IMAGE'.padEnd(9),
  'COMMAND'.padEnd(25),
  'CREATED'.padEnd(15),
  'STATUS'.padEnd(29),
  'PORTS'.padEnd(9),
  'NAMES',
].join('');

/** Every valid (state, command) → state edge, for the static description. */
export function edges(): Edge[] {
  const list: Edge[] = [];
  const from: LifecycleState[] = ['none', 'created', 'running', 'paused', 'restarting', 'exited'];
  for (const state of from) {
    for (const {id} of COMMANDS) {
      const result = transition({state, exitCode: 0}, id);
      if (result.ok && result.next.state !== state)
        list.push({from: state, to: result.next.state, command: id});
    }
  }
  return list;
}
