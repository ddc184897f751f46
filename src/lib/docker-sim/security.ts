/**
 * A container's identity and privileges: the user it runs as (`--user`, the image's USER), its
 * capabilities (`--cap-add`, `--cap-drop`, `--privileged`), a read-only root file system
 * (`--read-only`) and `--security-opt`. The `id`, `whoami` and `chown` programs read them here.
 */
import {ALL_CAPABILITIES, containerCapabilities, normalizeCap} from './capabilities';
import {fail, ok, type UtilResult} from './coreutils';
import type {FsView} from './fsview';
import type {ContainerRecord} from './state';
import {resolvePath} from './vfs';
import type {Vfs} from './vfs';

/** The daemon's check (daemon/container.go validateCapabilities), or null when all are known. */
export function capabilityError(
  capAdd: readonly string[],
  capDrop: readonly string[],
): string | null {
  for (const [field, list] of [
    ['CapAdd', capAdd],
    ['CapDrop', capDrop],
  ] as const) {
    const unknown = list
      .map(normalizeCap)
      .find((c) => c !== 'ALL' && !ALL_CAPABILITIES.includes(c));
    if (unknown) return `invalid ${field}: unknown capability: "${unknown}"`;
  }
  return null;
}

/* ------------------------------------------------------------------ users */

interface PasswdEntry {
  name: string;
  uid: number;
  gid: number;
}

interface GroupEntry {
  name: string;
  gid: number;
  members: string[];
}

function passwdOf(rootfs: Vfs): PasswdEntry[] {
  return (rootfs.files['/etc/passwd'] ?? '')
    .split('\n')
    .map((l) => l.split(':'))
    .filter((f) => f.length >= 4 && /^\d+$/.test(f[2]) && /^\d+$/.test(f[3]))
    .map((f) => ({name: f[0], uid: Number(f[2]), gid: Number(f[3])}));
}

/** /etc/group; an image without one still has group 0 named root. */
function groupsOf(rootfs: Vfs): GroupEntry[] {
  const file = rootfs.files['/etc/group'];
  if (file === undefined) return [{name: 'root', gid: 0, members: []}];
  return file
    .split('\n')
    .map((l) => l.split(':'))
    .filter((f) => f.length >= 3 && /^\d+$/.test(f[2]))
    .map((f) => ({
      name: f[0],
      gid: Number(f[2]),
      members: (f[3] ?? '').split(',').filter(Boolean),
    }));
}

export interface Identity {
  uid: number;
  gid: number;
  /** the passwd name of uid, null when the image has none */
  userName: string | null;
  /** the primary group first, then the supplementary groups, as the process gets them */
  groups: {gid: number; name: string | null}[];
}

/**
 * The process identity for a user spec `<name|uid>[:<group|gid>]`, as moby's getUser
 * (daemon/oci_linux.go at docker-v29.7.2) builds it with moby/sys/user GetExecUserPath: a name
 * must be in /etc/passwd, a uid need not be (its group is then 0); AdditionalGids are the primary
 * group, then the groups that list the user as a member. Returns the daemon's error text otherwise.
 */
export function resolveIdentity(rootfs: Vfs, spec: string): Identity | string {
  const passwd = passwdOf(rootfs);
  const groups = groupsOf(rootfs);
  const [userPart, groupPart] = spec.split(':');
  let uid = 0;
  let gid = 0;
  let entry: PasswdEntry | undefined;
  if (userPart !== '') {
    entry = passwd.find((p) => p.name === userPart);
    if (!entry && !/^\d+$/.test(userPart))
      return `unable to find user ${userPart}: no matching entries in passwd file`;
    if (!entry) entry = passwd.find((p) => p.uid === Number(userPart));
    uid = entry ? entry.uid : Number(userPart);
    gid = entry ? entry.gid : 0;
  } else {
    entry = passwd.find((p) => p.uid === 0);
  }
  if (groupPart !== undefined && groupPart !== '') {
    const g = groups.find((x) => x.name === groupPart);
    if (!g && !/^\d+$/.test(groupPart))
      return `unable to find group ${groupPart}: no matching entries in group file`;
    gid = g ? g.gid : Number(groupPart);
  }
  const groupName = (id: number): string | null => groups.find((g) => g.gid === id)?.name ?? null;
  // Supplementary groups only in the implicit form (no :group given), for a user found by entry.
  const explicitGroup = groupPart !== undefined && groupPart !== '';
  const supplementary =
    entry && !explicitGroup
      ? groups.filter((g) => g.members.includes(entry.name) && g.gid !== gid).map((g) => g.gid)
      : [];
  return {
    uid,
    gid,
    userName: passwd.find((p) => p.uid === uid)?.name ?? null,
    groups: [gid, ...supplementary].map((id) => ({gid: id, name: groupName(id)})),
  };
}

