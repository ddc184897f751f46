import {startTransition, useCallback, useEffect, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Terminal from './Terminal';
import HostView from './HostView';
import StatePanel from './StatePanel';
import ScenarioGuide from './ScenarioGuide';
import type {PanelData, ScreenOutput, SimSession} from './simulatorSession';
import {FRESH_PANEL, FRESH_PROMPT} from './freshView';
import {loadedEngine, loadEngine, type EngineModule} from './loadEngine';
import {LOAD_FAILED_NOTICE, NO_JS_NOTICE} from './PlaygroundFallback';
import {findScenario, type Scenario} from '@site/src/data/playground-scenarios';
import {advanceSteps} from '@site/src/lib/playground/steps';
import {markTaskDone} from '@site/src/lib/progress';
import {
  clearSession,
  hasStoredSession,
  loadSession,
  renewalNotice,
  pushHistory,
  saveSession,
  storageKey,
  MAX_TRANSCRIPT,
  type TranscriptEntry,
} from './savedSession';
import styles from './styles.module.css';

/** The printed lines in terminal order: the engine's chunks, consecutive ones of a stream merged. */
export function transcriptOf(result: ScreenOutput): TranscriptEntry[] {
  const merged: {kind: 'stdout' | 'stderr'; text: string}[] = [];
  for (const chunk of result.chunks) {
    if (chunk.text === '') continue;
    const last = merged[merged.length - 1];
    if (last && last.kind === chunk.stream) last.text += chunk.text;
    else merged.push({kind: chunk.stream, text: chunk.text});
  }
  return merged
    .filter((entry) => entry.kind === 'stderr' || entry.text.replace(/\s+/g, '') !== '')
    .map((entry) => ({kind: entry.kind, text: withoutFinalNewline(entry.text)}));
}

export interface PlaygroundAppProps {
  /** A scenario id from src/data/playground-scenarios.ts; none for free practice. */
  readonly scenario?: string;
  /**
   * Called once when every step of the scenario is done. By default the task is recorded in
   * the reader's progress (under the scenario's chapter when embedded in one).
   */
  readonly onScenarioComplete?: (scenarioId: string) => void;
  /** Focus the command line when it appears (after the reader asked for it). */
  readonly focusOnLoad?: boolean;
  /** `page`: wide layout with the terminal and the state side by side. */
  readonly variant?: 'embedded' | 'page';
}

interface ViewState {
  readonly transcript: readonly TranscriptEntry[];
  readonly history: readonly string[];
  readonly commands: readonly string[];
  readonly prompt: string;
  /** A program asks for a password: the command line hides what is typed. */
  readonly secret: boolean;
  readonly panel: PanelData;
  readonly done: number;
}

function welcome(scenario: Scenario | undefined): TranscriptEntry[] {
  const lines = [
    '도커 플레이그라운드입니다. 진짜 Docker가 아니라 브라우저 안의 시뮬레이션이며, 입력한 내용은 이 브라우저 밖으로 나가지 않습니다.',
    scenario
      ? `과제 「${scenario.title}」의 단계를 보며 명령을 입력해 보세요. help를 입력하면 쓸 수 있는 명령이 나옵니다.`
      : 'docker run hello-world 로 시작해 보세요. help를 입력하면 쓸 수 있는 명령이 나옵니다.',
  ];
  if (scenario && scenario.setup.length > 0) {
    lines.push(`과제를 위해 다음 명령을 미리 실행해 두었습니다: ${scenario.setup.join(' ; ')}`);
  }
  return [{kind: 'info', text: lines.join('\n')}];
}

const randomSeed = (): number => Math.floor(Math.random() * 2 ** 31);

const withoutFinalNewline = (text: string): string => text.replace(/\r?\n$/, '');

interface Started {
  readonly session: SimSession;
  readonly seed: number;
  readonly view: ViewState;
}

/** The view before the engine has arrived: a new session's welcome, prompt and panel. */
function waitingView(scenario: Scenario | undefined): ViewState {
  return {
    transcript: welcome(scenario),
    history: [],
    commands: scenario?.setup ?? [],
    prompt: FRESH_PROMPT,
    secret: false,
    panel: FRESH_PANEL,
    done: 0,
  };
}

function start(
  engine: EngineModule,
  key: string,
  scenario: Scenario | undefined,
  fresh: boolean,
): Started {
  const stored = fresh ? null : loadSession(key);
  const seed = stored?.seed ?? randomSeed();
  // A scenario's setup lines run first, silently, and count as typed (so a replay repeats them).
  const commands = stored?.commands ?? scenario?.setup ?? [];
  const session = engine.createSession({seed, engineState: stored?.engineState, commands});
  const done = stored?.done ?? 0;
  return {
    session,
    seed,
    view: {
      transcript: stored
        ? [...stored.transcript, ...renewalNotice(stored, session.engineVersion)]
        : welcome(scenario),
      history: stored?.history ?? [],
      commands,
      prompt: session.engine.prompt(),
      secret: false,
      panel: session.panel(),
      done: scenario
        ? advanceSteps(scenario, done, session.engine.snapshot(), session.engine.state)
        : 0,
    },
  };
}

/**
 * Whether the engine must start as soon as the terminal is on screen: to restore a stored
 * session, to run a scenario's setup lines, or because the reader just asked for this terminal.
 * Otherwise the view drawn without it is exactly what a new engine shows, and the engine (its
 * own chunk, one long task to evaluate) waits until the reader comes to the terminal.
 */
export function needsEngineAtOnce({
  stored,
  scenario,
  focusOnLoad,
}: {
  readonly stored: boolean;
  readonly scenario: Scenario | undefined;
  readonly focusOnLoad: boolean;
}): boolean {
  return stored || focusOnLoad || (scenario?.setup.length ?? 0) > 0;
}

/** What the reader did before the engine arrived, replayed in order when it does. */
type TypedAhead =
  | {readonly kind: 'line'; readonly line: string}
  | {readonly kind: 'echo'; readonly entries: readonly TranscriptEntry[]}
  | {readonly kind: 'interrupt'};

/** What runs the replayed steps: the newest render's handlers. */
interface Handlers {
  readonly run: (line: string) => void;
  readonly echo: (entries: readonly TranscriptEntry[]) => void;
  readonly interrupt: () => void;
}

const NOT_RUN_NOTICE =
  '시뮬레이터를 내려받지 못해 입력한 명령을 실행하지 못했습니다. 다시 입력하면 다시 내려받아 봅니다.';

/** The playground itself: scenario guide, terminal and state panel around one engine. */
export default function PlaygroundApp({
  scenario: scenarioId,
  onScenarioComplete,
  focusOnLoad = false,
  variant = 'embedded',
}: PlaygroundAppProps): ReactNode {
  const scenario = scenarioId ? findScenario(scenarioId) : undefined;
  const recordCompletion =
    onScenarioComplete ??
    ((id: string): void => {
      try {
        // The doc id of the chapter the playground sits in ('/docs/docker-basics/basic-commands'
        // → 'docker-basics/basic-commands'), else the scenario's own chapter.
        const here = /\/docs\/(.+?)\/?$/.exec(window.location.pathname)?.[1];
        const chapter =
          variant === 'embedded' ? (here ?? scenario?.chapter.replace(/^\/docs\//, '')) : undefined;
        markTaskDone(id, chapter);
      } catch {
        // Progress is a bonus; the playground goes on without it.
      }
    });
  const key = storageKey(scenario?.id);
  const session = useRef<SimSession | null>(null);
  const seed = useRef(0);
  const [view, setView] = useState<ViewState>(() => waitingView(scenario));
  const [ready, setReady] = useState(false);
  // The command line is on before the engine when nothing needs it yet (see needsEngineAtOnce).
  const [openBeforeEngine, setOpenBeforeEngine] = useState(false);
  const [loadFailed, setLoadFailed] = useState(false);
  const [storageFailed, setStorageFailed] = useState(false);
  const input = useRef<HTMLInputElement | null>(null);
  // Starts the engine's download when it was put off (called by the reader's first approach).
  const requestEngine = useRef<(() => void) | null>(null);
  // Lines, echoes and Ctrl+C before the engine arrived, replayed in order when it arrives.
  const typedAhead = useRef<TypedAhead[]>([]);
  const [waitingToRun, setWaitingToRun] = useState(false);
  // The newest view, also between renders: a paste submits several lines in one event.
  const latest = useRef(view);
  useEffect(() => {
    latest.current = view;
  }, [view]);
  // The newest handlers, for what was typed ahead: it is replayed when the engine's promise
  // settles, after every effect of the render before has run.
  const handlers = useRef<Handlers | null>(null);
  // Asked for at mount (the page remounts the app with each scenario it opens).
  const focusAtStart = useRef(focusOnLoad);

  // The terminal is drawn (on the server too) before the engine arrives. The engine comes at
  // once when there is something to restore or set up, else when the reader comes to the
  // terminal. It takes over in a low-priority update, so the page stays responsive; what the
  // reader typed ahead is replayed at once instead.
  useEffect(() => {
    let current = true;
    const begin = (engine: EngineModule): void => {
      if (!current) return;
      const started = start(engine, key, scenario, false);
      session.current = started.session;
      seed.current = started.seed;
      const typed = typedAhead.current;
      typedAhead.current = [];
      if (typed.length > 0 && handlers.current) {
        // From a new session's view, step by step: each output follows its own line.
        latest.current = started.view;
        setView(started.view);
        setReady(true);
        setLoadFailed(false);
        setWaitingToRun(false);
        const {run, echo, interrupt} = handlers.current;
        for (const step of typed) {
          if (step.kind === 'line') run(step.line);
          else if (step.kind === 'echo') echo(step.entries);
          else interrupt();
        }
        return;
      }
      startTransition(() => {
        setView(started.view);
        setReady(true);
        setLoadFailed(false);
      });
    };
    // Put off until the reader comes to the terminal (again, after a failed download).
    const waitForReader = (): void => {
      requestEngine.current = () => {
        requestEngine.current = null;
        load();
      };
    };
    const load = (): void => {
      loadEngine().then(begin, () => {
        if (!current) return;
        const typed = typedAhead.current;
        typedAhead.current = [];
        if (typed.some((step) => step.kind === 'line')) {
          latest.current = {
            ...latest.current,
            transcript: [...latest.current.transcript, {kind: 'info', text: NOT_RUN_NOTICE}],
          };
          setView(latest.current);
        }
        setWaitingToRun(false);
        setLoadFailed(true);
        waitForReader();
      });
    };
    const engine = loadedEngine();
    if (engine) begin(engine);
    else if (
      needsEngineAtOnce({
        stored: hasStoredSession(key),
        scenario,
        focusOnLoad: focusAtStart.current,
      })
    )
      load();
    else {
      waitForReader();
      startTransition(() => setOpenBeforeEngine(true));
    }
    return () => {
      current = false;
      requestEngine.current = null;
    };
  }, [key, scenario]);

  const comeToTerminal = (): void => requestEngine.current?.();

  useEffect(() => {
    if (focusOnLoad && ready) input.current?.focus({preventScroll: true});
  }, [focusOnLoad, ready]);

  const persist = useCallback(
    (next: ViewState): void => {
      const ok = saveSession(key, {
        version: 1,
        seed: seed.current,
        commands: next.commands,
        history: next.history,
        transcript: next.transcript,
        engineState: session.current?.engine.serialize(),
        done: next.done,
        engine: session.current?.engineVersion,
      });
      if (!ok) setStorageFailed(true);
    },
    [key],
  );

  // Before the engine: the first line is echoed (and kept for ↑) as a terminal echoes
  // type-ahead; later ones wait unseen, since one may answer a program's password question.
  // All run when the engine arrives; a status says they wait.
  const typeAhead = (line: string): void => {
    comeToTerminal();
    const first = !typedAhead.current.some((step) => step.kind === 'line');
    typedAhead.current = [...typedAhead.current, {kind: 'line', line}];
    setWaitingToRun(true);
    if (!first) return;
    const previous = latest.current;
    latest.current = {
      ...previous,
      transcript: [...previous.transcript, {kind: 'input', prompt: previous.prompt, text: line}],
      history: pushHistory(previous.history, line),
    };
    setView(latest.current);
  };

  const run = (line: string): void => {
    const sim = session.current;
    if (!sim) {
      typeAhead(line);
      return;
    }
    const prompt = sim.engine.prompt();
    const asked = sim.awaiting();
    // An answer to a program is not a shell line (no history); a password is never shown or kept.
    const secret = asked?.kind === 'password';
    const echo: TranscriptEntry = {kind: 'input', prompt, text: secret ? '' : line};
    // An empty line does nothing, except inside a command that waits for more (a here-document)
    // or as an answer.
    if (line.trim() === '' && !sim.pending() && !asked) {
      const previous = latest.current;
      latest.current = {
        ...previous,
        transcript: [...previous.transcript, echo].slice(-MAX_TRANSCRIPT),
      };
      setView(latest.current);
      return;
    }
    const result = sim.run(line);
    const printed = transcriptOf(result);
    const previous = latest.current;
    const transcript = result.clear ? printed : [...previous.transcript, echo, ...printed];
    const done = scenario
      ? advanceSteps(scenario, previous.done, sim.engine.snapshot(), sim.engine.state)
      : 0;
    const next: ViewState = {
      transcript: transcript.slice(-MAX_TRANSCRIPT),
      history: asked ? previous.history : pushHistory(previous.history, line),
      commands: secret ? previous.commands : [...previous.commands, line],
      prompt: sim.engine.prompt(),
      secret: sim.awaiting()?.kind === 'password',
      panel: sim.panel(),
      done,
    };
    latest.current = next;
    setView(next);
    persist(next);
    if (scenario && done >= scenario.steps.length && previous.done < scenario.steps.length) {
      recordCompletion(scenario.id);
    }
  };

  // Ctrl+C at the `> ` prompt or at a question: the unfinished command is not replayed later.
  const interrupt = (): void => {
    const sim = session.current;
    if (!sim) {
      typedAhead.current = [...typedAhead.current, {kind: 'interrupt'}];
      return;
    }
    const dropped = sim.cancel();
    if (dropped === 0) return;
    const previous = latest.current;
    latest.current = {
      ...previous,
      commands: previous.commands.slice(0, -dropped),
      prompt: sim.engine.prompt(),
      secret: false,
    };
    setView(latest.current);
    persist(latest.current);
  };

  const echo = (entries: readonly TranscriptEntry[]): void => {
    if (!session.current) typedAhead.current = [...typedAhead.current, {kind: 'echo', entries}];
    const previous = latest.current;
    latest.current = {
      ...previous,
      transcript: [...previous.transcript, ...entries].slice(-MAX_TRANSCRIPT),
    };
    setView(latest.current);
  };

  useEffect(() => {
    handlers.current = {run, echo, interrupt};
  });

  const reset = (): void => {
    const engine = loadedEngine();
    if (!engine) return;
    clearSession(key);
    const fresh = start(engine, key, scenario, true);
    session.current = fresh.session;
    seed.current = fresh.seed;
    setView({
      ...fresh.view,
      transcript: [{kind: 'info', text: '처음 상태로 초기화했습니다.'}, ...fresh.view.transcript],
    });
    input.current?.focus();
  };

  return (
    // The pointer or the focus coming to the playground starts the engine's download, so it is
    // there by the time the first command is typed (a fresh session draws without it).
    <div
      className={clsx(styles.app, variant === 'page' && styles.pageVariant)}
      data-testid="playground-app"
      data-engine={ready ? 'ready' : loadFailed ? 'failed' : 'waiting'}
      onPointerEnter={comeToTerminal}
      onPointerDown={comeToTerminal}
      onFocus={comeToTerminal}
    >
      <div className={styles.toolbar}>
        <p className={styles.appTitle}>
          도커 플레이그라운드 <span className={styles.badge}>시뮬레이션</span>
        </p>
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={reset}
          disabled={!ready}
        >
          초기화
        </button>
      </div>
      <noscript>
        <p className={styles.notice}>{NO_JS_NOTICE}</p>
      </noscript>
      {loadFailed && (
        <p className={styles.notice} role="status">
          {LOAD_FAILED_NOTICE}
        </p>
      )}
      {waitingToRun && (
        <p className={styles.notice} role="status" data-testid="playground-waiting">
          시뮬레이터를 불러오는 중입니다. 입력한 명령은 준비되는 대로 차례로 실행합니다.
        </p>
      )}
      {scenarioId && !scenario && (
        <p className={styles.notice} role="status">
          「{scenarioId}」 과제를 찾지 못해 자유 연습으로 엽니다.
        </p>
      )}
      {scenario && <ScenarioGuide scenario={scenario} done={view.done} />}
      <div className={styles.workspace}>
        <Terminal
          transcript={view.transcript}
          prompt={view.prompt}
          history={view.history}
          onSubmit={run}
          onEcho={echo}
          onInterrupt={interrupt}
          complete={(line, cursor) => session.current?.engine.complete(line, cursor) ?? []}
          inputRef={input}
          disabled={!(ready || openBeforeEngine)}
          secret={view.secret}
          label={scenario ? `${scenario.title} 터미널` : '터미널'}
        />
        <div className={styles.side}>
          <HostView data={view.panel} revision={view.commands.length} />
          <StatePanel data={view.panel} />
        </div>
      </div>
      {storageFailed && (
        <p className={styles.notice} role="status">
          이 브라우저가 저장을 막고 있어, 새로 고치면 처음 상태로 돌아갑니다.
        </p>
      )}
    </div>
  );
}
