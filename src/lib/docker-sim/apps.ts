/**
 * The example apps of part 4 running in built images. The playground has no Node, Python, JVM or
 * Go: a container runs an app when its main command names a program file (script, module, jar,
 * binary) whose content carries an app's marker (`fixtures/sample-projects.ts`). The build puts
 * that content there: COPY copies the sources, and simulated `go build`/`mvn package` write the
 * sources they compiled into the binary or jar.
 */
import {SAMPLE_APPS, type AppAnswer, type SampleApp} from './fixtures/sample-projects';
import type {ContainerRecord, EngineState, LogLine} from './state';
import {resolvePath} from './vfs';

/** The program files a main command names: its arguments as paths, and gunicorn's `pkg.mod:app`. */
function programFiles(argv: readonly string[], workdir: string): string[] {
  const out: string[] = [];
  for (const a of argv) {
    if (a.startsWith('-') || a === '') continue;
    out.push(resolvePath(workdir || '/', a));
    const wsgi = /^([\w.]+):\w+$/.exec(a);
    if (wsgi) out.push(resolvePath(workdir || '/', `${wsgi[1].replace(/\./g, '/')}.py`));
  }
  return out;
}

/** The example app the container's main command runs, if any. */
export function appOf(c: ContainerRecord, main: readonly string[]): SampleApp | null {
  for (const path of programFiles(main, c.workingDir)) {
    const content = c.rootfs.files[path];
    if (content === undefined) continue;
    const app = SAMPLE_APPS.find((a) => content.includes(a.marker));
    if (app) return app;
  }
  return null;
}

const envIn = (c: ContainerRecord, key: string): string | undefined => {
  // The daemon adds HOSTNAME to the process's environment (moby container.CreateDaemonEnvironment).
  if (key === 'HOSTNAME' && !c.env.some((e) => e.startsWith('HOSTNAME='))) return c.hostname;
  const hit = [...c.env].reverse().find((e) => e.startsWith(`${key}=`));
  return hit === undefined ? undefined : hit.slice(key.length + 1);
};

export function appPort(c: ContainerRecord, app: SampleApp): number {
  const v = app.portEnv ? envIn(c, app.portEnv) : undefined;
  return v && /^\d+$/.test(v) ? Number(v) : app.defaultPort;
}

const p2 = (n: number): string => String(n).padStart(2, '0');

