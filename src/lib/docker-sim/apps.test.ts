import {spawn, type ChildProcess} from 'node:child_process';
import {connect, createServer} from 'node:net';
import {resolve} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {createEngine, type Engine} from './index';
import {runAll, testEngine} from './test-helpers';

const ROOT = resolve(__dirname, '../../..');

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => ok(port));
    });
  });
}

/** One raw HTTP/1.1 request, as curl sends it; resolves with the response's head and body. */
function rawRequest(port: number, method: string, path: string): Promise<string> {
  return new Promise((ok, fail) => {
    const sock = connect(port, '127.0.0.1', () => {
      sock.write(
        `${method} ${path} HTTP/1.1\r\nHost: localhost:${port}\r\nUser-Agent: curl/8.5.0\r\nAccept: */*\r\n\r\n`,
      );
    });
    let data = Buffer.alloc(0);
    sock.on('data', (chunk: Buffer) => {
      data = Buffer.concat([data, chunk]);
      const text = data.toString('utf8');
      const end = text.indexOf('\r\n\r\n');
      if (end >= 0 && text.endsWith('\r\n0\r\n\r\n')) {
        sock.end();
        ok(`${text.slice(0, end + 4)}${dechunk(text.slice(end + 4))}`);
      }
    });
    sock.on('error', fail);
  });
}

