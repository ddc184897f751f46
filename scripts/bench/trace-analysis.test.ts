import {describe, expect, it} from 'vitest';
import {analyzeTrace, componentOf, mainThread, phaseOf, type TraceEvent} from './trace-analysis';

const main = {pid: 1, tid: 7};
const meta: TraceEvent = {
  name: 'thread_name',
  ph: 'M',
  ts: 0,
  ...main,
  args: {name: 'CrRendererMain'},
};
const task = (ts: number, dur: number, tdur = dur): TraceEvent => ({
  name: 'RunTask',
  ph: 'X',
  ts,
  dur,
  tdur,
  ...main,
});

describe('trace analysis', () => {
  it('finds the React phase from the innermost phase function on a stack', () => {
    expect(phaseOf(['beginWork', 'performUnitOfWork', 'workLoopConcurrentByScheduler'])).toBe(
      'render',
    );
    expect(phaseOf(['commitMutationEffectsOnFiber', 'flushMutationEffects', 'commitRoot'])).toBe(
      'commit',
    );
    expect(phaseOf(['useEffect callback', 'flushPassiveEffects', 'performWorkOnRoot'])).toBe(
      'passive-effects',
    );
    expect(phaseOf(['require', '(anonymous)'])).toBe('other');
  });

  it('names the component whose function React was running', () => {
    expect(componentOf(['clsx', 'CodeBlock', 'renderWithHooks', 'beginWork'])).toBe('CodeBlock');
    expect(componentOf(['beginWork', 'performUnitOfWork'])).toBeNull();
  });

  it('counts blocking time after first paint, self times and evaluation per script', () => {
    const events: TraceEvent[] = [
      meta,
      {name: 'navigationStart', ph: 'R', ts: 1_000, ...main},
      // Before first paint: long, but not blocking.
      task(2_000, 120_000),
      {name: 'Layout', ph: 'X', ts: 3_000, dur: 100_000, ...main},
      {name: 'firstContentfulPaint', ph: 'R', ts: 130_000, ...main},
      task(200_000, 80_000),
      {
        name: 'EvaluateScript',
        ph: 'X',
        ts: 201_000,
        dur: 70_000,
        ...main,
        args: {data: {url: 'http://x/assets/js/main.4eb6f980.js'}},
      },
      {name: 'v8.compile', ph: 'X', ts: 202_000, dur: 10_000, ...main},
      // Waited 30 ms for a core: thread time 20 ms, so 80 ms at a simulated 4×.
      task(300_000, 50_000, 20_000),
      // Another thread's task does not count.
      {name: 'RunTask', ph: 'X', ts: 300_000, dur: 500_000, pid: 2, tid: 3},
    ];
    const breakdown = analyzeTrace(events);
    expect(breakdown.taskMs).toBe(250);
    expect(breakdown.blockingMs).toBe(30);
    expect(analyzeTrace(events, 4).cpu).toEqual({
      taskMs: 880,
      blockingMs: 270 + 30,
      longestMs: 480,
    });
    expect(breakdown.longTasks.map((long) => long.durationMs)).toEqual([120, 80]);
    expect(breakdown.evaluateByScript).toEqual({'main.js': 70});
    expect(breakdown.byEvent['EvaluateScript']).toBe(60);
    expect(breakdown.byEvent['Layout']).toBe(100);
  });

  it('picks the renderer that ran main.js, even when another renderer was busier', () => {
    const other = {pid: 2, tid: 9};
    const events: TraceEvent[] = [
      meta,
      {...meta, ...other},
      {name: 'RunTask', ph: 'X', ts: 0, dur: 900_000, ...other},
      task(0, 10_000),
      {
        name: 'EvaluateScript',
        ph: 'X',
        ts: 0,
        dur: 5_000,
        ...main,
        args: {data: {url: 'http://x/assets/js/main.4eb6f980.js'}},
      },
    ];
    expect(mainThread(events)).toEqual(main);
  });
});
