import {describe, expect, it} from 'vitest';
import {CLEAR_SCREEN, createEngine} from './index';
import {plain, testEngine} from './test-helpers';

describe('host shell', () => {
  it('answers unknown commands like bash with exit code 127', () => {
    expect(plain(testEngine().run('kubectl get pods'))).toEqual({
      stdout: '',
      stderr: 'bash: kubectl: command not found\n',
      exitCode: 127,
    });
  });

  it('handles quotes, escapes, variables and && / ||', () => {
    const e = testEngine();
    expect(e.run(`echo "a  b" 'c $HOME' d\\ e $HOME`).stdout).toBe('a  b c $HOME d e /home/user\n');
    expect(e.run('false && echo no || echo yes').stdout).toBe('yes\n');
    expect(e.run('echo $?').stdout).toBe('0\n');
  });

  it('writes and appends files with > and >>, and reads them back', () => {
    const e = testEngine();
    e.run('mkdir -p work/sub && cd work');
    e.run('echo FROM alpine > Dockerfile');
    e.run('printf \'CMD ["echo", "%s"]\\n\' hi >> Dockerfile');
    expect(e.run('cat Dockerfile').stdout).toBe('FROM alpine\nCMD ["echo", "hi"]\n');
    expect(e.run('pwd').stdout).toBe('/home/user/work\n');
    expect(e.prompt()).toBe('user@playground:~/work$ ');
    expect(e.run('ls').stdout).toBe('Dockerfile  sub\n');
    expect(e.run('rm sub').stderr).toBe("rm: cannot remove 'sub': Is a directory\n");
    expect(e.run('cat nope').stderr).toBe('cat: nope: No such file or directory\n');
  });

  it('waits at the > prompt for the rest of an open quote, like an interactive bash', () => {
    const e = testEngine();
    const r = e.run('echo "oops');
    expect(r).toMatchObject({stdout: '', stderr: '', pending: true});
    expect(e.prompt()).toBe('> ');
    expect(e.run('still"').stdout).toBe('oops\nstill\n');
    expect(e.prompt()).toBe('user@playground:~$ ');
  });

  it('reports an unbalanced quote in sh -c, where no more input can come', () => {
    const e = testEngine();
    const r = e.run(`docker run --rm alpine sh -c 'echo "oops'`);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('unexpected EOF');
  });

  it('prints the clear marker, help and history', () => {
    const e = testEngine();
    expect(e.run('clear').stdout).toBe(CLEAR_SCREEN);
    expect(e.run('help').stdout).toContain('docker 명령');
    e.run('docker ps');
    expect(e.run('history').stdout).toBe(
      '    1  clear\n    2  help\n    3  docker ps\n    4  history\n',
    );
  });

  it('expands $(...) like bash, so clean-up one-liners work', () => {
    const e = testEngine();
    e.run('docker run -d --name web nginx');
    e.run('docker run hello-world');
    expect(e.run('docker rm -f $(docker ps -aq)').stdout.split('\n').filter(Boolean)).toHaveLength(
      2,
    );
    expect(plain(e.run('docker rm $(docker ps -aq)')).stderr).toBe(
      "docker: 'docker rm' requires at least 1 argument\n\nUsage:  docker rm [OPTIONS] CONTAINER [CONTAINER...]\n\nSee 'docker rm --help' for more information\n",
    );
    expect(e.run('echo "in $(pwd)"').stdout).toBe('in /home/user\n');
  });

  it('supports simple pipes', () => {
    const e = testEngine();
    e.run('docker run -d --name web nginx');
    e.run('docker run -d --name cache redis');
    expect(e.run('docker ps --format "{{.Names}}" | grep web').stdout).toBe('web\n');
    expect(e.run('docker ps -q | wc -l').stdout).toBe('2\n');
  });
});

