// Runs deploy/nginx.conf with the system's nginx (Debian's 1.22 here) for the tests:
// `nginx -t` in tests/unit/nginx.test.ts, a real server in tests/e2e/nginx.e2e.ts.
// The configuration is the very file the image uses; only its root, its port and its
// /tmp paths are rewritten to the test's own directory.
//
// Started as root, nginx runs as nobody (like the image's unprivileged user), and nobody cannot
// read a build inside a private directory such as a clone in /root (mode 700). So as root the
// tests serve a world-readable copy of the root from a fresh temporary directory, and check
// before starting that nginx's user can read it. Not as root, nginx runs as the tests' user.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const NGINX_INSTALL_HINT = 'sudo apt-get update && sudo apt-get install -y nginx';
const DEPLOY_DIR = path.resolve(__dirname, '../../deploy');
const IMAGE_ROOT = 'root /usr/share/nginx/html;';
const IMAGE_LISTEN = 'listen 8080;';

/** The nginx binary; throws with the install command when there is none. */
export function nginxBinary(): string {
  const candidates = [
    process.env.NGINX_PATH,
    '/usr/sbin/nginx',
    '/usr/bin/nginx',
    '/usr/local/sbin/nginx',
  ].filter((value): value is string => Boolean(value));
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) {
    throw new Error(
      `nginx is required for the server-configuration tests and was not found (looked at ${candidates.join(', ')}). ` +
        `Install it with: ${NGINX_INSTALL_HINT}  — or set NGINX_PATH.`,
    );
  }
  return found;
}

/** nginx's own mime.types (the image has its own copy next to nginx.conf). */
function systemMimeTypes(): string {
  const candidates = [
    '/etc/nginx/mime.types',
    '/usr/local/etc/nginx/mime.types',
    '/usr/local/nginx/conf/mime.types',
  ];
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found)
    throw new Error(
      `nginx's mime.types not found (looked at ${candidates.join(', ')}). Install: ${NGINX_INSTALL_HINT}`,
    );
  return found;
}

function replaceOnce(text: string, search: string, replacement: string): string {
  const count = text.split(search).length - 1;
  if (count !== 1)
    throw new Error(`deploy/nginx.conf must contain "${search}" exactly once (found ${count})`);
  return text.replace(search, replacement);
}

/** Who nginx runs as: the tests' own user, or nobody when the tests run as root. */
export type NginxUser = 'self' | 'unprivileged';

export const defaultNginxUser = (): NginxUser => (runsAsRoot() ? 'unprivileged' : 'self');

export interface TestConfig {
  /** Directory holding nginx.conf, its includes and nginx's temp files. */
  readonly dir: string;
  /** The directory nginx serves: `root` itself, or its world-readable copy. */
  readonly root: string;
  readonly user: NginxUser;
  readonly confPath: string;
  readonly errorLog: string;
  readonly pidFile: string;
}

/**
 * Writes deploy/nginx.conf, deploy/security-headers.conf, the CSP include and mime.types
 * into a fresh directory, as the image lays them out in /etc/nginx.
 */
export function writeTestConfig(options: {
  root: string;
  port: number;
  cspInclude: string;
  /** Defaults to nobody when the tests run as root, else the tests' own user. */
  user?: NginxUser;
  /** Where the fresh directory is made (os.tmpdir() unless given). */
  parentDir?: string;
}): TestConfig {
  const user = options.user ?? defaultNginxUser();
  const dir = fs.mkdtempSync(path.join(options.parentDir ?? os.tmpdir(), 'dg-nginx-'));
  // nginx started as root runs its workers as nobody: they must reach the files.
  fs.chmodSync(dir, 0o755);
  fs.mkdirSync(path.join(dir, 'tmp'), {mode: 0o755});
  // Like the image, nginx runs as an unprivileged user: it may write only here.
  if (user === 'unprivileged' && runsAsRoot())
    fs.chownSync(path.join(dir, 'tmp'), UNPRIVILEGED_ID, UNPRIVILEGED_ID);
  const root = user === 'unprivileged' ? worldReadableCopy(options.root, dir) : options.root;
  let conf = fs.readFileSync(path.join(DEPLOY_DIR, 'nginx.conf'), 'utf8');
  // /tmp first: the root given may itself be under /tmp.
  conf = conf.replaceAll('/tmp/', `${dir}/tmp/`);
  conf = replaceOnce(conf, IMAGE_ROOT, `root ${root};`);
  conf = replaceOnce(conf, IMAGE_LISTEN, `listen 127.0.0.1:${options.port};`);
  const confPath = path.join(dir, 'nginx.conf');
  fs.writeFileSync(confPath, conf);
  fs.copyFileSync(
    path.join(DEPLOY_DIR, 'security-headers.conf'),
    path.join(dir, 'security-headers.conf'),
  );
  fs.writeFileSync(path.join(dir, 'nginx-csp.conf'), options.cspInclude);
  fs.copyFileSync(systemMimeTypes(), path.join(dir, 'mime.types'));
  return {
    dir,
    root,
    user,
    confPath,
    errorLog: path.join(dir, 'error.log'),
    pidFile: path.join(dir, 'tmp', 'nginx.pid'),
  };
}

/** Copies `root` to <dir>/root with every directory 755 and every file 644. */
function worldReadableCopy(root: string, dir: string): string {
  const copy = path.join(dir, 'root');
  fs.cpSync(root, copy, {recursive: true, dereference: true});
  const open = (target: string): void => {
    if (fs.statSync(target).isDirectory()) {
      fs.chmodSync(target, 0o755);
      for (const name of fs.readdirSync(target)) open(path.join(target, name));
    } else {
      fs.chmodSync(target, 0o644);
    }
  };
  open(copy);
  return copy;
}

