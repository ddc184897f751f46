import type {PanelData, SimSession} from './simulatorSession';
import type {EngineModule} from './loadEngine';
import {transcriptOf} from './PlaygroundApp';
import {
  clearSession,
  loadSession,
  MAX_TRANSCRIPT,
  pushHistory,
  renewalNotice,
  saveSession,
  type TranscriptEntry,
} from './savedSession';
import {
  catchUpLine,
  runSummary,
  startStateLine,
  typingDelay,
  type RunPlan,
} from '@site/src/lib/playground/catchUp';
import {inContainerShell, leavesShellBefore} from '@site/src/lib/playground/shellSession';
import type {StartState} from '@site/src/lib/transcript/replay';

/** What the run terminal shows; replaced (never mutated) on every change. */
export interface RunView {
  readonly transcript: readonly TranscriptEntry[];
  readonly history: readonly string[];
  readonly prompt: string;
  /** A program asks for a password: the command line hides what is typed. */
  readonly secret: boolean;
  /** Lines are being typed: the command line waits. */
  readonly busy: boolean;
  /** The last run's summary, for the aria-live status. */
  readonly status: string;
  /** Bumped when the command line should take focus. */
  readonly focusRequest: number;
  readonly storageFailed: boolean;
  /** The simulated host for the host picture, and how many commands made it (marks changes). */
  readonly panel: PanelData;
  readonly revision: number;
}

const WELCOME: TranscriptEntry = {
  kind: 'info',
  text: '도커 플레이그라운드입니다. 진짜 Docker가 아니라 브라우저 안의 시뮬레이션이며, 이 장의 명령 블록을 차례로 실행합니다. 이어서 직접 입력해도 됩니다.',
};

const randomSeed = (): number => Math.floor(Math.random() * 2 ** 31);
const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => window.setTimeout(resolve, ms));

/**
 * One chapter's run-button session: the engine, what the terminal shows, and which of the
 * chapter's runnable blocks ran. Kept under the chapter's own key (savedSession.runStorageKey).
 */
export class RunSession {
  private sim: SimSession;
  private seed: number;
  private commands: string[];
  private ran: readonly number[];
  private view: RunView;
  private readonly listeners = new Set<() => void>();
  private queue: Promise<void> = Promise.resolve();
  /** Each block run (quiet or typed) gets a number; the one whose line opened a container shell. */
  private blockRuns = 0;
  private shellOpenedBy: number | null = null;

  /** `start`: what the chapter starts from (src/data/transcript-start-states.ts), if anything. */
  constructor(
    private readonly engine: EngineModule,
    private readonly key: string,
    private readonly start?: StartState,
  ) {
    const stored = loadSession(key);
    this.seed = stored?.seed ?? randomSeed();
    this.commands = [...(stored?.commands ?? [])];
    this.ran = stored?.ranBlocks ?? [];
    this.sim = stored
      ? engine.createSession({
          seed: this.seed,
          engineState: stored.engineState,
          commands: this.commands,
        })
      : this.freshSim();
    this.view = {
      transcript: stored
        ? [...stored.transcript, ...renewalNotice(stored, this.sim.engineVersion)]
        : this.welcome(),
      history: stored?.history ?? [],
      prompt: this.sim.engine.prompt(),
      secret: false,
      busy: false,
      status: '',
      focusRequest: 0,
      storageFailed: false,
      ...this.host(),
    };
  }

  /** The chapter's start setup, then its directory. */
  private setupLines(): string[] {
    return [...(this.start?.setup ?? []), ...(this.start?.cwd ? [`cd ${this.start.cwd}`] : [])];
  }

  /** A fresh engine in the chapter's start state (the setup run quietly); nothing typed yet. */
  private freshSim(): SimSession {
    this.commands = [];
    this.shellOpenedBy = null;
    this.sim = this.engine.createSession({seed: this.seed, commands: []});
    for (const line of this.setupLines()) this.runQuietly([line]);
    return this.sim;
  }

