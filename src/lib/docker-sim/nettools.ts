/**
 * Network clients: curl (host and images that ship it), and in containers busybox ping, wget,
 * nslookup and glibc getent. Output formats follow the tools' sources (see fixtures/outputs.ts).
 */
import {hasCapability} from './security';
import type {UtilResult} from './coreutils';
import {versionResponse} from './engine-version';
import {PLAYGROUND_NOTE_PREFIX} from './messages';
import {
  connectFromContainer,
  connectFromHost,
  dnsLookup,
  EMBEDDED_DNS,
  hostResolves,
  httpAnswer,
  nameserver,
  ownIp,
  pingable,
  resolveName,
  type Connection,
  type NetDeps,
} from './network';
import type {ContainerRecord, EngineState} from './state';

export interface NetCtx extends NetDeps {
  state: EngineState;
  now: number;
  /** null = the reader's host */
  from: ContainerRecord | null;
  /** writes a request-log line into the serving container's logs */
  log: (c: ContainerRecord, line: {stream: 'stdout' | 'stderr'; text: string}) => void;
  /** saves a downloaded file (wget without -O -); returns false if the path cannot be written */
  save: (name: string, content: string) => boolean;
}

const res = (stdout: string, stderr: string, exitCode: number): UtilResult => ({
  stdout,
  stderr,
  exitCode,
});

interface Url {
  /** host[:port] as written (busybox wget prints it so) */
  authority: string;
  host: string;
  port: number;
  path: string;
}

function parseUrl(raw: string): Url | null {
  const m = /^(?:(https?):\/\/)?([^/:\s]+)(?::(\d+))?(\/\S*)?$/.exec(
    raw.replace(/^\[::1\]/, '::1'),
  );
  if (!m) return null;
  return {
    authority: m[3] ? `${m[2]}:${m[3]}` : m[2],
    host: m[2],
    port: Number(m[3] ?? (m[1] === 'https' ? 443 : 80)),
    path: m[4] ?? '/',
  };
}

function resolveFrom(ctx: NetCtx, host: string): string | null {
  return ctx.from ? resolveName(ctx.state, ctx.from, host) : hostResolves(host);
}

function connect(ctx: NetCtx, ip: string, port: number): Connection {
  return ctx.from
    ? connectFromContainer(ctx.state, ctx, ctx.from, ip, port)
    : connectFromHost(ctx.state, ctx, port);
}

function clientIp(ctx: NetCtx, target: ContainerRecord): string {
  if (!ctx.from) return target.networkMode === 'host' ? '127.0.0.1' : '172.17.0.1';
  if (ctx.from === target) return '127.0.0.1';
  for (const [n, ep] of Object.entries(ctx.from.networks))
    if (ep.ip && target.networks[n]?.ip) return ep.ip;
  return ownIp(ctx.from) || '127.0.0.1';
}

/** A note for names outside the playground (it has no internet). */
function externalNote(host: string): string {
  return host.includes('.') && !/^\d/.test(host) && !host.endsWith('.internal')
    ? `${PLAYGROUND_NOTE_PREFIX}플레이그라운드에는 인터넷이 없어 바깥 이름(${host})은 찾지 못합니다.\n`
    : '';
}

/* ------------------------------------------------------------------ curl */

/** `curl --version` of Debian 12's curl 7.88.1, recorded on the build machine (README). */
export const CURL_VERSION_TEXT = `curl 7.88.1 (x86_64-pc-linux-gnu) libcurl/7.88.1 OpenSSL/3.0.19 zlib/1.2.13 brotli/1.0.9 zstd/1.5.4 libidn2/2.3.3 libpsl/0.21.2 (+libidn2/2.3.3) libssh2/1.10.0 nghttp2/1.52.0 librtmp/2.3 OpenLDAP/2.5.13
Release-Date: 2023-02-20, security patched: 7.88.1-10+deb12u14
Protocols: dict file ftp ftps gopher gophers http https imap imaps ldap ldaps mqtt pop3 pop3s rtmp rtsp scp sftp smb smbs smtp smtps telnet tftp
Features: alt-svc AsynchDNS brotli GSS-API HSTS HTTP2 HTTPS-proxy IDN IPv6 Kerberos Largefile libz NTLM NTLM_WB PSL SPNEGO SSL threadsafe TLS-SRP UnixSockets zstd
`;

