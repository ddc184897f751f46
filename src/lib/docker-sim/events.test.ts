import {describe, expect, it} from 'vitest';
import {EVENTS_LIMIT} from './events';
import {getTimestamp, goDurationMs, includesEvent} from './commands/events';
import {createEngine} from './engine';
import {T0, testEngine} from './test-helpers';

const SINCE = '--since 1h --until 0s';
const lines = (text: string): string[] => text.split('\n').filter(Boolean);
/** `TYPE ACTION` of each pretty-printed event line. */
const actions = (text: string): string[] =>
  lines(text).map((l) => l.split(' ').slice(1, 3).join(' '));

describe('docker events: the event log', () => {
  it('logs a container run, stop and rm as moby emits them, in order', () => {
    const e = testEngine();
    e.run('docker run -d --name web nginx');
    e.run('docker stop web');
    e.run('docker rm web');
    const r = e.run(`docker events ${SINCE}`);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    expect(actions(r.stdout)).toEqual([
      'image pull',
      'container create',
      'network connect',
      'container start',
      'container kill',
      'network disconnect',
      'container die',
      'container stop',
      'container destroy',
    ]);
    const c = lines(r.stdout);
    expect(c[0]).toMatch(/ image pull nginx:latest \(name=nginx\)$/);
    expect(c[1]).toMatch(/ container create [0-9a-f]{64} \(image=nginx, name=web\)$/);
    expect(c[2]).toMatch(
      / network connect [0-9a-f]{64} \(container=[0-9a-f]{64}, name=bridge, type=bridge\)$/,
    );
    // nginx's STOPSIGNAL is SIGQUIT (3), which ends it cleanly: no SIGKILL follows.
    expect(c[4]).toMatch(/ \(image=nginx, name=web, signal=3\)$/);
    expect(c[6]).toMatch(/ \(execDuration=\d+, exitCode=0, image=nginx, name=web\)$/);
  });

  it('prints each line as prettyPrintEvent does: fixed nanoseconds, sorted attributes', () => {
    let t = T0;
    const e = createEngine({seed: 3, now: () => t});
    e.run('docker volume create data');
    t += 5000;
    const r = e.run(`docker events --since ${new Date(T0).toISOString()} --until 0s`);
    expect(r.stdout).toBe('2026-11-23T10:00:00.000000000Z volume create data (driver=local)\n');
  });

  it('shows nothing from the past without --since/--until and says the real one waits', () => {
    const e = testEngine();
    e.run('docker run hello-world');
    const r = e.run('docker events');
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^플레이그라운드 안내: 실제 docker events는 새 이벤트를 기다리며/);
    expect(r.exitCode).toBe(0);
    // --since without --until: the past events, then the same note.
    const since = e.run('docker events --since 1h');
    expect(actions(since.stdout)).toContain('container die');
    expect(since.stderr).toContain('플레이그라운드 안내: ');
  });

  it('filters by type, event, container, image and label as daemon/events/filter.go does', () => {
    const e = testEngine();
    e.run('docker run -d --name web --label tier=front nginx');
    e.run('docker run -d --name db -e POSTGRES_PASSWORD=pw postgres');
    e.run('docker stop web');
    const only = (f: string): string[] => actions(e.run(`docker events ${SINCE} ${f}`).stdout);
    expect(only('--filter type=network')).toEqual([
      'network connect',
      'network connect',
      'network disconnect',
    ]);
    expect(only('-f event=die')).toEqual(['container die']);
    expect(only('-f container=web')).toEqual([
      'container create',
      'container start',
      'container kill',
      'container die',
      'container stop',
    ]);
    expect(only('-f image=postgres -f type=image')).toEqual(['image pull']);
    expect(only('-f label=tier=front -f event=start')).toEqual(['container start']);
    expect(only('-f label=tier=back')).toEqual([]);
  });

  it('formats with --format templates and json (events.Message, Go field order)', () => {
    const e = testEngine();
    e.run('docker network create appnet');
    const name = e.run(
      `docker events ${SINCE} --format '{{.Type}} {{.Action}} {{.Actor.Attributes.name}}'`,
    );
    expect(name.stdout).toBe('network create appnet\n');
    const json = e.run(`docker events ${SINCE} --format json`).stdout;
    const id = e.state.networks.find((n) => n.name === 'appnet')!.id;
    expect(json).toMatch(
      new RegExp(
        `^\\{"Type":"network","Action":"create","Actor":\\{"ID":"${id}","Attributes":\\{"name":"appnet","type":"bridge"\\}\\},"scope":"local","time":(\\d+),"timeNano":\\1\\d{9}\\}\\n$`,
      ),
    );
    expect(e.run(`docker events ${SINCE} --format '{{json .}}'`).stdout).toBe(json);
    const missing = e.run(`docker events ${SINCE} --format '{{.Actor.Attributes.nope}}'`);
    expect(missing.stdout).toBe('<no value>\n');
  });

  it('rejects a bad template with status 64, a bad filter and bad times like docker/cli', () => {
    const e = testEngine();
    const bad = e.run("docker events --format '{{.Status}}'");
    expect(bad).toMatchObject({
      stdout: '',
      stderr:
        'Error parsing format: template: :1:2: executing "" at <.Status>: can\'t evaluate field Status in type *events.Message\n',
      exitCode: 64,
    });
    const filter = e.run('docker events --filter nonsense');
    expect(filter.stderr).toMatch(
      /^invalid argument "nonsense" for "-f, --filter" flag: bad format of filter \(expected name=value\)\n/,
    );
    expect(filter.exitCode).toBe(125);
    expect(e.run('docker events --since yesterday')).toMatchObject({
      stderr: 'failed to parse value as time or duration: "yesterday"\n',
      exitCode: 1,
    });
    const order = e.run('docker events --since 1m --until 2h');
    expect(order.stderr).toMatch(
      /^Error response from daemon: `since` time \(\d+\) cannot be after `until` time \(\d+\)\n$/,
    );
    expect(order.exitCode).toBe(1);
  });

  it('logs exec, rename, pause, kill, volumes, image tag/untag/delete', () => {
    const e = testEngine();
    e.run('docker run -d --name aa -v data:/data alpine sleep 100');
    e.run('docker exec aa ls /data');
    e.run('docker rename aa bb');
    e.run('docker pause bb');
    e.run('docker unpause bb');
    e.run('docker kill bb');
    e.run('docker rm bb');
    e.run('docker volume rm data');
    e.run('docker tag alpine mine:1');
    e.run('docker rmi mine:1');
    e.run('docker rmi alpine');
    const out = e.run(`docker events ${SINCE}`).stdout;
    expect(actions(out)).toEqual([
      'image pull',
      'volume create',
      'container create',
      'network connect',
      'volume mount',
      'container start',
      'container exec_create:',
      'container exec_start:',
      'container exec_die',
      'container rename',
      'container pause',
      'container unpause',
      'container kill',
      'network disconnect',
      'container die',
      'container destroy',
      'volume destroy',
      'image tag',
      'image untag',
      'image untag',
      'image delete',
    ]);
    expect(out).toMatch(
      / container exec_create: ls \/data [0-9a-f]{64} \(execID=[0-9a-f]{64}, image=alpine, name=aa\)\n/,
    );
    expect(out).toMatch(
      / volume mount data \(container=[0-9a-f]{64}, destination=\/data, driver=local, propagation=, read\/write=true\)\n/,
    );
    expect(out).toMatch(/ container rename [0-9a-f]{64} \(image=alpine, name=bb, oldName=\/aa\)\n/);
    expect(out).toMatch(/ container kill [0-9a-f]{64} \(image=alpine, name=bb, signal=9\)\n/);
    expect(out).toMatch(/ image tag sha256:[0-9a-f]{64} \(name=mine:1\)\n/);
    expect(out).toMatch(/ image delete (sha256:[0-9a-f]{64}) \(name=\1\)\n/);
  });

  it('logs `oom` before the `die` of a process the OOM killer ended', () => {
    const e = testEngine();
    e.run('docker run --name hog -m 32m python:3.13 python -c "b = bytearray(200 * 1024 * 1024)"');
    const out = e.run(`docker events ${SINCE} -f container=hog`).stdout;
    expect(actions(out).slice(-2)).toEqual(['container oom', 'container die']);
    expect(out).toMatch(/ container die [0-9a-f]{64} \(execDuration=0, exitCode=137, /);
  });

  it('keeps the last 256 events only, and none in a saved session', () => {
    const e = testEngine();
    for (let i = 0; i < 150; i++) {
      e.run(`docker volume create v${i}`);
      e.run(`docker volume rm v${i}`);
    }
    expect(e.state.events).toHaveLength(EVENTS_LIMIT);
    expect(e.state.events![0]).toMatchObject({action: 'create', id: 'v22'});
    const saved = e.serialize();
    expect(saved).not.toContain('"events"');
    const restored = createEngine({state: saved});
    expect(restored.run(`docker events ${SINCE}`).stdout).toBe('');
  });

  it('answers `docker system events` the same way', () => {
    const e = testEngine();
    e.run('docker volume create data');
    expect(actions(e.run(`docker system events ${SINCE}`).stdout)).toEqual(['volume create']);
  });
});

