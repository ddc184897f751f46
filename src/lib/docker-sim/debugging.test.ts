/**
 * What a reader sees while finding out why a container does not start: exit codes, `inspect`
 * .State, memory limits and the OOM killer, restart loops, --entrypoint, and helper containers
 * that join another container's network and PID namespaces.
 */
import {describe, expect, it} from 'vitest';
import {ramInBytes} from './format';
import type {Engine} from './index';
import {intExpression, memoryNeed} from './memory';
import {restartDelay} from './runtime';
import {runAll, testEngine} from './test-helpers';

function engineWith(lines: readonly string[]): Engine {
  const e = testEngine();
  runAll(e, lines);
  return e;
}

const state = (e: Engine, name: string): Record<string, unknown> =>
  JSON.parse(e.run(`docker inspect --format '{{json .State}}' ${name}`).stdout) as Record<
    string,
    unknown
  >;

const HOG = `python -c "data = bytearray(100 * 1024 * 1024)"`;

describe('a command that does not exist in the image', () => {
  it('fails docker run with 127 and the runtime error, and leaves a Created container', () => {
    const e = engineWith(['docker pull alpine']);
    const r = e.run('docker run --name typo alpine slep 100');
    expect(r.exitCode).toBe(127);
    expect(r.stderr).toBe(
      'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "slep": executable file not found in $PATH: unknown\n\nRun \'docker run --help\' for more information\n',
    );
    expect(e.run('docker ps -a --format "{{.Status}}"').stdout).toBe('Created\n');
    expect(state(e, 'typo')).toMatchObject({
      Status: 'created',
      Running: false,
      ExitCode: 127,
      Pid: 0,
      StartedAt: '0001-01-01T00:00:00Z',
    });
    expect(String(state(e, 'typo').Error)).toContain('exec: "slep": executable file not found');
  });

  it('prints {{json .State}} in the field order of the API type, not sorted like a map', () => {
    const e = engineWith(['docker run --name typo alpine slep 100']);
    expect(e.run(`docker inspect --format '{{json .State}}' typo`).stdout).toMatch(
      /^\{"Status":"created","Running":false,"Paused":false,"Restarting":false,"OOMKilled":false,"Dead":false,"Pid":0,"ExitCode":127,"Error":"[^\n]+","StartedAt":"0001-01-01T00:00:00Z","FinishedAt":"0001-01-01T00:00:00Z"\}\n$/,
    );
    // Maps (labels, networks) are still sorted by key, as Go's encoder sorts map keys.
    e.run('docker run -d --name web --label zeta=1 --label alpha=2 nginx');
    expect(e.run(`docker inspect --format '{{json .Config.Labels}}' web`).stdout).toMatch(
      /^\{"alpha":"2",.*"zeta":"1"\}\n$/,
    );
  });
});

