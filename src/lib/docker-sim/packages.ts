/**
 * Package managers in containers: `apt-get update`/`apt-get install` (Debian, Ubuntu) and
 * `apk add` (Alpine). Installing records the package in the container's `installed` list (its
 * writable layer: `docker commit` keeps it, a new container of the image does not have it), and
 * the package's programs become available. The playground downloads nothing: the output keeps the
 * lines apt-get and apk print in their own order, without versions, sizes or download lines
 * (README, known differences).
 */
import type {UtilResult} from './coreutils';
import type {FsView} from './fsview';
import type {ContainerRecord} from './state';

/** Programs each package installs (the ones readers type). */
const APT_PACKAGES: Readonly<Record<string, readonly string[]>> = {
  curl: ['curl'],
  wget: ['wget'],
  'iputils-ping': ['ping'],
  vim: ['vim', 'vi'],
  nano: ['nano'],
  procps: ['ps', 'top', 'free'],
  iproute2: ['ip'],
  dnsutils: ['nslookup', 'dig'],
  'bind9-dnsutils': ['nslookup', 'dig'],
  'net-tools': ['netstat', 'ifconfig'],
  less: ['less'],
  git: ['git'],
  jq: ['jq'],
  'ca-certificates': [],
};
const APK_PACKAGES: Readonly<Record<string, readonly string[]>> = {
  curl: ['curl'],
  wget: ['wget'],
  vim: ['vim', 'vi'],
  nano: ['nano'],
  bash: ['bash'],
  procps: ['ps', 'top', 'free'],
  iproute2: ['ip'],
  'bind-tools': ['nslookup', 'dig'],
  git: ['git'],
  jq: ['jq'],
  less: ['less'],
  'ca-certificates': [],
};

/** Programs of the packages installed in a container. */
export function installedPrograms(c: ContainerRecord): string[] {
  return (c.installed ?? []).flatMap((p) => APT_PACKAGES[p] ?? APK_PACKAGES[p] ?? []);
}

function osRelease(fs: FsView): Record<string, string> {
  const text = fs.read('/etc/os-release');
  const out: Record<string, string> = {};
  if (!fs.isFile('/etc/os-release')) return out;
  for (const line of text.split('\n')) {
    const m = /^(\w+)=("?)(.*)\2$/.exec(line);
    if (m) out[m[1]!] = m[3]!;
  }
  return out;
}

/** The InRelease files `apt-get update` fetches in the official images (their sources lists). */
function aptSources(os: Record<string, string>): string[] {
  const code = os.VERSION_CODENAME || 'trixie';
  if (os.ID === 'ubuntu')
    return [
      `http://archive.ubuntu.com/ubuntu ${code} InRelease`,
      `http://archive.ubuntu.com/ubuntu ${code}-updates InRelease`,
      `http://archive.ubuntu.com/ubuntu ${code}-backports InRelease`,
      `http://security.ubuntu.com/ubuntu ${code}-security InRelease`,
    ];
  return [
    `http://deb.debian.org/debian ${code} InRelease`,
    `http://deb.debian.org/debian ${code}-updates InRelease`,
    `http://deb.debian.org/debian-security ${code}-security InRelease`,
  ];
}

/** Where apt keeps the fetched lists: empty in the images, filled by `apt-get update`. */
const APT_LISTS = '/var/lib/apt/lists';
const LISTS_MARK = `${APT_LISTS}/playground-lists-fetched`;

export function aptGet(c: ContainerRecord, fs: FsView, args: readonly string[]): UtilResult {
  const verb = args.find((a) => !a.startsWith('-'));
  // apt-get prints "Done" after its progress only on a terminal.
  const done = c.tty ? ' Done' : '';
  const reading = `Reading package lists...${done}\n`;
  if (verb === 'update') {
    fs.mkdir(APT_LISTS, true);
    fs.write(LISTS_MARK, '');
    const gets = aptSources(osRelease(fs)).map((s, i) => `Get:${i + 1} ${s}\n`);
    return {stdout: `${gets.join('')}${reading}`, stderr: '', exitCode: 0};
  }
  if (verb === 'install') {
    const names = args.filter((a) => !a.startsWith('-')).slice(1);
    const head = `${reading}Building dependency tree...${done}\nReading state information...${done}\n`;
    const unknown = names.find((n) => !fs.isFile(LISTS_MARK) || !(n in APT_PACKAGES));
    if (unknown !== undefined)
      return {stdout: head, stderr: `E: Unable to locate package ${unknown}\n`, exitCode: 100};
    const fresh = names.filter((n) => !(c.installed ?? []).includes(n));
    c.installed = [...(c.installed ?? []), ...fresh];
    const list = fresh.length
      ? `The following NEW packages will be installed:\n  ${fresh.join(' ')}\n`
      : '';
    return {
      stdout: `${head}${list}0 upgraded, ${fresh.length} newly installed, 0 to remove and 0 not upgraded.\n`,
      stderr: '',
      exitCode: 0,
    };
  }
  return {stdout: '', stderr: 'E: Invalid operation ' + (verb ?? '') + '\n', exitCode: 100};
}

export function apk(c: ContainerRecord, fs: FsView, args: readonly string[]): UtilResult {
  const [verb, ...rest] = args.filter((a) => !a.startsWith('-'));
  if (verb !== 'add')
    return {
      stdout: '',
      stderr: `ERROR: unsupported in the playground: apk ${verb ?? ''}\n`,
      exitCode: 1,
    };
  const branch = /^(\d+\.\d+)/.exec(osRelease(fs).VERSION_ID ?? '')?.[1] ?? '3.22';
  const fetch = ['main', 'community']
    .map(
      (r) => `fetch https://dl-cdn.alpinelinux.org/alpine/v${branch}/${r}/x86_64/APKINDEX.tar.gz\n`,
    )
    .join('');
  const unknown = rest.filter((n) => !(n in APK_PACKAGES));
  if (unknown.length)
    return {
      stdout: fetch,
      stderr: `ERROR: unable to select packages:\n${unknown.map((n) => `  ${n} (no such package):\n    required by: world[${n}]\n`).join('')}`,
      exitCode: unknown.length,
    };
  const fresh = rest.filter((n) => !(c.installed ?? []).includes(n));
  c.installed = [...(c.installed ?? []), ...fresh];
  return {
    stdout: `${fetch}${fresh.map((n, i) => `(${i + 1}/${fresh.length}) Installing ${n}\n`).join('')}`,
    stderr: '',
    exitCode: 0,
  };
}
