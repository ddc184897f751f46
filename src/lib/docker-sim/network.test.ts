import {describe, expect, it} from 'vitest';
import type {Engine} from './index';
import {runAll, testEngine} from './test-helpers';

function engineWith(lines: readonly string[]): Engine {
  const e = testEngine();
  runAll(e, lines);
  return e;
}

const ip = (e: Engine, name: string, net: string): string =>
  e.state.containers.find((c) => c.name === name)?.networks[net]?.ip ?? '';

describe('container networking', () => {
  it('has no name resolution between containers on the default bridge', () => {
    const e = engineWith(['docker run -d --name db redis']);
    const r = e.run('docker run --rm busybox ping -c 1 db');
    expect(r.stderr).toContain("ping: bad address 'db'\n");
    expect(r.exitCode).toBe(1);
    expect(e.run('docker run --rm nginx getent hosts db')).toMatchObject({stdout: '', exitCode: 2});
  });

  it('resolves container names on a user-defined network', () => {
    const e = engineWith([
      'docker network create app',
      'docker run -d --name db --network app redis',
    ]);
    expect(ip(e, 'db', 'app')).toBe('172.18.0.2');
    const r = e.run('docker run --rm --network app busybox ping -c 3 db');
    expect(r.stdout).toMatch(/^PING db \(172\.18\.0\.2\): 56 data bytes\n/);
    expect(r.stdout).toContain('3 packets transmitted, 3 packets received, 0% packet loss\n');
    expect(e.run('docker run --rm --network app nginx getent hosts db').stdout).toBe(
      '172.18.0.2      db\n',
    );
  });

  it('resolves --network-alias and Compose-style aliases, not on other networks', () => {
    const e = engineWith([
      'docker network create app',
      'docker network create other',
      'docker run -d --name pg --network app --network-alias database redis',
    ]);
    expect(e.state.containers[0].networks.app.aliases).toEqual(['database']);
    expect(e.run('docker run --rm --network app busybox nslookup database').stdout).toContain(
      'Name:\tdatabase\nAddress: 172.18.0.2\n',
    );
    expect(e.run('docker run --rm --network other busybox nslookup database').exitCode).toBe(1);
  });

  it('network connect makes a name resolvable and disconnect takes it away', () => {
    const e = engineWith([
      'docker network create app',
      'docker run -d --name web nginx',
      'docker run -d --name client --network app alpine sleep 1000',
    ]);
    expect(e.run('docker exec client wget -qO- http://web/').stderr).toBe(
      "wget: bad address 'web'\n",
    );
    expect(e.run('docker network connect app web').exitCode).toBe(0);
    const webIp = ip(e, 'web', 'app');
    expect(webIp).toMatch(/^172\.18\.0\.\d+$/);
    expect(e.run('docker exec client wget -qO- http://web/').stdout).toContain(
      '<title>Welcome to nginx!</title>',
    );
    expect(e.run('docker exec web cat /etc/hosts').stdout).toContain(`172.17.0.2\t`);
    e.run('docker network disconnect app web');
    expect(e.state.containers.find((c) => c.name === 'web')?.networks.app).toBeUndefined();
    expect(e.run('docker exec client ping -c 1 web').stderr).toBe("ping: bad address 'web'\n");
  });

  it('logs the request in the serving nginx with the client address', () => {
    const e = engineWith([
      'docker network create app',
      'docker run -d --name web --network app nginx',
      'docker run -d --name client --network app alpine sleep 1000',
    ]);
    e.run('docker exec client wget -qO- http://web/');
    const last = e.state.containers.find((c) => c.name === 'web')?.logs.at(-1)?.text ?? '';
    expect(last).toMatch(/^172\.18\.0\.3 - - \[.+\] "GET \/ HTTP\/1\.1" 200 615 "-" "Wget" "-"$/);
  });

  it('refuses connections to ports nothing listens on', () => {
    const e = engineWith([
      'docker network create app',
      'docker run -d --name web --network app nginx',
    ]);
    expect(e.run('docker run --rm --network app busybox wget -q http://web:81/').stderr).toContain(
      "wget: can't connect to remote host (172.18.0.2): Connection refused\n",
    );
    expect(e.run('docker run --rm --network app nginx curl -s web:81').exitCode).toBe(7);
    expect(e.run('docker run --rm --network app nginx curl web:81').stderr).toContain(
      "curl: (7) Failed to connect to web port 81 after 0 ms: Couldn't connect to server\n",
    );
  });

  it('writes /etc/resolv.conf for the embedded DNS only on user-defined networks', () => {
    const e = engineWith(['docker network create app']);
    expect(e.run('docker run --rm --network app busybox cat /etc/resolv.conf').stdout).toMatch(
      /^nameserver 127\.0\.0\.11\n/,
    );
    expect(e.run('docker run --rm busybox cat /etc/resolv.conf').stdout).toMatch(
      /^nameserver 10\.0\.0\.1\n/,
    );
  });

  it('--network host shares the host network: -p is discarded, the server answers on the host', () => {
    const e = engineWith([]);
    const r = e.run('docker run -d --name edge --network host -p 8080:80 nginx');
    expect(r.stderr).toContain(
      'WARNING: Published ports are discarded when using host network mode\n',
    );
    const c = e.state.containers[0];
    expect(c.ports).toEqual([]);
    expect(c.networkMode).toBe('host');
    expect(c.hostname).toBe('playground');
    expect(e.run('curl -s localhost:80').stdout).toContain('Welcome to nginx!');
    expect(e.run('curl -s localhost:8080').exitCode).toBe(7);
    expect(e.run('docker port edge').stdout).toBe('');
  });

  it('--network none has only loopback: no names, no addresses', () => {
    const e = engineWith(['docker run -d --name db redis']);
    const r = e.run('docker run --rm --network none busybox cat /etc/hosts');
    expect(r.stdout).not.toMatch(/172\.17/);
    expect(e.run('docker run --rm --network none busybox ping -c 1 172.17.0.2').stdout).toContain(
      '1 packets transmitted, 0 packets received, 100% packet loss\n',
    );
    expect(e.run('docker run --rm --network none busybox nslookup db').stdout).toBe(
      ';; connection timed out; no servers could be reached\n\n',
    );
  });

  it('an app bound to 127.0.0.1 in the container is unreachable through its published port', () => {
    const e = engineWith([
      'mkdir site && echo hello > site/index.html',
      'docker run -d --name loop -p 8000:8000 -v ./site:/srv -w /srv python:3.13 python -m http.server --bind 127.0.0.1 8000',
      'docker run -d --name open -p 8001:8000 -v ./site:/srv -w /srv python:3.13 python -m http.server 8000',
    ]);
    expect(e.run('curl localhost:8000')).toMatchObject({
      stderr: 'curl: (56) Recv failure: Connection reset by peer\n',
      exitCode: 56,
    });
    expect(e.run('curl -s localhost:8001').stdout).toBe('hello\n');
    expect(e.run('docker exec loop curl -s localhost:8000').stdout).toBe('hello\n');
    const log = e.state.containers.find((c) => c.name === 'open')?.logs.at(-1);
    expect(log?.stream).toBe('stderr');
    expect(log?.text).toMatch(
      /^172\.17\.0\.1 - - \[\d\d\/\w{3}\/\d{4} [\d:]{8}\] "GET \/ HTTP\/1\.1" 200 -$/,
    );
  });

  it('python http.server prints its banner only unbuffered (-t or PYTHONUNBUFFERED)', () => {
    const e = engineWith([
      'docker run -d --name quiet python:3.13 python -m http.server',
      'docker run -d --name loud -e PYTHONUNBUFFERED=1 python:3.13 python -m http.server 9000',
    ]);
    expect(e.run('docker logs quiet').stdout).toBe('');
    expect(e.run('docker logs loud').stdout).toBe(
      'Serving HTTP on :: port 9000 (http://[::]:9000/) ...\n',
    );
  });

  it('host.docker.internal resolves only with --add-host …:host-gateway', () => {
    const e = engineWith([]);
    expect(e.run('docker run --rm busybox ping -c 1 host.docker.internal').stderr).toContain(
      "ping: bad address 'host.docker.internal'\n",
    );
    const r = e.run(
      'docker run --rm --add-host host.docker.internal:host-gateway busybox ping -c 1 host.docker.internal',
    );
    expect(r.stdout).toMatch(/^PING host\.docker\.internal \(172\.17\.0\.1\)/);
    expect(
      e.run('docker run --rm --add-host db.local=10.1.2.3 nginx getent hosts db.local').stdout,
    ).toBe('10.1.2.3        db.local\n');
  });

  it('reaches the host through host-gateway and a published port', () => {
    const e = engineWith(['docker run -d -p 8080:80 nginx']);
    const r = e.run(
      'docker run --rm --add-host host.docker.internal:host-gateway busybox wget -qO- http://host.docker.internal:8080/',
    );
    expect(r.stdout).toContain('Welcome to nginx!');
  });

  it('publishes on 127.0.0.1 and random ports, shown by docker port', () => {
    const e = engineWith([
      'docker run -d --name one -p 127.0.0.1:8080:80 nginx',
      'docker run -d --name two -p 80 nginx',
    ]);
    expect(e.run('docker port one').stdout).toBe('80/tcp -> 127.0.0.1:8080\n');
    expect(e.run('docker port two 80').stdout).toBe('0.0.0.0:32768\n[::]:32768\n');
    expect(e.run('curl -s localhost:32768').stdout).toContain('Welcome to nginx!');
  });

  it('network rm refuses a network in use; prune removes unused ones', () => {
    const e = engineWith([
      'docker network create app',
      'docker network create spare',
      'docker run -d --name db --network app redis',
    ]);
    const r = e.run('docker network rm app');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(
      /^Error response from daemon: error while removing network: network app has active endpoints \(name:"db" id:"[0-9a-f]{12}"\)\n$/,
    );
    expect(e.run('docker network prune -f').stdout).toBe('Deleted Networks:\nspare\n\n');
    expect(e.state.networks.map((n) => n.name).sort()).toEqual(['app', 'bridge', 'host', 'none']);
  });

  it('reuses freed addresses like libnetwork IPAM', () => {
    const e = engineWith([
      'docker run -d --name a nginx',
      'docker run -d --name b nginx',
      'docker rm -f a',
    ]);
    e.run('docker run -d --name three nginx');
    expect(ip(e, 'three', 'bridge')).toBe('172.17.0.2');
  });

  it('Compose services reach each other by service name', () => {
    const e = engineWith([
      'mkdir stack && cd stack',
      `printf 'services:\\n  web:\\n    image: nginx\\n  cache:\\n    image: redis\\n' > compose.yaml`,
      'docker compose up -d',
    ]);
    const web = e.state.containers.find((c) => c.name === 'stack-web-1');
    expect(web).toBeDefined();
    expect(e.run('docker exec stack-web-1 getent hosts cache').stdout).toMatch(
      /^172\.18\.0\.\d+ +cache\n$/,
    );
  });
});