describe('docker events: client-side times and filters', () => {
  it('parses Go durations as time.ParseDuration does', () => {
    expect(goDurationMs('10m')).toBe(600_000);
    expect(goDurationMs('1h30m')).toBe(5_400_000);
    expect(goDurationMs('1.5s')).toBe(1500);
    expect(goDurationMs('-2s')).toBe(-2000);
    expect(goDurationMs('300ms')).toBe(300);
    expect(goDurationMs('10')).toBeNull();
    expect(goDurationMs('m')).toBeNull();
  });

  it('turns --since values into the query GetTimestamp sends', () => {
    const now = Date.parse('2026-11-23T10:00:00.500Z');
    expect(getTimestamp('10m', now)).toEqual({query: String(now / 1000 - 600 - 0.5)});
    expect(getTimestamp('2026-11-23T09:00:00Z', now)).toEqual({query: '1795424400.000000000'});
    expect(getTimestamp('2026-11-23', now)).toEqual({query: '1795392000.000000000'});
    expect(getTimestamp('2026-11-23T09:00:00.25+01:00', now)).toEqual({
      query: '1795420800.250000000',
    });
    expect(getTimestamp('1795420800', now)).toEqual({query: '1795420800'});
    expect(getTimestamp('0', now)).toEqual({query: '0'});
    expect(getTimestamp('soon', now)).toEqual({
      error: 'failed to parse value as time or duration: "soon"',
    });
  });

  it('matches container names and ids by prefix, other events drop out of a container filter', () => {
    const ev = {
      type: 'container' as const,
      action: 'start',
      id: 'abc123',
      attributes: {name: 'web', image: 'nginx:1.27'},
      time: 0,
    };
    const f = (pairs: [string, string][]): Map<string, string[]> =>
      new Map(pairs.map(([k, v]) => [k, [v]]));
    expect(includesEvent(f([['container', 'we']]), ev)).toBe(true);
    expect(includesEvent(f([['container', 'abc']]), ev)).toBe(true);
    expect(includesEvent(f([['image', 'nginx']]), ev)).toBe(true);
    expect(includesEvent(f([['image', 'nginx:1.27']]), ev)).toBe(true);
    expect(includesEvent(f([['network', 'bridge']]), ev)).toBe(false);
    expect(includesEvent(f([['event', 'exec_start']]), {...ev, action: 'exec_start: sh '})).toBe(
      true,
    );
  });
});
