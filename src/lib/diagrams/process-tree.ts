/**
 * The host's processes while the `web` nginx container runs, as a tree by parent, with the
 * namespace each process is in. One story for the namespaces and runtimes chapters, with the
 * PIDs of the NamespaceExplorer (src/data/namespaces.ts): nginx's master is 1524 on the host and
 * 1 in the container, its worker 1561 and 29, the shim 1503.
 *
 * Rules behind the picture:
 * - containerd starts one containerd-shim-runc-v2 per container; the shim daemonizes, so its
 *   parent becomes PID 1 (ps shows it beside containerd, not under it), and it sets itself as a
 *   child subreaper (prctl PR_SET_CHILD_SUBREAPER), so when runc exits the container's first
 *   process is re-parented to the shim (containerd/cmd/containerd-shim-runc-v2, runtime v2 docs).
 * - runc creates the namespaces, runs `runc init` in them, execs the container's program on
 *   `runc start` and exits (runc README, OCI runtime-spec lifecycle).
 * - Docker's defaults: new mnt, uts, ipc, pid, net and (on cgroup v2) cgroup namespaces; no user
 *   or time namespace (docker run reference, `--cgroupns` default `private` on cgroup v2).
 *   `--pid host` keeps the host's PID namespace; `--network container:web` joins web's network
 *   namespace; the daemon's `userns-remap` gives containers a user namespace mapping root to
 *   an unprivileged host UID (100000 with the default subordinate range).
 * The PIDs are an example run, not fixed numbers.
 */
import type {NamespaceKind} from '../../data/namespaces';

export type Owner = 'host' | 'web' | 'debug';

export interface TreeOptions {
  /** `docker run --pid host … nginx`: web's processes stay in the host's PID namespace. */
  readonly pidHost: boolean;
  /** A second container `debug` started with `--network container:web`. */
  readonly debugJoinsNet: boolean;
  /** The daemon runs with `userns-remap`: containers get their own user namespace. */
  readonly usernsRemap: boolean;
}

export const DEFAULT_TREE_OPTIONS: TreeOptions = {
  pidHost: false,
  debugJoinsNet: false,
  usernsRemap: false,
};

/** Start-up of `web`, from `docker run` to the running container (the last step). */
export const START_STEPS = [
  {
    id: 'before',
    label: '실행 전',
    text: 'docker run 전: 호스트에는 systemd 아래 containerd와 dockerd가 돌고 있습니다.',
  },
  {
    id: 'shim',
    label: 'shim 시작',
    text: 'containerd가 containerd-shim-runc-v2를 띄웁니다. shim은 곧 데몬이 되어 부모와 떨어지고, 부모 없는 프로세스를 맡는 PID 1(systemd)의 자식이 됩니다.',
  },
  {
    id: 'runc',
    label: 'runc create',
    text: 'shim이 runc를 실행합니다. runc는 새 네임스페이스들을 만들고 그 안에서 runc init을 띄운 뒤, cgroup 한도와 루트 파일 시스템을 준비합니다. 아직 nginx는 아닙니다.',
  },
  {
    id: 'exec',
    label: 'runc start',
    text: 'runc start에 runc init이 execve로 nginx가 됩니다(컨테이너 안 PID 1). 할 일을 마친 runc는 끝나고, shim이 subreaper로서 nginx의 부모가 됩니다.',
  },
  {
    id: 'running',
    label: '실행 중',
    text: 'nginx 마스터가 워커를 fork합니다. 컨테이너는 호스트의 평범한 프로세스 두 개이고, runc는 어디에도 없습니다.',
  },
] as const;

export type StartStep = (typeof START_STEPS)[number]['id'];

export interface TreeProcess {
  readonly key: string;
  readonly pid: number;
  readonly ppid: number;
  /** `ps -o comm` (15 characters at most, as the kernel's comm field). */
  readonly comm: string;
  /** What the process is, one short Korean phrase. */
  readonly role: string;
  /** Whose namespace the process is in, per kind. */
  readonly ns: Readonly<Record<NamespaceKind, Owner>>;
  /** PID as the process's own PID namespace numbers it (the host PID outside containers). */
  readonly nsPid: number;
  /** The user as the host sees it. */
  readonly hostUser: string;
  readonly cgroup: string;
  /** Children in PID order. */
  readonly children: readonly TreeProcess[];
}

export const NAMESPACE_KINDS: readonly NamespaceKind[] = [
  'pid',
  'net',
  'mnt',
  'uts',
  'ipc',
  'user',
  'cgroup',
  'time',
];

const HOST_NS: Record<NamespaceKind, Owner> = {
  mnt: 'host',
  uts: 'host',
  ipc: 'host',
  pid: 'host',
  net: 'host',
  user: 'host',
  cgroup: 'host',
  time: 'host',
};

function containerNs(owner: 'web' | 'debug', options: TreeOptions): Record<NamespaceKind, Owner> {
  return {
    mnt: owner,
    uts: owner,
    ipc: owner,
    pid: owner === 'web' && options.pidHost ? 'host' : owner,
    net: owner === 'debug' && options.debugJoinsNet ? 'web' : owner,
    user: options.usernsRemap ? owner : 'host',
    cgroup: owner,
    time: 'host',
  };
}

interface Flat {
  readonly key: string;
  readonly pid: number;
  readonly ppid: number;
  readonly comm: string;
  readonly role: string;
  readonly owner: Owner;
  readonly nsPid?: number;
  readonly cgroup: string;
  /** The host user when it is not root. */
  readonly user?: string;
}

const WEB_SCOPE = '/system.slice/docker-3f2a9c1b7d4e8a6f.scope';
const DEBUG_SCOPE = '/system.slice/docker-9b1e0c4d2a7f5e13.scope';

