/**
 * The eight Linux namespace kinds (namespaces(7)), with what each isolates and
 * what a process sees on the host and inside a container. Kernel versions
 * follow clone(2), unshare(2) and time_namespaces(7); outputs follow
 * util-linux 2.39 `unshare`, `ip`, `ps` on a Linux 6.x host running the `web`
 * nginx container with Docker's defaults (no user namespace).
 */

export type NamespaceKind = 'mnt' | 'uts' | 'ipc' | 'pid' | 'net' | 'user' | 'cgroup' | 'time';

export interface NamespaceView {
  /** What the reader runs to see this view. */
  readonly command: string;
  /** The output, line by line. */
  readonly output: readonly string[];
}

export interface NamespaceInfo {
  readonly kind: NamespaceKind;
  /** Korean name as the chapter writes it. */
  readonly name: string;
  /** English name from namespaces(7). */
  readonly en: string;
  readonly cloneFlag: string;
  /** unshare(1) long and short option. */
  readonly unshareLong: string;
  readonly unshareShort: string;
  /** Kernel version that added it (and when it became complete, if later). */
  readonly kernel: string;
  /** One sentence: what it isolates. */
  readonly isolates: string;
  /** Command to try on a Linux host (as root unless it says otherwise). */
  readonly tryIt: string;
  readonly host: NamespaceView;
  readonly container: NamespaceView;
  /** What to notice when comparing the two views. */
  readonly point: string;
}

