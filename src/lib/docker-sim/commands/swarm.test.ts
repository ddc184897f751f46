import {describe, expect, it} from 'vitest';
import {testEngine} from '../test-helpers';

const BAR = `[${'='.repeat(50)}>] `;

describe('docker swarm (single node)', () => {
  it('init prints the node id and the worker join command; a second init and a leave without --force fail', () => {
    const e = testEngine();
    const init = e.run('docker swarm init');
    expect(init.exitCode).toBe(0);
    expect(init.stdout).toMatch(
      /^Swarm initialized: current node \([a-z0-9]{25}\) is now a manager\.\n\nTo add a worker to this swarm, run the following command:\n\n {4}docker swarm join --token SWMTKN-1-[a-z0-9]{50}-[a-z0-9]{25} \S+:2377\n\nTo add a manager to this swarm, run 'docker swarm join-token manager' and follow the instructions\.\n$/,
    );
    expect(e.run('docker swarm init').stderr).toMatch(
      /^Error response from daemon: This node is already part of a swarm\./,
    );
    expect(e.run('docker swarm leave').stderr).toMatch(/Use `--force` to ignore this message\.\n$/);
    expect(e.run('docker swarm leave --force').stdout).toBe('Node left the swarm.\n');
    expect(e.run('docker service ls').stderr).toBe(
      'Error response from daemon: This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.\n',
    );
  });

  it('join-token prints the join command of a role, or only its token with -q', () => {
    const e = testEngine();
    e.run('docker swarm init');
    const manager = e.run('docker swarm join-token manager').stdout;
    expect(manager).toMatch(
      /^To add a manager to this swarm, run the following command:\n\n {4}docker swarm join --token (SWMTKN-1-\S+) \S+:2377\n\n$/,
    );
    const token = e.run('docker swarm join-token -q worker').stdout.trim();
    expect(token).toMatch(/^SWMTKN-1-/);
    expect(manager).not.toContain(token);
    // Both tokens carry the same root-CA digest; only the secret differs.
    const managerToken = /SWMTKN-1-\S+/.exec(manager)![0];
    expect(managerToken.split('-').slice(0, 3)).toEqual(token.split('-').slice(0, 3));
    expect(managerToken.split('-')[3]).not.toBe(token.split('-')[3]);
    expect(e.run('docker swarm init').exitCode).toBe(1);
    expect(e.run('docker swarm join-token boss').stderr).toBe('unknown role boss\n');
  });

  it('--help does not run the command (its help text is not recorded)', () => {
    const e = testEngine();
    const r = e.run('docker swarm init --help');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('지원하지 않습니다');
    expect(e.run('docker service ls').stderr).toMatch(/not a swarm manager/);
  });

  it('node ls shows this node as the leader', () => {
    const e = testEngine();
    e.run('docker swarm init');
    const lines = e.run('docker node ls').stdout.split('\n');
    expect(lines[0]).toMatch(
      /^ID +HOSTNAME +STATUS +AVAILABILITY +MANAGER STATUS +ENGINE VERSION$/,
    );
    expect(lines[1]).toMatch(/^[a-z0-9]{25} \* +playground +Ready +Active +Leader +\d+\.\d+\.\d+$/);
  });

  it('service create, scale, update and rollback keep replicas and tasks; ps shows replaced tasks', () => {
    const e = testEngine();
    e.run('docker swarm init');
    const create = e.run(
      'docker service create --name web --replicas 3 -p 8080:80 nginx:1.27-alpine',
    );
    const id = create.stdout.split('\n')[0]!;
    expect(create.stdout).toBe(
      `${id}\noverall progress: 3 out of 3 tasks \n` +
        [1, 2, 3].map((n) => `${n}/3: running   ${BAR}\n`).join('') +
        `verify: Service ${id} converged \n`,
    );
    expect(e.run('docker service ls').stdout).toMatch(
      /\n[a-z0-9]{12} +web +replicated +3\/3 +nginx:1\.27-alpine +\*:8080->80\/tcp\n$/,
    );
    expect(e.run('docker service scale web=5').stdout).toMatch(
      /^web scaled to 5\noverall progress: 5 out of 5 tasks/,
    );
    e.run('docker service update --image nginx:1.30-alpine web');
    const ps = e.run('docker service ps web').stdout;
    expect(ps.match(/^\S+ +web\.\d +nginx:1\.30-alpine .*Running +Running/gm)).toHaveLength(5);
    expect(ps.match(/^\S+ +\\_ web\.\d +nginx:1\.27-alpine .*Shutdown +Shutdown/gm)).toHaveLength(
      5,
    );
    expect(e.run('docker service rollback web').stdout).toMatch(
      /^web\nrollback: manually requested rollback \noverall progress: rolling back update: 5 out of 5 tasks/,
    );
    expect(e.run('docker service ls').stdout).toMatch(/ 5\/5 +nginx:1\.27-alpine /);
    expect(e.run('docker service rm web').stdout).toBe('web\n');
    expect(e.run('docker service ls').stdout).toBe(
      'ID        NAME      MODE      REPLICAS   IMAGE     PORTS\n',
    );
  });

  it('service logs prefixes the lines of each task with <service>.<slot>.<task id>@<node>, slots padded', () => {
    const e = testEngine();
    e.run('docker swarm init');
    e.run('docker service create --name web --replicas 10 -d nginx:1.30-alpine');
    const r = e.run('docker service logs web');
    const all = r.chunks!.map((c) => c.text).join('');
    expect(all).toMatch(/^web\.1\.[a-z0-9]{12}@playground {5}\| \S/m);
    expect(all).toMatch(/^web\.10\.[a-z0-9]{12}@playground {4}\| \S/m);
    expect(r.stdout + r.stderr).toHaveLength(all.length);
  });

  it('a service created without --name gets a generated adjective_surname name', () => {
    const e = testEngine();
    e.run('docker swarm init');
    e.run('docker service create -d nginx:1.30-alpine');
    expect(e.run('docker service ls').stdout.split('\n')[1]).toMatch(
      /^[a-z0-9]{12} +[a-z]+_[a-z]+\d? +replicated /,
    );
  });

  it('service ls merges consecutive published ports into a range, as the CLI does', () => {
    const e = testEngine();
    e.run('docker swarm init');
    e.run(
      'docker service create -d --name web -p 8081:81 -p 8080:80 -p 9000:443 nginx:1.30-alpine',
    );
    expect(e.run('docker service ls').stdout).toMatch(
      / \*:8080-8081->80-81\/tcp, \*:9000->443\/tcp\n$/,
    );
  });

  it('scaling down drops the tasks of the removed slots from service ps', () => {
    const e = testEngine();
    e.run('docker swarm init');
    e.run('docker service create --name web --replicas 5 -d nginx:1.30-alpine');
    e.run('docker service scale web=2');
    const names = e
      .run('docker service ps web')
      .stdout.split('\n')
      .slice(1, -1)
      .map((l) => l.split(/ +/)[1]);
    expect(names).toEqual(['web.1', 'web.2']);
  });

  it('stack deploy reads the compose file: services <stack>_<service>, deploy.replicas, and rm removes them', () => {
    const e = testEngine();
    e.run('docker swarm init');
    e.state.host.files['/home/user/compose.yaml'] =
      'services:\n  api:\n    image: nginx:1.30-alpine\n    ports:\n      - "8081:80"\n      - target: 443\n        published: 8443\n    deploy:\n      replicas: 2\n  cache:\n    image: redis:8-alpine\n';
    const deploy = e.run('docker stack deploy -c compose.yaml shop');
    expect(deploy.stdout).toBe(
      'Creating network shop_default\nCreating service shop_api\nCreating service shop_cache\n',
    );
    expect(deploy.stderr).toMatch(/^Since --detach=false was not specified/);
    expect(e.run('docker stack ls').stdout).toBe('NAME      SERVICES\nshop      2\n');
    expect(e.run('docker stack services shop').stdout).toMatch(
      / shop_api +replicated +2\/2 +nginx:1\.30-alpine +\*:8081->80\/tcp, \*:8443->443\/tcp\n/,
    );
    expect(e.run('docker stack rm shop').stdout).toBe(
      'Removing service shop_api\nRemoving service shop_cache\nRemoving network shop_default\n',
    );
    expect(e.run('docker stack services shop').stderr).toBe('Nothing found in stack: shop\n');
  });

  it('stack deploy refuses a service that only has build:', () => {
    const e = testEngine();
    e.run('docker swarm init');
    e.state.host.files['/home/user/compose.yaml'] =
      'services:\n  api:\n    restart: always\n    build: ./api\n';
    const r = e.run('docker stack deploy -c compose.yaml shop');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe(
      'Ignoring unsupported options: build, restart\n\ninvalid image reference for service api: no image specified\n',
    );
  });
});