describe('memory limits', () => {
  it('parses --memory like the CLI (go-units RAMInBytes) and rejects bad sizes with pflag text', () => {
    expect(ramInBytes('32m')).toBe(32 * 1024 * 1024);
    expect(ramInBytes('1g')).toBe(1024 ** 3);
    expect(ramInBytes('512MiB')).toBe(512 * 1024 * 1024);
    expect(ramInBytes('100')).toBe(100);
    expect(ramInBytes('abc')).toBe("invalid size: 'abc'");
    expect(ramInBytes('10x')).toBe("invalid suffix: 'x'");
    const e = engineWith(['docker pull alpine']);
    const r = e.run('docker run -m 12q alpine true');
    expect(r.exitCode).toBe(125);
    expect(r.stderr).toMatch(
      /^invalid argument "12q" for "-m, --memory" flag: invalid suffix: 'q'\n/,
    );
  });

  it('enforces the daemon minimum and the swap rules', () => {
    const e = engineWith(['docker pull alpine']);
    expect(e.run('docker run -m 4m alpine true')).toMatchObject({
      exitCode: 125,
      stderr:
        "docker: Error response from daemon: Minimum memory limit allowed is 6MB\n\nRun 'docker run --help' for more information\n",
    });
    expect(e.run('docker run -m 64m --memory-swap 32m alpine true').stderr).toContain(
      'Minimum memoryswap limit should be larger than memory limit, see usage',
    );
    expect(e.run('docker run --memory-swap 64m alpine true').stderr).toContain(
      'You should always set the Memory limit when using Memoryswap limit, see usage',
    );
    expect(e.state.containers).toHaveLength(0);
  });

  it('stores Memory and a default MemorySwap of twice the memory, and shows the limit in stats', () => {
    const e = engineWith(['docker run -d --name web -m 64m nginx']);
    expect(
      e.run('docker inspect -f "{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}}" web').stdout,
    ).toBe('67108864 134217728\n');
    expect(e.run('docker stats --no-stream web').stdout).toMatch(/ \/ 64MiB /);
    e.run('docker run -d --name unlimited --memory 64m --memory-swap -1 nginx');
    expect(e.run('docker inspect -f "{{.HostConfig.MemorySwap}}" unlimited').stdout).toBe('-1\n');
  });

  it('kills a main process that needs more than the limit: 137, OOMKilled, Exited (137)', () => {
    const e = engineWith(['docker pull python:3.13']);
    const r = e.run(`docker run --name hog -m 32m python:3.13 ${HOG}`);
    expect(r).toMatchObject({exitCode: 137, stdout: ''});
    expect(e.run('docker ps -a --format "{{.Status}}"').stdout).toMatch(/^Exited \(137\) /);
    expect(state(e, 'hog')).toMatchObject({OOMKilled: true, ExitCode: 137, Status: 'exited'});
    expect(e.run('docker logs hog')).toMatchObject({stdout: '', stderr: ''});
    // view.go quotes arguments that contain a space; the table cuts at 20 characters.
    expect(e.run('docker ps -a --no-trunc --format "{{.Command}}"').stdout).toBe(
      `"python -c 'data = bytearray(100 * 1024 * 1024)'"\n`,
    );
    expect(e.run('docker ps -a --format "{{.Command}}"').stdout).toBe(`"python -c 'data = b…"\n`);
  });

  it('lets the same program finish under a limit that fits, and clears OOMKilled on the next start', () => {
    const e = engineWith(['docker pull python:3.13']);
    e.run(
      `docker run --name fits -m 256m python:3.13 python -c "data = bytearray(100 * 1024 * 1024); print('ok')"`,
    );
    expect(state(e, 'fits')).toMatchObject({OOMKilled: false, ExitCode: 0});
    e.run(`docker run --name hog -m 32m python:3.13 ${HOG}`);
    expect(state(e, 'hog').OOMKilled).toBe(true);
    e.run('docker start hog');
    // Started again, killed again: the flag is set by this run, not left over.
    expect(state(e, 'hog').OOMKilled).toBe(true);
    expect(e.run('docker run -m 32m --memory-swap -1 python:3.13 ' + HOG).exitCode).toBe(0);
  });

  it('counts swap: killed at --memory when --memory-swap equals it, spared with twice the room', () => {
    const e = engineWith(['docker pull python:3.13']);
    const code = (flags: string): number =>
      e.run(`docker run --rm ${flags} python:3.13 python -c "x = b'a' * (40 * 1024 * 1024)"`)
        .exitCode;
    expect(code('-m 32m --memory-swap 32m')).toBe(137);
    expect(code('-m 32m')).toBe(0);
  });

  it('kills only an exec process over the limit: the container keeps running but is marked', () => {
    const e = engineWith([
      'docker run -d --name app -m 32m python:3.13 python -m http.server 8000',
    ]);
    const r = e.run(`docker exec app ${HOG}`);
    expect(r.exitCode).toBe(137);
    expect(state(e, 'app')).toMatchObject({Status: 'running', Running: true, OOMKilled: true});
  });

  it('expands $? when its command runs, so `cmd || echo $?` shows cmd’s status', () => {
    const e = engineWith([
      'docker run -d --name app -m 32m python:3.13 python -m http.server 8000',
    ]);
    expect(e.run(`docker exec app ${HOG} || echo "exit $?"`).stdout).toBe('exit 137\n');
    expect(e.run('false; echo $?').stdout).toBe('1\n');
    expect(e.run('echo $?').stdout).toBe('0\n');
  });

  it('knows memory needs only where it can tell them', () => {
    expect(intExpression('100 * 1024 * 1024')).toBe(104857600);
    expect(intExpression('200_000_000')).toBe(200000000);
    expect(intExpression('2 ** 20 * 8')).toBe(8388608);
    expect(intExpression('n * 2')).toBeNull();
    expect(memoryNeed(['nginx', '-g', 'daemon off;'])).toBeNull();
    expect(memoryNeed(['python3.13', '-c', 'pass'])).toBe(12 * 1024 * 1024);
  });
});