export function curl(ctx: NetCtx, args: readonly string[]): UtilResult {
  if (args.includes('--version') || args.includes('-V')) return res(CURL_VERSION_TEXT, '', 0);
  let silent = false;
  let showErr = false;
  let head = false;
  let include = false;
  let failHttp = false;
  let method = 'GET';
  let data = '';
  const headers: string[] = [];
  let url: string | undefined;
  let unixSocket: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--unix-socket') unixSocket = args[++i];
    else if (a === '--head') head = true;
    else if (a === '--silent') silent = true;
    else if (a === '--fail') failHttp = true;
    else if (a === '-X' || a === '--request') method = args[++i] ?? method;
    else if (a === '-d' || a === '--data')
      [method, data] = [method === 'GET' ? 'POST' : method, args[++i] ?? ''];
    else if (a === '-H' || a === '--header') headers.push(args[++i] ?? '');
    else if (a === '-o' || a === '--output' || a === '-m') i++;
    else if (/^-[a-zA-Z]+$/.test(a)) {
      if (a.includes('s')) silent = true;
      if (a.includes('S')) showErr = true;
      if (a.includes('I')) head = true;
      if (a.includes('i')) include = true;
      if (a.includes('f')) failHttp = true;
    } else if (!a.startsWith('-')) url = a;
  }
  if (!url) return res('', "curl: try 'curl --help' or 'curl --manual' for more information\n", 2);
  const err = (code: number, text: string, note = ''): UtilResult =>
    res('', `${silent && !showErr ? '' : `curl: (${code}) ${text}\n`}${note}`, code);
  const u = parseUrl(url);
  if (!u) return err(3, 'URL rejected: Malformed input to a URL function');
  if (unixSocket !== undefined) return engineApi(ctx, unixSocket, u, err);
  const ip = resolveFrom(ctx, u.host);
  if (!ip) return err(6, `Could not resolve host: ${u.host}`, externalNote(u.host));
  const conn = connect(ctx, ip, u.port);
  if (conn.kind === 'refused')
    return err(
      7,
      `Failed to connect to ${u.host} port ${u.port} after 0 ms: Couldn't connect to server`,
    );
  if (conn.kind === 'reset') return err(56, 'Recv failure: Connection reset by peer');
  if (conn.kind === 'timeout')
    return err(28, 'Operation timed out after 300000 milliseconds with 0 bytes received');
  if (!conn.listener.http) return err(52, 'Empty reply from server');
  const version = ctx.from ? '7.88.1' : '8.5.0';
  const a = httpAnswer(ctx.state, conn.target, conn.listener.http, {
    path: u.path,
    method: head ? 'HEAD' : method,
    body: data,
    // curl sends -d data as a form unless a Content-Type header is given
    contentType:
      headers.find((h) => /^content-type:/i.test(h))?.replace(/^[^:]*:\s*/, '') ??
      (data ? 'application/x-www-form-urlencoded' : ''),
    head,
    clientIp: clientIp(ctx, conn.target),
    userAgent: `curl/${version}`,
    now: ctx.now,
  });
  if (a.log) ctx.log(conn.target, a.log);
  if (failHttp && a.status >= 400) return err(22, `The requested URL returned error: ${a.status}`);
  if (head) return res(a.headers, '', 0);
  return res(`${include ? a.headers : ''}${a.body}`, '', 0);
}

/* ------------------------------------------------------------------ busybox wget */

export function wget(ctx: NetCtx, args: readonly string[]): UtilResult {
  let quiet = false;
  let out: string | null = null;
  let url: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--quiet') quiet = true;
    else if (a.startsWith('--output-document=')) out = a.slice(18);
    else if (a === '--output-document') out = args[++i] ?? '';
    else if (/^-[a-zA-Z]+/.test(a) && !a.startsWith('--')) {
      const letters = a.slice(1);
      const o = letters.indexOf('O');
      if (letters.slice(0, o < 0 ? undefined : o).includes('q')) quiet = true;
      if (o >= 0) out = letters.slice(o + 1) || (args[++i] ?? '');
    } else if (!a.startsWith('-')) url = a;
  }
  if (!url) return res('', 'BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n', 1);
  const u = parseUrl(url);
  if (!u) return res('', `wget: not an http or ftp url: ${url}\n`, 1);
  const ip = resolveFrom(ctx, u.host);
  if (!ip) return res('', `wget: bad address '${u.authority}'\n${externalNote(u.host)}`, 1);
  let stderr = quiet ? '' : `Connecting to ${u.authority} (${ip}:${u.port})\n`;
  const conn = connect(ctx, ip, u.port);
  if (conn.kind === 'refused')
    return res('', `${stderr}wget: can't connect to remote host (${ip}): Connection refused\n`, 1);
  if (conn.kind === 'timeout')
    return res(
      '',
      `${stderr}wget: can't connect to remote host (${ip}): Connection timed out\n`,
      1,
    );
  if (conn.kind === 'reset' || !conn.listener.http)
    return res('', `${stderr}wget: error getting response: Connection reset by peer\n`, 1);
  const a = httpAnswer(ctx.state, conn.target, conn.listener.http, {
    path: u.path,
    head: false,
    clientIp: clientIp(ctx, conn.target),
    userAgent: 'Wget',
    now: ctx.now,
  });
  if (a.log) ctx.log(conn.target, a.log);
  if (a.status !== 200)
    return res('', `${stderr}wget: server returned error: ${a.headers.split('\r\n')[0]}\n`, 1);
  const toStdout = out === '-';
  const name = out ?? (u.path.split('/').pop() || 'index.html');
  if (!toStdout && !ctx.save(name, a.body))
    return res('', `${stderr}wget: can't open '${name}': No such file or directory\n`, 1);
  if (!quiet) stderr += toStdout ? 'writing to stdout\n' : `saving to '${name}'\n`;
  if (!quiet) stderr += toStdout ? 'written to stdout\n' : `'${name}' saved\n`;
  return res(toStdout ? a.body : '', stderr, 0);
}