/** The identity a container's processes run as (root when its user cannot be resolved). */
export function identityOf(c: ContainerRecord): Identity {
  const r = resolveIdentity(c.rootfs, c.user ?? '');
  return typeof r === 'string' ? {uid: 0, gid: 0, userName: 'root', groups: []} : r;
}

/** A capability in the container's effective set: a non-root process has none (no ambient set). */
export function hasCapability(c: ContainerRecord, capability: string): boolean {
  if (identityOf(c).uid !== 0) return false;
  return containerCapabilities(c).includes(normalizeCap(capability));
}

const named = (id: number, name: string | null): string =>
  name === null ? `${id}` : `${id}(${name})`;

/** `id` as busybox and GNU coreutils print it (both agree on these forms). */
export function idCommand(
  c: ContainerRecord,
  args: readonly string[],
  busybox: boolean,
): UtilResult {
  const who = identityOf(c);
  const flags = args.filter((a) => a.startsWith('-')).join('');
  const byName = flags.includes('n');
  const groupName = (gid: number): string | null =>
    who.groups.find((g) => g.gid === gid)?.name ?? null;
  const one = (id: number, name: string | null, what: 'user' | 'group'): UtilResult => {
    if (!byName) return ok(`${id}\n`);
    if (name !== null) return ok(`${name}\n`);
    return fail(busybox ? `id: unknown ID ${id}` : `id: cannot find name for ${what} ID ${id}`);
  };
  if (flags.includes('u')) return one(who.uid, who.userName, 'user');
  if (flags.includes('g')) return one(who.gid, groupName(who.gid), 'group');
  if (flags.includes('G'))
    return ok(`${who.groups.map((g) => (byName ? (g.name ?? g.gid) : g.gid)).join(' ')}\n`);
  const groups = who.groups.map((g) => named(g.gid, g.name)).join(',');
  return ok(
    `uid=${named(who.uid, who.userName)} gid=${named(who.gid, groupName(who.gid))}${groups ? ` groups=${groups}` : ''}\n`,
  );
}

/** `whoami`: the user name, or the error each implementation gives for a uid without one. */
export function whoamiCommand(c: ContainerRecord, busybox: boolean): UtilResult {
  const who = identityOf(c);
  if (who.userName !== null) return ok(`${who.userName}\n`);
  return fail(
    busybox ? `whoami: unknown uid ${who.uid}` : `whoami: cannot find name for user ID ${who.uid}`,
  );
}

/* ------------------------------------------------------------------ read-only file systems */

/** Files Docker bind-mounts into every container; they stay writable under --read-only. */
const NETWORK_FILES = new Set(['/etc/hosts', '/etc/hostname', '/etc/resolv.conf']);

/** Whether a write at this path hits a read-only mount or a --read-only root file system. */
export function isReadOnlyPath(c: ContainerRecord, path: string): boolean {
  const mount = [...c.mounts]
    .sort((a, b) => b.destination.length - a.destination.length)
    .find((m) => path === m.destination || path.startsWith(`${m.destination}/`));
  if (mount) return !mount.rw;
  return c.readonlyRootfs === true && !NETWORK_FILES.has(path);
}

/** A view whose writes fail with EROFS where the container's file system is read-only. */
export function guardReadOnly(view: FsView, c: ContainerRecord): FsView {
  return {
    ...view,
    write: (p, content, append) =>
      isReadOnlyPath(c, p) ? 'EROFS' : view.write(p, content, append),
    mkdir: (p, parents) =>
      isReadOnlyPath(c, p) && !view.isDir(p) ? 'EROFS' : view.mkdir(p, parents),
    remove: (p, r) => (isReadOnlyPath(c, p) && view.isFile(p) ? 'EROFS' : view.remove(p, r)),
  };
}

