import {describe, expect, it} from 'vitest';
import {testEngine} from '../test-helpers';
import {composeProgress} from './compose';
import {goDurationSeconds, interpolate, mergeYaml, parseDotEnv} from './compose-project';

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

describe('docker compose: settings, secrets and run-time keys (Compose in operation)', () => {
  const ECHO = 'services:\n  app:\n    image: busybox\n    command: sleep 3600\n';

  it('interpolation takes a shell variable over .env, and --env-file replaces .env', () => {
    const e = project({
      'compose.yaml': 'services:\n  app:\n    image: nginx:${TAG:-latest}\n',
      '.env': 'TAG=1.29\n',
      'other.env': 'TAG=1.28\n',
    });
    expect(e.run('docker compose config').stdout).toContain('image: nginx:1.29');
    expect(e.run('docker compose --env-file other.env config').stdout).toContain(
      'image: nginx:1.28',
    );
    e.run('export TAG=1.27');
    expect(e.run('docker compose config').stdout).toContain('image: nginx:1.27');
    expect(e.run('docker compose --env-file other.env config').stdout).toContain(
      'image: nginx:1.27',
    );
  });

  it('env_file values lose to environment:, and a key without a value comes from the shell or .env', () => {
    const e = project({
      'compose.yaml': `${ECHO}    env_file:\n      - ./app.env\n    environment:\n      MODE: production\n      FROM_DOTENV:\n      UNSET:\n`,
      'app.env': 'MODE=test\nLEVEL=debug\n',
      '.env': 'FROM_DOTENV=dotenv\n',
    });
    const config = e.run('docker compose config').stdout;
    expect(config).toContain('MODE: production');
    expect(config).toContain('LEVEL: debug');
    expect(config).toContain('FROM_DOTENV: dotenv');
    expect(config).not.toContain('UNSET');
    expect(config).not.toContain('env_file');
    e.run('docker compose up -d');
    expect(e.run('docker compose exec app env').stdout).toMatch(
      /^MODE=production\nLEVEL=debug\nFROM_DOTENV=dotenv$/m,
    );
  });

  it('a missing env_file stops the project unless it is required: false', () => {
    const missing = project({'compose.yaml': `${ECHO}    env_file: ./nope.env\n`});
    expect(missing.run('docker compose up -d')).toMatchObject({
      exitCode: 1,
      stderr:
        'env file /home/user/shop/nope.env not found: stat /home/user/shop/nope.env: no such file or directory\n',
    });
    const optional = project({
      'compose.yaml': `${ECHO}    env_file:\n      - path: ./nope.env\n        required: false\n`,
    });
    expect(optional.run('docker compose up -d').exitCode).toBe(0);
  });

  it('docker compose run -e wins over environment:', () => {
    const e = project({'compose.yaml': `${ECHO}    environment:\n      MODE: production\n`});
    expect(e.run('docker compose run --rm -e MODE=debug app printenv MODE').stdout).toBe('debug\n');
  });

  it('a file secret is a read-only file at /run/secrets/<name>, not an environment variable', () => {
    const e = project({
      'compose.yaml':
        'services:\n  db:\n    image: postgres:17-alpine\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n    secrets:\n      - db_password\nsecrets:\n  db_password:\n    file: ./db_password.txt\n',
      'db_password.txt': 's3cret-for-test\n',
    });
    expect(e.run('docker compose up -d').exitCode).toBe(0);
    expect(e.run("docker inspect shop-db-1 --format '{{.State.Status}}'").stdout).toBe('running\n');
    expect(e.run('docker compose exec db cat /run/secrets/db_password').stdout).toBe(
      's3cret-for-test\n',
    );
    const env = e.run("docker inspect shop-db-1 --format '{{json .Config.Env}}'").stdout;
    expect(env).toContain('POSTGRES_PASSWORD_FILE=/run/secrets/db_password');
    expect(env).not.toContain('s3cret');
    const mounts = JSON.parse(
      e.run("docker inspect shop-db-1 --format '{{json .Mounts}}'").stdout,
    ) as {Type: string; Source: string; Destination: string; RW: boolean}[];
    expect(mounts).toContainEqual(
      expect.objectContaining({
        Type: 'bind',
        Source: '/home/user/shop/db_password.txt',
        Destination: '/run/secrets/db_password',
        RW: false,
      }),
    );
  });

  it('a service that names an undefined secret is an invalid project', () => {
    const e = project({'compose.yaml': `${ECHO}    secrets:\n      - token\n`});
    expect(e.run('docker compose config')).toMatchObject({
      exitCode: 1,
      stderr: 'service "app" refers to undefined secret token: invalid compose project\n',
    });
  });

  it('include copies another project in, paths relative to its own directory; the local definition wins', () => {
    const e = project({
      'compose.yaml':
        'include:\n  - ./tools/compose.yaml\nservices:\n  app:\n    image: busybox\n    depends_on:\n      - mailer\n  mailer:\n    environment:\n      FROM: local\n',
      'tools/compose.yaml':
        'services:\n  mailer:\n    build: ./mailer\n    environment:\n      FROM: included\n      PORT: "1025"\n',
    });
    const config = e.run('docker compose config').stdout;
    expect(config).toContain('build: /home/user/shop/tools/mailer');
    expect(config).toContain('FROM: local');
    expect(config).toContain('PORT: "1025"');
    expect(config).not.toContain('include');
  });

  it('extends merges a base service under the local keys, from the same file or another one', () => {
    const e = project({
      'compose.yaml': `services:\n  base:\n    image: busybox\n    environment:\n      TZ: UTC\n      PORT: "80"\n  cli:\n    extends:\n      service: base\n    environment:\n      PORT: "8080"\n  web:\n    image: nginx\n    extends:\n      file: common.yaml\n      service: hardened\n`,
      'common.yaml':
        'services:\n  logged:\n    restart: unless-stopped\n  hardened:\n    extends:\n      service: logged\n    read_only: true\n    cap_drop: [ALL]\n',
    });
    const config = e.run('docker compose config').stdout;
    expect(config).toContain(
      '  cli:\n    image: busybox\n    environment:\n      TZ: UTC\n      PORT: "8080"\n',
    );
    expect(config).toContain(
      '  web:\n    restart: unless-stopped\n    read_only: true\n    cap_drop:\n      - ALL\n    image: nginx\n',
    );
    expect(config).not.toContain('extends');
  });

  it('a circular extends is reported like compose-go', () => {
    const e = project({
      'compose.yaml':
        'services:\n  a:\n    image: busybox\n    extends:\n      service: b\n  b:\n    image: busybox\n    extends:\n      service: a\n',
    });
    expect(e.run('docker compose config').stderr).toBe(
      'Circular reference:\n  a in /home/user/shop/compose.yaml\n  extends b in /home/user/shop/compose.yaml\n  extends a in /home/user/shop/compose.yaml\n',
    );
  });

  it('logging, limits, read_only, tmpfs, capabilities, init, user and stop_grace_period reach docker inspect', () => {
    const e = project({
      'compose.yaml': `${ECHO}    user: "1000"\n    init: true\n    read_only: true\n    tmpfs:\n      - /tmp\n    cap_drop: [ALL]\n    cap_add: [NET_BIND_SERVICE]\n    security_opt:\n      - no-new-privileges:true\n    stop_grace_period: 1m30s\n    logging:\n      driver: json-file\n      options:\n        max-size: 10m\n        max-file: "3"\n    deploy:\n      resources:\n        limits:\n          cpus: "0.50"\n          memory: 256M\n`,
    });
    e.run('docker compose up -d');
    const hc = (field: string): string =>
      e.run(`docker inspect shop-app-1 --format '{{json .HostConfig.${field}}}'`).stdout;
    expect(hc('LogConfig')).toBe(
      '{"Type":"json-file","Config":{"max-file":"3","max-size":"10m"}}\n',
    );
    expect(hc('ReadonlyRootfs')).toBe('true\n');
    expect(hc('Tmpfs')).toBe('{"/tmp":""}\n');
    expect(hc('CapDrop')).toBe('["ALL"]\n');
    // moby client/container_create.go normalizeCapabilities, for Compose as for the CLI
    expect(hc('CapAdd')).toBe('["CAP_NET_BIND_SERVICE"]\n');
    expect(hc('SecurityOpt')).toBe('["no-new-privileges:true"]\n');
    expect(hc('Init')).toBe('true\n');
    expect(hc('Memory')).toBe('268435456\n');
    expect(hc('NanoCpus')).toBe('500000000\n');
    expect(
      e.run("docker inspect shop-app-1 --format '{{.Config.User}} {{.Config.StopTimeout}}'").stdout,
    ).toBe('1000 90\n');
  });

  it('read_only, tmpfs, user and cap_drop are enforced in the service as with docker run', () => {
    const e = project({
      'compose.yaml': `${ECHO}    user: "1000"\n    read_only: true\n    tmpfs:\n      - /tmp\n    cap_drop: [ALL]\n`,
    });
    e.run('docker compose up -d');
    const sh = (cmd: string) => e.run(`docker compose exec app sh -c '${cmd}'`);
    expect(sh('echo x > /tmp/ok && cat /tmp/ok').stdout).toBe('x\n');
    // compose exec allocates a TTY by default: stderr arrives with stdout
    expect(sh('echo x > /nope').stdout).toContain('Read-only file system');
    expect(sh('id -u').stdout).toBe('1000\n');
  });

  it('a container without logging: keeps the default json-file driver with no rotation options', () => {
    const e = project({'compose.yaml': ECHO});
    e.run('docker compose up -d');
    expect(
      e.run("docker inspect shop-app-1 --format '{{json .HostConfig.LogConfig}}'").stdout,
    ).toBe('{"Type":"json-file","Config":{}}\n');
  });

  it('the compose-app example: the dev override is auto-loaded, -f compose.prod.yaml hardens web', () => {
    const e = testEngine();
    e.run('cd examples/compose-app');
    e.run('cp .env.example .env');
    const dev = e.run('docker compose config').stdout;
    expect(dev).toContain('NODE_ENV: development');
    expect(dev).toContain('log_statement=all');
    const prod = e.run('docker compose -f compose.yaml -f compose.prod.yaml config').stdout;
    expect(prod).not.toContain('log_statement');
    expect(prod).toContain('NODE_OPTIONS: "--max-old-space-size=192"');
    expect(prod).toMatch(/web:\n(.*\n)*? {4}read_only: true/);
    expect(prod).toContain('max-size: 10m');
  });

  it('parses Go durations as stop_grace_period takes them', () => {
    expect(goDurationSeconds('20s')).toBe(20);
    expect(goDurationSeconds('1m30s')).toBe(90);
    expect(goDurationSeconds('1.5s')).toBe(1.5);
    expect(goDurationSeconds('20')).toBeNull();
  });
});