/* ------------------------------------------------------------------ busybox ping */

const RTT = [0.072, 0.081, 0.064, 0.09, 0.077];

export function ping(ctx: NetCtx, args: readonly string[]): UtilResult {
  let count = 0;
  let host: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-c') count = Number(args[++i]) || 0;
    else if (/^-c\d+$/.test(a)) count = Number(a.slice(2));
    else if (a === '-w' || a === '-W' || a === '-s' || a === '-i' || a === '-I') i++;
    else if (!a.startsWith('-')) host = a;
  }
  if (!host) return res('', 'BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n', 1);
  const from = ctx.from;
  const ip = from ? resolveName(ctx.state, from, host) : hostResolves(host);
  if (!ip) return res('', `ping: bad address '${host}'\n${externalNote(host)}`, 1);
  const n = count > 0 ? count : 4;
  const answers = from ? pingable(ctx.state, from, ip) : true;
  let stdout = `PING ${host} (${ip}): 56 data bytes\n`;
  const times = Array.from({length: n}, (_, i) => RTT[i % RTT.length]);
  if (answers)
    stdout += times
      .map((t, i) => `64 bytes from ${ip}: seq=${i} ttl=64 time=${t.toFixed(3)} ms\n`)
      .join('');
  stdout += `\n--- ${host} ping statistics ---\n${n} packets transmitted, ${answers ? n : 0} packets received, ${answers ? 0 : 100}% packet loss\n`;
  if (answers) {
    const ms = (v: number): string => v.toFixed(3);
    const avg = Math.floor((times.reduce((s, t) => s + t, 0) / n) * 1000) / 1000;
    stdout += `round-trip min/avg/max = ${ms(Math.min(...times))}/${ms(avg)}/${ms(Math.max(...times))} ms\n`;
  }
  const note =
    count > 0
      ? ''
      : `${PLAYGROUND_NOTE_PREFIX}-c 없이 실행한 ping은 Ctrl+C를 누를 때까지 계속됩니다. 여기서는 4번 보낸 뒤 Ctrl+C를 누른 것처럼 끝냅니다.\n`;
  return res(stdout, note, answers ? 0 : 1);
}

/* ------------------------------------------------------------------ busybox nslookup */

export function nslookup(ctx: NetCtx, args: readonly string[]): UtilResult {
  const from = ctx.from;
  const [name, server] = args.filter((a) => !a.startsWith('-'));
  if (!from || !name)
    return res('', 'BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n', 1);
  const ns = server ?? nameserver(ctx.state, from);
  if (ns === null || (from.networkMode === 'none' && !ns.startsWith('127.')))
    return res(';; connection timed out; no servers could be reached\n\n', '', 1);
  const head = `Server:\t\t${ns}\nAddress:\t${ns}:53\n\n`;
  const ip = ns === EMBEDDED_DNS ? dnsLookup(ctx.state, from, name) : null;
  if (!ip)
    return res(
      `${head}** server can't find ${name}: NXDOMAIN\n\n** server can't find ${name}: NXDOMAIN\n\n`,
      externalNote(name),
      1,
    );
  return res(
    `${head}Non-authoritative answer:\nName:\t${name}\nAddress: ${ip}\n\nNon-authoritative answer:\n\n`,
    '',
    0,
  );
}

/* ------------------------------------------------------------------ glibc getent */

