import {describe, expect, it} from 'vitest';
import {testEngine} from '../test-helpers';
import {composeProgress} from './compose';
import {interpolate, mergeYaml, parseDotEnv} from './compose-project';

/** An engine in a project directory holding `files` (path relative to the project → text). */
function project(files: Record<string, string>, dir = '/home/user/shop') {
  const e = testEngine();
  e.run(`mkdir -p ${dir}`);
  for (const [path, text] of Object.entries(files)) {
    const full = `${dir}/${path}`;
    e.run(`mkdir -p ${full.slice(0, full.lastIndexOf('/'))}`);
    e.state.host.files[full] = text;
  }
  e.run(`cd ${dir}`);
  return e;
}

const TWO_TIER = `services:
  api:
    build:
      context: ./api
    ports:
      - "\${API_PORT:-8000}:3000"
    depends_on:
      store:
        condition: service_healthy
    networks: [edge, inner]
  store:
    image: redis
    healthcheck:
      test: ["CMD", "redis-cli", "ping"]
    volumes:
      - store-data:/data
    networks: [inner]
  tools:
    image: busybox
    command: sleep 3600
    profiles: [debug]
    networks: [inner]
networks:
  edge:
  inner:
volumes:
  store-data:
`;
const API = {
  'api/Dockerfile': 'FROM node:24\nWORKDIR /app\nCOPY server.js ./\nCMD ["node", "server.js"]\n',
  'api/server.js':
    "const port = Number(process.env.PORT ?? 3000);\nrequire('http').createServer(() => {}).listen(port, () => console.log(`api up on ${port}`));\n",
};

describe('docker compose (Compose v5)', () => {
  it('prints the v5 version', () => {
    expect(testEngine().run('docker compose version').stdout).toBe(
      'Docker Compose version v5.5.0\n',
    );
    expect(testEngine().run('docker compose version --short').stdout).toBe('5.5.0\n');
  });

  it('up -d builds a build: service as <project>-<service>, waits for healthy dependencies, and labels what it creates', () => {
    const e = project({'compose.yaml': TWO_TIER, ...API});
    const r = e.run('docker compose up -d');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain('[+] Building');
    expect(r.stderr).toMatch(/\[\+\] up \d+\/\d+\n/);
    expect(r.stderr).toMatch(/ ✔ Image shop-api +Built/);
    expect(r.stderr).toMatch(/ ✔ Network shop_edge +Created/);
    expect(r.stderr).toMatch(/ ✔ Volume shop_store-data +Created/);
    expect(r.stderr).toMatch(/ ✔ Container shop-store-1 +Healthy/);
    expect(r.stderr).toMatch(/ ✔ Container shop-api-1 +Started/);
    expect(r.stderr).not.toContain('tools');
    expect(e.run('docker volume ls --filter label=com.docker.compose.project=shop').stdout).toBe(
      'DRIVER    VOLUME NAME\nlocal     shop_store-data\n',
    );
    const api = e.state.containers.find((c) => c.name === 'shop-api-1');
    expect(Object.keys(api?.networks ?? {}).sort()).toEqual(['shop_edge', 'shop_inner']);
    expect(api?.state).toBe('running');
    expect(e.run('docker compose logs api').stdout).toBe('api-1  | api up on 3000\n');
    const ps = e.run('docker compose ps').stdout;
    expect(ps).toMatch(/shop-store-1 .* Up \d+ seconds? \(healthy\)/);
    expect(ps).toContain('0.0.0.0:8000->3000/tcp');
  });

  it('a second up leaves running containers alone and recreates only a changed service', () => {
    const e = project({'compose.yaml': TWO_TIER, ...API});
    e.run('docker compose up -d');
    const oldId = e.state.containers.find((c) => c.name === 'shop-api-1')?.id;
    e.state.host.files['/home/user/shop/.env'] = 'API_PORT=9090\n';
    const r = e.run('docker compose up -d');
    expect(r.stderr).toMatch(/Container shop-store-1 +Running/);
    expect(r.stderr).toMatch(/Container shop-api-1 +Started/);
    expect(e.state.containers.find((c) => c.name === 'shop-api-1')?.id).not.toBe(oldId);
    expect(e.run('docker compose ps').stdout).toContain('0.0.0.0:9090->3000/tcp');
  });

  it('--profile starts profile services; stop, start, restart and down act on the project', () => {
    const e = project({'compose.yaml': TWO_TIER, ...API});
    expect(e.run('docker compose --profile debug up -d').stderr).toMatch(/shop-tools-1 +Started/);
    expect(e.run('docker compose stop').stderr).toMatch(/^\[\+\] stop 3\/3\n/);
    expect(e.state.containers.every((c) => c.state === 'exited')).toBe(true);
    expect(e.run('docker compose start').stderr).toMatch(/^\[\+\] start 3\/3\n/);
    expect(e.run('docker compose restart api').stderr).toMatch(/shop-api-1 Restarted/);
    const down = e.run('docker compose --profile debug down -v --rmi local');
    expect(down.stderr).toMatch(/^\[\+\] down \d+\/\d+\n/);
    expect(down.stderr).toMatch(/Volume shop_store-data +Removed/);
    expect(down.stderr).toMatch(/Image shop-api +Removed/);
    expect(e.state.containers).toEqual([]);
    expect(e.state.networks.some((n) => n.name.startsWith('shop_'))).toBe(false);
    expect(e.state.images.some((i) => i.repoTags.includes('redis:latest'))).toBe(true);
  });

  it('starts an image whose entrypoint scripts chain (adminer: entrypoint.sh → docker-php-entrypoint → php)', () => {
    const e = project({
      'compose.yaml':
        'services:\n  adminer:\n    image: adminer:5\n    ports:\n      - "8081:8080"\n',
    });
    const up = e.run('docker compose up -d');
    expect(up.exitCode).toBe(0);
    expect(up.stderr).toMatch(/shop-adminer-1 +Started/);
    expect(e.state.containers.map((c) => c.state)).toEqual(['running']);
  });

  it('stop: a Node server that handles SIGTERM exits 0, one that does not is killed (137)', () => {
    const graceful = `${API['api/server.js']}process.on('SIGTERM', () => process.exit(0));\n`;
    const exitCodes = (serverJs: string) => {
      const e = project({
        'compose.yaml': 'services:\n  api:\n    build: ./api\n',
        ...API,
        'api/server.js': serverJs,
      });
      e.run('docker compose up -d');
      e.run('docker compose stop');
      return e.state.containers.map((c) => c.exitCode);
    };
    expect(exitCodes(graceful)).toEqual([0]);
    expect(exitCodes(API['api/server.js'])).toEqual([137]);
  });

  it('down without -v keeps named volumes', () => {
    const e = project({'compose.yaml': TWO_TIER, ...API});
    e.run('docker compose up -d');
    e.run('docker compose down');
    expect(e.state.volumes.map((v) => v.name)).toContain('shop_store-data');
  });

  it('exec and run --rm reach the service container', () => {
    const e = project({'compose.yaml': TWO_TIER, ...API});
    e.run('docker compose up -d');
    expect(e.run('docker compose exec -T store redis-cli ping').stdout).toBe('PONG\n');
    const before = e.state.containers.length;
    const r = e.run('docker compose run --rm store redis-cli ping');
    expect(r.stdout).toBe('PONG\n');
    expect(e.state.containers.length).toBe(before);
  });

  it('stops before creating anything when a required variable is missing', () => {
    const e = project({
      'compose.yaml':
        'services:\n  db:\n    image: postgres\n    environment:\n      POSTGRES_PASSWORD: ${DB_PASSWORD:?set DB_PASSWORD in .env}\n',
    });
    const r = e.run('docker compose up -d');
    expect(r).toMatchObject({
      exitCode: 1,
      stderr: 'required variable DB_PASSWORD is missing a value: set DB_PASSWORD in .env\n',
    });
    expect(e.state.networks.some((n) => n.name === 'shop_default')).toBe(false);
  });

  it('merges compose.override.yaml and -f files', () => {
    const base = 'services:\n  web:\n    image: nginx\n    environment:\n      A: "1"\n';
    const e = project({
      'compose.yaml': base,
      'compose.override.yaml': 'services:\n  web:\n    ports:\n      - "8081:80"\n',
      'prod.yaml': 'services:\n  web:\n    environment:\n      B: "2"\n',
    });
    expect(e.run('docker compose config').stdout).toContain('- 8081:80');
    const merged = e.run('docker compose -f compose.yaml -f prod.yaml config').stdout;
    expect(merged).toContain('A: "1"');
    expect(merged).toContain('B: "2"');
    expect(merged).not.toContain('8081');
  });

  it('ls lists running projects with their config files', () => {
    const e = project({'compose.yaml': 'services:\n  web:\n    image: nginx\n'});
    e.run('docker compose up -d');
    expect(e.run('docker compose ls').stdout).toBe(
      'NAME                STATUS              CONFIG FILES\nshop                running(1)          /home/user/shop/compose.yaml\n',
    );
    // formatter/pretty.go: tabwriter minwidth 20, padding 3, so a long status keeps 3 spaces.
    const two = project({
      'compose.yaml': 'services:\n  a:\n    image: nginx\n  b:\n    image: nginx\n',
    });
    two.run('docker compose up -d');
    two.run('docker compose stop a');
    expect(two.run('docker compose ls --all').stdout.split('\n')[1]).toBe(
      'shop                exited(1), running(1)   /home/user/shop/compose.yaml',
    );
  });
});

