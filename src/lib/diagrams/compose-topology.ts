/**
 * Data and pure helpers for the ComposeTopology diagram: which services,
 * networks, volumes and published ports examples/compose-app/compose.yaml
 * creates, and which lines of the file belong to which service.
 *
 * The graph is typed data (so the page ships no YAML parser); a unit test
 * parses the real compose.yaml and checks this data matches it.
 */

export interface PortMapping {
  /** Host side as written, e.g. "${WEB_PORT:-8080}" resolved to its default. */
  readonly host: string;
  readonly container: string;
}

export interface Mount {
  readonly source: string;
  readonly target: string;
  readonly kind: 'volume' | 'bind';
}

export interface Dependency {
  readonly service: string;
  readonly condition: 'service_started' | 'service_healthy' | 'service_completed_successfully';
}

export interface ServiceNode {
  readonly name: string;
  /** "build: ./web" or the image reference. */
  readonly source: string;
  readonly ports: readonly PortMapping[];
  readonly networks: readonly string[];
  readonly mounts: readonly Mount[];
  readonly dependsOn: readonly Dependency[];
  readonly healthcheck: boolean;
  readonly profiles: readonly string[];
  readonly role: string;
}

export interface Topology {
  readonly project: string;
  readonly services: readonly ServiceNode[];
  readonly networks: readonly string[];
  readonly volumes: readonly string[];
}

export const COMPOSE_APP: Topology = {
  project: 'compose-app',
  services: [
    {
      name: 'web',
      source: 'build: ./web',
      ports: [{host: '8080', container: '3000'}],
      networks: ['front', 'back'],
      mounts: [],
      dependsOn: [
        {service: 'db', condition: 'service_healthy'},
        {service: 'cache', condition: 'service_healthy'},
      ],
      healthcheck: false,
      profiles: [],
      role: 'Node.js 방명록 웹 앱',
    },
    {
      name: 'db',
      source: 'postgres:17-alpine',
      ports: [],
      networks: ['back'],
      mounts: [
        {source: 'db-data', target: '/var/lib/postgresql/data', kind: 'volume'},
        {source: './db/init.sql', target: '/docker-entrypoint-initdb.d/init.sql', kind: 'bind'},
      ],
      dependsOn: [],
      healthcheck: true,
      profiles: [],
      role: 'PostgreSQL 데이터베이스',
    },
    {
      name: 'cache',
      source: 'redis:8-alpine',
      ports: [],
      networks: ['back'],
      mounts: [],
      dependsOn: [],
      healthcheck: true,
      profiles: [],
      role: 'Redis 캐시 (방문 수)',
    },
    {
      name: 'adminer',
      source: 'adminer:5',
      ports: [{host: '8081', container: '8080'}],
      networks: ['back'],
      mounts: [],
      dependsOn: [{service: 'db', condition: 'service_started'}],
      healthcheck: false,
      profiles: ['debug'],
      role: '데이터베이스 관리 화면 (debug 프로필)',
    },
  ],
  networks: ['front', 'back'],
  volumes: ['db-data'],
};

export interface LineRange {
  /** 1-based, inclusive. */
  readonly start: number;
  readonly end: number;
}

const indentOf = (line: string) => line.length - line.trimStart().length;
const isContent = (line: string) => line.trim() !== '' && !line.trim().startsWith('#');

/**
 * Line ranges of the entries under a top-level key (e.g. "services"),
 * found by indentation: each child key at the first indentation level starts
 * an entry that runs until the next child key or the next top-level key.
 * Trailing blank lines are not part of an entry.
 */
export function childRanges(text: string, topKey: string): Map<string, LineRange> {
  const lines = text.split('\n');
  const result = new Map<string, LineRange>();
  const top = lines.findIndex((l) => l === `${topKey}:` || l.startsWith(`${topKey}:`));
  if (top < 0) return result;
  let childIndent = -1;
  let current: {name: string; start: number; end: number} | null = null;
  const close = () => {
    if (current) result.set(current.name, {start: current.start + 1, end: current.end + 1});
  };
  for (let i = top + 1; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (!isContent(line)) continue;
    const indent = indentOf(line);
    if (indent === 0) break;
    if (childIndent < 0) childIndent = indent;
    if (indent === childIndent) {
      close();
      current = {name: line.trim().replace(/:.*$/, ''), start: i, end: i};
    } else if (current) {
      current.end = i;
    }
  }
  close();
  return result;
}

