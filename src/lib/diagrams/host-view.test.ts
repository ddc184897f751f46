import {describe, expect, it} from 'vitest';
import {hostChanges, hostModel, parsePort, type HostContainer, type HostInput} from './host-view';

const container = (over: Partial<HostContainer> & Pick<HostContainer, 'id' | 'name'>) => ({
  image: 'nginx',
  state: 'running' as const,
  exitCode: 0,
  ports: [],
  networks: ['bridge'],
  volumes: [],
  ...over,
});

const base: HostInput = {
  images: [
    {id: 'a', reference: 'nginx:latest'},
    {id: 'b', reference: 'redis:8-alpine'},
  ],
  containers: [
    container({id: '1', name: 'web', ports: ['0.0.0.0:8080->80/tcp', '[::]:8080->80/tcp']}),
    container({
      id: '2',
      name: 'cache',
      image: 'redis:8-alpine',
      networks: ['appnet'],
      volumes: ['cache-data'],
    }),
  ],
  volumes: [{name: 'cache-data'}, {name: 'spare'}],
  networks: [
    {name: 'bridge', driver: 'bridge'},
    {name: 'host', driver: 'host'},
    {name: 'none', driver: 'null'},
    {name: 'appnet', driver: 'bridge'},
  ],
};

describe('host model', () => {
  it('reads published ports as docker ps prints them, and ignores ports only exposed', () => {
    expect(parsePort('0.0.0.0:8080->80/tcp')).toEqual({hostPort: '8080', containerPort: '80/tcp'});
    expect(parsePort('[::]:8080->80/tcp')).toEqual({hostPort: '8080', containerPort: '80/tcp'});
    expect(parsePort('127.0.0.1:5432->5432/tcp')?.hostPort).toBe('5432');
    expect(parsePort('6379/tcp')).toBeNull();
  });

  it('draws one arrow per published port even when IPv4 and IPv6 both bind it', () => {
    expect(hostModel(base).ports).toEqual([
      {hostPort: '8080', container: 'web', containerPort: '80/tcp'},
    ]);
  });

  it('groups containers by network and ties volumes and images to their containers', () => {
    const model = hostModel(base);
    const members = Object.fromEntries(
      model.networks.map((n) => [n.name, n.members.map((c) => c.name)]),
    );
    expect(members).toEqual({bridge: ['web'], host: [], none: [], appnet: ['cache']});
    expect(model.volumes).toEqual([
      {name: 'cache-data', usedBy: ['cache']},
      {name: 'spare', usedBy: []},
    ]);
    // `nginx` means `nginx:latest`.
    expect(model.images).toEqual([
      {reference: 'nginx:latest', usedBy: ['web']},
      {reference: 'redis:8-alpine', usedBy: ['cache']},
    ]);
  });
});

describe('host changes', () => {
  it('marks nothing when the picture is the same', () => {
    expect(hostChanges(base, base).summary).toBe('');
    expect(hostChanges(base, {...base}).marks.size).toBe(0);
  });

  it('marks what a command added, changed and removed, and says it in one sentence', () => {
    const after: HostInput = {
      ...base,
      containers: [
        container({id: '1', name: 'web', state: 'exited', exitCode: 0}),
        container({id: '3', name: 'db', image: 'postgres:18', volumes: ['pgdata']}),
      ],
      volumes: [...base.volumes, {name: 'pgdata'}],
    };
    const changes = hostChanges(base, after);
    expect(Object.fromEntries(changes.marks)).toEqual({
      'container:1': 'changed',
      'container:3': 'added',
      'volume:pgdata': 'added',
    });
    expect(changes.removed).toEqual(['컨테이너 cache']);
    expect(changes.summary).toBe(
      '마지막 명령으로 바뀐 것: 컨테이너 web 바뀜, 컨테이너 db 생김, 볼륨 pgdata 생김, 컨테이너 cache 사라짐',
    );
  });

  it('sees a network joined as a change of the container', () => {
    const after: HostInput = {
      ...base,
      containers: [{...base.containers[0]!, networks: ['bridge', 'appnet']}, base.containers[1]!],
    };
    expect(Object.fromEntries(hostChanges(base, after).marks)).toEqual({'container:1': 'changed'});
  });
});
