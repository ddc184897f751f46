// Runs deploy/nginx.conf with the system's nginx (Debian's 1.22 here) for the tests:
// `nginx -t` in tests/unit/nginx.test.ts, a real server in tests/e2e/nginx.e2e.ts.
// The configuration is the very file the image uses; only its root, its port and its
// /tmp paths are rewritten to the test's own directory.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const NGINX_INSTALL_HINT = 'sudo apt-get update && sudo apt-get install -y nginx';
// Tests run from the repository root (vitest's root).
const DEPLOY_DIR = path.resolve('deploy');
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

export interface TestConfig {
  /** Directory holding nginx.conf, its includes and nginx's temp files. */
  readonly dir: string;
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
}): TestConfig {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dg-nginx-'));
  // nginx started as root runs its workers as nobody: they must reach the files.
  fs.chmodSync(dir, 0o755);
  fs.mkdirSync(path.join(dir, 'tmp'), {mode: 0o755});
  // Like the image, nginx runs as an unprivileged user: it may write only here.
  if (runsAsRoot()) fs.chownSync(path.join(dir, 'tmp'), UNPRIVILEGED_ID, UNPRIVILEGED_ID);
  let conf = fs.readFileSync(path.join(DEPLOY_DIR, 'nginx.conf'), 'utf8');
  // /tmp first: the root given may itself be under /tmp.
  conf = conf.replaceAll('/tmp/', `${dir}/tmp/`);
  conf = replaceOnce(conf, IMAGE_ROOT, `root ${options.root};`);
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
    confPath,
    errorLog: path.join(dir, 'error.log'),
    pidFile: path.join(dir, 'tmp', 'nginx.pid'),
  };
}

/** nobody/nogroup on Debian: started as root, the tests drop to it, as the image runs as uid 101. */
export const UNPRIVILEGED_ID = 65534;

function runsAsRoot(): boolean {
  return process.getuid?.() === 0;
}

function runNginx(
  config: TestConfig,
  args: readonly string[],
): {status: number | null; output: string} {
  fs.writeFileSync(config.errorLog, '');
  if (runsAsRoot()) fs.chownSync(config.errorLog, UNPRIVILEGED_ID, UNPRIVILEGED_ID);
  const log = fs.openSync(config.errorLog, 'a');
  const nginxArgs = ['-p', `${config.dir}/`, '-e', config.errorLog, '-c', config.confPath, ...args];
  const [command, commandArgs] = runsAsRoot()
    ? [
        'setpriv',
        [
          `--reuid=${UNPRIVILEGED_ID}`,
          `--regid=${UNPRIVILEGED_ID}`,
          '--clear-groups',
          nginxBinary(),
          ...nginxArgs,
        ],
      ]
    : [nginxBinary(), nginxArgs];
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
}): Promise<RunningNginx> {
  const port = await freePort();
  const config = writeTestConfig({root: options.root, port, cspInclude: options.cspInclude});
  const started = runNginx(config, []);
  if (started.status !== 0)
    throw new Error(`nginx did not start (exit ${started.status}):\n${started.output}`);
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
