import {describe, expect, it} from 'vitest';
import {
  INITIAL,
  edges,
  psRow,
  statusText,
  transition,
  type LifecycleCommand,
  type LifecycleModel,
} from './lifecycle';

function run(...commands: LifecycleCommand[]): LifecycleModel {
  let model = INITIAL;
  for (const command of commands) {
    const result = transition(model, command);
    if (!result.ok) throw new Error(`${command} refused in ${model.state}: ${result.reason}`);
    model = result.next;
  }
  return model;
}

describe('container lifecycle', () => {
  it('create leaves the container in created with STATUS "Created"', () => {
    const model = run('create');
    expect(model.state).toBe('created');
    expect(statusText(model)).toBe('Created');
  });

  it('run goes straight to running ("Up …")', () => {
    expect(statusText(run('run'))).toBe('Up 3 seconds');
  });

  it('pause shows "(Paused)" and unpause returns to running', () => {
    expect(statusText(run('run', 'pause'))).toBe('Up 5 seconds (Paused)');
    expect(run('run', 'pause', 'unpause').state).toBe('running');
  });

  it('stop exits with code 0, kill with 137', () => {
    expect(statusText(run('run', 'stop'))).toBe('Exited (0) 2 seconds ago');
    expect(statusText(run('run', 'kill'))).toBe('Exited (137) 2 seconds ago');
  });

  it('stop and kill also end a paused container', () => {
    expect(run('run', 'pause', 'stop').state).toBe('exited');
    expect(run('run', 'pause', 'kill').exitCode).toBe(137);
  });

  it('a failing process with a restart policy shows "Restarting (1) …"', () => {
    expect(statusText(run('run', 'crash'))).toBe('Restarting (1) 1 second ago');
    expect(run('run', 'crash', 'recover').state).toBe('running');
  });

  it('start brings an exited container back, restart works from exited and running', () => {
    expect(run('run', 'stop', 'start').state).toBe('running');
    expect(run('run', 'stop', 'restart').state).toBe('running');
    expect(run('run', 'restart').state).toBe('running');
  });

  it('stop on an exited container is a successful no-op', () => {
    const result = transition(run('run', 'kill'), 'stop');
    expect(result.ok && result.next).toEqual({state: 'exited', exitCode: 137});
  });

  it("rm on a running container fails with Docker's message", () => {
    const result = transition(run('run'), 'rm');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toBe(
        'Error response from daemon: cannot remove container "/web": container is running: stop the container before removing or force remove',
      );
  });

  it('rm on a paused or restarting container fails too', () => {
    const paused = transition(run('run', 'pause'), 'rm');
    expect(!paused.ok && paused.error).toContain('container is paused and must be unpaused first');
    const restarting = transition(run('run', 'crash'), 'rm');
    expect(!restarting.ok && restarting.error).toContain('container is restarting');
  });

  it('rm on a stopped container removes it and the ps row disappears', () => {
    const model = run('create', 'rm');
    expect(model.state).toBe('removed');
    expect(psRow(model)).toBeNull();
  });

  it('run with a name that exists is a conflict', () => {
    const result = transition(run('create'), 'run');
    expect(!result.ok && result.error).toMatch(
      /^docker: Error response from daemon: Conflict\. The container name "\/web" is already in use/,
    );
  });

  it('commands on a missing container answer "No such container"', () => {
    for (const command of ['start', 'stop', 'rm', 'pause'] as const) {
      const result = transition(INITIAL, command);
      expect(!result.ok && result.error).toBe('Error response from daemon: No such container: web');
    }
  });

  it('pause on a stopped container and unpause on a running one are refused', () => {
    expect(transition(run('create'), 'pause').ok).toBe(false);
    expect(transition(run('run'), 'unpause').ok).toBe(false);
  });

  it('the ps row carries the status and ports only while the process lives', () => {
    expect(psRow(run('run'))).toContain('80/tcp');
    expect(psRow(run('run', 'stop'))).not.toContain('80/tcp');
  });

  it('lists the edges of the state machine', () => {
    const list = edges();
    expect(list).toContainEqual({from: 'created', to: 'running', command: 'start'});
    expect(list).toContainEqual({from: 'running', to: 'paused', command: 'pause'});
    expect(list).toContainEqual({from: 'exited', to: 'removed', command: 'rm'});
    expect(list.every((edge) => edge.from !== edge.to)).toBe(true);
  });
});
