/**
 * Container networking: what a container's /etc/hosts and /etc/resolv.conf say, how a name
 * resolves (hosts file, then Docker's embedded DNS on user-defined networks only), which
 * servers listen on which address, and what a TCP connection to an address reaches.
 * Sources are named in fixtures/outputs.ts (moby docker-v29.7.2 libnetwork, busybox, curl).
 */
import {appHttpAnswer} from './apps';
import {imageFamily} from './daemon';
import {plainView} from './fsview';
import type {ContainerRecord, EngineState, NetworkRecord} from './state';
import {HOST_NAME} from './state';
import {basename, resolvePath} from './vfs';

/** The embedded DNS server's address (libnetwork resolver.go). */
export const EMBEDDED_DNS = '127.0.0.11';
/** The simulated host's resolver (its /etc/resolv.conf says `nameserver 10.0.0.1`). */
export const HOST_RESOLVER = '10.0.0.1';
/** What `host-gateway` in --add-host resolves to: the default bridge's address. */
export const HOST_GATEWAY = '172.17.0.1';
/** The --add-host value the daemon replaces with the gateway (libnetwork HostGatewayName). */
export const HOST_GATEWAY_NAME = 'host-gateway';

const LIVE = new Set(['running', 'paused', 'restarting']);

function userDefined(state: EngineState, name: string): NetworkRecord | undefined {
  const n = state.networks.find((x) => x.name === name);
  return n && !n.builtin && n.driver === 'bridge' ? n : undefined;
}

/** First address of a running container (for its own /etc/hosts line and logs). */
function ownIp(c: ContainerRecord): string {
  return Object.values(c.networks).find((ep) => ep.ip)?.ip ?? '';
}

/** `container:<name|id>` network and PID modes (moby api/types/container hostconfig.go). */
export const CONTAINER_MODE = 'container:';

/**
 * The container whose network namespace `c` uses: `c` itself, or the one named by
 * `--network container:<id>` (following chains). Tools in a helper container see that
 * container's localhost, addresses and listening servers.
 */
export function netnsOwner(state: EngineState, c: ContainerRecord): ContainerRecord {
  let owner = c;
  for (let hops = 0; hops < 8 && owner.networkMode.startsWith(CONTAINER_MODE); hops++) {
    const id = owner.networkMode.slice(CONTAINER_MODE.length);
    const next = state.containers.find((x) => x.id === id);
    if (!next) break;
    owner = next;
  }
  return owner;
}

/* ------------------------------------------------------------ /etc/hosts, resolv.conf */

interface HostsRecord {
  ip: string;
  names: string;
}

/** etchosts.Build: localhost lines, then --add-host records, then the container's own address. */
function hostsRecords(c: ContainerRecord): HostsRecord[] {
  if (c.networkMode === 'host')
    return [
      {ip: '127.0.0.1', names: 'localhost'},
      {ip: '127.0.1.1', names: HOST_NAME},
    ];
  const recs: HostsRecord[] = [
    {ip: '127.0.0.1', names: 'localhost'},
    {ip: '::1', names: 'localhost ip6-localhost ip6-loopback'},
    {ip: 'fe00::', names: 'ip6-localnet'},
    {ip: 'ff00::', names: 'ip6-mcastprefix'},
    {ip: 'ff02::1', names: 'ip6-allnodes'},
    {ip: 'ff02::2', names: 'ip6-allrouters'},
  ];
  for (const h of c.extraHosts ?? []) {
    const i = h.indexOf(':');
    const ip = h.slice(i + 1);
    // daemon/container_operations.go buildSandboxOptions: host-gateway → the gateway's address.
    recs.push({ip: ip === HOST_GATEWAY_NAME ? HOST_GATEWAY : ip, names: h.slice(0, i)});
  }
  const ip = ownIp(c);
  if (ip) recs.push({ip, names: c.hostname});
  return recs;
}

export function hostsFile(c: ContainerRecord): string {
  return hostsRecords(c)
    .map((r) => `${r.ip}\t${r.names}\n`)
    .join('');
}

/** resolvconf: the internal resolver on user-defined networks, the host's servers elsewhere. */
export function resolvConf(state: EngineState, c: ContainerRecord): string {
  const internal = Object.keys(c.networks).some((n) => userDefined(state, n));
  if (internal)
    return `nameserver ${EMBEDDED_DNS}\n\n# Based on host file: '/etc/resolv.conf' (internal resolver)\n# ExtServers: [host(${HOST_RESOLVER})]\n# Overrides: []\n`;
  if (c.networkMode === 'host') return `nameserver ${HOST_RESOLVER}\n`;
  return `nameserver ${HOST_RESOLVER}\n\n# Based on host file: '/etc/resolv.conf' (legacy)\n# Overrides: []\n`;
}

