import {describe, expect, it} from 'vitest';
import {testEngine} from './test-helpers';

describe('--format on docker version, info and stats', () => {
  it('version: the template sees Client and Server by Go field name', () => {
    const e = testEngine();
    expect(e.run("docker version --format '{{.Server.Version}}'").stdout).toBe('29.7.2\n');
    expect(e.run("docker version --format '{{.Server.Os}}/{{.Server.Arch}}'").stdout).toBe(
      'linux/amd64\n',
    );
    expect(e.run("docker version -f '{{.Client.APIVersion}}'").stdout).toBe('1.55\n');
  });

  it('info: one value or several, and json', () => {
    const e = testEngine();
    e.run('docker run -d --name web nginx');
    expect(e.run("docker info --format '{{.CgroupVersion}} {{.CgroupDriver}}'").stdout).toBe(
      '2 systemd\n',
    );
    expect(e.run("docker info -f '{{.ContainersRunning}}'").stdout).toBe('1\n');
    expect(JSON.parse(e.run("docker info --format '{{json .}}'").stdout).ServerVersion).toBe(
      '29.7.2',
    );
  });

  it('stats: a template per container, and a table with its headers', () => {
    const e = testEngine();
    e.run('docker run -d --name web --memory 128m nginx');
    expect(e.run("docker stats --no-stream --format '{{.Name}}: {{.MemUsage}}'").stdout).toMatch(
      /^web: [\d.]+MiB \/ 128MiB\n$/,
    );
    const table = e.run("docker stats --no-stream --format 'table {{.Name}}\\t{{.PIDs}}'").stdout;
    expect(table).toBe('NAME      PIDS\nweb       9\n');
  });
});

describe('template range and string literals', () => {
  it('ranges over the server components, one per line', () => {
    const e = testEngine();
    expect(
      e.run(
        `docker version --format '{{range .Server.Components}}{{.Name}} {{.Version}}{{"\\n"}}{{end}}'`,
      ).stdout,
    ).toBe('Engine 29.7.2\ncontainerd 2.3.3\nrunc 1.4.3\ndocker-init 0.19.0\n\n');
  });

  it('ranges over a container’s networks (a map, by name)', () => {
    const e = testEngine();
    e.run('docker network create appnet');
    e.run('docker run -d --name web --network appnet nginx');
    expect(
      e.run(`docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' web`)
        .stdout,
    ).toBe('172.18.0.2\n');
  });
});