  private welcome(): TranscriptEntry[] {
    const setup = this.setupLines().length;
    return setup > 0 ? [WELCOME, {kind: 'info', text: startStateLine(setup)}] : [WELCOME];
  }

  /** Before `line` of block run `block`: whether a reader types `exit` first (shellSession.ts). */
  private leavesShell(line: string, block: number): boolean {
    return (
      inContainerShell(this.sim.engine.prompt()) &&
      leavesShellBefore(line, this.shellOpenedBy === block)
    );
  }

  /** After a line of block run `block`: remember whether it opened a container shell. */
  private noteShell(block: number, wasInContainer: boolean): void {
    if (!inContainerShell(this.sim.engine.prompt())) this.shellOpenedBy = null;
    else if (!wasInContainer) this.shellOpenedBy = block;
  }

  /**
   * Runs one block's lines unseen. Earlier blocks run quietly: a y/N question is answered yes (as
   * the chapter's replay does); a name or password is not made up, so that question is dropped.
   */
  private runQuietly(lines: readonly string[]): void {
    const block = ++this.blockRuns;
    for (const line of lines) {
      const parts = this.leavesShell(line, block)
        ? ['exit', ...line.split('\n')]
        : line.split('\n');
      const wasInContainer = inContainerShell(this.sim.engine.prompt()) && parts[0] !== 'exit';
      for (const part of parts) {
        this.sim.run(part);
        this.commands.push(part);
        const asked = this.sim.awaiting();
        if (asked?.kind === 'confirm') {
          this.sim.run('y');
          this.commands.push('y');
        } else if (asked) this.commands.splice(this.commands.length - this.sim.cancel());
      }
      this.noteShell(block, wasInContainer);
    }
  }

