/**
 * Scenario tests: short sequences of real commands a beginner types, checked against the
 * engine's STATE (containers, images, networks, volumes, files, inspect fields, exit codes),
 * not only the printed text. One `describe` per family of issue 20.
 */
import {describe, expect, it} from 'vitest';
import type {Engine} from './index';
import type {ContainerRecord} from './state';
import {runAll, testEngine} from './test-helpers';

const container = (e: Engine, name: string): ContainerRecord | undefined =>
  e.state.containers.find((c) => c.name === name);
const must = (e: Engine, name: string): ContainerRecord => {
  const c = container(e, name);
  if (!c) throw new Error(`no container ${name}`);
  return c;
};
const network = (e: Engine, name: string) => e.state.networks.find((n) => n.name === name);
const volume = (e: Engine, name: string) => e.state.volumes.find((v) => v.name === name);
const image = (e: Engine, repo: string, tag = 'latest') =>
  e.state.images.find((i) => i.repoTags.includes(`${repo}:${tag}`));
const fresh = (lines: readonly string[] = []): Engine => {
  const e = testEngine();
  runAll(e, lines);
  return e;
};

describe('networks', () => {
  it('a user-defined network holds both containers, each with its own address', () => {
    const e = fresh([
      'docker network create app',
      'docker run -d --name db --network app redis',
      'docker run -d --name web --network app nginx',
    ]);
    const net = network(e, 'app')!;
    expect(net.driver).toBe('bridge');
    const ips = ['db', 'web'].map((n) => must(e, n).networks.app?.ip);
    expect(ips[0]).toMatch(/^172\.18\.0\.\d+$/);
    expect(ips[0]).not.toBe(ips[1]);
  });

  it('network connect adds an endpoint and disconnect removes it', () => {
    const e = fresh(['docker network create back', 'docker run -d --name web nginx']);
    expect(e.run('docker network connect back web').exitCode).toBe(0);
    expect(Object.keys(must(e, 'web').networks).sort()).toEqual(['back', 'bridge']);
    expect(e.run('docker network disconnect back web').exitCode).toBe(0);
    expect(Object.keys(must(e, 'web').networks)).toEqual(['bridge']);
  });

  it('a network in use cannot be removed; after the container goes, it can', () => {
    const e = fresh(['docker network create app', 'docker run -d --name web --network app nginx']);
    expect(e.run('docker network rm app').exitCode).toBe(1);
    expect(network(e, 'app')).toBeDefined();
    runAll(e, ['docker rm -f web']);
    expect(e.run('docker network rm app').exitCode).toBe(0);
    expect(network(e, 'app')).toBeUndefined();
  });

  it('--network none leaves the container without a bridge endpoint', () => {
    const e = fresh(['docker run -d --name lone --network none nginx']);
    const c = must(e, 'lone');
    expect(c.networkMode).toBe('none');
    expect(c.networks.bridge).toBeUndefined();
  });

  it('-p 127.0.0.1:8080:80 binds the port to that host address only', () => {
    const e = fresh(['docker run -d --name web -p 127.0.0.1:8080:80 nginx']);
    expect(must(e, 'web').ports).toEqual([
      expect.objectContaining({hostIp: '127.0.0.1', hostPort: 8080, containerPort: 80}),
    ]);
    expect(e.run('curl -s http://localhost:8080').exitCode).toBe(0);
  });

  it('-P publishes the exposed port on a random host port from 32768', () => {
    const e = fresh(['docker run -d --name web -P nginx']);
    const p = must(e, 'web').ports.find((x) => x.containerPort === 80)!;
    expect(p.hostPort).toBeGreaterThanOrEqual(32768);
    expect(e.run('docker port web 80').stdout).toContain(`:${p.hostPort}`);
  });

  it('--add-host writes the line into the container /etc/hosts', () => {
    const e = fresh([
      'docker run -d --name web --add-host host.docker.internal:host-gateway nginx',
    ]);
    expect(e.run('docker exec web cat /etc/hosts').stdout).toMatch(
      /172\.17\.0\.1\s+host\.docker\.internal/,
    );
  });

  it('network prune removes only unused user networks', () => {
    const e = fresh([
      'docker network create used',
      'docker network create unused',
      'docker run -d --name web --network used nginx',
    ]);
    expect(e.run('docker network prune -f').exitCode).toBe(0);
    expect(network(e, 'unused')).toBeUndefined();
    expect(network(e, 'used')).toBeDefined();
    expect(network(e, 'bridge')).toBeDefined();
  });
});