/** nobody/nogroup on Debian: started as root, the tests drop to it, as the image runs as uid 101. */
export const UNPRIVILEGED_ID = 65534;

function runsAsRoot(): boolean {
  return process.getuid?.() === 0;
}

function setprivBinary(): string {
  const found = ['/usr/bin/setpriv', '/bin/setpriv'].find((candidate) => fs.existsSync(candidate));
  if (!found) throw new Error('setpriv (util-linux) is required to run nginx as nobody from root');
  return found;
}

/** Command and arguments that run `program` as the config's nginx user. */
export function asNginxUser(
  config: Pick<TestConfig, 'user'>,
  program: string,
  args: readonly string[],
): [string, string[]] {
  if (config.user === 'self') return [program, [...args]];
  return [
    setprivBinary(),
    [
      `--reuid=${UNPRIVILEGED_ID}`,
      `--regid=${UNPRIVILEGED_ID}`,
      '--clear-groups',
      program,
      ...args,
    ],
  ];
}

/**
 * Throws at once when nginx's user cannot read the served root's index.html (or enter the
 * root): nginx would start, answer every request with 403 or 404, and the browser tests would
 * wait for pages that never come.
 */
export function assertNginxCanRead(config: TestConfig): void {
  const index = path.join(config.root, 'index.html');
  // A root we cannot see into is checked by its index.html too.
  const target = fs.existsSync(config.root) && !fs.existsSync(index) ? config.root : index;
  const [command, args] = asNginxUser(config, '/usr/bin/test', [
    '-r',
    target,
    '-a',
    '-x',
    config.root,
  ]);
  const result = spawnSync(command, args, {stdio: 'ignore', timeout: 10_000});
  if (result.status !== 0) {
    const who =
      config.user === 'self'
        ? `the tests' user (uid ${process.getuid?.()})`
        : `nobody (uid ${UNPRIVILEGED_ID})`;
    throw new Error(
      `nginx cannot read its root: ${target} is not readable by ${who}, which nginx runs as. ` +
        'A directory above it is private (mode 700, as /root is) or the files are not world-readable. ' +
        'As root the tests serve a world-readable copy from a temporary directory: check that TMPDIR ' +
        `(${path.dirname(config.dir)}) is open to others.`,
    );
  }
}

function runNginx(
  config: TestConfig,
  args: readonly string[],
): {status: number | null; output: string} {
  fs.writeFileSync(config.errorLog, '');
  if (config.user === 'unprivileged' && runsAsRoot())
    fs.chownSync(config.errorLog, UNPRIVILEGED_ID, UNPRIVILEGED_ID);
  const log = fs.openSync(config.errorLog, 'a');
  const nginxArgs = ['-p', `${config.dir}/`, '-e', config.errorLog, '-c', config.confPath, ...args];
  const [command, commandArgs] = asNginxUser(config, nginxBinary(), nginxArgs);
  try {
    // stderr goes to a file: a daemonised master keeps it open, which a pipe would wait for.
    const result = spawnSync(command, commandArgs, {
      stdio: ['ignore', 'ignore', log],
      timeout: 30_000,
    });
    return {status: result.status, output: fs.readFileSync(config.errorLog, 'utf8')};
  } finally {
    fs.closeSync(log);
  }
}

/** `nginx -t` on the test configuration. */
export function testConfig(config: TestConfig): {status: number | null; output: string} {
  return runNginx(config, ['-t']);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface RunningNginx {
  readonly url: string;
  readonly config: TestConfig;
  readonly pid: number;
  stop(): Promise<void>;
}

/** Starts nginx (daemonised master) on 127.0.0.1:<free port> with deploy/nginx.conf serving `root`. */
export async function startNginx(options: {
  root: string;
  cspInclude: string;
  parentDir?: string;
}): Promise<RunningNginx> {
  const port = await freePort();
  const config = writeTestConfig({...options, port});
  try {
    assertNginxCanRead(config);
  } catch (error) {
    fs.rmSync(config.dir, {recursive: true, force: true});
    throw error;
  }
  const started = runNginx(config, []);
  if (started.status !== 0) {
    fs.rmSync(config.dir, {recursive: true, force: true});
    throw new Error(`nginx did not start (exit ${started.status}):\n${started.output}`);
  }
  const url = `http://127.0.0.1:${port}`;
  let pid = 0;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (fs.existsSync(config.pidFile)) pid = Number(fs.readFileSync(config.pidFile, 'utf8').trim());
    if (pid > 0) {
      try {
        await fetch(`${url}/`, {method: 'HEAD'});
        break;
      } catch {
        // not listening yet
      }
    }
    await sleep(100);
  }
  if (!(pid > 0))
    throw new Error(
      `nginx wrote no pid file (${config.pidFile}):\n${fs.readFileSync(config.errorLog, 'utf8')}`,
    );
  return {
    url,
    config,
    pid,
    async stop() {
      if (alive(pid)) process.kill(pid, 'SIGTERM');
      for (let attempt = 0; attempt < 100 && alive(pid); attempt += 1) await sleep(50);
      if (alive(pid)) process.kill(pid, 'SIGKILL');
      fs.rmSync(config.dir, {recursive: true, force: true});
    },
  };
}
