/**
 * The shell language both shells share (the host's bash and the shells inside containers):
 * multi-line input, `\` continuations, here-documents, `for`/`while`/`until`/`if`, `{ …; }`,
 * `[ … ]`/`test`, `$((…))`, `$(…)`, `$VAR`/`${VAR:-x}`/`$?`/`$$`, assignments and `export`.
 * Words are kept as typed and expanded when their command runs, so loops see new values.
 * What a command does is the caller's: see `ShellHost`.
 */
import type {Chunk, UtilResult} from './coreutils';
import {PLAYGROUND_NOTE_PREFIX} from './messages';
import {
  arithmetic,
  parseScript,
  skipDouble,
  skipParens,
  type CommandNode,
  type ListNode,
  type PipelineNode,
  type Redirect,
  type SimpleNode,
} from './script-syntax';

export {arithmetic, parseScript, type ListNode, type Parsed} from './script-syntax';

/* ------------------------------------------------------------------ execution */

/** What a shell needs from the machine it runs on. */
export interface ShellHost {
  /** `bash` (`bash: x: …`) or `sh` (`sh: 1: x: …`): the wording of the shell's own errors. */
  readonly shell: 'bash' | 'sh';
  /** Shell variables; kept by the caller between lines. */
  readonly vars: Record<string, string>;
  /** Variables from the environment (HOME, PATH, the container's ENV), read when not set above. */
  env(name: string): string | undefined;
  /** `$$`. */
  readonly pid: number;
  /** `$?` before the first command. */
  readonly lastExit: number;
  /** The home directory for `~`. */
  readonly home: string;
  /** Runs a command (argv after expansion); `exit` set when the shell ends. */
  exec(argv: string[], stdin: string): UtilResult & {exit?: number};
  /** A file's content, or the error text (`No such file or directory`). */
  read(path: string): {ok: true; content: string} | {ok: false; error: string};
  /** Writes or appends; returns the error text or null. */
  write(path: string, content: string, append: boolean): string | null;
  /** The whole message when a redirection cannot open its file (default: `PREFIX: PATH: ERROR`). */
  createError?(path: string, error: string): string;
  /** What is at a path, for `test -f/-d/-e`. */
  kind(path: string): 'file' | 'dir' | null;
}

export interface ScriptResult extends UtilResult {
  chunks: Chunk[];
  /** Set when `exit` ran: the shell ends with this status. */
  exit?: number;
}

/** While/until loops stop after this many rounds (a real shell would go on until Ctrl+C). */
export const MAX_LOOP_ROUNDS = 1000;
const MAX_SUBSTITUTION_DEPTH = 8;

class Exit {
  constructor(readonly code: number) {}
}
class LoopJump {
  constructor(
    readonly kind: 'break' | 'continue',
    public levels: number,
  ) {}
}
class Stop {}

const out = (text: string): Chunk => ({stream: 'stdout', text});
const err = (text: string): Chunk => ({stream: 'stderr', text});

/** Runs a parsed script. Never throws for the script's own failures. */
export function runParsed(host: ShellHost, list: ListNode, depth = 0): ScriptResult {
  const exec = new Executor(host, depth);
  const chunks: Chunk[] = [];
  let exit: number | undefined;
  try {
    exec.list(list, new Input(''), chunks);
  } catch (e) {
    if (e instanceof Exit) exit = e.code;
    else if (!(e instanceof Stop) && !(e instanceof LoopJump)) throw e;
  }
  const merged = mergeChunks(chunks);
  return {
    stdout: merged
      .filter((c) => c.stream === 'stdout')
      .map((c) => c.text)
      .join(''),
    stderr: merged
      .filter((c) => c.stream === 'stderr')
      .map((c) => c.text)
      .join(''),
    exitCode: exit ?? exec.status,
    chunks: merged,
    ...(exit !== undefined ? {exit} : {}),
  };
}

/** Parses and runs `src` (complete input); a syntax error prints bash's message, status 2. */
export function runShellScript(host: ShellHost, src: string, depth = 0): ScriptResult {
  const parsed = parseScript(src);
  if (parsed.kind !== 'complete') {
    const message = parsed.kind === 'error' ? parsed.message : parsed.reason;
    const text = `${host.shell === 'bash' ? 'bash: ' : 'sh: 1: '}${message}\n`;
    return {stdout: '', stderr: text, exitCode: 2, chunks: [err(text)]};
  }
  return runParsed(host, parsed.list, depth);
}