describe('limits', () => {
  it('--memory, --cpus and --pids-limit land in the host config', () => {
    const e = fresh(['docker run -d --name app --memory 256m --cpus 1.5 --pids-limit 100 nginx']);
    const c = must(e, 'app');
    expect(c.memory).toBe(256 * 1024 * 1024);
    expect(c.memorySwap).toBe(512 * 1024 * 1024);
    expect(c.nanoCpus).toBe(1.5e9);
    expect(c.pidsLimit).toBe(100);
    expect(e.run("docker inspect -f '{{.HostConfig.NanoCpus}}' app").stdout).toBe('1500000000\n');
  });

  it('docker update changes the memory limit of a running container', () => {
    const e = fresh(['docker run -d --name app -m 128m nginx']);
    expect(e.run('docker update --memory 256m --memory-swap 512m app').exitCode).toBe(0);
    expect(must(e, 'app').memory).toBe(256 * 1024 * 1024);
  });

  it('a python memory hog past the limit is OOM-killed with 137', () => {
    const e = fresh([]);
    const r = e.run(
      'docker run --name hog -m 32m python:3.13 python -c "b = bytearray(200 * 1024 * 1024)"',
    );
    expect(r.exitCode).toBe(137);
    const c = must(e, 'hog');
    expect(c.state).toBe('exited');
    expect(c.oomKilled).toBe(true);
  });

  it('a memory limit under 6MB is refused and no container is left running', () => {
    const e = fresh([]);
    const r = e.run('docker run -d --name tiny -m 4m nginx');
    expect(r.exitCode).toBe(125);
    expect(container(e, 'tiny')?.state ?? 'absent').not.toBe('running');
  });

  it('the cgroup file shows the memory limit inside the container', () => {
    const e = fresh(['docker run -d --name app -m 64m nginx']);
    expect(e.run('docker exec app cat /sys/fs/cgroup/memory.max').stdout).toBe('67108864\n');
  });
});

describe('security', () => {
  it('--read-only refuses writes outside mounts', () => {
    const e = fresh(['docker run -d --name ro --read-only nginx']);
    expect(must(e, 'ro').readonlyRootfs).toBe(true);
    const r = e.run('docker exec ro touch /x');
    expect(r.exitCode).not.toBe(0);
    expect(r.stderr).toContain('Read-only file system');
  });

  it('-u 1000:1000 runs the process as that user', () => {
    const e = fresh(['docker run -d --name u1 -u 1000:1000 nginx']);
    expect(must(e, 'u1').user).toBe('1000:1000');
    expect(e.run('docker exec u1 id -u').stdout).toBe('1000\n');
  });

  it('--cap-drop CHOWN makes chown fail for root', () => {
    const e = fresh(['docker run -d --name cc --cap-drop CHOWN nginx']);
    expect(must(e, 'cc').capDrop).toEqual(['CAP_CHOWN']);
    expect(e.run('docker exec cc chown 1000 /tmp').exitCode).not.toBe(0);
  });

  it('--security-opt no-new-privileges is kept in the host config', () => {
    const e = fresh(['docker run -d --name so --security-opt no-new-privileges nginx']);
    expect(must(e, 'so').securityOpt).toEqual(['no-new-privileges']);
  });

  it('--init is recorded as HostConfig.Init (fixed: the flag was dropped)', () => {
    const e = fresh(['docker run -d --name in --init nginx']);
    expect(must(e, 'in').init).toBe(true);
    expect(e.run("docker inspect -f '{{.HostConfig.Init}}' in").stdout).toBe('true\n');
  });
});