describe('containers', () => {
  it('runs an interactive shell and comes back on exit', () => {
    const e = testEngine();
    e.run('docker run -it --name box ubuntu bash');
    const id = e.state.containers[0].id;
    expect(e.prompt()).toBe(`root@${id.slice(0, 12)}:/# `);
    expect(e.run('hostname').stdout).toBe(`${id.slice(0, 12)}\n`);
    expect(e.run('whoami').stdout).toBe('root\n');
    expect(e.run('cat /etc/os-release').stdout).toContain('Ubuntu 24.04');
    expect(e.run('docker ps').stderr).toBe('bash: docker: command not found\n');
    expect(plain(e.run('exit 3'))).toEqual({stdout: 'exit\n', stderr: '', exitCode: 3});
    expect(e.prompt()).toBe('user@playground:~$ ');
    expect(e.snapshot().containers[0]).toMatchObject({name: 'box', state: 'exited', exitCode: 3});
  });

  it('has no bash in alpine, like the real image', () => {
    const e = testEngine();
    e.run('docker run -d --name a1 alpine sleep 1000');
    const r = e.run('docker exec -it a1 bash');
    expect(r.exitCode).toBe(127);
    expect(e.run('docker exec a1 cat /etc/os-release').stdout).toContain('Alpine Linux');
  });

  it('prints the container id for -d, names containers like Docker does, and lists them', () => {
    const e = testEngine();
    const r = e.run('docker run -d nginx');
    expect(r.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    expect(e.state.containers[0].name).toMatch(/^[a-z]+_[a-z]+$/);
    expect(e.run('docker ps -q').stdout).toBe(`${r.stdout.slice(0, 12)}\n`);
    expect(e.run('docker ps --format "{{.Names}} {{.Status}}"').stdout).toMatch(
      /^[a-z]+_[a-z]+ Up \d+ seconds?\n$/,
    );
  });

  it('keeps logs, supports --tail and -t', () => {
    const e = testEngine();
    e.run('docker run -d --name cache redis');
    expect(e.run('docker logs --tail 1 cache').stdout).toMatch(
      /Ready to accept connections tcp\n$/,
    );
    expect(e.run('docker logs -t --tail 1 cache').stdout).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z 1:M /,
    );
  });

  it('stops, starts, pauses and kills with the right states and exit codes', () => {
    const e = testEngine();
    e.run('docker run -d --name web nginx');
    expect(e.run('docker pause web').stdout).toBe('web\n');
    expect(e.snapshot().containers[0].status).toMatch(/\(Paused\)$/);
    e.run('docker unpause web');
    e.run('docker stop web');
    expect(e.snapshot().containers[0]).toMatchObject({state: 'exited', exitCode: 0});
    e.run('docker start web');
    e.run('docker kill web');
    expect(e.snapshot().containers[0]).toMatchObject({state: 'exited', exitCode: 137});
  });

  it('removes containers with --rm when they exit, and names anonymous volumes by id', () => {
    const e = testEngine();
    e.run('docker run --rm alpine echo hi');
    expect(e.state.containers).toHaveLength(0);
    e.run('docker run -d --name cache redis');
    expect(e.snapshot().volumes[0].name).toMatch(/^[0-9a-f]{64}$/);
    e.run('docker rm -f -v cache');
    expect(e.snapshot().volumes).toHaveLength(0);
  });

  it('publishes ports, answers curl, and reports docker port', () => {
    const e = testEngine();
    e.run('docker run -d --name web -p 8080:80 nginx');
    expect(e.run('docker port web').stdout).toBe('80/tcp -> 0.0.0.0:8080\n80/tcp -> [::]:8080\n');
    expect(e.run('curl -s localhost:8080').stdout).toContain('<title>Welcome to nginx!</title>');
    expect(e.run('curl localhost:9999').exitCode).toBe(7);
  });

  it('copies files in and out with docker cp', () => {
    const e = testEngine();
    e.run('docker run -d --name web nginx');
    // docker/cli v29.7.2 cp.go: the summary goes to stderr.
    expect(e.run('docker cp web:/usr/share/nginx/html/index.html .').stderr).toMatch(
      /^Successfully copied .* to \.\n$/,
    );
    expect(e.run('cat index.html').stdout).toContain('Welcome to nginx!');
    e.run('echo hi > hi.html');
    e.run('docker cp hi.html web:/usr/share/nginx/html/');
    expect(e.run('docker exec web cat /usr/share/nginx/html/hi.html').stdout).toBe('hi\n');
  });

  it('renames containers and refuses names in use', () => {
    const e = testEngine();
    e.run('docker run -d --name web nginx');
    e.run('docker run -d --name db redis');
    expect(e.run('docker rename web db').stderr).toMatch(
      /^Error response from daemon: Conflict\. The container name "\/db" is already in use/,
    );
    expect(e.run('docker rename web site').exitCode).toBe(0);
    expect(
      e
        .snapshot()
        .containers.map((c) => c.name)
        .sort(),
    ).toEqual(['db', 'site']);
  });

  it('prints inspect JSON and Go templates', () => {
    const e = testEngine();
    e.run('docker run -d --name web -e A=1 nginx');
    const json = JSON.parse(e.run('docker inspect web').stdout) as {
      Name: string;
      State: {Status: string};
      Config: {Env: string[]};
    }[];
    expect(json[0].Name).toBe('/web');
    expect(json[0].State.Status).toBe('running');
    expect(json[0].Config.Env).toContain('A=1');
    expect(
      e.run(
        "docker inspect -f '{{.State.Status}} {{.NetworkSettings.Networks.bridge.IPAddress}}' web",
      ).stdout,
    ).toBe('running 172.17.0.2\n');
    expect(plain(e.run('docker inspect nope'))).toEqual({
      stdout: '[]\n',
      stderr: 'error: no such object: nope\n',
      exitCode: 1,
    });
  });

  it('crash-loops a failing container with --restart always', () => {
    const e = testEngine();
    e.run('docker run -d --name pg --restart always postgres');
    expect(e.snapshot().containers[0].state).toBe('restarting');
    expect(e.snapshot().containers[0].status).toMatch(/^Restarting \(1\) /);
  });
});

