import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {
  COMPOSE_APP,
  childRanges,
  describeService,
  edgeTouches,
  edges,
  linesForService,
  reachable,
} from './compose-topology';

const file = readFileSync(
  path.resolve(__dirname, '../../../examples/compose-app/compose.yaml'),
  'utf8',
);
const lines = file.split('\n');

interface RawService {
  image?: string;
  build?: string;
  ports?: string[];
  networks?: string[];
  volumes?: string[];
  depends_on?: string[] | Record<string, {condition: string}>;
  healthcheck?: unknown;
  profiles?: string[];
}

describe('the typed topology matches examples/compose-app/compose.yaml', () => {
  const doc = parse(file) as {
    name: string;
    services: Record<string, RawService>;
    networks: Record<string, unknown>;
    volumes: Record<string, unknown>;
  };

  it('has the same project, services, networks and volumes', () => {
    expect(COMPOSE_APP.project).toBe(doc.name);
    expect(COMPOSE_APP.services.map((s) => s.name)).toEqual(Object.keys(doc.services));
    expect(COMPOSE_APP.networks).toEqual(Object.keys(doc.networks));
    expect(COMPOSE_APP.volumes).toEqual(Object.keys(doc.volumes));
  });

  it.each(COMPOSE_APP.services.map((s) => [s.name, s] as const))(
    'service %s matches',
    (name, s) => {
      const raw = doc.services[name]!;
      expect(s.source).toBe(raw.build ? `build: ${raw.build}` : raw.image);
      const ports = (raw.ports ?? []).map((p) => {
        const [host, container] = p.replace(/\$\{[A-Z_]+:-(\d+)\}/, '$1').split(':');
        return {host, container};
      });
      expect(s.ports).toEqual(ports);
      expect(s.networks).toEqual(raw.networks ?? []);
      expect(s.mounts.map((m) => `${m.source}:${m.target}`)).toEqual(
        (raw.volumes ?? []).map((v) => v.replace(/:ro$/, '')),
      );
      for (const m of s.mounts) expect(m.kind).toBe(m.source.startsWith('.') ? 'bind' : 'volume');
      const deps = Array.isArray(raw.depends_on)
        ? raw.depends_on.map((d) => ({service: d, condition: 'service_started'}))
        : Object.entries(raw.depends_on ?? {}).map(([service, v]) => ({
            service,
            condition: v.condition,
          }));
      expect(s.dependsOn).toEqual(deps);
      expect(s.healthcheck).toBe(raw.healthcheck !== undefined);
      expect(s.profiles).toEqual(raw.profiles ?? []);
    },
  );
});

describe('line ranges', () => {
  it('finds each service block by indentation', () => {
    const ranges = childRanges(file, 'services');
    expect([...ranges.keys()]).toEqual(['web', 'db', 'cache', 'adminer']);
    for (const [name, range] of ranges) {
      expect(lines[range.start - 1]).toBe(`  ${name}:`);
      expect(lines[range.end - 1]!.trim()).not.toBe('');
    }
    const web = ranges.get('web')!;
    const db = ranges.get('db')!;
    expect(web.end).toBeLessThan(db.start);
    expect(lines.slice(web.start - 1, web.end).join('\n')).toContain('develop:');
  });

  it('stops a top-level block at the next top-level key', () => {
    const networks = childRanges(file, 'networks');
    expect([...networks.keys()]).toEqual(['front', 'back']);
    expect(childRanges(file, 'volumes').get('db-data')).toBeDefined();
    expect(childRanges(file, 'nope').size).toBe(0);
  });

  it('highlights a service block plus its top-level network and volume entries', () => {
    const selected = linesForService(file, COMPOSE_APP, 'db');
    const dbRange = childRanges(file, 'services').get('db')!;
    expect(selected.has(dbRange.start)).toBe(true);
    const volumeLine = lines.indexOf('  db-data:') + 1;
    expect(selected.has(volumeLine)).toBe(true);
    const frontLine = lines.indexOf('  front:') + 1;
    expect(selected.has(frontLine)).toBe(false);
    expect(linesForService(file, COMPOSE_APP, 'web').has(frontLine)).toBe(true);
  });
});

describe('graph', () => {
  it('has an edge for every port, network, named volume and dependency', () => {
    const all = edges(COMPOSE_APP);
    expect(all.filter((e) => e.kind === 'port').map((e) => e.label)).toEqual([
      '8080→3000',
      '8081→8080',
    ]);
    expect(all.filter((e) => e.kind === 'network')).toHaveLength(5);
    expect(all.filter((e) => e.kind === 'volume')).toHaveLength(1);
    expect(all.filter((e) => e.kind === 'depends').map((e) => e.id)).toEqual([
      'dep-web-db',
      'dep-web-cache',
      'dep-adminer-db',
    ]);
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
  });

  it('knows which edges touch a service and who can reach whom', () => {
    const dep = edges(COMPOSE_APP).find((e) => e.id === 'dep-web-db')!;
    expect(edgeTouches(dep, 'web')).toBe(true);
    expect(edgeTouches(dep, 'db')).toBe(true);
    expect(edgeTouches(dep, 'cache')).toBe(false);
    expect(reachable(COMPOSE_APP, 'web')).toEqual(['db', 'cache', 'adminer']);
    expect(reachable(COMPOSE_APP, 'db')).toEqual(['web', 'cache', 'adminer']);
  });

  it('describes a service in Korean', () => {
    const text = describeService(COMPOSE_APP, 'web', {start: 4, end: 29});
    expect(text).toContain('localhost:8080→3000');
    expect(text).toContain('db가 healthy가 된 뒤');
    expect(text).toContain('4–29행');
    expect(describeService(COMPOSE_APP, 'adminer')).toContain('프로필 debug');
    expect(describeService(COMPOSE_APP, 'nope')).toBe('');
  });
});