/** The body of a chunked response, as curl shows it. */
function dechunk(raw: string): string {
  const bytes = Buffer.from(raw, 'utf8');
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = bytes.indexOf('\r\n', at);
    const size = parseInt(bytes.subarray(at, eol).toString(), 16);
    if (!size) break;
    parts.push(bytes.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
  return Buffer.concat(parts).toString('utf8');
}

const withoutDate = (text: string): string => text.replace(/\r\nDate: [^\r]*/, '\r\nDate: -');

function engineWith(lines: readonly string[]): Engine {
  const e = testEngine();
  runAll(e, lines);
  return e;
}

describe('the Node example app', () => {
  const children: ChildProcess[] = [];
  afterAll(() => children.forEach((c) => c.kill('SIGKILL')));

  it('answers in the playground as the real server answers under Node', async () => {
    const e = engineWith([
      'cd examples/node-app',
      'docker build -t hallo:2 .',
      'docker run -d --name box -p 4100:3000 hallo:2',
    ]);
    const hostname = e.state.containers.find((c) => c.name === 'box')?.hostname ?? '';
    const port = await freePort();
    const child = spawn(process.execPath, ['src/server.js'], {
      cwd: resolve(ROOT, 'examples/node-app'),
      env: {...process.env, PORT: String(port), HOSTNAME: hostname},
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let stdout = '';
    child.stdout?.on('data', (b: Buffer) => (stdout += b.toString()));
    await new Promise<void>((ok) => {
      const wait = (): void => (stdout.includes('listening') ? ok() : void setTimeout(wait, 20));
      wait();
    });
    const requests: [string, string][] = [
      ['GET', '/'],
      ['GET', '/?name=%EA%B3%A0%EB%9E%98'],
      ['GET', '/api/greet?name=%EA%B3%A0%EB%9E%98'],
      ['GET', '/api/greet'],
      ['GET', '/healthz'],
      ['GET', '/nope'],
      ['POST', '/api/greet'],
    ];
    for (const [method, path] of requests) {
      const real = await rawRequest(port, method, path);
      const sim = e.run(`curl -i -X ${method} "http://localhost:4100${path}"`);
      expect(sim.exitCode).toBe(0);
      expect(withoutDate(sim.stdout), `${method} ${path}`).toBe(withoutDate(real));
    }
    // docker stop sends SIGTERM; the real server's log and exit code are the playground's.
    const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    runAll(e, ['docker stop box']);
    expect(e.run('docker logs box').stdout).toBe(stdout.replace(String(port), '3000'));
    expect(e.run("docker inspect --format '{{.State.ExitCode}}' box").stdout).toBe('0\n');
  }, 30_000);
});

describe('built example apps in the playground', () => {
  it('keep the Python app notes in the process: a new container starts empty', () => {
    const e = engineWith([
      'cd examples/python-app',
      'docker build -t notes:3 .',
      'docker run -d --name n1 -p 9001:8000 notes:3',
    ]);
    const post = e.run(
      `curl -X POST http://localhost:9001/notes -H "Content-Type: application/json" -d '{"text": "하나"}'`,
    );
    expect(post.stdout).toBe('{"id":1,"text":"하나"}\n');
    // Without a JSON Content-Type, Flask's get_json(silent=True) reads nothing.
    expect(e.run(`curl -X POST http://localhost:9001/notes -d '{"text": "둘"}'`).stdout).toBe(
      '{"error":"text is required"}\n',
    );
    expect(
      e.run(`curl -X POST http://localhost:9001/notes -H "Content-Type: application/json" -d '{}'`)
        .stdout,
    ).toBe('{"error":"text is required"}\n');
    expect(e.run('curl http://localhost:9001/notes').stdout).toBe('[{"id":1,"text":"하나"}]\n');
    runAll(e, ['docker restart n1']);
    expect(e.run('curl http://localhost:9001/notes').stdout).toBe('[]\n');
    expect(e.run('docker logs n1').stderr).toContain('[INFO] Starting gunicorn 23.0.0\n');
  });

  it('builds the Java app in two stages; --target stops at the build stage', () => {
    const e = engineWith(['cd examples/java-app']);
    const full = e.run('docker build -t j:1 .');
    expect(full.exitCode).toBe(0);
    expect(full.stderr).toContain(' => [build 6/6] RUN mvn -B -q package');
    expect(full.stderr).toContain(
      ' => [stage-1 3/4] COPY --from=build /src/target/hello.jar ./hello.jar',
    );
    runAll(e, ['docker run -d --name jv -p 9002:8080 j:1']);
    expect(e.run('curl http://localhost:9002/healthz').stdout).toBe('{"status":"ok"}');
    expect(e.run('docker run --rm --entrypoint ls j:1 /app').stdout).toBe('hello.jar\n');
    runAll(e, ['docker stop jv']);
    expect(e.run('docker logs jv').stdout).toBe('java-app listening on port 8080\nshutting down\n');
    expect(e.run("docker inspect --format '{{.State.ExitCode}}' jv").stdout).toBe('143\n');
    const build = e.run('docker build --target build -t j:build .');
    expect(build.stderr).not.toContain('stage-1');
    expect(e.run('docker run --rm j:build ls target').stdout).toContain('hello.jar');
  });

  it('runs the Go binary as the distroless nonroot user', () => {
    const e = engineWith([
      'cd examples/advanced',
      'docker build -t tiny:1 .',
      'docker run -d --name tt -e PORT=9000 -p 9003:9000 tiny:1',
    ]);
    const host = e.state.containers.find((c) => c.name === 'tt')?.hostname ?? '';
    expect(e.run('curl http://localhost:9003/').stdout).toBe(
      `작은 이미지에서 인사합니다. uid=65532 host=${host}\n`,
    );
    expect(e.run('docker logs tt').stderr).toMatch(
      /^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d advanced listening on :9000\n$/,
    );
  });

  it('fails a RUN step whose tool the base image lacks', () => {
    const e = engineWith([
      'mkdir -p ~/p',
      "printf 'FROM alpine\\nRUN mvn package\\n' > ~/p/Dockerfile",
    ]);
    const r = e.run('docker build -t p ~/p');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('mvn: not found');
  });

  it('passes --build-arg into FROM and gives RUN a secret only for its step', () => {
    const e = engineWith([
      'mkdir -p ~/s',
      'echo token-123 > ~/s/token.txt',
      "printf 'ARG BASE=alpine\\nFROM ${BASE}\\nRUN --mount=type=secret,id=tok cat /run/secrets/tok > /copy\\nRUN ls /run/secrets || true\\n' > ~/s/Dockerfile",
    ]);
    const r = e.run(
      'docker build --build-arg BASE=busybox --secret id=tok,src=s/token.txt -t sec ~/s',
    );
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain('FROM docker.io/library/busybox:latest');
    expect(e.run('docker run --rm sec cat /copy').stdout).toBe('token-123\n');
    expect(e.run('docker run --rm sec ls /run/secrets').stdout).toBe('');
  });

  it('reports the Go app healthy after its first probe (HEALTHCHECK CMD ["/server", "-healthcheck"])', () => {
    let t = Date.UTC(2026, 10, 1);
    const e = createEngine({seed: 3, now: () => t});
    runAll(e, [
      'cd examples/advanced',
      'docker build -t tiny:1 .',
      'docker run -d --name hc tiny:1',
    ]);
    const status = (): string =>
      e.run("docker inspect --format '{{json .State.Health.Status}}' hc").stdout;
    expect(status()).toBe('"starting"\n');
    expect(e.run('docker ps --format "{{.Status}}"').stdout).toBe(
      'Up Less than a second (health: starting)\n',
    );
    t += 31_000;
    expect(status()).toBe('"healthy"\n');
    expect(e.run('docker ps --format "{{.Status}}"').stdout).toBe('Up 31 seconds (healthy)\n');
    expect(e.run("docker inspect --format '{{json .State.Health}}' hc").stdout).toMatch(
      /^\{"Status":"healthy","FailingStreak":0,"Log":\[\{"Start":"2026-11-01T00:00:30(\.\d+)?Z","End":"[^"]+","ExitCode":0,"Output":""\}\]\}\n$/,
    );
    // An image without HEALTHCHECK has no Health in its state.
    runAll(e, ['docker run -d --name plain nginx']);
    expect(e.run("docker inspect --format '{{json .State}}' plain").stdout).not.toContain('Health');
  });
});