describe('images, volumes, networks, system', () => {
  it('tags, lists and removes images with Docker messages', () => {
    const e = testEngine();
    e.run('docker pull alpine');
    e.run('docker tag alpine me/alpine:v1');
    expect(e.run('docker images --format "{{.Repository}}:{{.Tag}}"').stdout).toBe(
      'alpine:latest\nme/alpine:v1\n',
    );
    expect(e.run('docker rmi me/alpine:v1').stdout).toBe('Untagged: me/alpine:v1\n');
    expect(e.run('docker rmi alpine').stdout).toMatch(
      /^Untagged: alpine:latest\nDeleted: sha256:[0-9a-f]{64}\n$/,
    );
  });

  it('shows history with <missing> rows', () => {
    const e = testEngine();
    e.run('docker pull nginx');
    const lines = e.run('docker history nginx').stdout.split('\n');
    expect(lines[0]).toMatch(/^IMAGE\s+CREATED\s+CREATED BY\s+SIZE\s+COMMENT$/);
    expect(lines[2]).toMatch(/^<missing>/);
  });

  it('creates, connects and removes networks', () => {
    const e = testEngine();
    e.run('docker network create appnet');
    e.run('docker run -d --name web --network appnet nginx');
    expect(e.run('docker network rm appnet').stderr).toMatch(
      /has active endpoints \(name:"web" id:"[0-9a-f]{12}"\)/,
    );
    e.run('docker network connect bridge web');
    expect(e.snapshot().containers[0].networks.sort()).toEqual(['appnet', 'bridge']);
    e.run('docker rm -f web');
    expect(e.run('docker network rm appnet').stdout).toBe('appnet\n');
  });

  it('answers network connect and disconnect with a missing network or container like the daemon', () => {
    const e = testEngine();
    e.run('docker network create appnet');
    e.run('docker run -d --name web nginx');
    for (const verb of ['connect', 'disconnect']) {
      expect(plain(e.run(`docker network ${verb} nonet web`))).toEqual({
        stdout: '',
        stderr: 'Error response from daemon: network nonet not found\n',
        exitCode: 1,
      });
      expect(plain(e.run(`docker network ${verb} appnet nobody`))).toEqual({
        stdout: '',
        stderr: 'Error response from daemon: No such container: nobody\n',
        exitCode: 1,
      });
    }
    expect(e.run('docker network disconnect appnet web').stderr).toMatch(
      /^Error response from daemon: container [0-9a-f]{64} is not connected to network appnet\n$/,
    );
    expect(e.run('docker network connect appnet web').exitCode).toBe(0);
    expect(e.run('docker network connect appnet web').stderr).toBe(
      'Error response from daemon: endpoint with name web already exists in network appnet\n',
    );
    expect(e.run('docker network disconnect appnet web').exitCode).toBe(0);
    expect(e.snapshot().containers[0]!.networks).toEqual(['bridge']);
  });

  it('prunes with -f and asks without it', () => {
    const e = testEngine();
    e.run('docker run hello-world');
    const ask = e.run('docker container prune');
    expect(ask.stdout).toBe('WARNING! This will remove all stopped containers.\n');
    expect(ask.awaiting).toEqual({
      kind: 'confirm',
      prompt: 'Are you sure you want to continue? [y/N] ',
    });
    expect(e.cancel()).toBe(true);
    expect(e.state.containers).toHaveLength(1);
    expect(e.run('docker container prune -f').stdout).toMatch(
      /^Deleted Containers:\n[0-9a-f]{64}\n\nTotal reclaimed space: /,
    );
  });

  it('prints version with client and server sections, and info with counts', () => {
    const e = testEngine();
    expect(e.run('docker version').stdout).toContain(
      'Server: Docker Engine - Community\n Engine:\n  Version:          29.7.2\n',
    );
    e.run('docker run -d nginx');
    expect(e.run('docker info').stdout).toContain(' Containers: 1\n  Running: 1\n');
  });

  it('exports and imports a container file system', () => {
    const e = testEngine();
    e.run('docker run --name box alpine sh -c "echo hi > /hello.txt"');
    e.run('docker export -o box.tar box');
    expect(e.run('docker import box.tar mybox').stdout).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    expect(e.run('docker run --rm mybox cat /hello.txt').stdout).toBe('hi\n');
  });

  it('logs in and pushes to the simulated registry, then pulls it back', () => {
    const e = testEngine();
    e.run('docker pull alpine');
    e.run('docker tag alpine kim/tool:1');
    expect(e.run('docker push kim/tool:1').stderr).toBe(
      'denied: requested access to the resource is denied\n',
    );
    expect(e.run('docker login -u kim -p pw').stdout).toBe('Login Succeeded\n');
    expect(e.run('docker push kim/tool:1').stdout).toMatch(
      /1: digest: sha256:[0-9a-f]{64} size: \d+\n$/,
    );
    e.run('docker rmi kim/tool:1');
    expect(e.run('docker pull kim/tool:1').stdout).toContain('docker.io/kim/tool:1');
  });

  it('builds from a Dockerfile written in the shell, and fails on unknown instructions', () => {
    const e = testEngine();
    e.run('mkdir app && cd app');
    e.run(
      'echo "FROM alpine" > Dockerfile && echo "RUN echo built > /built.txt" >> Dockerfile && echo \'CMD ["cat", "/built.txt"]\' >> Dockerfile',
    );
    expect(e.run('docker build -t app .').stderr).toContain(
      ' => => naming to docker.io/library/app:latest',
    );
    expect(e.run('docker run --rm app').stdout).toBe('built\n');
    e.run('echo "FORM alpine" > Dockerfile');
    expect(plain(e.run('docker build -t app .'))).toEqual({
      stdout: '',
      stderr:
        'ERROR: failed to build: failed to solve: dockerfile parse error on line 1: unknown instruction: FORM\n',
      exitCode: 1,
    });
  });
});