describe('compose', () => {
  const up = ['cd examples/compose-app', 'cp .env.example .env', 'docker compose up -d'] as const;

  it('up creates the project containers, networks and the named volume', () => {
    const e = fresh(up);
    for (const n of ['compose-app-db-1', 'compose-app-web-1', 'compose-app-cache-1'])
      expect(must(e, n).state).toBe('running');
    expect(network(e, 'compose-app_front')).toBeDefined();
    expect(network(e, 'compose-app_back')).toBeDefined();
    expect(volume(e, 'compose-app_db-data')?.labels['com.docker.compose.project']).toBe(
      'compose-app',
    );
  });

  it('the db runs the mounted init.sql once: the guestbook table has its row', () => {
    const e = fresh(up);
    const r = e.run(
      'docker compose exec db psql -U app -d guestbook -c "SELECT count(*) FROM entries;"',
    );
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^\s+count\s*\n-+\n\s+1\n\(1 row\)/);
  });

  it('the init files do not run again on a reused volume', () => {
    const e = fresh([
      ...up,
      "docker compose exec db psql -U app -d guestbook -c \"INSERT INTO entries (author, body) VALUES ('a', 'b');\"",
      'docker compose down',
      'docker compose up -d',
    ]);
    const r = e.run(
      'docker compose exec db psql -U app -d guestbook -c "SELECT count(*) FROM entries;"',
    );
    expect(r.stdout).toMatch(/\n\s+2\n/);
    expect(e.run('docker compose logs db').stdout).toContain('Skipping initialization');
  });

  it('down -v removes containers, networks and the named volume', () => {
    const e = fresh([...up, 'docker compose down -v']);
    expect(e.state.containers.filter((c) => c.name.startsWith('compose-app-'))).toEqual([]);
    expect(network(e, 'compose-app_back')).toBeUndefined();
    expect(volume(e, 'compose-app_db-data')).toBeUndefined();
  });

  it('stop keeps the containers, exited; ps -a --format shows their state', () => {
    const e = fresh([...up, 'docker compose stop']);
    expect(must(e, 'compose-app-db-1').state).toBe('exited');
    const r = e.run("docker compose ps -a --format '{{.Service}} {{.State}}'");
    expect(r.stdout).toBe('cache exited\ndb exited\nweb exited\n');
  });

  it('ps --format json has one object per container with its publishers', () => {
    const e = fresh(up);
    const lines = e.run('docker compose ps --format json').stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    const web = lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((o) => o.Service === 'web')!;
    expect(web.State).toBe('running');
    expect(web.Publishers).toContainEqual({
      URL: '0.0.0.0',
      TargetPort: 3000,
      PublishedPort: 8080,
      Protocol: 'tcp',
    });
  });

  it('ps with an unknown template field fails with exit 1 and prints nothing on stdout', () => {
    const e = fresh(up);
    const r = e.run("docker compose ps --format '{{.Nope}}'");
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
  });

  it('--scale runs several replicas of a service', () => {
    const e = fresh([
      'mkdir s && cd s',
      "printf 'services:\\n  worker:\\n    image: busybox\\n    command: sleep 3600\\n' > compose.yaml",
      'docker compose up -d --scale worker=3',
    ]);
    const workers = e.state.containers.filter((c) => c.name.startsWith('s-worker-'));
    expect(workers.map((c) => c.name).sort()).toEqual(['s-worker-1', 's-worker-2', 's-worker-3']);
  });
});

describe('build', () => {
  it('a multi-platform build on the default builder records both platforms', () => {
    const e = fresh([
      'mkdir app && cd app',
      'printf \'FROM alpine\\nCMD ["echo", "hi"]\\n\' > Dockerfile',
    ]);
    const r = e.run('docker buildx build --platform linux/amd64,linux/arm64 -t app:1.0 .');
    expect(r.exitCode).toBe(0);
    expect(image(e, 'app', '1.0')?.platforms).toEqual(['linux/amd64', 'linux/arm64']);
  });

  it('a secret whose file is missing fails before any image is made', () => {
    const e = fresh(['mkdir app && cd app', "printf 'FROM alpine\\n' > Dockerfile"]);
    const before = e.state.images.length;
    const r = e.run('docker build --secret id=npmrc,src=$HOME/.npmrc -t app .');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('failed to build: failed to stat /home/user/.npmrc');
    expect(e.state.images.length).toBe(before);
  });

  it('a secret file is readable during its RUN step and absent from the image', () => {
    const e = fresh([
      'mkdir app && cd app',
      'echo token123 > s.txt',
      "printf 'FROM alpine\\nRUN --mount=type=secret,id=tok cat /run/secrets/tok > /seen\\n' > Dockerfile",
      'docker build --secret id=tok,src=s.txt -t app .',
    ]);
    expect(image(e, 'app')).toBeDefined();
    expect(e.run('docker run --rm app cat /seen').stdout).toBe('token123\n');
    expect(e.run('docker run --rm app ls /run/secrets/tok').exitCode).not.toBe(0);
  });

  it('--target builds an image from the named stage only', () => {
    const e = fresh([
      'mkdir app && cd app',
      "printf 'FROM alpine AS base\\nRUN echo base > /stage\\nFROM base AS final\\nRUN echo final > /stage\\n' > Dockerfile",
      'docker build --target base -t app:base .',
    ]);
    expect(e.run('docker run --rm app:base cat /stage').stdout).toBe('base\n');
  });

  it('--build-arg reaches the RUN step that uses the ARG', () => {
    const e = fresh([
      'mkdir app && cd app',
      "printf 'FROM alpine\\nARG GREETING=hi\\nRUN echo $GREETING > /greeting\\n' > Dockerfile",
      'docker build --build-arg GREETING=hello -t app:arg .',
    ]);
    expect(image(e, 'app', 'arg')).toBeDefined();
    expect(e.run('docker run --rm app:arg cat /greeting').stdout).toBe('hello\n');
  });
});