/* ------------------------------------------------------------------ chown */

/**
 * `chown OWNER[:GROUP] FILE…` checks what the kernel checks: the file exists, the file system is
 * writable, and the process holds CAP_CHOWN. Ownership itself is not modelled (`ls -l` shows root).
 */
export function chownCommand(
  c: ContainerRecord,
  view: FsView,
  cwd: string,
  args: readonly string[],
  busybox: boolean,
): UtilResult {
  const operands = args.filter((a) => !a.startsWith('-'));
  const [owner, ...files] = operands;
  if (owner === undefined || files.length === 0)
    return busybox
      ? fail('BusyBox chown: missing operand', 1)
      : fail("chown: missing operand\nTry 'chown --help' for more information.");
  const [user, group] = owner.split(/[:.]/);
  const passwd = passwdOf(c.rootfs);
  if (user !== '' && !/^\d+$/.test(user) && !passwd.some((p) => p.name === user))
    return fail(busybox ? `chown: unknown user ${user}` : `chown: invalid user: ‘${owner}’`);
  if (group !== undefined && group !== '' && !/^\d+$/.test(group)) {
    if (!groupsOf(c.rootfs).some((g) => g.name === group))
      return fail(busybox ? `chown: unknown group ${group}` : `chown: invalid group: ‘${owner}’`);
  }
  let stderr = '';
  const report = (file: string, reason: string): void => {
    stderr += busybox
      ? `chown: ${file}: ${reason}\n`
      : reason === 'No such file or directory'
        ? `chown: cannot access '${file}': ${reason}\n`
        : `chown: changing ownership of '${file}': ${reason}\n`;
  };
  for (const f of files) {
    const abs = resolvePath(cwd, f, '/root');
    if (!view.isFile(abs) && !view.isDir(abs)) report(f, 'No such file or directory');
    else if (isReadOnlyPath(c, abs)) report(f, 'Read-only file system');
    else if (!hasCapability(c, 'CHOWN')) report(f, 'Operation not permitted');
  }
  return {stdout: '', stderr, exitCode: stderr ? 1 : 0};
}

/* ------------------------------------------------------------------ run flags */

/**
 * `--tmpfs PATH[:OPTIONS]` as docker/cli splits it (opts.go: HostConfig.Tmpfs[PATH] = OPTIONS);
 * `ro` among the options makes the mount read-only.
 */
export function parseTmpfsFlag(value: string): {
  destination: string;
  readOnly: boolean;
  options: string;
} {
  const i = value.indexOf(':');
  const destination = i < 0 ? value : value.slice(0, i);
  const options = i < 0 ? '' : value.slice(i + 1);
  return {destination, readOnly: options.split(',').includes('ro'), options};
}

/**
 * docker/cli parseSecurityOpts (cli/command/container/opts.go): every option but
 * no-new-privileges needs a value; `seccomp=FILE` is read on the client and sent as compact JSON.
 */
export function parseSecurityOpts(
  opts: readonly string[],
  readFile: (path: string) => string | null,
): string[] | string {
  const out: string[] = [];
  for (const opt of opts) {
    let sep = opt.indexOf('=');
    if (sep < 0 && opt !== 'no-new-privileges') sep = opt.indexOf(':');
    const key = sep < 0 ? opt : opt.slice(0, sep);
    const value = sep < 0 ? '' : opt.slice(sep + 1);
    if (value === '' && key !== 'no-new-privileges') return `invalid --security-opt: "${opt}"`;
    if (key === 'seccomp' && value !== 'builtin' && value !== 'unconfined') {
      const content = readFile(value);
      if (content === null)
        return `opening seccomp profile (${value}) failed: open ${value}: no such file or directory`;
      try {
        out.push(`seccomp=${JSON.stringify(JSON.parse(content))}`);
      } catch {
        return `compacting json for seccomp profile (${value}) failed: invalid character looking for beginning of value`;
      }
      continue;
    }
    out.push(opt);
  }
  return out;
}
