// Splits a Chromium performance trace of one page load into where the main thread's time went:
// script evaluation per file, React's render, commit and effects (from the sampling profiler's
// stacks, by function name), style and layout, and long tasks. Pure: no browser, no files.

export interface TraceEvent {
  readonly name: string;
  readonly cat?: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  /** Thread (CPU) time of a complete event, µs: what the thread ran, not the time it waited for a core. */
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly id?: string;
  readonly args?: Record<string, unknown>;
}

export interface CallFrame {
  readonly functionName: string;
  readonly url?: string;
}

export interface ProfileNode {
  readonly id: number;
  readonly parent?: number;
  readonly callFrame: CallFrame;
}

/** React's phases, recognised by the functions on a sample's stack (React 19.2 names). */
export type ReactPhase = 'render' | 'commit' | 'passive-effects';

export interface LongTask {
  readonly startMs: number;
  readonly durationMs: number;
  /** The three largest self times by event kind inside the task, ms. */
  readonly top: Readonly<Record<string, number>>;
  /** Sampled JavaScript inside the task by React phase, ms. */
  readonly phases: Readonly<Record<string, number>>;
}

export interface Breakdown {
  /** First contentful paint, ms from navigation. */
  readonly fcpMs: number;
  /** Main-thread time in top-level tasks, ms. */
  readonly taskMs: number;
  /**
   * The same from thread (CPU) time, which other processes on a busy machine do not inflate:
   * total, and Lighthouse's TBT computed from it as its simulation does (each task after first
   * contentful paint × `cpuSlowdown`, minus 50 ms). Meant for traces taken without throttling.
   */
  readonly cpu: {readonly taskMs: number; readonly blockingMs: number; readonly longestMs: number};
  /** Tasks longer than 50 ms: start (ms from navigation), duration, and what they spent it on. */
  readonly longTasks: readonly LongTask[];
  /** Style and layout forced by JavaScript (nested in a script event), ms. */
  readonly forcedStyleLayoutMs: number;
  /** Sum over tasks after first contentful paint of (duration − 50 ms): Lighthouse's TBT without its TTI cut-off. */
  readonly blockingMs: number;
  /** Self time of trace event kinds inside tasks (EvaluateScript, v8.compile, Layout, …), ms. */
  readonly byEvent: Readonly<Record<string, number>>;
  /** Duration of each script's top-level evaluation (EvaluateScript), by file name, ms. */
  readonly evaluateByScript: Readonly<Record<string, number>>;
  /** Sampled JavaScript time by React phase, ms; `other` is JavaScript outside React's work loop. */
  readonly samplesByPhase: Readonly<Record<ReactPhase | 'other', number>>;
  /** Sampled render time by the component function that was running (self and callees), ms. */
  readonly renderByComponent: Readonly<Record<string, number>>;
  /** Sampled JavaScript time by the script file of the innermost frame, ms. */
  readonly samplesByScript: Readonly<Record<string, number>>;
}

const PHASE_FUNCTIONS: ReadonlyArray<readonly [ReactPhase, ReadonlySet<string>]> = [
  ['passive-effects', new Set(['flushPassiveEffects', 'flushPassiveEffectsImpl'])],
  [
    'commit',
    new Set([
      'commitRoot',
      'commitRootImpl',
      'commitRootWhenReady',
      'flushMutationEffects',
      'flushLayoutEffects',
      'flushSpawnedWork',
    ]),
  ],
  [
    'render',
    new Set([
      'performWorkOnRoot',
      'renderRootSync',
      'renderRootConcurrent',
      'workLoopSync',
      'workLoopConcurrent',
      'workLoopConcurrentByScheduler',
      'performUnitOfWork',
    ]),
  ],
];

/** Functions React calls a component through; the frame above one of them is the component. */
const COMPONENT_CALLERS = new Set([
  'renderWithHooks',
  'renderWithHooksAgain',
  'callComponentInDEV',
]);

/** The phase of a stack (innermost frame first): the innermost phase function on it wins. */
export function phaseOf(stack: readonly string[]): ReactPhase | 'other' {
  for (const name of stack) {
    for (const [phase, names] of PHASE_FUNCTIONS) if (names.has(name)) return phase;
  }
  return 'other';
}

/** The component a render sample belongs to: the innermost function React called as a component. */
export function componentOf(stack: readonly string[]): string | null {
  for (let index = 1; index < stack.length; index += 1) {
    if (COMPONENT_CALLERS.has(stack[index]!)) return stack[index - 1]! || '(anonymous)';
  }
  return null;
}