/** Rewrites the daemon-managed files after a start, connect or disconnect. */
export function refreshNetworkFiles(state: EngineState, c: ContainerRecord): void {
  // A container in another's network namespace gets that container's files (HostsPath etc.).
  const owner = netnsOwner(state, c);
  c.rootfs.files['/etc/hosts'] = hostsFile(owner);
  c.rootfs.files['/etc/resolv.conf'] = resolvConf(state, owner);
}

/** The nameserver a resolver in the container asks first. */
export function nameserver(state: EngineState, c: ContainerRecord): string | null {
  if (c.networkMode === 'none') return null;
  return Object.keys(c.networks).some((n) => userDefined(state, n)) ? EMBEDDED_DNS : HOST_RESOLVER;
}

/* ------------------------------------------------------------------ name resolution */

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** Names the embedded DNS answers on a network: container name, short id, aliases. */
export function dnsLookup(state: EngineState, c: ContainerRecord, name: string): string | null {
  const q = name.replace(/\.$/, '').toLowerCase();
  for (const netName of Object.keys(c.networks)) {
    if (!userDefined(state, netName) || !c.networks[netName].ip) continue;
    for (const o of state.containers) {
      const ep = o.networks[netName];
      if (!ep?.ip || !LIVE.has(o.state)) continue;
      const names = [o.name, o.id.slice(0, 12), ...ep.aliases].map((n) => n.toLowerCase());
      if (names.includes(q)) return ep.ip;
    }
  }
  return null;
}

/** getaddrinfo in the container: an address literal, /etc/hosts, then DNS. */
export function resolveName(state: EngineState, c: ContainerRecord, name: string): string | null {
  if (IPV4.test(name)) return name;
  const hit = hostsRecords(c).find(
    (r) => IPV4.test(r.ip) && r.names.split(' ').includes(name.toLowerCase()),
  );
  if (hit) return hit.ip;
  if (nameserver(state, c) === null) return null;
  return dnsLookup(state, c, name);
}

/* ------------------------------------------------------------------ listening servers */

export type HttpKind = 'nginx' | 'httpd' | 'python' | 'app';

export interface Listener {
  port: number;
  /** `loopback` = bound to 127.0.0.1 inside the container's network namespace */
  bind: 'any' | 'loopback';
  http: HttpKind | null;
}

/** Server main processes and their ports, keyed by a variable the official image sets. */
const SERVER_PORTS: readonly [string, number, HttpKind | null][] = [
  ['NGINX_VERSION', 80, 'nginx'],
  ['HTTPD_VERSION', 80, 'httpd'],
  ['PG_VERSION', 5432, null],
  ['REDIS_DOWNLOAD_URL', 6379, null],
  ['MYSQL_VERSION', 3306, null],
  ['REDIS_VERSION', 6379, null],
  ['ADMINER_VERSION', 8080, null],
];

/** `python -m http.server [PORT] [--bind ADDR]` (CPython Lib/http/server.py); null if not that. */
export function pythonHttpServer(argv: readonly string[]): {port: number; bind: string} | null {
  const m = argv.indexOf('-m');
  if (!/^python3?(\.\d+)?$/.test(basename(argv[0] ?? '')) || argv[m + 1] !== 'http.server')
    return null;
  const rest = argv.slice(m + 2);
  let port = 8000;
  let bind = '';
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--bind' || a === '-b') bind = rest[++i] ?? '';
    else if (a.startsWith('--bind=')) bind = a.slice(7);
    else if (/^\d+$/.test(a)) port = Number(a);
  }
  return {port, bind};
}

export function listeners(
  c: ContainerRecord,
  main: readonly string[],
  isServer: boolean,
): Listener[] {
  if (c.state !== 'running' && c.state !== 'paused') return [];
  const py = pythonHttpServer(main);
  if (py) {
    const loop = py.bind === '127.0.0.1' || py.bind === 'localhost' || py.bind === '::1';
    return [{port: py.port, bind: loop ? 'loopback' : 'any', http: 'python'}];
  }
  if (!isServer) return [];
  const env = c.env.join('\n');
  return SERVER_PORTS.filter(([k]) => env.includes(`${k}=`)).map(([, port, http]) => ({
    port,
    bind: 'any',
    http,
  }));
}