describe('formats', () => {
  it('imagetools inspect of alpine:latest names the Hub index digest', () => {
    const e = fresh();
    const r = e.run('docker buildx imagetools inspect alpine');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(
      'Digest:    sha256:5b02b42e375f7426f8d65c3af331ca05d9878f9989230354504e0b9dfd431f60\n',
    );
    expect(r.stdout.match(/Platform: {4}unknown\/unknown/g)).toHaveLength(8);
    expect(r.stdout.endsWith('attestation-manifest\n')).toBe(true);
  });

  it('imagetools inspect of a tag that exists nowhere fails with 1', () => {
    const r = fresh().run('docker buildx imagetools inspect nosuchimage:9');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('ERROR: docker.io/library/nosuchimage:9: not found\n');
  });

  it('ps --format reads the same state the containers have', () => {
    const e = fresh(['docker run -d --name web nginx', 'docker run --name once alpine true']);
    const r = e.run("docker ps -a --format '{{.Names}} {{.State}}'");
    expect(r.stdout.split('\n').filter(Boolean).sort()).toEqual([
      `once ${must(e, 'once').state}`,
      `web ${must(e, 'web').state}`,
    ]);
  });

  it('inspect --format of the exit code agrees with the record', () => {
    const e = fresh(['docker run --name fx alpine sh -c "exit 3"']);
    expect(must(e, 'fx').exitCode).toBe(3);
    expect(e.run("docker inspect -f '{{.State.ExitCode}}' fx").stdout).toBe('3\n');
  });

  it('volume ls --format json lists the created volume with its driver', () => {
    const e = fresh(['docker volume create data']);
    const r = e.run('docker volume ls --format json');
    expect(JSON.parse(r.stdout.trim())).toMatchObject({Name: 'data', Driver: 'local'});
    expect(volume(e, 'data')?.driver).toBe('local');
  });
});

describe('streams and exit codes', () => {
  it('a missing executable leaves a Created container and exits 127', () => {
    const e = fresh([]);
    const r = e.run('docker run --name bad alpine nosuchprogram');
    expect(r.exitCode).toBe(127);
    const c = must(e, 'bad');
    expect(c.state).toBe('created');
    expect(c.exitCode).toBe(127);
  });

  it('--rm removes the container after it ends', () => {
    const e = fresh(['docker run --rm --name tmp alpine echo hi']);
    expect(container(e, 'tmp')).toBeUndefined();
  });

  it('logs keep stderr apart from stdout', () => {
    const e = fresh(['docker run --name wr alpine sh -c "echo out; echo err >&2"']);
    const r = e.run('docker logs wr');
    expect(r.stdout).toBe('out\n');
    expect(r.stderr).toBe('err\n');
  });

  it('exec into a stopped container fails and changes nothing', () => {
    const e = fresh(['docker run -d --name web nginx', 'docker stop web']);
    const r = e.run('docker exec web ls');
    expect(r.exitCode).not.toBe(0);
    expect(must(e, 'web').state).toBe('exited');
  });

  it('docker wait prints the exit code of the ended container', () => {
    const e = fresh(['docker run --name fx alpine sh -c "exit 5"']);
    expect(e.run('docker wait fx').stdout).toBe('5\n');
  });

  it('a crash loop under --restart always keeps counting restarts', () => {
    const e = fresh(['docker run -d --name crash --restart always alpine sh -c "exit 1"']);
    runAll(e, ['sleep 5', 'docker ps -a']);
    expect(must(e, 'crash').restartCount).toBeGreaterThan(0);
  });

  it('rm of a running container without -f fails and keeps it', () => {
    const e = fresh(['docker run -d --name web nginx']);
    expect(e.run('docker rm web').exitCode).toBe(1);
    expect(must(e, 'web').state).toBe('running');
  });
});