/** The set of 1-based line numbers to highlight when `service` is selected. */
export function linesForService(text: string, topology: Topology, service: string): Set<number> {
  const out = new Set<number>();
  const add = (range: LineRange | undefined) => {
    if (!range) return;
    for (let n = range.start; n <= range.end; n += 1) out.add(n);
  };
  add(childRanges(text, 'services').get(service));
  const node = topology.services.find((s) => s.name === service);
  if (!node) return out;
  const networks = childRanges(text, 'networks');
  for (const n of node.networks) add(networks.get(n));
  const volumes = childRanges(text, 'volumes');
  for (const m of node.mounts) if (m.kind === 'volume') add(volumes.get(m.source));
  return out;
}

export interface Edge {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly kind: 'port' | 'network' | 'volume' | 'depends';
  readonly label?: string;
}

/** Every edge of the graph: host port → service, service → network/volume, service → dependency. */
export function edges(topology: Topology): Edge[] {
  const out: Edge[] = [];
  for (const s of topology.services) {
    for (const p of s.ports)
      out.push({
        id: `port-${p.host}-${s.name}`,
        from: `port:${p.host}`,
        to: `service:${s.name}`,
        kind: 'port',
        label: `${p.host}→${p.container}`,
      });
    for (const n of s.networks)
      out.push({
        id: `net-${s.name}-${n}`,
        from: `service:${s.name}`,
        to: `network:${n}`,
        kind: 'network',
      });
    for (const m of s.mounts) {
      if (m.kind === 'volume')
        out.push({
          id: `vol-${s.name}-${m.source}`,
          from: `service:${s.name}`,
          to: `volume:${m.source}`,
          kind: 'volume',
          label: m.target,
        });
    }
    for (const d of s.dependsOn)
      out.push({
        id: `dep-${s.name}-${d.service}`,
        from: `service:${s.name}`,
        to: `service:${d.service}`,
        kind: 'depends',
        label: d.condition,
      });
  }
  return out;
}

/** Does the edge touch the selected service? */
export function edgeTouches(edge: Edge, service: string): boolean {
  return edge.from === `service:${service}` || edge.to === `service:${service}`;
}

/** Services that can talk to each other: they share at least one network. */
export function reachable(topology: Topology, service: string): string[] {
  const node = topology.services.find((s) => s.name === service);
  if (!node) return [];
  return topology.services
    .filter((s) => s.name !== service && s.networks.some((n) => node.networks.includes(n)))
    .map((s) => s.name);
}

const CONDITION_KO: Readonly<Record<Dependency['condition'], string>> = {
  service_started: '시작된 뒤',
  service_healthy: 'healthy가 된 뒤',
  service_completed_successfully: '성공적으로 끝난 뒤',
};

/** A Korean sentence describing a service, for the live region and the no-JS text. */
export function describeService(topology: Topology, service: string, range?: LineRange): string {
  const s = topology.services.find((x) => x.name === service);
  if (!s) return '';
  const parts = [`${s.name}: ${s.role}`, s.source];
  if (range) parts.push(`파일 ${range.start}–${range.end}행`);
  parts.push(
    s.ports.length
      ? `포트 ${s.ports.map((p) => `localhost:${p.host}→${p.container}`).join(', ')}`
      : '게시한 포트 없음',
  );
  parts.push(`네트워크 ${s.networks.join(', ')}`);
  const volumes = s.mounts.filter((m) => m.kind === 'volume');
  if (volumes.length)
    parts.push(`볼륨 ${volumes.map((m) => `${m.source}→${m.target}`).join(', ')}`);
  if (s.dependsOn.length)
    parts.push(
      `${s.dependsOn.map((d) => `${d.service}가 ${CONDITION_KO[d.condition]}`).join(', ')} 시작`,
    );
  if (s.healthcheck) parts.push('헬스체크 있음');
  if (s.profiles.length) parts.push(`프로필 ${s.profiles.join(', ')}을 켤 때만 실행`);
  parts.push(
    `같은 네트워크에서 이름으로 접속 가능: ${reachable(topology, service).join(', ') || '없음'}`,
  );
  return parts.join(' · ');
}
