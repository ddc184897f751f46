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