describe('shells and tools', () => {
  it('files written through a volume survive the container', () => {
    const e = fresh([
      'docker run --rm -v data:/data alpine sh -c "echo kept > /data/f"',
      'docker run --name rd -v data:/data alpine cat /data/f',
    ]);
    expect(volume(e, 'data')).toBeDefined();
    expect(e.run('docker logs rd').stdout).toBe('kept\n');
  });

  it('docker cp copies a host file into the container and back', () => {
    const e = fresh(['echo hello > note.txt', 'docker run -d --name web nginx']);
    expect(e.run('docker cp note.txt web:/tmp/note.txt').exitCode).toBe(0);
    expect(e.run('docker exec web cat /tmp/note.txt').stdout).toBe('hello\n');
    runAll(e, ['docker cp web:/tmp/note.txt back.txt']);
    expect(e.run('cat back.txt').stdout).toBe('hello\n');
  });

  it('apk add makes the tool available in that container only', () => {
    const e = fresh(['docker run -d --name ap alpine sleep 1000']);
    expect(e.run('docker exec ap curl --version').exitCode).toBe(127);
    expect(e.run('docker exec ap apk add curl').exitCode).toBe(0);
    expect(must(e, 'ap').installed).toContain('curl');
    expect(e.run('docker exec ap curl --version').exitCode).toBe(0);
  });

  it('psql creates a table kept in the postgres volume', () => {
    const e = fresh([
      'docker run -d --name db -e POSTGRES_PASSWORD=pw -v pg:/var/lib/postgresql/data postgres:17',
      'docker exec db psql -U postgres -c "CREATE TABLE t (a TEXT);"',
      'docker rm -f db',
      'docker run -d --name db2 -e POSTGRES_PASSWORD=pw -v pg:/var/lib/postgresql/data postgres:17',
    ]);
    expect(e.run('docker exec db2 psql -U postgres -c "\\dt"').stdout).toContain(' t ');
  });

  it('a failing init file stops the postgres container with psql status 3', () => {
    const e = fresh([
      'mkdir init',
      "echo 'SELECT * FROM missing;' > init/bad.sql",
      'docker run -d --name db -e POSTGRES_PASSWORD=pw -v ./init:/docker-entrypoint-initdb.d postgres:17',
    ]);
    const c = must(e, 'db');
    expect(c.state).toBe('exited');
    expect(c.exitCode).toBe(3);
    expect(e.run('docker logs db').stderr).toContain(
      'psql:/docker-entrypoint-initdb.d/bad.sql:1: ERROR:  relation "missing" does not exist',
    );
  });

  it('init files run in name order and a column DEFAULT now() is filled', () => {
    const e = fresh([
      'mkdir init',
      "echo 'CREATE TABLE t (id SERIAL, at TIMESTAMPTZ DEFAULT now());' > init/01.sql",
      "echo 'INSERT INTO t DEFAULT VALUES;' > init/00-wrong-order.txt",
      "echo 'INSERT INTO t (id) VALUES (DEFAULT);' > init/02.sql",
      'docker run -d --name db -e POSTGRES_PASSWORD=pw -v ./init:/docker-entrypoint-initdb.d postgres:17',
    ]);
    expect(must(e, 'db').state).toBe('running');
    const logs = e.run('docker logs db').stdout;
    expect(logs).toContain(
      '/usr/local/bin/docker-entrypoint.sh: ignoring /docker-entrypoint-initdb.d/00-wrong-order.txt',
    );
    expect(logs.indexOf('01.sql')).toBeLessThan(logs.indexOf('02.sql'));
    const r = e.run('docker exec db psql -U postgres -c "SELECT at FROM t"');
    expect(r.stdout).toMatch(/ 2026-11-23 10:\d\d:\d\d\+00\n\(1 row\)/);
  });

  it('mkdir and cd in the host shell change the working directory', () => {
    const e = fresh(['mkdir myapp', 'cd myapp']);
    expect(e.state.cwd).toBe('/home/user/myapp');
    expect(e.run('pwd').stdout).toBe('/home/user/myapp\n');
  });
});