/** The processes at one step of web's start-up, with the options applied. */
export function processTree(step: StartStep, options: TreeOptions): TreeProcess[] {
  const at = START_STEPS.findIndex((s) => s.id === step);
  const flat: Flat[] = [
    {
      key: 'systemd',
      pid: 1,
      ppid: 0,
      comm: 'systemd',
      role: '호스트의 init',
      owner: 'host',
      cgroup: '/init.scope',
    },
    {
      key: 'containerd',
      pid: 812,
      ppid: 1,
      comm: 'containerd',
      role: '컨테이너 런타임 데몬',
      owner: 'host',
      cgroup: '/system.slice/containerd.service',
    },
    {
      key: 'dockerd',
      pid: 955,
      ppid: 1,
      comm: 'dockerd',
      role: 'Docker 엔진 데몬',
      owner: 'host',
      cgroup: '/system.slice/docker.service',
    },
    {
      key: 'sshd',
      pid: 1020,
      ppid: 1,
      comm: 'sshd',
      role: '원격 접속 서버',
      owner: 'host',
      cgroup: '/system.slice/ssh.service',
    },
    {
      key: 'bash',
      pid: 2210,
      ppid: 1020,
      comm: 'bash',
      role: '여러분의 셸',
      owner: 'host',
      user: 'user',
      cgroup: '/user.slice/user-1000.slice/session-3.scope',
    },
  ];
  const shimCgroup = '/system.slice/containerd.service';
  if (at >= 1)
    flat.push({
      key: 'shim',
      pid: 1503,
      ppid: 1,
      comm: 'containerd-shim',
      role: 'web의 shim(containerd-shim-runc-v2)',
      owner: 'host',
      cgroup: shimCgroup,
    });
  if (at === 2) {
    flat.push({
      key: 'runc',
      pid: 1510,
      ppid: 1503,
      comm: 'runc',
      role: 'OCI 런타임(잠깐만 삶)',
      owner: 'host',
      cgroup: shimCgroup,
    });
    flat.push({
      key: 'web-1',
      pid: 1524,
      ppid: 1510,
      comm: 'runc:[2:INIT]',
      role: 'runc init: 곧 nginx가 될 프로세스',
      owner: 'web',
      nsPid: 1,
      cgroup: WEB_SCOPE,
    });
  }
  if (at >= 3)
    flat.push({
      key: 'web-1',
      pid: 1524,
      ppid: 1503,
      comm: 'nginx',
      role: 'nginx 마스터(web의 PID 1)',
      owner: 'web',
      nsPid: 1,
      cgroup: WEB_SCOPE,
    });
  if (at >= 4)
    flat.push({
      key: 'web-29',
      pid: 1561,
      ppid: 1524,
      comm: 'nginx',
      role: 'nginx 워커',
      owner: 'web',
      nsPid: 29,
      cgroup: WEB_SCOPE,
    });
  if (at >= 4 && options.debugJoinsNet) {
    flat.push({
      key: 'debug-shim',
      pid: 1588,
      ppid: 1,
      comm: 'containerd-shim',
      role: 'debug의 shim',
      owner: 'host',
      cgroup: shimCgroup,
    });
    flat.push({
      key: 'debug-1',
      pid: 1612,
      ppid: 1588,
      comm: 'sh',
      role: 'debug 컨테이너의 셸(PID 1)',
      owner: 'debug',
      nsPid: 1,
      cgroup: DEBUG_SCOPE,
    });
  }

  const build = (p: Flat): TreeProcess => {
    const ns = p.owner === 'host' ? HOST_NS : containerNs(p.owner, options);
    return {
      key: p.key,
      pid: p.pid,
      ppid: p.ppid,
      comm: p.comm,
      role: p.role,
      ns,
      nsPid: ns.pid === 'host' ? p.pid : (p.nsPid ?? p.pid),
      hostUser: p.user ?? (p.owner !== 'host' && options.usernsRemap ? '100000' : 'root'),
      cgroup: p.cgroup,
      children: flat
        .filter((c) => c.ppid === p.pid)
        .sort((a, b) => a.pid - b.pid)
        .map(build),
    };
  };
  return flat.filter((p) => p.ppid === 0).map(build);
}

/** Depth-first order, as `ps --forest` lists the tree, with each process's depth. */
export function flatten(tree: readonly TreeProcess[]): {process: TreeProcess; depth: number}[] {
  const out: {process: TreeProcess; depth: number}[] = [];
  const walk = (p: TreeProcess, depth: number) => {
    out.push({process: p, depth});
    for (const child of p.children) walk(child, depth + 1);
  };
  for (const root of tree) walk(root, 0);
  return out;
}

export const OWNER_LABEL: Record<Owner, string> = {
  host: '호스트',
  web: 'web 컨테이너',
  debug: 'debug 컨테이너',
};

/** One sentence for the chosen namespace kind: who shares what. */
export function nsSummary(kind: NamespaceKind, tree: readonly TreeProcess[]): string {
  const rows = flatten(tree);
  const owners = new Set(rows.map((r) => r.process.ns[kind]));
  const containers = rows.filter(
    (r) => r.process.key.startsWith('web') || r.process.key.startsWith('debug'),
  );
  if (containers.length === 0)
    return '아직 컨테이너 프로세스가 없습니다. 모두 호스트의 네임스페이스에 있습니다.';
  if (owners.size === 1)
    return `${kind} 네임스페이스는 모두 호스트의 것 하나입니다. 컨테이너 프로세스도 이 종류에서는 호스트와 같은 것을 봅니다.`;
  const names = [...owners].map((o) => OWNER_LABEL[o]);
  return `${kind} 네임스페이스가 ${owners.size}개입니다: ${names.join(', ')}. 같은 색이면 같은 네임스페이스를 함께 씁니다.`;
}