function fileName(url: unknown): string {
  if (typeof url !== 'string' || url === '') return '(no url)';
  return url.replace(/^.*\//, '').replace(/\.[0-9a-f]{8}\.js$/, '.js');
}

function add(record: Record<string, number>, key: string, value: number): void {
  record[key] = (record[key] ?? 0) + value;
}

const round = (record: Record<string, number>) =>
  Object.fromEntries(
    Object.entries(record)
      .sort(([, a], [, b]) => b - a)
      .map(([key, value]) => [key, Math.round(value * 10) / 10]),
  );

/**
 * The renderer main thread of the page: among CrRendererMain threads, one that evaluated the
 * app's main.js (a navigation can start in another renderer), then the one with most task time.
 */
export function mainThread(events: readonly TraceEvent[]): {pid: number; tid: number} {
  const names = events.filter(
    (event) =>
      event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
  );
  const ranMainJs = new Set(
    events
      .filter((event) => event.name === 'EvaluateScript')
      .filter((event) =>
        /\/main\.[^/]*\.js/.test(String((event.args?.data as {url?: string})?.url)),
      )
      .map((event) => `${event.pid}:${event.tid}`),
  );
  let best = {pid: -1, tid: -1, total: -1, ranMainJs: false};
  for (const thread of names) {
    const ran = ranMainJs.has(`${thread.pid}:${thread.tid}`);
    const total = events
      .filter(
        (event) => event.pid === thread.pid && event.tid === thread.tid && event.name === 'RunTask',
      )
      .reduce((sum, event) => sum + (event.dur ?? 0), 0);
    const better = ran !== best.ranMainJs ? ran : total > best.total;
    if (better) best = {pid: thread.pid, tid: thread.tid, total, ranMainJs: ran};
  }
  if (best.pid < 0) throw new Error('no CrRendererMain thread in the trace');
  return {pid: best.pid, tid: best.tid};
}

/** Self time of complete events nested inside one another on one thread, by event name. */
function selfTimes(events: readonly TraceEvent[]): Record<string, number> {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const totals: Record<string, number> = {};
  const stack: Array<{event: TraceEvent; end: number}> = [];
  for (const event of sorted) {
    const end = event.ts + (event.dur ?? 0);
    while (stack.length > 0 && stack.at(-1)!.end <= event.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) add(totals, parent.event.name, -(event.dur ?? 0) / 1000);
    add(totals, event.name, (event.dur ?? 0) / 1000);
    stack.push({event, end});
  }
  return totals;
}

const TRACKED_EVENTS = new Set([
  'RunTask',
  'ParseHTML',
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.produceCache',
  'FunctionCall',
  'RunMicrotasks',
  'TimerFire',
  'FireAnimationFrame',
  'EventDispatch',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'MajorGC',
  'MinorGC',
  'V8.GC_SCAVENGER',
  'ParseAuthorStyleSheet',
  'HitTest',
]);

/** Builds the breakdown of one trace; `navigationStart` and `fcp` are trace timestamps (µs). */
export function analyzeTrace(events: readonly TraceEvent[], cpuSlowdown = 4): Breakdown {
  const {pid, tid} = mainThread(events);
  const onMain = events.filter((event) => event.pid === pid && event.tid === tid);
  const navigation = onMain.find((event) => event.name === 'navigationStart');
  const start = navigation?.ts ?? Math.min(...onMain.map((event) => event.ts));
  const fcp = onMain.find((event) => event.name === 'firstContentfulPaint')?.ts ?? start;
  const tasks = onMain.filter(
    (event) => event.ph === 'X' && event.name === 'RunTask' && event.ts >= start,
  );
  const taskMs = tasks.reduce((sum, task) => sum + (task.dur ?? 0), 0) / 1000;
  const blockingMs = tasks
    .filter((task) => task.ts >= fcp)
    .reduce((sum, task) => sum + Math.max(0, (task.dur ?? 0) / 1000 - 50), 0);

  const cpuTimes = tasks.map((task) => ({
    ts: task.ts,
    ms: ((task.tdur ?? 0) / 1000) * cpuSlowdown,
  }));
  const cpu = {
    taskMs: Math.round(cpuTimes.reduce((sum, task) => sum + task.ms, 0)),
    blockingMs: Math.round(
      cpuTimes
        .filter((task) => task.ts >= fcp)
        .reduce((sum, task) => sum + Math.max(0, task.ms - 50), 0),
    ),
    longestMs: Math.round(Math.max(0, ...cpuTimes.map((task) => task.ms))),
  };

  const tracked = onMain.filter(
    (event) => event.ph === 'X' && event.ts >= start && TRACKED_EVENTS.has(event.name),
  );
  const byEvent = selfTimes(tracked);
  const evaluateByScript: Record<string, number> = {};
  for (const event of tracked) {
    if (event.name !== 'EvaluateScript') continue;
    const data = event.args?.data as {url?: string} | undefined;
    add(evaluateByScript, fileName(data?.url), (event.dur ?? 0) / 1000);
  }

  const samples = profileSamples(events, pid, start);
  const longTasks = tasks
    .filter((task) => (task.dur ?? 0) > 50_000)
    .map((task): LongTask => {
      const end = task.ts + (task.dur ?? 0);
      const inside = tracked.filter((event) => event.ts >= task.ts && event.ts < end);
      const phases: Record<string, number> = {};
      for (const sample of samples) {
        if (sample.ts < task.ts || sample.ts >= end) continue;
        const names = sample.stack.map((frame) => frame.functionName);
        if (IDLE_FRAMES.has(names[0] ?? '')) continue;
        add(phases, phaseOf(names), sample.ms);
      }
      return {
        startMs: Math.round((task.ts - start) / 1000),
        durationMs: Math.round((task.dur ?? 0) / 1000),
        top: Object.fromEntries(Object.entries(round(selfTimes(inside))).slice(0, 3)),
        phases: round(phases),
      };
    });
  const forcedStyleLayoutMs = forcedLayout(tracked);
  const samplesByPhase: Record<string, number> = {
    render: 0,
    commit: 0,
    'passive-effects': 0,
    other: 0,
  };
  const renderByComponent: Record<string, number> = {};
  const samplesByScript: Record<string, number> = {};
  for (const sample of samples) {
    const names = sample.stack.map((frame) => frame.functionName);
    if (IDLE_FRAMES.has(names[0] ?? '')) continue;
    const phase = phaseOf(names);
    add(samplesByPhase, phase, sample.ms);
    add(samplesByScript, fileName(sample.stack.find((frame) => frame.url)?.url), sample.ms);
    if (phase === 'render')
      add(renderByComponent, componentOf(names) ?? '(React itself)', sample.ms);
  }

  return {
    fcpMs: Math.round((fcp - start) / 1000),
    taskMs: Math.round(taskMs),
    cpu,
    longTasks,
    forcedStyleLayoutMs: Math.round(forcedStyleLayoutMs),
    blockingMs: Math.round(blockingMs),
    byEvent: round(byEvent),
    evaluateByScript: round(evaluateByScript),
    samplesByPhase: round(samplesByPhase) as Breakdown['samplesByPhase'],
    renderByComponent: round(renderByComponent),
    samplesByScript: round(samplesByScript),
  };
}

interface Sample {
  readonly stack: readonly CallFrame[];
  readonly ts: number;
  readonly ms: number;
}

const IDLE_FRAMES = new Set(['(idle)', '(program)', '(garbage collector)']);
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'RunMicrotasks',
  'TimerFire',
  'FireAnimationFrame',
  'EventDispatch',
]);