describe('compose project model', () => {
  it('interpolates like compose-go', () => {
    const vars = {A: 'x', EMPTY: ''};
    expect(interpolate('${A}-${B:-d}-${EMPTY:-e}-${EMPTY-f}-$$A-$A', vars)).toBe('x-d-e--$A-x');
    expect(() => interpolate('${B:?needs B}', vars)).toThrow(
      'required variable B is missing a value: needs B',
    );
  });
  it('reads .env files', () => {
    expect(parseDotEnv('# c\nA=1\nexport B="two words"\nC=3 # note\n')).toEqual({
      A: '1',
      B: 'two words',
      C: '3',
    });
  });
  it('merges maps, appends lists and replaces command', () => {
    expect(
      mergeYaml(
        {ports: ['1:1'], command: ['a'], environment: ['X=1']},
        {ports: ['2:2'], command: ['b'], environment: {Y: '2'}},
      ),
    ).toEqual({
      ports: ['1:1', '2:2'],
      command: ['b'],
      environment: {X: '1', Y: '2'},
    });
  });
  it('draws the v5 progress screen: status one space after the widest id, timers at column 80', () => {
    expect(
      composeProgress('down', [
        {id: 'Container a-web-1', status: 'Removed', secs: 0.3},
        {id: 'Network a_default', status: 'Removed', secs: 10.2},
      ]),
    ).toBe(
      `[+] down 2/2\n ✔ Container a-web-1 Removed${' '.repeat(48)}0.3s\n ✔ Network a_default Removed${' '.repeat(47)}10.2s\n`.replace(
        `Removed${' '.repeat(48)}0.3s`,
        `Removed${' '.repeat(47)} 0.3s`,
      ),
    );
  });
});
