// @vitest-environment jsdom
import {describe, expect, it} from 'vitest';
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
        panel: () => session.panel(),
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
});