function mergeChunks(chunks: Chunk[]): Chunk[] {
  const merged: Chunk[] = [];
  for (const c of chunks) {
    if (c.text === '') continue;
    const last = merged[merged.length - 1];
    if (last && last.stream === c.stream) last.text += c.text;
    else merged.push({...c});
  }
  return merged;
}

class Executor {
  status: number;
  /** How many loop bodies are running (break/continue outside one only warn). */
  private loops = 0;
  constructor(
    private readonly host: ShellHost,
    private readonly depth: number,
  ) {
    this.status = host.lastExit;
  }

  private prefix(): string {
    return this.host.shell === 'bash' ? 'bash: ' : 'sh: 1: ';
  }

  private cannotCreate(path: string, error: string): string {
    return this.host.createError?.(path, error) ?? `${this.prefix()}${path}: ${error}`;
  }

  private lookup(name: string): string {
    if (name === '?') return String(this.status);
    if (name === '$') return String(this.host.pid);
    if (name === '#') return '0';
    if (name === '0') return this.host.shell;
    if (/^\d$/.test(name)) return '';
    return this.host.vars[name] ?? this.host.env(name) ?? '';
  }

  list(list: ListNode, stdin: Input, chunks: Chunk[]): void {
    for (const item of list) {
      this.pipeline(item.first, stdin, chunks);
      for (const next of item.rest) {
        if ((next.op === '&&') !== (this.status === 0)) continue;
        this.pipeline(next.pipeline, stdin, chunks);
      }
    }
  }

  private pipeline(node: PipelineNode, stdin: Input, chunks: Chunk[]): void {
    if (node.commands.length === 1) {
      this.command(node.commands[0]!, stdin, chunks);
    } else {
      // Each part of a pipeline runs in a subshell: its variables and `exit` stay inside.
      let input = stdin;
      node.commands.forEach((command, index) => {
        if (index === node.commands.length - 1) {
          this.subshell(() => this.command(command, input, chunks));
          return;
        }
        const own: Chunk[] = [];
        this.subshell(() => this.command(command, input, own));
        input = new Input(
          own
            .filter((c) => c.stream === 'stdout')
            .map((c) => c.text)
            .join(''),
        );
        chunks.push(...own.filter((c) => c.stream === 'stderr'));
      });
    }
    if (node.bang) this.status = this.status === 0 ? 1 : 0;
  }

  private command(node: CommandNode, stdin: Input, chunks: Chunk[]): void {
    const redirected = this.openRedirects(node.redirects, stdin, chunks);
    if (!redirected) return;
    const own: Chunk[] = [];
    try {
      this.body(node, redirected.stdin, own);
    } finally {
      this.route(own, redirected.targets, chunks);
    }
  }

  private body(node: CommandNode, stdin: Input, chunks: Chunk[]): void {
    switch (node.kind) {
      case 'simple':
        return this.simple(node, stdin, chunks);
      case 'group':
        if (!node.subshell) return this.list(node.body, stdin, chunks);
        return this.subshell(() => this.list(node.body, stdin, chunks));
      case 'if': {
        for (const clause of node.clauses) {
          this.list(clause.cond, stdin, chunks);
          if (this.status === 0) return this.list(clause.body, stdin, chunks);
        }
        if (node.otherwise) this.list(node.otherwise, stdin, chunks);
        else this.status = 0;
        return;
      }
      case 'for': {
        const items = node.words === null ? [] : node.words.flatMap((w) => this.expand(w, chunks));
        this.status = 0;
        for (const item of items) {
          this.host.vars[node.name] = item;
          if (this.loopRound(node.body, stdin, chunks)) break;
        }
        return;
      }
      case 'while': {
        let ran = 0;
        let status = 0;
        for (;;) {
          this.list(node.cond, stdin, chunks);
          if ((this.status === 0) === node.until) break;
          if (++ran > MAX_LOOP_ROUNDS) {
            chunks.push(
              err(
                `${PLAYGROUND_NOTE_PREFIX}반복이 ${MAX_LOOP_ROUNDS}번을 넘어 멈췄습니다. 실제 셸은 조건이 바뀔 때까지 계속 반복합니다 (Ctrl+C로 멈춥니다).\n`,
              ),
            );
            this.status = 130;
            throw new Stop();
          }
          const stop = this.loopRound(node.body, stdin, chunks);
          status = this.status;
          if (stop) break;
        }
        this.status = status;
        return;
      }
    }
  }