/* ------------------------------------------------------------------ connections */

export type Connection =
  | {kind: 'ok'; target: ContainerRecord; listener: Listener}
  /** nothing listens (or only on the target's loopback): the kernel answers with RST */
  | {kind: 'refused'}
  /** docker-proxy accepted, then its dial to the container failed: it closes the client socket */
  | {kind: 'reset'}
  /** paused target or no route: packets vanish */
  | {kind: 'timeout'};

export interface NetDeps {
  listenersOf: (c: ContainerRecord) => Listener[];
}

function onPort(ls: Listener[], port: number, fromInside: boolean): Listener | undefined {
  return ls.find((l) => l.port === port && (fromInside || l.bind === 'any'));
}

/** A connection from the host to localhost:PORT (docker-proxy for published ports, host-mode containers). */
export function connectFromHost(state: EngineState, deps: NetDeps, port: number): Connection {
  for (const c of state.containers) {
    if (c.state !== 'running' && c.state !== 'paused') continue;
    if (c.networkMode === 'host') {
      const l = onPort(deps.listenersOf(c), port, true);
      if (l) return c.state === 'paused' ? {kind: 'timeout'} : {kind: 'ok', target: c, listener: l};
      continue;
    }
    const binding = c.ports.find((p) => p.hostPort === port && p.proto === 'tcp');
    if (!binding) continue;
    if (c.state === 'paused') return {kind: 'timeout'};
    const l = onPort(deps.listenersOf(c), binding.containerPort, false);
    return l ? {kind: 'ok', target: c, listener: l} : {kind: 'reset'};
  }
  return {kind: 'refused'};
}

/** A connection from container `from` to ip:port. */
export function connectFromContainer(
  state: EngineState,
  deps: NetDeps,
  from: ContainerRecord,
  ip: string,
  port: number,
): Connection {
  if (from.networkMode === 'host' && (ip === '127.0.0.1' || ip === '127.0.1.1'))
    return connectFromHost(state, deps, port);
  if (ip === '127.0.0.1') {
    const l = onPort(deps.listenersOf(from), port, true);
    return l ? {kind: 'ok', target: from, listener: l} : {kind: 'refused'};
  }
  if (from.networkMode === 'none') return {kind: 'timeout'};
  const gateways = new Set(state.networks.map((n) => n.gateway).filter(Boolean));
  if (gateways.has(ip)) return connectFromHost(state, deps, port);
  for (const c of state.containers) {
    for (const [netName, ep] of Object.entries(c.networks)) {
      if (ep.ip !== ip) continue;
      if (!from.networks[netName]?.ip && from.networkMode !== 'host') return {kind: 'timeout'};
      if (c.state === 'paused') return {kind: 'timeout'};
      const l = onPort(deps.listenersOf(c), port, c === from);
      return l ? {kind: 'ok', target: c, listener: l} : {kind: 'refused'};
    }
  }
  return {kind: 'timeout'};
}

/** Whether an ICMP echo to ip gets an answer. */
export function pingable(state: EngineState, from: ContainerRecord, ip: string): boolean {
  if (ip.startsWith('127.')) return true;
  if (from.networkMode === 'none') return false;
  if (state.networks.some((n) => n.gateway === ip)) return true;
  if (from.networkMode === 'host') return state.containers.some((c) => ownIp(c) === ip);
  return state.containers.some((c) =>
    Object.entries(c.networks).some(
      ([n, ep]) => ep.ip === ip && c.state === 'running' && Boolean(from.networks[n]?.ip),
    ),
  );
}

/* ------------------------------------------------------------------ HTTP answers */

export interface HttpAnswer {
  status: number;
  headers: string;
  body: string;
  /** a request-log line the server writes (stream, text) */
  log: {stream: 'stdout' | 'stderr'; text: string} | null;
}

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number): string => String(n).padStart(2, '0');

const NGINX_404 =
  '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/1.27.5</center>\r\n</body>\r\n</html>\r\n';