describe('engine API', () => {
  it('is deterministic for a seed and clock', () => {
    const a = testEngine(5);
    const b = testEngine(5);
    for (const l of ['docker run -d nginx', 'docker run hello-world', 'docker ps -a'])
      expect(a.run(l)).toEqual(b.run(l));
  });

  it('serializes to JSON and restores the whole session', () => {
    const e = testEngine();
    e.run('docker run -d --name web -p 8080:80 nginx');
    e.run('docker exec -it web sh');
    const copy = createEngine({
      state: e.serialize(),
      now: () => Date.parse('2026-11-23T11:00:00Z'),
    });
    expect(copy.prompt()).toBe(e.prompt());
    expect(copy.run('hostname').stdout).toBe(`${e.state.containers[0].id.slice(0, 12)}\n`);
    expect(createEngine({state: 'not json'}).snapshot().containers).toEqual([]);
    expect(e.restore('{"version":2}')).toBe(false);
  });

  it('completes commands, subcommands, flags, images and container names', () => {
    const e = testEngine();
    e.run('docker run -d --name webserver nginx');
    expect(e.complete('do')).toEqual(['docker']);
    expect(e.complete('docker vo')).toEqual(['volume']);
    expect(e.complete('docker volume c')).toEqual(['create']);
    expect(e.complete('docker ps --fo')).toEqual(['--format']);
    expect(e.complete('docker stop we')).toEqual(['webserver']);
    expect(e.complete('docker run ngi')).toEqual(['nginx', 'nginx:latest']);
    expect(e.complete('cd ex')).toEqual(['examples/']);
  });

  it('gives the visual panel plain data', () => {
    const e = testEngine();
    e.run('docker run -d --name web -p 8080:80 -v site:/usr/share/nginx/html nginx');
    const s = e.snapshot();
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    expect(s.images[0]).toMatchObject({repo: 'nginx', tag: 'latest', sizeText: '269MB'});
    expect(s.containers[0]).toMatchObject({
      name: 'web',
      image: 'nginx',
      state: 'running',
      portsText: '0.0.0.0:8080->80/tcp, [::]:8080->80/tcp',
    });
    expect(s.containers[0].mounts[0]).toMatchObject({
      type: 'volume',
      name: 'site',
      destination: '/usr/share/nginx/html',
    });
    expect(s.volumes).toEqual([expect.objectContaining({name: 'site', usedBy: ['web']})]);
    expect(s.networks.map((n) => n.name)).toEqual(['bridge', 'host', 'none']);
  });

  it('never throws on odd input', () => {
    const e = testEngine();
    for (const l of [
      '',
      '   ',
      '\u0000',
      '"',
      "'",
      '\\',
      '|',
      '&&',
      ';;',
      '>',
      'docker',
      'docker ""',
      'docker run ""',
      `docker run ${'a'.repeat(50000)}`,
    ]) {
      expect(() => e.run(l)).not.toThrow();
    }
  });
});

describe('ordered output', () => {
  it('returns chunks in terminal order: pull progress before the program output', () => {
    const r = testEngine().run('docker run busybox echo hi');
    expect(r.chunks.map((c) => c.stream)).toEqual(['stderr', 'stdout']);
    expect(r.chunks[1].text).toBe('hi\n');
    expect(r.chunks.map((c) => c.text).join('')).toBe(r.stderr + r.stdout);
  });

  it('keeps the order across && in the host shell', () => {
    const r = testEngine().run('echo one && cat nope; echo two');
    expect(r.chunks).toEqual([
      {stream: 'stdout', text: 'one\n'},
      {stream: 'stderr', text: 'cat: nope: No such file or directory\n'},
      {stream: 'stdout', text: 'two\n'},
    ]);
  });
});
