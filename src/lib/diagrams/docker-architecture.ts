/**
 * Which component does what for four everyday commands, for the
 * DockerArchitecture diagram. Pure data + stepping logic.
 */
import {rovingTargetIndex} from '../keyboard/roving-focus';

export type ComponentId =
  'client' | 'dockerd' | 'containerd' | 'shim' | 'runc' | 'kernel' | 'registry';

export interface ArchComponent {
  readonly id: ComponentId;
  readonly name: string;
  readonly role: string;
}

export const COMPONENTS: readonly ArchComponent[] = [
  {id: 'client', name: 'docker (클라이언트)', role: '명령을 REST API 요청으로 바꿉니다'},
  {id: 'dockerd', name: 'dockerd', role: 'Docker 엔진 데몬: API, 이미지, 네트워크, 볼륨'},
  {id: 'containerd', name: 'containerd', role: '이미지 콘텐츠·스냅숏·컨테이너 실행 관리'},
  {id: 'shim', name: 'containerd-shim-runc-v2', role: '컨테이너 하나를 지키는 작은 부모 프로세스'},
  {id: 'runc', name: 'runc', role: 'OCI 런타임: 네임스페이스와 cgroup을 설정하고 프로세스 실행'},
  {id: 'kernel', name: 'Linux 커널', role: '네임스페이스, cgroup, overlayfs, 신호'},
  {id: 'registry', name: '레지스트리 (Docker Hub)', role: '이미지의 manifest와 레이어를 보관'},
];

export interface ArchStep {
  /** Components that act in this step; the first one is the main actor. */
  readonly actors: readonly ComponentId[];
  readonly text: string;
}

export interface ArchCommand {
  readonly id: 'pull' | 'run' | 'exec' | 'stop';
  readonly command: string;
  readonly steps: readonly ArchStep[];
}