export function getent(ctx: NetCtx, args: readonly string[]): UtilResult {
  const from = ctx.from;
  const [db, ...keys] = args;
  if (!from || db === undefined)
    return res(
      '',
      "Usage: getent [OPTION...] database [key ...]\nTry `getent --help' or `getent --usage' for more information.\n",
      1,
    );
  if (db !== 'hosts' && db !== 'ahosts')
    return res(
      '',
      `${PLAYGROUND_NOTE_PREFIX}getent ${db}은(는) 흉내 내지 않습니다. hosts만 됩니다.\n`,
      0,
    );
  if (keys.length === 0) {
    const file = String(from.rootfs.files['/etc/hosts'] ?? '');
    return res(
      file
        .split('\n')
        .filter(Boolean)
        .map((l) => {
          const [ip, ...names] = l.split(/\s+/);
          return `${ip.padEnd(15)} ${names.join(' ')}\n`;
        })
        .join(''),
      '',
      0,
    );
  }
  let stdout = '';
  let code = 0;
  for (const k of keys) {
    const ip = resolveName(ctx.state, from, k);
    if (!ip) {
      code = 2;
      continue;
    }
    stdout +=
      db === 'hosts'
        ? `${ip.padEnd(15)} ${k}\n`
        : `${ip.padEnd(15)} STREAM ${k}\n${ip.padEnd(15)} DGRAM  \n${ip.padEnd(15)} RAW    \n`;
  }
  return res(stdout, '', code);
}

/** The daemon's socket on the host: GET /version (also /vX.Y/version) and /_ping of the Engine API. */
function engineApi(
  ctx: NetCtx,
  socket: string,
  u: Url,
  err: (code: number, text: string) => UtilResult,
): UtilResult {
  if (ctx.from || socket !== '/var/run/docker.sock')
    // curl cannot connect to a socket file that is not there.
    return err(
      7,
      `Failed to connect to ${u.host} port ${u.port} after 0 ms: Couldn't connect to server`,
    );
  const path = u.path.replace(/^\/v\d+\.\d+(?=\/)/, '');
  if (path === '/version') return res(versionResponse(), '', 0);
  if (path === '/_ping') return res('OK', '', 0);
  // moby's router answers unknown paths with a JSON 404 (api/server/server.go notFoundHandler).
  return res('{"message":"page not found"}\n', '', 0);
}

/* ------------------------------------------------------------------ ip link */

/** Where a created link is kept: sysfs has a directory per interface with its MAC address. */
const SYS_NET = '/sys/class/net';

export interface LinkHost {
  container: ContainerRecord;
  read: (path: string) => string | null;
  write: (path: string, content: string) => void;
  list: (dir: string) => string[];
}

/**
 * `ip link add NAME type dummy` and `ip link show NAME` (busybox ip's output). Creating a link
 * needs CAP_NET_ADMIN, which Docker leaves out unless `--cap-add NET_ADMIN` (or ALL).
 */
export function ipLink(host: LinkHost, args: readonly string[]): UtilResult | null {
  const [object, verb, name] = args;
  if (object !== 'link' && object !== 'l') return null;
  const c = host.container;
  const base = c.networkMode === 'none' ? ['lo'] : ['lo', 'eth0'];
  const created = host.list(SYS_NET).filter((n) => !base.includes(n));
  const all = [...base, ...created];
  if (verb === 'add' && name) {
    if (!hasCapability(c, 'NET_ADMIN'))
      return res('', 'ip: RTNETLINK answers: Operation not permitted\n', 2);
    if (all.includes(name)) return res('', 'ip: RTNETLINK answers: File exists\n', 2);
    // A locally administered unicast address, stable per container and link.
    const hex = (
      c.id +
      name
        .split('')
        .map((ch) => ch.charCodeAt(0).toString(16))
        .join('')
    ).slice(0, 12);
    const bytes = hex.match(/../g)!.map((b) => parseInt(b, 16));
    bytes[0] = (bytes[0]! & 0xfc) | 0x02;
    host.write(
      `${SYS_NET}/${name}/address`,
      `${bytes.map((b) => b.toString(16).padStart(2, '0')).join(':')}\n`,
    );
    return res('', '', 0);
  }
  if ((verb === 'show' || verb === undefined) && name && created.includes(name)) {
    const index = all.indexOf(name) + 1;
    const mac = (host.read(`${SYS_NET}/${name}/address`) ?? '').trim();
    return res(
      `${index}: ${name}: <BROADCAST,NOARP> mtu 1500 qdisc noop state DOWN qlen 1000\n    link/ether ${mac} brd ff:ff:ff:ff:ff:ff\n`,
      '',
      0,
    );
  }
  if (verb === 'show' && name && !all.includes(name))
    return res('', `ip: can't find device '${name}'\n`, 2);
  return null;
}