function readServed(state: EngineState, c: ContainerRecord, file: string): string | null {
  for (const mnt of c.mounts) {
    if (file.startsWith(`${mnt.destination}/`)) {
      const fs = mnt.tmpfs
        ? mnt.tmpfs.files
        : mnt.type === 'volume'
          ? state.volumes.find((v) => v.name === mnt.name)?.files
          : state.host;
      const p =
        mnt.type !== 'bind'
          ? file.slice(mnt.destination.length)
          : resolvePath('/', mnt.source + file.slice(mnt.destination.length));
      const r = fs ? plainView(fs).read(p) : 'ENOENT';
      return ['ENOENT', 'EISDIR', 'ENOTDIR'].includes(r) ? null : r;
    }
  }
  const r = plainView(c.rootfs).read(file);
  return ['ENOENT', 'EISDIR', 'ENOTDIR'].includes(r) ? null : r;
}

/** What an HTTP server in `target` answers to GET/HEAD path, plus its request-log line. */
export function httpAnswer(
  state: EngineState,
  target: ContainerRecord,
  kind: HttpKind,
  req: {
    path: string;
    head: boolean;
    clientIp: string;
    userAgent: string;
    now: number;
    method?: string;
    body?: string;
    contentType?: string;
  },
): HttpAnswer {
  if (kind === 'app') return appHttpAnswer(state, target, req);
  const root =
    kind === 'nginx'
      ? '/usr/share/nginx/html'
      : kind === 'httpd'
        ? '/usr/local/apache2/htdocs'
        : target.workingDir;
  const path = req.path.split('?')[0];
  const file = resolvePath(root, `.${path.endsWith('/') ? `${path}index.html` : path}`);
  const content = readServed(state, target, file);
  const found = content !== null;
  const d = new Date(req.now);
  const method = req.head ? 'HEAD' : 'GET';
  if (kind === 'python') {
    const body = content ?? '';
    const size = new TextEncoder().encode(body).length;
    const ts = `${p2(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
    return {
      status: found ? 200 : 404,
      headers: `HTTP/1.0 ${found ? '200 OK' : '404 File not found'}\r\nServer: SimpleHTTP/0.6 Python/3.13.5\r\nContent-type: text/html\r\nContent-Length: ${size}\r\n\r\n`,
      body,
      log: {
        stream: 'stderr',
        text: `${req.clientIp} - - [${ts}] "${method} ${req.path} HTTP/1.1" ${found ? 200 : 404} -`,
      },
    };
  }
  // nginx names its own version in the Server header and error pages (the image's NGINX_VERSION).
  const version = target.env.find((e) => e.startsWith('NGINX_VERSION='))?.slice(14) ?? '1.27.5';
  const body = content ?? NGINX_404.replace('nginx/1.27.5', `nginx/${version}`);
  const size = new TextEncoder().encode(body).length;
  const ts = `${p2(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0000`;
  return {
    status: found ? 200 : 404,
    headers: `HTTP/1.1 ${found ? '200 OK' : '404 Not Found'}\r\nServer: nginx/${version}\r\nContent-Type: text/html\r\nContent-Length: ${size}\r\nConnection: keep-alive\r\n\r\n`,
    body,
    log:
      kind === 'nginx'
        ? {
            stream: 'stdout',
            text: `${req.clientIp} - - [${ts}] "${method} ${req.path} HTTP/1.1" ${found ? 200 : 404} ${req.head ? 0 : size} "-" "${req.userAgent}" "-"`,
          }
        : null,
  };
}

/** Which network tools an image ships (busybox applets, curl, glibc's getent). */
export function networkTools(state: EngineState, c: ContainerRecord): string[] {
  const img = state.images.find((i) => i.id === c.imageId);
  const fam = img ? imageFamily(img) : 'debian';
  const env = c.env.join('\n');
  const tools: string[] = [];
  if (fam === 'alpine' || fam === 'busybox') tools.push('ping', 'wget', 'nslookup');
  if (fam === 'debian' || fam === 'ubuntu') tools.push('getent');
  // nginx installs curl (docker-nginx Dockerfile); node/python full images build on buildpack-deps.
  const slim = (img?.repoTags ?? []).some((t) => /slim|alpine/.test(t));
  if (
    env.includes('NGINX_VERSION=') ||
    ((env.includes('NODE_VERSION=') || env.includes('PYTHON_VERSION=')) && !slim)
  )
    tools.push('curl');
  return tools;
}

/** The host's own view: only the host's names resolve there (no container names). */
export function hostResolves(name: string): string | null {
  if (name === 'localhost' || name === HOST_NAME) return '127.0.0.1';
  return IPV4.test(name) ? name : null;
}

export {ownIp};