function fill(text: string, c: ContainerRecord, app: SampleApp, now: number): string {
  const d = new Date(now);
  const date = `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`;
  const time = `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
  return text
    .replace('{port}', String(appPort(c, app)))
    .replace('{ts:go}', `${date.replace(/-/g, '/')} ${time}`)
    .replace('{ts:gunicorn}', `[${date} ${time} +0000]`);
}

/** What the app writes when it starts; its memory starts empty. */
export function appStartLog(c: ContainerRecord, app: SampleApp, now: number): LogLine[] {
  c.appMemory = [];
  return app.startLog.map((l) => ({stream: l.stream, text: fill(l.text, c, app, now)}));
}

/** What the app writes on SIGTERM from `docker stop`; its memory is gone. */
export function appStopLog(c: ContainerRecord, app: SampleApp, now: number): LogLine[] {
  c.appMemory = [];
  return app.stopLog.map((l) => ({stream: l.stream, text: fill(l.text, c, app, now)}));
}

/** The uid the app runs as: `docker run -u` is not kept, so the image's USER (numeric or passwd). */
function uidOf(state: EngineState, c: ContainerRecord): number {
  const user = (state.images.find((i) => i.id === c.imageId)?.config.user ?? '').split(':')[0];
  if (/^\d+$/.test(user)) return Number(user);
  if (user === '' || user === 'root') return 0;
  const line = (c.rootfs.files['/etc/passwd'] ?? '')
    .split('\n')
    .find((l) => l.startsWith(`${user}:`));
  return line ? Number(line.split(':')[2]) : 0;
}

const matches = (pattern: string, value: string): boolean =>
  pattern === '*' ||
  pattern === value ||
  (pattern.endsWith('*') && value.startsWith(pattern.slice(0, -1)));

const methodMatches = (pattern: string, method: string): boolean =>
  pattern.startsWith('!') ? pattern.slice(1) !== method : matches(pattern, method);

/** The app's answer to one request (the first route that matches, as its router picks). */
export function appAnswer(
  state: EngineState,
  c: ContainerRecord,
  app: SampleApp,
  req: {method: string; url: string; body: string; contentType: string},
): AppAnswer {
  const path = req.url.split('?')[0];
  const method = req.method === 'HEAD' && app.headAsGet ? 'GET' : req.method;
  const route = app.routes.find((r) => methodMatches(r.method, method) && matches(r.path, path));
  const memory = c.appMemory ?? (c.appMemory = []);
  if (!route) return {status: 404, contentType: 'text/plain', body: ''};
  return route.answer({
    method: req.method,
    url: req.url,
    body: req.body,
    contentType: req.contentType,
    hostname: c.hostname,
    uid: uidOf(state, c),
    env: (k) => envIn(c, k),
    memory,
  });
}

const REASONS: Readonly<Record<number, string>> = {
  200: 'OK',
  201: 'Created',
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
};

/** An RFC 9110 IMF-fixdate, as Node's `Date` header writes it (and `toUTCString` does). */
function httpDate(now: number): string {
  return new Date(now).toUTCString();
}

/**
 * The response head and body of an app in `target` (the HttpAnswer of network.ts). Node's head
 * is checked against the real server (apps.test.ts): writeHead() then end(body) sends chunked; the other servers get only the status line,
 * Content-Type and Content-Length (a known difference in the README).
 */
export function appHttpAnswer(
  state: EngineState,
  target: ContainerRecord,
  req: {
    path: string;
    head: boolean;
    now: number;
    method?: string;
    body?: string;
    contentType?: string;
  },
): {status: number; headers: string; body: string; log: null} {
  const app = appOf(target, [target.path, ...target.args]);
  const a: AppAnswer = app
    ? appAnswer(state, target, app, {
        method: req.method ?? (req.head ? 'HEAD' : 'GET'),
        url: req.path,
        body: req.body ?? '',
        contentType: req.contentType ?? '',
      })
    : {status: 404, contentType: 'text/plain', body: ''};
  const size = new TextEncoder().encode(a.body).length;
  const status = `HTTP/1.1 ${a.status} ${REASONS[a.status] ?? ''}`;
  const headers =
    app?.id === 'node-app'
      ? `${status}\r\ncontent-type: ${a.contentType}\r\nDate: ${httpDate(req.now)}\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\nTransfer-Encoding: chunked\r\n\r\n`
      : `${status}\r\nContent-Type: ${a.contentType}\r\nContent-Length: ${size}\r\n\r\n`;
  return {status: a.status, headers, body: req.head ? '' : a.body, log: null};
}

export interface HealthState {
  status: 'starting' | 'healthy' | 'unhealthy';
  failingStreak: number;
  /** the last probes (moby keeps 5): start and end in ms, exit code, output */
  log: {start: number; end: number; exitCode: number; output: string}[];
}

/** Probe results of a HEALTHCHECK that runs an example app's own check (`/server -healthcheck`). */
function probeOk(c: ContainerRecord, test: readonly string[]): boolean | null {
  const argv = test[0] === 'CMD' ? test.slice(1) : ['/bin/sh', '-c', test[1] ?? ''];
  const app = argv.includes('-healthcheck') ? appOf(c, argv) : null;
  if (!app) return null;
  const route = app.routes.find(
    (r) => methodMatches(r.method, 'GET') && matches(r.path, '/healthz'),
  );
  return (
    route?.answer({
      method: 'GET',
      url: '/healthz',
      body: '',
      contentType: '',
      hostname: c.hostname,
      uid: 0,
      env: (k) => envIn(c, k),
      memory: [],
    }).status === 200
  );
}

/**
 * The container's health (moby daemon/health.go): the first probe runs one interval after the
 * start, then one per interval; `starting` until a probe passes or `retries` fail in a row.
 * null when the image has no HEALTHCHECK, or its probe is one the playground cannot run.
 */
export function healthOf(c: ContainerRecord, now: number): HealthState | null {
  const hc = c.healthcheck;
  if (!hc || hc.test[0] === 'NONE' || (c.state !== 'running' && c.state !== 'paused')) return null;
  const ok = probeOk(c, hc.test);
  if (ok === null) return null;
  const probes = Math.max(0, Math.floor((now - c.startedAt) / Math.max(hc.interval, 1)));
  const log = Array.from({length: Math.min(probes, 5)}, (_, i) => {
    const start = c.startedAt + (probes - Math.min(probes, 5) + i + 1) * hc.interval;
    return {start, end: start + 2, exitCode: ok ? 0 : 1, output: ''};
  });
  if (probes === 0) return {status: 'starting', failingStreak: 0, log};
  if (ok) return {status: 'healthy', failingStreak: 0, log};
  return {status: probes >= hc.retries ? 'unhealthy' : 'starting', failingStreak: probes, log};
}

/** What `docker ps` adds to "Up …": moby container/state.go State.String and Health.String. */
export function healthSuffix(c: ContainerRecord, now: number): string {
  const h = healthOf(c, now);
  if (!h) return '';
  return h.status === 'starting' ? ' (health: starting)' : ` (${h.status})`;
}