  /** One round of a loop body; true when `break` ends the loop. */
  private loopRound(body: ListNode, stdin: Input, chunks: Chunk[]): boolean {
    this.loops++;
    try {
      this.list(body, stdin, chunks);
      return false;
    } catch (e) {
      if (!(e instanceof LoopJump)) throw e;
      if (e.levels > 1) {
        e.levels--;
        throw e;
      }
      return e.kind === 'break';
    } finally {
      this.loops--;
    }
  }

  /** `( … )`: variable changes stay inside. */
  private subshell(run: () => void): void {
    const saved = {...this.host.vars};
    try {
      run();
    } catch (e) {
      if (e instanceof Exit) this.status = e.code;
      else throw e;
    } finally {
      for (const k of Object.keys(this.host.vars)) delete this.host.vars[k];
      Object.assign(this.host.vars, saved);
    }
  }

  private simple(node: SimpleNode, stdin: Input, chunks: Chunk[]): void {
    const argv = node.words.flatMap((w) => this.expand(w, chunks));
    const values = node.assigns.map((a) => ({
      name: a.name,
      value: this.expandOne(a.value, chunks),
    }));
    if (argv.length === 0) {
      for (const {name, value} of values) this.host.vars[name] = value;
      // `VAR=$(cmd)` keeps the substitution's status; a plain assignment is 0.
      if (!node.assigns.some((a) => /\$\(|`/.test(a.value))) this.status = 0;
      return;
    }
    const builtin = this.builtin(argv, stdin, chunks);
    if (builtin !== null) {
      this.status = builtin;
      return;
    }
    const r = this.host.exec(argv, stdin.rest());
    chunks.push(...(r.chunks ?? [out(r.stdout), err(r.stderr)]));
    this.status = r.exitCode;
    if (r.exit !== undefined) throw new Exit(r.exit);
  }

  /** Builtins of the shell itself; null when `argv` is not one. */
  private builtin(argv: string[], stdin: Input, chunks: Chunk[]): number | null {
    const [name, ...args] = argv;
    switch (name) {
      case ':':
      case 'true':
        return 0;
      case 'false':
        return 1;
      case 'export':
      case 'readonly':
      case 'local':
        for (const a of args) {
          const m = /^([A-Za-z_]\w*)(?:=(.*))?$/s.exec(a);
          if (!m) {
            chunks.push(err(`${this.prefix()}${name}: \`${a}': not a valid identifier\n`));
            return 1;
          }
          if (m[2] !== undefined) this.host.vars[m[1]!] = m[2];
          else if (this.host.vars[m[1]!] === undefined) {
            const env = this.host.env(m[1]!);
            if (env !== undefined) this.host.vars[m[1]!] = env;
          }
        }
        return 0;
      case 'read': {
        // `read [-r] [NAME…]`: one line of input, split into the names (the last takes the rest).
        const raw = args[0] === '-r';
        const names = (raw ? args.slice(1) : args).filter((a) => !a.startsWith('-'));
        const read = stdin.readLine();
        if (read === null) return 1;
        const text = raw ? read.line : read.line.replace(/\\(.)/g, '$1');
        const targets = names.length > 0 ? names : ['REPLY'];
        let rest = names.length > 0 ? text.replace(/^[ \t]+/, '') : text;
        targets.forEach((name, index) => {
          if (index === targets.length - 1) {
            this.host.vars[name] = names.length > 0 ? rest.replace(/[ \t]+$/, '') : rest;
            return;
          }
          const m = /^(\S*)[ \t]*/.exec(rest)!;
          this.host.vars[name] = m[1]!;
          rest = rest.slice(m[0].length);
        });
        // A last line without its newline is read, but read still reports end of input.
        return read.ended ? 1 : 0;
      }
      case 'unset':
        for (const a of args) delete this.host.vars[a];
        return 0;
      case 'break':
      case 'continue':
        if (this.loops === 0) {
          chunks.push(
            err(
              `${this.prefix()}${name}: only meaningful in a \`for', \`while', or \`until' loop\n`,
            ),
          );
          return 0;
        }
        // `break 5` in two loops leaves both.
        throw new LoopJump(
          name,
          Math.min(this.loops, Math.max(1, parseInt(args[0] ?? '1', 10) || 1)),
        );
      case 'test':
      case '[': {
        let words = args;
        if (name === '[') {
          if (args[args.length - 1] !== ']') {
            chunks.push(err(`${this.prefix()}[: missing \`]'\n`));
            return 2;
          }
          words = args.slice(0, -1);
        }
        const r = this.test(words);
        if (typeof r === 'string') {
          chunks.push(err(`${this.prefix()}${name}: ${r}\n`));
          return 2;
        }
        return r ? 0 : 1;
      }
      default:
        return null;
    }
  }

  /** `test`'s expression: true/false, or an error text. */
  private test(words: string[]): boolean | string {
    if (words[0] === '!' && words.length > 1) {
      const r = this.test(words.slice(1));
      return typeof r === 'string' ? r : !r;
    }
    if (words.length === 0) return false;
    if (words.length === 1) return words[0] !== '';
    if (words.length === 2) {
      const [op, arg] = words as [string, string];
      switch (op) {
        case '-z':
          return arg === '';
        case '-n':
          return arg !== '';
        case '-f':
          return this.host.kind(arg) === 'file';
        case '-d':
          return this.host.kind(arg) === 'dir';
        case '-e':
          return this.host.kind(arg) !== null;
        case '-s': {
          const r = this.host.read(arg);
          return r.ok && r.content !== '';
        }
        default:
          return `${op}: unary operator expected`;
      }
    }
    if (words.length === 3) {
      const [a, op, b] = words as [string, string, string];
      if (op === '=' || op === '==') return a === b;
      if (op === '!=') return a !== b;
      const INT: Record<string, (x: number, y: number) => boolean> = {
        '-eq': (x, y) => x === y,
        '-ne': (x, y) => x !== y,
        '-lt': (x, y) => x < y,
        '-gt': (x, y) => x > y,
        '-le': (x, y) => x <= y,
        '-ge': (x, y) => x >= y,
      };
      const compare = INT[op];
      if (!compare) return `${op}: binary operator expected`;
      for (const v of [a, b])
        if (!/^\s*[-+]?\d+\s*$/.test(v)) return `${v}: integer expression expected`;
      return compare(parseInt(a, 10), parseInt(b, 10));
    }
    if (words.includes('-a') || words.includes('-o')) {
      const at = words.lastIndexOf('-o') > 0 ? words.lastIndexOf('-o') : words.lastIndexOf('-a');
      const left = this.test(words.slice(0, at));
      const right = this.test(words.slice(at + 1));
      if (typeof left === 'string') return left;
      if (typeof right === 'string') return right;
      return words[at] === '-o' ? left || right : left && right;
    }
    return 'too many arguments';
  }

  /* -------------------------------------------------------------- redirections */

  private openRedirects(
    redirects: Redirect[],
    stdin: Input,
    chunks: Chunk[],
  ): {stdin: Input; targets: Targets} | null {
    const targets: Targets = {fd1: null, fd2: null};
    let input = stdin;
    for (const r of redirects) {
      if (r.op === '2>&1') {
        targets.fd2 = targets.fd1 ?? 'stdout';
        continue;
      }
      if (r.op === '>&2') {
        targets.fd1 = targets.fd2 ?? 'stderr';
        continue;
      }
      if (r.op === '<<') {
        input = new Input(r.expand ? this.expandHeredoc(r.body ?? '', chunks) : (r.body ?? ''));
        continue;
      }
      const word = this.expandOne(r.word, chunks);
      if (r.op === '<<<') {
        input = new Input(`${word}\n`);
        continue;
      }
      if (r.op === '<') {
        const read = this.host.read(word);
        if (!read.ok) {
          chunks.push(err(`${this.prefix()}${word}: ${read.error}\n`));
          this.status = 1;
          return null;
        }
        input = new Input(read.content);
        continue;
      }
      // Opening for writing truncates (`>`) or creates (`>>`) before the command runs.
      const error = this.host.write(word, '', r.op.endsWith('>>'));
      if (error) {
        chunks.push(err(`${this.cannotCreate(word, error)}\n`));
        this.status = 1;
        return null;
      }
      const file = {path: word};
      if (r.op === '&>') {
        targets.fd1 = file;
        targets.fd2 = file;
      } else if (r.op.startsWith('2')) targets.fd2 = file;
      else targets.fd1 = file;
    }
    return {stdin: input, targets};
  }

  /** Sends a command's output where its redirections point. */
  private route(own: Chunk[], targets: Targets, chunks: Chunk[]): void {
    const written = new Map<string, string>();
    for (const c of own) {
      const target = c.stream === 'stdout' ? targets.fd1 : targets.fd2;
      if (target === null) chunks.push(c);
      else if (target === 'stdout' || target === 'stderr')
        chunks.push({stream: target, text: c.text});
      else written.set(target.path, (written.get(target.path) ?? '') + c.text);
    }
    for (const [path, content] of written) {
      const error = this.host.write(path, content, true);
      if (error) chunks.push(err(`${this.cannotCreate(path, error)}\n`));
    }
  }

  /* -------------------------------------------------------------- expansion */

  /** Expands a word to fields: quotes removed, `$…` expanded, unquoted results split. */
  expand(raw: string, chunks: Chunk[]): string[] {
    return this.expandWord(raw, chunks, true);
  }

  /** Expands without field splitting (assignments, redirection targets). */
  private expandOne(raw: string, chunks: Chunk[]): string {
    return this.expandWord(raw, chunks, false).join(' ');
  }

  private expandWord(raw: string, chunks: Chunk[], split: boolean): string[] {
    const fields: string[] = [];
    let current = '';
    let started = false;
    const addSplit = (value: string): void => {
      if (!split) {
        current += value;
        return;
      }
      const parts = value.split(/[ \t\n]+/);
      parts.forEach((part, index) => {
        if (index > 0) {
          if (started || current !== '') fields.push(current);
          current = '';
          started = false;
        }
        current += part;
      });
    };
    let i = 0;
    if (raw === '~' || raw.startsWith('~/')) {
      current = this.host.home;
      started = true;
      i = 1;
    }
    while (i < raw.length) {
      const c = raw[i]!;
      if (c === '\\') {
        current += raw[i + 1] ?? '';
        started = true;
        i += 2;
      } else if (c === "'") {
        const end = raw.indexOf("'", i + 1);
        current += raw.slice(i + 1, end);
        started = true;
        i = end + 1;
      } else if (c === '"') {
        const end = skipDouble(raw, i + 1);
        current += this.expandQuoted(raw.slice(i + 1, end - 1), chunks, '"\\$`\n');
        started = true;
        i = end;
      } else if (c === '$' || c === '`') {
        const r = this.dollar(raw, i, chunks);
        if (r.literal) {
          current += r.value;
          started = true;
        } else addSplit(r.value);
        i = r.next;
      } else {
        current += c;
        started = true;
        i++;
      }
    }
    if (started || current !== '') fields.push(current);
    return split ? fields : [fields.join(' ')];
  }

  /** Double-quoted text or an unquoted here-document: `$…` expanded, `\` only before `escapable`. */
  private expandQuoted(text: string, chunks: Chunk[], escapable: string): string {
    let value = '';
    let i = 0;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '\\' && i + 1 < text.length && escapable.includes(text[i + 1]!)) {
        if (text[i + 1] !== '\n') value += text[i + 1];
        i += 2;
      } else if (c === '$' || c === '`') {
        const r = this.dollar(text, i, chunks);
        value += r.value;
        i = r.next;
      } else {
        value += c;
        i++;
      }
    }
    return value;
  }

  private expandHeredoc(body: string, chunks: Chunk[]): string {
    return this.expandQuoted(body, chunks, '\\$`\n');
  }

  /** A `$…` or backquote expansion at `i`. */
  private dollar(
    text: string,
    i: number,
    chunks: Chunk[],
  ): {value: string; next: number; literal?: boolean} {
    if (text[i] === '`') {
      const end = text.indexOf('`', i + 1);
      const close = end === -1 ? text.length : end;
      return {value: this.substitute(text.slice(i + 1, close), chunks), next: close + 1};
    }
    const rest = text.slice(i + 1);
    if (rest.startsWith('((')) {
      const end = skipParens(text, i + 1);
      if (end !== -1 && text[end - 2] === ')') {
        const expr = text.slice(i + 3, end - 2);
        try {
          const inner = this.expandQuoted(expr, chunks, '\\$`');
          return {value: String(arithmetic(inner, (name) => this.lookup(name))), next: end};
        } catch (e) {
          chunks.push(err(`${this.prefix()}${e instanceof Error ? e.message : String(e)}\n`));
          this.status = 1;
          throw new Stop();
        }
      }
    }
    if (rest.startsWith('(')) {
      const end = skipParens(text, i + 1);
      const close = end === -1 ? text.length : end;
      return {value: this.substitute(text.slice(i + 2, close - 1), chunks), next: close};
    }
    const braced = /^\{([A-Za-z_]\w*|[?$#\d])(?:(:?[-=+])([^}]*))?\}/.exec(rest);
    if (braced) {
      const [whole, name, op, word = ''] = braced as unknown as [string, string, string?, string?];
      let value = this.lookup(name);
      const unset = op?.startsWith(':') ? value === '' : this.host.vars[name] === undefined;
      if (op?.endsWith('-') && unset) value = this.expandQuoted(word, chunks, '\\$`');
      else if (op?.endsWith('=') && unset) {
        value = this.expandQuoted(word, chunks, '\\$`');
        this.host.vars[name] = value;
      } else if (op?.endsWith('+')) value = unset ? '' : this.expandQuoted(word, chunks, '\\$`');
      return {value, next: i + 1 + whole.length};
    }
    if (rest.startsWith('{#')) {
      const m = /^\{#([A-Za-z_]\w*)\}/.exec(rest);
      if (m) return {value: String(this.lookup(m[1]!).length), next: i + 1 + m[0].length};
    }
    const plain = /^([A-Za-z_]\w*|[?$#\d])/.exec(rest);
    if (plain) return {value: this.lookup(plain[1]!), next: i + 1 + plain[0].length};
    return {value: '$', next: i + 1, literal: true};
  }

  /** `$(…)`: runs the command in a subshell; its output without trailing newlines. */
  private substitute(src: string, chunks: Chunk[]): string {
    if (this.depth >= MAX_SUBSTITUTION_DEPTH) return '';
    const vars = {...this.host.vars};
    const inner: ShellHost = {
      shell: this.host.shell,
      vars,
      env: (name) => this.host.env(name),
      pid: this.host.pid,
      lastExit: this.status,
      home: this.host.home,
      exec: (argv, stdin) => this.host.exec(argv, stdin),
      read: (path) => this.host.read(path),
      write: (path, content, append) => this.host.write(path, content, append),
      kind: (path) => this.host.kind(path),
    };
    const r = runShellScript(inner, src, this.depth + 1);
    chunks.push(...r.chunks.filter((c) => c.stream === 'stderr'));
    this.status = r.exitCode;
    return r.stdout.replace(/\n+$/, '');
  }
}

/** A command's standard input: `read` takes it a line at a time, other commands see the rest. */
class Input {
  private pos = 0;
  constructor(private readonly text: string) {}
  rest(): string {
    return this.text.slice(this.pos);
  }
  readLine(): {line: string; ended: boolean} | null {
    if (this.pos >= this.text.length) return null;
    const end = this.text.indexOf('\n', this.pos);
    const line = this.text.slice(this.pos, end === -1 ? this.text.length : end);
    this.pos = end === -1 ? this.text.length : end + 1;
    return {line, ended: end === -1};
  }
}

type Target = null | 'stdout' | 'stderr' | {path: string};
interface Targets {
  fd1: Target;
  fd2: Target;
}
