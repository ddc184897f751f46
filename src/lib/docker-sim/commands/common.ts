/** Shared pieces for command handlers. */
import type {Output, ParsedCommand} from '../cli';
import type {Chunk} from '../coreutils';
import type {EngineState} from '../state';

export interface Ctx {
  state: EngineState;
  now: () => number;
  /**
   * Opens an interactive shell session in a container (after run -it / exec -it); `execId`
   * names the exec process whose `exec_die` event its `exit` logs.
   */
  openSession: (
    containerId: string,
    shell: 'bash' | 'sh',
    execOnly: boolean,
    execId?: string,
  ) => void;
  /**
   * Present only when the command reads the reader's terminal (typed alone on its line): the
   * handler returns what it printed so far, and `request.answer` continues with the typed answer.
   */
  ask?: (request: InputRequest) => void;
  /** What a pipe or redirection gives the command on its standard input ('' from the terminal). */
  stdin?: string;
}

/** What a program waits for: a line, a y/N answer, or a password typed without echo. */
export interface AwaitingInput {
  readonly kind: 'password' | 'line' | 'confirm';
  /** The prompt the program wrote last (not part of the output before it). */
  readonly prompt: string;
}

export interface InputRequest extends AwaitingInput {
  /** Continues the command with the answer (one line, without its newline). */
  readonly answer: (text: string) => Output;
}

export type Handler = (ctx: Ctx, cmd: ParsedCommand) => Output;

export class Printer {
  stdout = '';
  stderr = '';
  exitCode = 0;
  chunks: Chunk[] = [];
  private push(stream: Chunk['stream'], text: string): void {
    const last = this.chunks[this.chunks.length - 1];
    if (last && last.stream === stream) last.text += text;
    else this.chunks.push({stream, text});
  }
  out(s: string): this {
    this.stdout += s;
    this.push('stdout', s);
    return this;
  }
  line(s: string): this {
    return this.out(`${s}\n`);
  }
  err(s: string): this {
    const text = s.endsWith('\n') ? s : `${s}\n`;
    this.stderr += text;
    this.push('stderr', text);
    return this;
  }
  code(n: number): this {
    this.exitCode = n;
    return this;
  }
  done(): Output {
    return {
      stdout: this.stdout,
      stderr: this.stderr,
      exitCode: this.exitCode,
      chunks: this.chunks.filter((c) => c.text !== ''),
    };
  }
}

export const outOk = (stdout = ''): Output => ({stdout, stderr: '', exitCode: 0});
export const outErr = (stderr: string, exitCode = 1): Output => ({
  stdout: '',
  stderr: stderr.endsWith('\n') ? stderr : `${stderr}\n`,
  exitCode,
});

/** Parses `--filter key=value` flags into a map of key → values. */
export function parseFilters(values: readonly string[]): Map<string, string[]> | string {
  const m = new Map<string, string[]>();
  for (const v of values) {
    const i = v.indexOf('=');
    if (i <= 0) return `bad format of filter (expected name=value)`;
    const k = v.slice(0, i).toLowerCase();
    m.set(k, [...(m.get(k) ?? []), v.slice(i + 1)]);
  }
  return m;
}
