import {describe, expect, it} from 'vitest';
import {createSession, type ScreenOutput} from './simulatorSession';

const NOW = Date.parse('2026-11-23T10:00:00Z');

function newSession(commands: readonly string[] = [], engineState?: string) {
  let t = NOW;
  return createSession({seed: 3, commands, engineState, now: () => (t += 1000)});
}

const printed = (output: ScreenOutput): string => output.chunks.map((chunk) => chunk.text).join('');

describe('what the screen shows after a command', () => {
  it('clears the screen on clear and prints nothing', () => {
    const output = newSession().run('clear');
    expect(output.clear).toBe(true);
    expect(printed(output)).toBe('');
  });

  it('keeps only what follows a clear-screen in the middle of the output', () => {
    const output = newSession().run("printf 'old\\033cnew\\n'");
    expect(output.clear).toBe(true);
    expect(printed(output)).toBe('new\n');
  });

  it('forgets what an earlier command of the line printed before the clear-screen', () => {
    const output = newSession().run('docker rm nosuch; clear; echo after');
    expect(output.clear).toBe(true);
    expect(output.chunks.filter((chunk) => chunk.text !== '')).toEqual([
      {stream: 'stdout', text: 'after\n'},
    ]);
  });

  it('drops other escape sequences', () => {
    const output = newSession().run("printf '\\033[31mred\\033[0m\\n'");
    expect(output.clear).toBe(false);
    expect(printed(output)).toBe('red\n');
  });

  it('keeps both streams in terminal order with the exit code', () => {
    const output = newSession().run('docker rm nosuch');
    expect(output.exitCode).toBe(1);
    expect(output.chunks).toEqual([
      {stream: 'stderr', text: expect.stringContaining('No such container: nosuch')},
    ]);
  });
});

describe('the panel rows', () => {
  it("show one row per image tag, ports as docker ps prints them, and the engine's volumes", () => {
    const session = newSession([
      'docker pull nginx',
      'docker tag nginx web:1',
      'docker run -d --name web -p 8080:80 nginx',
      'docker run --name hi hello-world',
      'docker volume create data',
    ]);
    const panel = session.panel();
    const snapshot = session.engine.snapshot();
    const nginx = snapshot.images.find((image) => image.repoTags.includes('nginx:latest'))!;
    expect(panel.images.filter((image) => image.id === nginx.id)).toEqual([
      {id: nginx.id, shortId: nginx.shortId, reference: 'nginx:latest', size: nginx.sizeText},
      {id: nginx.id, shortId: nginx.shortId, reference: 'web:1', size: nginx.sizeText},
    ]);
    expect(panel.containers.find((container) => container.name === 'web')).toMatchObject({
      image: 'nginx',
      state: 'running',
      ports: snapshot.containers
        .find((container) => container.name === 'web')!
        .portsText.split(', '),
    });
    expect(panel.containers.find((container) => container.name === 'web')!.ports).toContain(
      '0.0.0.0:8080->80/tcp',
    );
    expect(panel.containers.find((container) => container.name === 'hi')).toMatchObject({
      state: 'exited',
      exitCode: 0,
      ports: [],
    });
    expect(panel.volumes).toEqual([{name: 'data', driver: 'local'}]);
  });

  it('show an untagged image as <none>:<none>', () => {
    // A running container keeps its image; `rmi -f` only takes the tag away.
    const session = newSession(['docker run -d --name web nginx', 'docker rmi -f nginx']);
    expect(session.panel().images.map((image) => image.reference)).toEqual(['<none>:<none>']);
  });
});

describe('opening a stored session', () => {
  it('restores a serialized engine without replaying', () => {
    const first = newSession(['docker run -d --name web nginx']);
    const restored = newSession([], first.engine.serialize());
    expect(restored.panel().containers.map((container) => container.name)).toEqual(['web']);
    expect(restored.engine.state.history).toEqual(['docker run -d --name web nginx']);
  });

  it('replays the typed lines when the stored state does not restore', () => {
    for (const broken of ['{not json', '{"version":2}', JSON.stringify({version: 1})]) {
      const session = newSession(['docker run -d --name web nginx'], broken);
      expect(session.panel().containers.map((container) => container.name)).toEqual(['web']);
    }
  });

  it('replays the typed lines when the stored state is broken below its outer shape', () => {
    const state = JSON.parse(newSession().engine.serialize()) as Record<string, unknown>;
    delete state.history;
    const session = newSession(['docker run -d --name web nginx'], JSON.stringify(state));
    expect(session.panel().containers.map((container) => container.name)).toEqual(['web']);
  });
});

describe('commands of several lines', () => {
  it('says when a line waits for more, and cancel drops the lines typed so far', () => {
    const session = newSession();
    expect(session.run('for n in 1 2').pending).toBe(true);
    expect(session.run('do echo $n').pending).toBe(true);
    expect(session.pending()).toBe(true);
    expect(session.engine.prompt()).toBe('> ');
    expect(session.cancel()).toBe(2);
    expect(session.pending()).toBe(false);
    expect(session.cancel()).toBe(0);
    const done = session.run('echo ok');
    expect(done.pending).toBe(false);
    expect(printed(done)).toBe('ok\n');
  });

  it('replays typed lines of a here-document and reopens at the shell prompt', () => {
    const session = newSession(['cat > note <<EOF', 'hi', '', 'EOF', 'if true']);
    expect(session.engine.prompt()).toBe('user@playground:~$ ');
    expect(session.pending()).toBe(false);
    expect(printed(session.run('cat note'))).toBe('hi\n\n');
  });
});