export const ARCH_COMMANDS: readonly ArchCommand[] = [
  {
    id: 'pull',
    command: 'docker pull nginx',
    steps: [
      {
        actors: ['client', 'dockerd'],
        text: '클라이언트가 이름을 docker.io/library/nginx:latest로 풀어 쓰고, 유닉스 소켓 /var/run/docker.sock으로 이미지 가져오기 API(POST /images/create)를 호출합니다.',
      },
      {
        actors: ['dockerd', 'registry'],
        text: 'dockerd가 레지스트리에 태그 latest가 가리키는 이미지 인덱스(여러 플랫폼의 manifest 목록)를 요청합니다. 로그인 정보가 있으면 함께 보냅니다.',
      },
      {
        actors: ['dockerd', 'registry'],
        text: '인덱스에서 호스트 플랫폼(예: linux/amd64)의 manifest를 고르고, 거기 적힌 config와 레이어를 digest로 하나씩 내려받습니다.',
      },
      {
        actors: ['containerd', 'kernel'],
        text: 'containerd가 받은 blob의 sha256을 검증해 콘텐츠 저장소에 넣고, 스냅숏터(overlayfs)로 레이어를 풀어 둡니다. 이미 있는 레이어는 건너뜁니다.',
      },
      {
        actors: ['client'],
        text: '클라이언트가 진행 상황을 받아 화면에 그리고, 마지막에 이미지의 digest와 상태 줄을 출력합니다.',
      },
    ],
  },
  {
    id: 'run',
    command: 'docker run -d --name web nginx',
    steps: [
      {
        actors: ['client', 'dockerd'],
        text: '클라이언트가 컨테이너 생성 API(POST /containers/create)를 호출합니다. 이미지가 없다는 응답이 오면 먼저 pull을 한 뒤 다시 요청합니다.',
      },
      {
        actors: ['dockerd'],
        text: 'dockerd가 설정(이미지의 CMD·ENV와 명령줄 옵션)을 합치고, 이름 web을 등록하고, 기본 bridge 네트워크와 볼륨을 준비합니다.',
      },
      {
        actors: ['containerd', 'kernel'],
        text: 'containerd가 이미지 레이어 위에 이 컨테이너만의 쓰기 가능한 스냅숏(overlayfs upperdir)을 만들고 컨테이너 레코드를 저장합니다.',
      },
      {
        actors: ['client', 'dockerd', 'containerd'],
        text: '클라이언트가 시작 API(POST /containers/web/start)를 부르고, dockerd는 containerd에게 태스크를 만들어 시작하라고 요청합니다.',
      },
      {
        actors: ['shim', 'runc'],
        text: 'containerd가 이 컨테이너 전용 shim을 띄우고, shim이 OCI 번들(config.json + rootfs)을 넘겨 runc를 실행합니다.',
      },
      {
        actors: ['runc', 'kernel'],
        text: 'runc가 커널에 새 네임스페이스와 cgroup을 요청하고 루트 파일시스템을 바꾼 뒤 nginx 프로세스를 실행하고 스스로 종료합니다.',
      },
      {
        actors: ['shim', 'client'],
        text: '이제 nginx의 부모는 shim입니다. dockerd가 재시작되어도 컨테이너는 계속 돌고, 클라이언트는 컨테이너 ID를 출력하고 끝납니다.',
      },
    ],
  },
  {
    id: 'exec',
    command: 'docker exec -it web sh',
    steps: [
      {
        actors: ['client', 'dockerd'],
        text: '클라이언트가 exec 인스턴스를 만들고(POST /containers/web/exec) 시작 요청으로 연결을 붙잡아 입출력 통로로 씁니다.',
      },
      {
        actors: ['dockerd', 'containerd'],
        text: 'dockerd가 web이 실행 중인지 확인하고, containerd에게 기존 태스크에 프로세스 하나를 더하라고 요청합니다.',
      },
      {
        actors: ['shim', 'runc'],
        text: '그 컨테이너의 shim이 runc exec를 실행합니다. 새 컨테이너를 만드는 것이 아닙니다.',
      },
      {
        actors: ['runc', 'kernel'],
        text: 'runc가 이미 있는 네임스페이스에 들어가고(setns) 같은 cgroup에 sh 프로세스를 넣습니다.',
      },
      {
        actors: ['kernel', 'client'],
        text: 'sh의 입출력이 shim → containerd → dockerd → 클라이언트로 이어져 터미널에 프롬프트가 나타납니다. exit하면 이 프로세스만 끝납니다.',
      },
    ],
  },
  {
    id: 'stop',
    command: 'docker stop web',
    steps: [
      {
        actors: ['client', 'dockerd'],
        text: '클라이언트가 정지 API(POST /containers/web/stop)를 호출합니다. -t로 유예 시간을 바꿀 수 있습니다.',
      },
      {
        actors: ['dockerd', 'containerd', 'shim'],
        text: 'dockerd가 이미지의 STOPSIGNAL(기본 SIGTERM)을 containerd와 shim을 거쳐 컨테이너의 PID 1에게 보내게 합니다.',
      },
      {
        actors: ['kernel'],
        text: '커널이 신호를 전달하고, nginx는 요청을 마무리하며 종료합니다. 유예 시간(기본 10초) 안에 끝나지 않으면 dockerd가 SIGKILL을 보냅니다.',
      },
      {
        actors: ['shim', 'containerd', 'dockerd'],
        text: 'shim이 종료 코드를 containerd에 알리고, dockerd는 상태를 Exited로 기록합니다. 쓰기 가능 레이어는 rm 전까지 남습니다.',
      },
    ],
  },
];

/** Clamp a step index to the command's range. */
export function clampStep(command: ArchCommand, step: number): number {
  return Math.max(0, Math.min(command.steps.length - 1, step));
}

/**
 * The next step index for a key press (any arrow steps, Home and End jump, no wrap-around),
 * or null when the key is not a stepping key.
 */
export function stepForKey(command: ArchCommand, step: number, key: string): number | null {
  return rovingTargetIndex(key, step, command.steps.length, {orientation: 'both', wrap: false});
}
