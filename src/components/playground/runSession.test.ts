// @vitest-environment jsdom
import {describe, expect, it, vi} from 'vitest';
import {RunSession} from './runSession';
import {loadEngine, type EngineModule} from './loadEngine';
import {planRun} from '@site/src/lib/playground/catchUp';

/** The real engine, except that the line `boom` throws inside it. */
async function engineThatThrowsOnBoom(): Promise<EngineModule> {
  const real = await loadEngine();
  return {
    ...real,
    createSession: (options) => {
      const session = real.createSession(options);
      return {
        engine: session.engine,
        engineVersion: session.engineVersion,
        panel: () => session.panel(),
        pending: () => session.pending(),
        awaiting: () => session.awaiting(),
        cancel: () => session.cancel(),
        run: (line) => {
          if (line === 'boom') throw new Error('engine failure');
          return session.run(line);
        },
      };
    },
  };
}

describe('RunSession', () => {
  it('frees the command line and runs the next block after a run that failed', async () => {
    const session = new RunSession(await engineThatThrowsOnBoom(), 'dg-playground:run:v1:test');
    const blocks = [['docker ps'], ['boom']];
    await expect(session.play((ran) => planRun(blocks, 1, ran), true)).rejects.toThrow(
      'engine failure',
    );
    expect(session.getView().busy).toBe(false);
    await session.play((ran) => planRun(blocks, 0, ran), true);
    expect(session.getView().status).toBe('명령 1개를 실행했습니다.');
    expect(session.getView().transcript.some((entry) => entry.text === 'docker ps')).toBe(true);
  });

  it('types a here-document line by line after > prompts, blank lines included', async () => {
    const session = new RunSession(await loadEngine(), 'dg-playground:run:v1:heredoc');
    session.type('cat > note <<EOF\nfirst\n\nlast\nEOF');
    const echoed = session
      .getView()
      .transcript.filter((entry) => entry.kind === 'input')
      .map((entry) => `${entry.prompt}${entry.text}`);
    expect(echoed).toEqual([
      'user@playground:~$ cat > note <<EOF',
      '> first',
      '> ',
      '> last',
      '> EOF',
    ]);
    session.type('cat note');
    expect(session.getView().transcript.at(-1)).toEqual({kind: 'stdout', text: 'first\n\nlast'});
  });

  it('marks each echoed line with the exit code of the command it finished', async () => {
    const session = new RunSession(await loadEngine(), 'dg-playground:run:v1:exit-codes');
    session.type('cat > note <<EOF\nhi\nEOF');
    session.type('cat missing');
    session.type('docker container prune');
    session.type('y');
    const echoed = session
      .getView()
      .transcript.filter((entry) => entry.kind === 'input')
      .map((entry) => [entry.text, entry.exitCode]);
    expect(echoed).toEqual([
      // A here-document's first lines wait for more: only its last line finishes it.
      ['cat > note <<EOF', undefined],
      ['hi', undefined],
      ['EOF', 0],
      ['cat missing', 1],
      // A question waits for its answer, and the answer's line finishes the command.
      ['docker container prune', undefined],
      ['y', 0],
    ]);
  });

  it('leaves a container shell where a reader would, typed and quietly alike', async () => {
    const session = new RunSession(await loadEngine(), 'dg-playground:run:v1:shells');
    const blocks = [
      ['docker run -d --name web nginx', 'docker run -it --rm alpine sh', 'docker ps -q'],
      ['docker exec -it web sh'],
      ['ls /usr/share/nginx/html'],
      ['docker stop web'],
    ];
    await session.play((ran) => planRun(blocks, 0, ran), true);
    const echoed = () =>
      session
        .getView()
        .transcript.filter((entry) => entry.kind === 'input')
        .map((entry) => `${entry.prompt}${entry.text} -> ${entry.exitCode}`);
    // The block lists separate commands: the shell its second line opened is left first.
    expect(echoed().slice(-2)).toEqual([
      expect.stringMatching(/^root@\w+:\/# exit -> 0$/),
      'user@playground:~$ docker ps -q -> 0',
    ]);
    // A block of lines for inside goes into the shell the block before opened; a docker line
    // leaves it.
    await session.play((ran) => planRun(blocks, 1, ran), true);
    await session.play((ran) => planRun(blocks, 2, ran), true);
    expect(echoed().at(-1)).toMatch(/^root@\w+:\/# ls \/usr\/share\/nginx\/html -> 0$/);
    await session.play((ran) => planRun(blocks, 3, ran), true);
    expect(echoed().slice(-2)).toEqual([
      expect.stringMatching(/# exit -> 0$/),
      'user@playground:~$ docker stop web -> 0',
    ]);
    // Caught up quietly, the same: the third line ran on the host.
    const quiet = new RunSession(await loadEngine(), 'dg-playground:run:v1:shells-quiet');
    await quiet.play((ran) => planRun(blocks, 1, ran), true);
    expect(quiet.getView().prompt).toMatch(/^root@/);
    expect(quiet.getView().transcript.filter((entry) => entry.kind === 'input')).toHaveLength(1);
  });

  it("starts from the chapter's start state, and again after 초기화", async () => {
    const key = 'dg-playground:run:v1:start-state';
    const start = {setup: ['docker volume create pgdata'], cwd: 'examples'};
    const session = new RunSession(await loadEngine(), key, start);
    const notes = () => session.getView().transcript.filter((entry) => entry.kind === 'info');
    expect(notes().at(-1)?.text).toBe(
      '이 장은 앞 장에서 만든 상태에서 시작합니다. 그 명령 2개를 먼저 조용히 실행했습니다.',
    );
    expect(session.getView().prompt).toBe('user@playground:~/examples$ ');
    expect(session.getView().panel.volumes.map((volume) => volume.name)).toEqual(['pgdata']);
    session.type('docker volume rm pgdata');
    session.reset();
    expect(session.getView().panel.volumes.map((volume) => volume.name)).toEqual(['pgdata']);
    expect(session.getView().prompt).toBe('user@playground:~/examples$ ');
    // A session saved with the start state comes back with it.
    session.type('ls');
    const reopened = new RunSession(await loadEngine(), key, start);
    expect(reopened.getView().panel.volumes).toHaveLength(1);
    window.localStorage.removeItem(key);
  });

  it('forgets an unfinished command on Ctrl+C, also after a reload', async () => {
    const engine = await loadEngine();
    const key = 'dg-playground:run:v1:interrupt';
    const session = new RunSession(engine, key);
    session.type('for n in 1 2');
    expect(session.getView().prompt).toBe('> ');
    session.interrupt();
    expect(session.getView().prompt).toBe('user@playground:~$ ');
    session.type('echo $((6 * 7))');
    expect(session.getView().transcript.at(-1)).toEqual({kind: 'stdout', text: '42'});
    const reloaded = new RunSession(engine, key);
    expect(reloaded.getView().prompt).toBe('user@playground:~$ ');
  });

  it('waits for the reader to answer a question before typing the next line of the block', async () => {
    const session = new RunSession(await loadEngine(), 'dg-playground:run:v1:questions');
    const blocks = [['docker run hello-world'], ['docker container prune', 'docker ps -a -q']];
    const playing = session.play((ran) => planRun(blocks, 1, ran), true);
    await vi.waitFor(() =>
      expect(session.getView().prompt).toBe('Are you sure you want to continue? [y/N] '),
    );
    // The earlier block ran quietly; the command line is free for the answer.
    expect(session.getView().busy).toBe(false);
    expect(session.getView().transcript.some((e) => e.text === 'docker ps -a -q')).toBe(false);
    session.type('y');
    await playing;
    const echoed = session
      .getView()
      .transcript.filter((entry) => entry.kind === 'input')
      .map((entry) => `${entry.prompt}${entry.text}`);
    expect(echoed.slice(-3)).toEqual([
      'user@playground:~$ docker container prune',
      'Are you sure you want to continue? [y/N] y',
      'user@playground:~$ docker ps -a -q',
    ]);
    expect(session.getView().history).not.toContain('y');
  });

  it('answers y/N questions of earlier blocks quietly and never makes up a password', async () => {
    const session = new RunSession(await loadEngine(), 'dg-playground:run:v1:quiet');
    const blocks = [
      ['docker run hello-world'],
      ['docker container prune'],
      ['docker login -u kim'],
      ['docker ps -a'],
    ];
    await session.play((ran) => planRun(blocks, 3, ran), true);
    expect(session.getView().prompt).toBe('user@playground:~$ ');
    expect(session.getView().transcript.at(-1)?.text ?? '').not.toMatch(/hello-world/);
    // The login's password question was dropped, so nobody is logged in.
    const stored = JSON.parse(
      window.localStorage.getItem('dg-playground:run:v1:quiet') ?? '{}',
    ) as {
      engineState?: string;
    };
    expect((JSON.parse(stored.engineState ?? '{}') as {auth?: object}).auth).toEqual({});
  });

  it('tells the reader once that a session from an older engine goes on renewed', async () => {
    const engine = await loadEngine();
    const key = 'dg-playground:run:v1:test/renewal';
    window.localStorage.setItem(
      key,
      JSON.stringify({version: 1, seed: 3, commands: ['docker ps'], history: [], transcript: []}),
    );
    const first = new RunSession(engine, key);
    const notes = () => first.getView().transcript.filter((e) => e.text.includes('새로워졌습니다'));
    expect(notes()).toHaveLength(1);
    first.type('docker ps');
    const again = new RunSession(engine, key);
    expect(
      again.getView().transcript.filter((e) => e.text.includes('새로워졌습니다')),
    ).toHaveLength(1);
    window.localStorage.removeItem(key);
  });
});