describe('restart loops', () => {
  it('waits 100 ms, then twice as long each time, at most a minute (restartmanager)', () => {
    expect([1, 2, 3, 4, 11, 12, 30].map(restartDelay)).toEqual([
      100, 200, 400, 800, 60_000, 60_000, 60_000,
    ]);
  });

  it('keeps restarting a failing postgres: RestartCount grows and the log repeats', () => {
    const e = engineWith(['docker run -d --name db --restart always postgres']);
    const first = Number(e.run('docker inspect -f "{{.RestartCount}}" db').stdout);
    e.run('docker ps -a');
    const later = Number(e.run('docker inspect -f "{{.RestartCount}}" db').stdout);
    expect(first).toBeGreaterThanOrEqual(1);
    expect(later).toBeGreaterThan(first);
    expect(state(e, 'db')).toMatchObject({Status: 'restarting', Restarting: true, ExitCode: 1});
    expect(e.run('docker ps -a --format "{{.Status}}"').stdout).toMatch(/^Restarting \(1\) /);
    const errors = e
      .run('docker logs db')
      .stderr.split('\n')
      .filter((l) => l.startsWith('Error: Database is uninitialized'));
    expect(errors.length).toBeGreaterThan(1);
  });

  it('refuses docker exec into a restarting container with the daemon message', () => {
    const e = engineWith(['docker run -d --name db --restart always postgres']);
    const id = e.state.containers[0].id;
    expect(e.run('docker exec db env')).toMatchObject({
      stdout: '',
      stderr: `Error response from daemon: Container ${id} is restarting, wait until the container is running\n`,
      exitCode: 1,
    });
  });

  it('stops the loop on docker stop and runs once the password is given', () => {
    const e = engineWith(['docker run -d --name db --restart always postgres', 'docker stop db']);
    const count = e.state.containers[0].restartCount;
    e.run('docker ps -a');
    expect(e.state.containers[0]).toMatchObject({state: 'exited', restartCount: count});
    e.run('docker rm db');
    e.run('docker run -d --name db --restart always -e POSTGRES_PASSWORD=secret postgres');
    e.run('docker ps');
    expect(e.state.containers[0]).toMatchObject({state: 'running', restartCount: 0});
  });
});

describe('looking inside', () => {
  it('opens a shell in an image instead of its entrypoint with --entrypoint sh', () => {
    const e = engineWith(['docker pull postgres']);
    e.run('docker run --rm -it --entrypoint sh postgres');
    expect(e.prompt()).toMatch(/^root@[0-9a-f]{12}:\/# $/);
    expect(e.run('echo $PG_MAJOR').stdout).toMatch(/^\d+\n$/);
    e.run('exit');
    expect(e.state.containers).toHaveLength(0);
  });

  it('a helper container in the network namespace reaches an app bound to 127.0.0.1', () => {
    const e = engineWith([
      'mkdir site',
      'echo hello > site/index.html',
      'docker run -d --name api -p 8000:8000 -v ./site:/srv -w /srv python:3.13 python -m http.server 8000 --bind 127.0.0.1',
    ]);
    expect(e.run('curl http://localhost:8000')).toMatchObject({
      exitCode: 56,
      stderr: 'curl: (56) Recv failure: Connection reset by peer\n',
    });
    expect(
      e.run('docker run --rm --network container:api busybox wget -qO- localhost:8000'),
    ).toMatchObject({
      stdout: 'hello\n',
      exitCode: 0,
    });
    const helper = e.run('docker create --network container:api busybox');
    const id = helper.stdout.trim();
    const api = e.state.containers.find((c) => c.name === 'api');
    expect(e.run(`docker inspect -f "{{.HostConfig.NetworkMode}}" ${id}`).stdout).toBe(
      `container:${api?.id}\n`,
    );
  });

  it('refuses to publish ports or join a stopped container', () => {
    const e = engineWith(['docker run -d --name web nginx']);
    expect(e.run('docker run --rm -p 81:80 --network container:web busybox true').stderr).toContain(
      'Error response from daemon: conflicting options: port publishing and the container type network mode',
    );
    e.run('docker stop web');
    const r = e.run('docker run --rm --network container:web busybox true');
    expect(r.exitCode).toBe(125);
    expect(r.stderr).toContain(
      'cannot join network namespace of a non running container: container web is exited',
    );
  });

  it('a helper in the PID namespace sees the other container’s main process as PID 1', () => {
    const e = engineWith([
      'docker run -d --name api python:3.13 python -m http.server 8000',
      'docker run -it --pid container:api --network container:api busybox',
    ]);
    expect(e.run('ps').stdout).toBe(
      'PID   USER     TIME  COMMAND\n    1 root      0:00 python -m http.server 8000\n    7 root      0:00 sh\n   13 root      0:00 ps\n',
    );
    e.run('exit');
    expect(e.run('docker run --rm busybox ps').stdout).toBe(
      'PID   USER     TIME  COMMAND\n    1 root      0:00 ps\n',
    );
  });
});