/** Style recalculation and layout that ran inside a script event: JavaScript asked for geometry. */
export function forcedLayout(events: readonly TraceEvent[]): number {
  const scripts = events.filter((event) => SCRIPT_EVENTS.has(event.name));
  let total = 0;
  for (const event of events) {
    if (event.name !== 'Layout' && event.name !== 'UpdateLayoutTree') continue;
    const inScript = scripts.some(
      (script) =>
        script.ts <= event.ts && event.ts + (event.dur ?? 0) <= script.ts + (script.dur ?? 0),
    );
    if (inScript) total += (event.dur ?? 0) / 1000;
  }
  return total;
}

interface ProfileChunkData {
  cpuProfile?: {nodes?: ProfileNode[]; samples?: number[]};
  timeDeltas?: number[];
}

/** The sampling profiler's samples of process `pid`, each with its stack (innermost first). */
export function profileSamples(
  events: readonly TraceEvent[],
  pid: number,
  after: number,
): Sample[] {
  const nodesByProfile = new Map<string, Map<number, ProfileNode>>();
  const timeByProfile = new Map<string, number>();
  for (const event of events) {
    if (event.pid !== pid || event.name !== 'Profile') continue;
    const data = event.args?.data as {startTime?: number} | undefined;
    timeByProfile.set(event.id ?? '', data?.startTime ?? 0);
  }
  const raw: Array<{profile: string; node: number; ts: number; deltaMs: number}> = [];
  for (const event of events) {
    if (event.pid !== pid || event.name !== 'ProfileChunk') continue;
    const profile = event.id ?? '';
    const data = (event.args?.data ?? {}) as ProfileChunkData;
    const nodes = nodesByProfile.get(profile) ?? new Map<number, ProfileNode>();
    nodesByProfile.set(profile, nodes);
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const ids = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    let time = timeByProfile.get(profile) ?? 0;
    for (let index = 0; index < ids.length; index += 1) {
      const delta = deltas[index] ?? 0;
      time += delta;
      raw.push({profile, node: ids[index]!, ts: time, deltaMs: 0});
    }
    timeByProfile.set(profile, time);
  }
  // A sample stands for the time until the next one (capped, so idle gaps do not count).
  raw.sort((a, b) => a.ts - b.ts);
  const samples: Sample[] = [];
  for (let index = 0; index < raw.length; index += 1) {
    const current = raw[index]!;
    if (current.ts < after) continue;
    const next = raw[index + 1];
    const ms = next ? Math.min(next.ts - current.ts, 10_000) / 1000 : 0;
    const nodes = nodesByProfile.get(current.profile)!;
    const stack: CallFrame[] = [];
    for (
      let node = nodes.get(current.node);
      node;
      node = node.parent === undefined ? undefined : nodes.get(node.parent)
    ) {
      stack.push(node.callFrame);
    }
    samples.push({stack, ts: current.ts, ms});
  }
  return samples;
}