  /** The host picture's data after the engine changed. */
  private host(): Pick<RunView, 'panel' | 'revision'> {
    return {panel: this.sim.panel(), revision: this.commands.length};
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getView = (): RunView => this.view;

  complete = (line: string, cursor: number): readonly string[] =>
    this.sim.engine.complete(line, cursor);

  private update(change: Partial<RunView>): void {
    this.view = {...this.view, ...change};
    for (const listener of this.listeners) listener();
  }

  private persist(): void {
    const ok = saveSession(this.key, {
      version: 1,
      seed: this.seed,
      commands: this.commands,
      history: this.view.history,
      transcript: this.view.transcript,
      engineState: this.sim.engine.serialize(),
      ranBlocks: this.ran,
      engine: this.sim.engineVersion,
    });
    if (!ok && !this.view.storageFailed) this.update({storageFailed: true});
  }

  private append(entries: readonly TranscriptEntry[], replace = false): void {
    const transcript = replace ? entries : [...this.view.transcript, ...entries];
    this.update({transcript: transcript.slice(-MAX_TRANSCRIPT)});
  }

  /**
   * Runs a line as if typed: echoed with its prompt, output shown. A command of several lines
   * (a here-document) is typed line by line, each after its `> ` prompt.
   */
  type = (line: string): void => {
    const lines = line.split('\n');
    if (lines.length > 1) {
      for (const part of lines) this.type(part);
      return;
    }
    const asked = this.sim.awaiting();
    // An answer to a program is not a shell line (no history); a password is never shown or kept.
    const secret = asked?.kind === 'password';
    const echo: TranscriptEntry = {
      kind: 'input',
      prompt: this.sim.engine.prompt(),
      text: secret ? '' : line,
    };
    // An empty line does nothing, except inside a command that waits for more (a here-document)
    // or as an answer.
    if (line.trim() === '' && !this.sim.pending() && !asked) {
      this.append([echo]);
      return;
    }
    const result = this.sim.run(line);
    if (!secret) this.commands.push(line);
    const printed = transcriptOf(result);
    const finished = !result.pending && !result.awaiting;
    const echoed = finished ? {...echo, exitCode: result.exitCode} : echo;
    this.append(result.clear ? printed : [echoed, ...printed], result.clear);
    this.update({
      prompt: this.sim.engine.prompt(),
      secret: this.sim.awaiting()?.kind === 'password',
      history: asked ? this.view.history : pushHistory(this.view.history, line),
      ...this.host(),
    });
    this.persist();
    if (!this.sim.awaiting()) this.answered?.();
  };

  /** Called once the program that asked has its answer (typing a block waits for it). */
  private answered: (() => void) | null = null;

  /** Resolves when no program waits for an answer any more (answered or Ctrl+C). */
  private untilAnswered(): Promise<void> {
    if (!this.sim.awaiting()) return Promise.resolve();
    return new Promise((resolve) => {
      this.answered = () => {
        this.answered = null;
        resolve();
      };
    });
  }

  echo = (entries: readonly TranscriptEntry[]): void => this.append(entries);

  /** Ctrl+C at the `> ` prompt: drops the unfinished command, which is then never replayed. */
  interrupt = (): void => {
    const dropped = this.sim.cancel();
    this.answered?.();
    if (dropped === 0) return;
    this.commands = this.commands.slice(0, -dropped);
    this.update({prompt: this.sim.engine.prompt(), secret: false, ...this.host()});
    this.persist();
  };

  /** Back to the chapter's start state: a fresh engine, nothing ran. */
  reset(): void {
    clearSession(this.key);
    this.seed = randomSeed();
    this.ran = [];
    this.freshSim();
    this.update({
      transcript: [{kind: 'info', text: '처음 상태로 초기화했습니다.'}, ...this.welcome()],
      prompt: this.sim.engine.prompt(),
      status: '처음 상태로 초기화했습니다.',
      focusRequest: this.view.focusRequest + 1,
      ...this.host(),
    });
  }

  /**
   * Carries out a plan once any run still typing is done (so it is made from the blocks that
   * run left behind): catch up quietly, then type the block.
   */
  play(makePlan: (ranBlocks: readonly number[]) => RunPlan, reducedMotion: boolean): Promise<void> {
    const run = this.queue.then(() => this.playNow(makePlan(this.ran), reducedMotion));
    // A run that failed does not stop the next one.
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async playNow(plan: RunPlan, reducedMotion: boolean): Promise<void> {
    this.update({busy: true, status: ''});
    try {
      await this.playSteps(plan, reducedMotion);
    } finally {
      if (this.view.busy) this.update({busy: false});
    }
  }

  private async playSteps(plan: RunPlan, reducedMotion: boolean): Promise<void> {
    // Let the emptied status reach the page, so a summary the same as the last is announced again.
    await sleep(0);
    if (plan.reset) {
      this.seed = randomSeed();
      this.freshSim();
    }
    for (const lines of plan.quietBlockLines) this.runQuietly(lines);
    const summary = runSummary(plan);
    const caughtUp = catchUpLine(plan);
    if (caughtUp) {
      this.append([{kind: 'info', text: caughtUp}]);
      this.update({prompt: this.sim.engine.prompt(), ...this.host()});
    }
    const delay = typingDelay(plan.typedLines.length, reducedMotion);
    const block = ++this.blockRuns;
    for (const line of plan.typedLines) {
      if (delay > 0) await sleep(delay);
      // As a reader would, leave a container shell the block's line is not meant for.
      if (this.leavesShell(line, block)) this.type('exit');
      const wasInContainer = inContainerShell(this.sim.engine.prompt());
      this.type(line);
      // A program asks: the reader answers before the block's next line is typed.
      if (this.sim.awaiting()) {
        this.update({busy: false, focusRequest: this.view.focusRequest + 1});
        await this.untilAnswered();
        this.update({busy: true});
      }
      this.noteShell(block, wasInContainer);
    }
    this.ran = plan.ranBlocks;
    this.persist();
    this.update({busy: false, status: summary, focusRequest: this.view.focusRequest + 1});
  }
}