export const NAMESPACES: readonly NamespaceInfo[] = [
  {
    kind: 'mnt',
    name: '마운트',
    en: 'Mount',
    cloneFlag: 'CLONE_NEWNS',
    unshareLong: '--mount',
    unshareShort: '-m',
    kernel: 'Linux 2.4.19 (첫 번째 네임스페이스)',
    isolates: '마운트 지점 목록. 컨테이너는 이미지로 만든 자기 루트 파일 시스템을 봅니다.',
    tryIt: 'sudo unshare --mount sh -c "mount -t tmpfs tmpfs /mnt && findmnt /mnt"',
    host: {
      command: 'findmnt -l -n -o TARGET,FSTYPE | head -n 5',
      output: [
        '/              ext4',
        '/dev           devtmpfs',
        '/proc          proc',
        '/sys           sysfs',
        '/home          ext4',
      ],
    },
    container: {
      command: "docker exec web sh -c 'findmnt -l -n -o TARGET,FSTYPE | head -n 5'",
      output: [
        '/              overlay',
        '/proc          proc',
        '/dev           tmpfs',
        '/dev/pts       devpts',
        '/sys           sysfs',
      ],
    },
    point:
      '컨테이너의 /는 overlay 파일 시스템입니다. 호스트의 /home 같은 마운트는 목록에 아예 없습니다.',
  },
  {
    kind: 'uts',
    name: 'UTS',
    en: 'UTS',
    cloneFlag: 'CLONE_NEWUTS',
    unshareLong: '--uts',
    unshareShort: '-u',
    kernel: 'Linux 2.6.19',
    isolates: '호스트 이름과 NIS 도메인 이름. 시계는 여기에 속하지 않습니다.',
    tryIt: "sudo unshare --uts sh -c 'hostname container-demo; hostname'",
    host: {command: 'hostname', output: ['devbox']},
    container: {command: 'docker exec web hostname', output: ['3f2a9c1b7d4e']},
    point:
      'Docker는 컨테이너 ID 앞 12자리를 호스트 이름으로 줍니다. 컨테이너 안에서 바꿔도 호스트 이름은 그대로입니다.',
  },
  {
    kind: 'ipc',
    name: 'IPC',
    en: 'IPC',
    cloneFlag: 'CLONE_NEWIPC',
    unshareLong: '--ipc',
    unshareShort: '-i',
    kernel: 'Linux 2.6.19',
    isolates: 'System V IPC 객체(공유 메모리, 세마포어, 메시지 큐)와 POSIX 메시지 큐.',
    tryIt: 'sudo unshare --ipc ipcs -m',
    host: {
      command: 'ipcs -m',
      output: [
        '------ Shared Memory Segments --------',
        'key        shmid      owner      perms      bytes      nattch     status',
        '0x00000000 32768      postgres   600        56         6',
      ],
    },
    container: {
      command: 'docker exec web ipcs -m',
      output: [
        '------ Shared Memory Segments --------',
        'key        shmid      owner      perms      bytes      nattch     status',
      ],
    },
    point: '호스트의 공유 메모리 세그먼트가 컨테이너에서는 보이지 않고, 붙을 수도 없습니다.',
  },
  {
    kind: 'pid',
    name: 'PID',
    en: 'PID',
    cloneFlag: 'CLONE_NEWPID',
    unshareLong: '--pid',
    unshareShort: '-p',
    kernel: 'Linux 2.6.24',
    isolates: '프로세스 번호 공간. 네임스페이스의 첫 프로세스가 PID 1(init)이 됩니다.',
    tryIt: 'sudo unshare --pid --fork --mount-proc ps -ef',
    host: {
      command: 'ps -e -o pid,comm',
      output: [
        '    PID COMMAND',
        '      1 systemd',
        '    812 containerd',
        '    955 dockerd',
        '   1503 containerd-shim',
        '   1524 nginx',
        '   1561 nginx',
        '   2210 bash',
      ],
    },
    container: {
      command: 'docker run --rm --pid container:web alpine ps -o pid,comm',
      output: ['PID   COMMAND', '    1 nginx', '   29 nginx', '   30 ps'],
    },
    point:
      '호스트의 PID 1524가 컨테이너 안에서는 PID 1입니다. 호스트는 컨테이너의 프로세스를 모두 보지만, 반대로는 보이지 않습니다. (nginx 이미지에는 ps가 없어서, web의 PID 네임스페이스에 함께 들어간 alpine 컨테이너의 ps로 봅니다.)',
  },
  {
    kind: 'net',
    name: '네트워크',
    en: 'Network',
    cloneFlag: 'CLONE_NEWNET',
    unshareLong: '--net',
    unshareShort: '-n',
    kernel: 'Linux 2.6.24 (2.6.29 무렵 사실상 완성)',
    isolates: '네트워크 장치, IP 주소, 라우팅 표, 방화벽 규칙, 포트 번호 공간.',
    tryIt: 'sudo unshare --net ip -brief addr',
    host: {
      command: 'ip -brief addr',
      output: [
        'lo               UNKNOWN        127.0.0.1/8 ::1/128',
        'eth0             UP             192.168.0.10/24',
        'docker0          UP             172.17.0.1/16',
        'veth4c1d2e0@if2  UP',
      ],
    },
    container: {
      command: 'sudo nsenter --target "$PID" --net ip -brief addr',
      output: [
        'lo               UNKNOWN        127.0.0.1/8',
        'eth0@if7         UP             172.17.0.2/16',
      ],
    },
    point:
      "컨테이너는 자기만의 eth0과 172.17.0.2를 갖습니다. 그 짝(veth)이 호스트 쪽 docker0 브리지에 꽂혀 있습니다. ($PID는 docker inspect --format '{{.State.Pid}}' web으로 얻은 nginx의 호스트 PID이고, nsenter로 호스트의 ip 명령을 컨테이너의 네트워크 네임스페이스에서 실행합니다.)",
  },
  {
    kind: 'user',
    name: '사용자',
    en: 'User',
    cloneFlag: 'CLONE_NEWUSER',
    unshareLong: '--user',
    unshareShort: '-U',
    kernel: 'Linux 2.6.23에 플래그, 3.8에서 완성(비특권 사용자도 생성 가능)',
    isolates:
      '사용자·그룹 ID와 권한(capabilities). 안의 root(UID 0)를 바깥의 일반 UID에 대응시킵니다.',
    tryIt: "unshare --user --map-root-user sh -c 'id; cat /proc/self/uid_map'",
    host: {
      command: 'ps -o user,pid,comm -p 1524',
      output: ['USER         PID COMMAND', 'root        1524 nginx'],
    },
    container: {
      command: 'docker exec web cat /proc/self/uid_map',
      output: ['         0          0 4294967295'],
    },
    point:
      'Docker는 기본으로 사용자 네임스페이스를 만들지 않습니다. 그래서 uid_map이 0을 0에 그대로 대응시키고, 컨테이너 안의 root(PID 1524의 nginx 마스터)는 호스트에서도 root입니다. userns-remap이나 루트리스 모드를 켜면 uid_map이 0 100000 65536처럼 바뀌어, 안의 root가 호스트에서는 권한 없는 UID 100000으로 보입니다. 직접 해 보기의 명령은 sudo 없이 실행하며, Ubuntu 24.04 이후에는 AppArmor 제한 때문에 uid_map 쓰기에서 실패합니다.',
  },
  {
    kind: 'cgroup',
    name: 'cgroup',
    en: 'Cgroup',
    cloneFlag: 'CLONE_NEWCGROUP',
    unshareLong: '--cgroup',
    unshareShort: '-C',
    kernel: 'Linux 4.6',
    isolates: 'cgroup 계층에서 보이는 루트. 자기 cgroup이 / 로 보여 바깥 경로가 드러나지 않습니다.',
    tryIt: 'sudo unshare --cgroup cat /proc/self/cgroup',
    host: {
      command: 'cat /proc/1524/cgroup',
      output: ['0::/system.slice/docker-3f2a9c1b7d4e8a6f.scope'],
    },
    container: {command: 'docker exec web cat /proc/self/cgroup', output: ['0::/']},
    point:
      '같은 프로세스의 cgroup 경로가 호스트에서는 길게, 컨테이너 안에서는 / 로 보입니다. (호스트 경로의 ID는 실제로 64자입니다.)',
  },
  {
    kind: 'time',
    name: '시간',
    en: 'Time',
    cloneFlag: 'CLONE_NEWTIME',
    unshareLong: '--time',
    unshareShort: '-T',
    kernel: 'Linux 5.6',
    isolates:
      'CLOCK_MONOTONIC과 CLOCK_BOOTTIME의 오프셋. 벽시계(CLOCK_REALTIME)는 격리하지 않습니다.',
    tryIt: 'sudo unshare --time --fork --boottime 86400 cat /proc/uptime',
    host: {command: 'cat /proc/uptime', output: ['664.16 1157.91']},
    container: {
      command: 'sudo unshare --time --fork --boottime 86400 cat /proc/uptime',
      output: ['87064.16 1157.91'],
    },
    point:
      '부팅 후 경과 시간만 하루(86400초) 늘어 보입니다. date가 보여 주는 현재 시각은 양쪽이 같습니다. Docker는 기본으로 시간 네임스페이스를 만들지 않습니다.',
  },
];

/** `ls -l /proc/$$/ns` on a Linux 6.x host: 10 links for the 8 kinds. */
export const PROC_NS_LISTING: readonly string[] = [
  'total 0',
  'lrwxrwxrwx 1 user user 0 Nov 23 09:43 cgroup -> cgroup:[4026531835]',
  'lrwxrwxrwx 1 user user 0 Nov 23 09:43 ipc -> ipc:[4026531839]',
  'lrwxrwxrwx 1 user user 0 Nov 23 09:43 mnt -> mnt:[4026531832]',
  'lrwxrwxrwx 1 user user 0 Nov 23 09:43 net -> net:[4026531833]',
  'lrwxrwxrwx 1 user user 0 Nov 23 09:43 pid -> pid:[4026531836]',
  'lrwxrwxrwx 1 user user 0 Nov 23 09:43 pid_for_children -> pid:[4026531836]',
  'lrwxrwxrwx 1 user user 0 Nov 23 09:43 time -> time:[4026531834]',
  'lrwxrwxrwx 1 user user 0 Nov 23 09:43 time_for_children -> time:[4026531834]',
  'lrwxrwxrwx 1 user user 0 Nov 23 09:43 user -> user:[4026531837]',
  'lrwxrwxrwx 1 user user 0 Nov 23 09:43 uts -> uts:[4026531838]',
];

export function namespaceByKind(kind: NamespaceKind): NamespaceInfo {
  const found = NAMESPACES.find((ns) => ns.kind === kind);
  if (!found) throw new Error(`unknown namespace kind: ${kind}`);
  return found;
}
