/** The file utilities both shells share: echo, printf, ls, cat, mkdir, rm, touch, pwd. GNU wording. */
import {copyOrMove, gzip, tar} from './archive';
import type {FsView} from './fsview';
import {basename, dirname, resolvePath} from './vfs';
import type {FsError} from './vfs';

/** A piece of output in the order it was written. */
export interface Chunk {
  stream: 'stdout' | 'stderr';
  text: string;
}

export interface UtilResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** stdout and stderr interleaved in writing order (when the order is known). */
  chunks?: Chunk[];
}

/** The chunks of a result: the recorded order, or stderr after stdout. */
export function chunksOf(r: UtilResult): Chunk[] {
  if (r.chunks) return r.chunks;
  const out: Chunk[] = [];
  if (r.stdout) out.push({stream: 'stdout', text: r.stdout});
  if (r.stderr) out.push({stream: 'stderr', text: r.stderr});
  return out;
}

export interface UtilContext {
  fs: FsView;
  cwd: string;
  home: string;
  /** owner shown by `ls -l` */
  user: string;
  now: number;
}

export const ok = (stdout = ''): UtilResult => ({stdout, stderr: '', exitCode: 0});
export const fail = (stderr: string, exitCode = 1): UtilResult => ({
  stdout: '',
  stderr: stderr.endsWith('\n') ? stderr : `${stderr}\n`,
  exitCode,
});

export const ERRNO_TEXT: Record<FsError, string> = {
  ENOENT: 'No such file or directory',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  EEXIST: 'File exists',
  ENOTEMPTY: 'Directory not empty',
  EROFS: 'Read-only file system',
};

/** Interprets backslash escapes like `echo -e` / printf. */
export function unescape(s: string): string {
  return s.replace(/\\(n|t|\\|r|a|b|e|0[0-7]{0,3}|x[0-9a-fA-F]{1,2})/g, (_, e: string) => {
    switch (e[0]) {
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'r':
        return '\r';
      case '\\':
        return '\\';
      case 'a':
        return '\u0007';
      case 'b':
        return '\b';
      case 'e':
        return '\u001b';
      case 'x':
        return String.fromCharCode(parseInt(e.slice(1), 16));
      default:
        return String.fromCharCode(parseInt(e.slice(1) || '0', 8));
    }
  });
}

function echo(_: UtilContext, args: string[]): UtilResult {
  let newline = true;
  let escapes = false;
  let i = 0;
  while (i < args.length && /^-[neE]+$/.test(args[i])) {
    if (args[i].includes('n')) newline = false;
    if (args[i].includes('e')) escapes = true;
    if (args[i].includes('E')) escapes = false;
    i++;
  }
  const text = args.slice(i).join(' ');
  return ok((escapes ? unescape(text) : text) + (newline ? '\n' : ''));
}

function printf(_: UtilContext, args: string[]): UtilResult {
  if (args.length === 0) return fail('printf: usage: printf [-v var] format [arguments]', 2);
  const [format, ...rest] = args;
  let out = '';
  let idx = 0;
  let guard = 0;
  do {
    out += format.replace(
      /%([-0-9.]*)([sdfxc%])|\\(n|t|\\|r|0[0-7]{0,3})/g,
      (m, width: string | undefined, conv: string | undefined) => {
        if (!conv) return unescape(m);
        if (conv === '%') return '%';
        const arg = rest[idx++] ?? '';
        let v: string;
        if (conv === 'd') v = String(parseInt(arg, 10) || 0);
        else if (conv === 'f')
          v = (parseFloat(arg) || 0).toFixed(
            width?.includes('.') ? Number(width.split('.')[1]) : 6,
          );
        else if (conv === 'x') v = (parseInt(arg, 10) || 0).toString(16);
        else if (conv === 'c') v = arg.slice(0, 1);
        else v = arg;
        const w = parseInt(width ?? '', 10);
        if (!Number.isNaN(w))
          v = w < 0 || width?.startsWith('-') ? v.padEnd(Math.abs(w)) : v.padStart(w);
        return v;
      },
    );
    guard++;
  } while (idx > 0 && idx < rest.length && guard < 100);
  return ok(out);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function lsDate(ms: number): string {
  const d = new Date(ms);
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

/** Lays names out in columns for an 80-column terminal, like `ls` does on a tty. */
export function columns(names: readonly string[], width = 80): string {
  if (names.length === 0) return '';
  for (let rows = 1; rows <= names.length; rows++) {
    const cols = Math.ceil(names.length / rows);
    const colWidths: number[] = [];
    for (let c = 0; c < cols; c++) {
      const slice = names.slice(c * rows, (c + 1) * rows);
      colWidths.push(Math.max(...slice.map((n) => n.length)) + (c === cols - 1 ? 0 : 2));
    }
    if (colWidths.reduce((a, b) => a + b, 0) <= width || rows === names.length) {
      let out = '';
      for (let r = 0; r < rows; r++) {
        const line: string[] = [];
        for (let c = 0; c < cols; c++) {
          const n = names[c * rows + r];
          if (n !== undefined) line.push(c === cols - 1 ? n : n.padEnd(colWidths[c]));
        }
        out += `${line.join('').trimEnd()}\n`;
      }
      return out;
    }
  }
  return names.join('\n') + '\n';
}

function ls(ctx: UtilContext, args: string[]): UtilResult {
  const opts = new Set<string>();
  const paths: string[] = [];
  for (const a of args) {
    if (a.startsWith('-') && a.length > 1) for (const ch of a.slice(1)) opts.add(ch);
    else paths.push(a);
  }
  if (paths.length === 0) paths.push('.');
  let stdout = '';
  let stderr = '';
  let code = 0;
  const long = opts.has('l');
  const all = opts.has('a');
  const one = opts.has('1');
  const render = (dir: string | null, names: string[]): string => {
    if (!long) return one ? names.map((n) => `${n}\n`).join('') : columns(names);
    const lines = names.map((n) => {
      const p =
        dir === null
          ? resolvePath(ctx.cwd, n, ctx.home)
          : n === '.'
            ? dir
            : n === '..'
              ? dirname(dir)
              : `${dir === '/' ? '' : dir}/${n}`;
      const isDir = ctx.fs.isDir(p);
      const content = isDir ? '' : ctx.fs.read(p);
      const size = isDir
        ? 4096
        : typeof content === 'string'
          ? new TextEncoder().encode(content).length
          : 0;
      return {mode: isDir ? 'drwxr-xr-x' : '-rw-r--r--', links: isDir ? 2 : 1, size, n};
    });
    const w = Math.max(...lines.map((l) => String(l.size).length), 1);
    const total =
      dir === null ? '' : `total ${lines.reduce((a, l) => a + Math.ceil(l.size / 4096) * 4, 0)}\n`;
    return (
      total +
      lines
        .map(
          (l) =>
            `${l.mode} ${l.links} ${ctx.user} ${ctx.user} ${String(l.size).padStart(w)} ${lsDate(ctx.now)} ${l.n}\n`,
        )
        .join('')
    );
  };
  const files: string[] = [];
  const dirs: string[] = [];
  for (const p of paths) {
    const abs = resolvePath(ctx.cwd, p, ctx.home);
    if (ctx.fs.isDir(abs)) dirs.push(p);
    else if (ctx.fs.isFile(abs)) files.push(p);
    else {
      stderr += `ls: cannot access '${p}': No such file or directory\n`;
      code = 2;
    }
  }
  if (files.length > 0) stdout += render(null, files);
  dirs.forEach((p, i) => {
    const abs = resolvePath(ctx.cwd, p, ctx.home);
    let names = ctx.fs.list(abs);
    if (!all) names = names.filter((n) => !n.startsWith('.'));
    else names = ['.', '..', ...names];
    if (paths.length > 1) stdout += `${i > 0 || files.length > 0 ? '\n' : ''}${p}:\n`;
    stdout += render(abs, names);
  });
  return {stdout, stderr, exitCode: code};
}

function cat(ctx: UtilContext, args: string[], stdin: string): UtilResult {
  if (args.length === 0) return ok(stdin);
  let stdout = '';
  let stderr = '';
  let code = 0;
  for (const a of args) {
    if (a === '-') {
      stdout += stdin;
      continue;
    }
    const r = ctx.fs.read(resolvePath(ctx.cwd, a, ctx.home));
    if (
      r === 'ENOENT' ||
      r === 'EISDIR' ||
      r === 'ENOTDIR' ||
      r === 'EEXIST' ||
      r === 'ENOTEMPTY'
    ) {
      stderr += `cat: ${a}: ${ERRNO_TEXT[r]}\n`;
      code = 1;
    } else stdout += r;
  }
  return {stdout, stderr, exitCode: code};
}

function mkdir(ctx: UtilContext, args: string[]): UtilResult {
  const parents = args.includes('-p');
  const targets = args.filter((a) => !a.startsWith('-'));
  if (targets.length === 0)
    return fail("mkdir: missing operand\nTry 'mkdir --help' for more information.");
  let stderr = '';
  for (const t of targets) {
    const err = ctx.fs.mkdir(resolvePath(ctx.cwd, t, ctx.home), parents);
    if (err) stderr += `mkdir: cannot create directory ‘${t}’: ${ERRNO_TEXT[err]}\n`;
  }
  return {stdout: '', stderr, exitCode: stderr ? 1 : 0};
}

function rm(ctx: UtilContext, args: string[]): UtilResult {
  const flags = args.filter((a) => a.startsWith('-')).join('');
  const recursive = /[rR]/.test(flags);
  const force = flags.includes('f');
  const targets = args.filter((a) => !a.startsWith('-'));
  if (targets.length === 0)
    return force ? ok() : fail("rm: missing operand\nTry 'rm --help' for more information.");
  let stderr = '';
  for (const t of targets) {
    const abs = resolvePath(ctx.cwd, t, ctx.home);
    if (abs === '/') {
      stderr +=
        "rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n";
      continue;
    }
    const err = ctx.fs.remove(abs, recursive);
    if (err && !(err === 'ENOENT' && force))
      stderr += `rm: cannot remove '${t}': ${ERRNO_TEXT[err]}\n`;
  }
  return {stdout: '', stderr, exitCode: stderr ? 1 : 0};
}

function touch(ctx: UtilContext, args: string[]): UtilResult {
  let stderr = '';
  for (const t of args.filter((a) => !a.startsWith('-'))) {
    const abs = resolvePath(ctx.cwd, t, ctx.home);
    if (ctx.fs.isFile(abs) || ctx.fs.isDir(abs)) continue;
    const err = ctx.fs.write(abs, '');
    if (err) stderr += `touch: cannot touch '${t}': ${ERRNO_TEXT[err]}\n`;
  }
  return {stdout: '', stderr, exitCode: stderr ? 1 : 0};
}

/** Text filters for pipes: grep, head, tail, wc, sort. */
export function filter(cmd: string, args: string[], input: string): UtilResult | null {
  const lines = input.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const out = (ls: string[]): UtilResult => ok(ls.map((l) => `${l}\n`).join(''));
  const num = (def: number): number => {
    const i = args.findIndex((a) => a === '-n');
    if (i >= 0) return parseInt(args[i + 1] ?? '', 10) || def;
    const m = args.find((a) => /^-\d+$/.test(a));
    return m ? Number(m.slice(1)) : def;
  };
  switch (cmd) {
    case 'grep': {
      const invert = args.includes('-v');
      const ci = args.includes('-i');
      const pat = args.find((a) => !a.startsWith('-'));
      if (pat === undefined)
        return fail(
          "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.",
          2,
        );
      let re: RegExp;
      try {
        re = new RegExp(pat, ci ? 'i' : '');
      } catch {
        re = new RegExp(pat.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), ci ? 'i' : '');
      }
      const m = lines.filter((l) => re.test(l) !== invert);
      return {...out(m), exitCode: m.length ? 0 : 1};
    }
    case 'head':
      return out(lines.slice(0, num(10)));
    case 'tail':
      return out(lines.slice(-num(10)));
    case 'wc':
      return ok(
        args.includes('-l')
          ? `${lines.length}\n`
          : `${String(lines.length).padStart(7)} ${String(input.split(/\s+/).filter(Boolean).length).padStart(7)} ${String(input.length).padStart(7)}\n`,
      );
    case 'sort':
      return out([...lines].sort());
    default:
      return null;
  }
}

const SLEEP_UNIT_MS: Readonly<Record<string, number>> = {
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};

/**
 * How long `sleep` waits for these operands, ms (GNU sleep adds them up; `infinity` never ends,
 * which the playground cannot show, so it adds nothing). 0 for operands sleep rejects.
 */
export function sleepDurationMs(args: readonly string[]): number {
  let total = 0;
  for (const arg of args) {
    if (arg === 'infinity') continue;
    const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(arg);
    if (!m) return 0;
    total += Number(m[1]) * (SLEEP_UNIT_MS[m[2] || 's'] ?? 1000);
  }
  return Math.round(total);
}

/**
 * `sleep N[smhd]`: returns at once (there is no wall clock to wait on); the shells then move the
 * simulated clock on by `sleepDurationMs`, so what depends on time sees it pass.
 */
function sleep(_: UtilContext, args: string[]): UtilResult {
  if (args.length === 0)
    return fail("sleep: missing operand\nTry 'sleep --help' for more information.");
  const bad = args.find((a) => !/^\d+(\.\d+)?[smhd]?$/.test(a) && a !== 'infinity');
  if (bad)
    return fail(`sleep: invalid time interval '${bad}'\nTry 'sleep --help' for more information.`);
  return ok();
}

export type Util = (ctx: UtilContext, args: string[], stdin: string) => UtilResult;

/** After a `sleep` that succeeded, moves the simulated clock on (EngineState.sleptMs). */
export function advanceClock(
  state: {sleptMs?: number},
  name: string,
  args: readonly string[],
  result: UtilResult,
): UtilResult {
  if (name === 'sleep' && result.exitCode === 0)
    state.sleptMs = (state.sleptMs ?? 0) + sleepDurationMs(args);
  return result;
}

export const COREUTILS: Readonly<Record<string, Util>> = {
  echo,
  printf,
  ls,
  cat,
  mkdir,
  rm,
  touch,
  pwd: (ctx) => ok(`${ctx.cwd}\n`),
  true: () => ok(),
  false: () => ({stdout: '', stderr: '', exitCode: 1}),
  basename: (_, args) => ok(`${basename(args[0] ?? '')}\n`),
  grep: (_, args, stdin) => filter('grep', args, stdin) as UtilResult,
  head: (_, args, stdin) => filter('head', args, stdin) as UtilResult,
  wc: (_, args, stdin) => filter('wc', args, stdin) as UtilResult,
  sort: (_, args, stdin) => filter('sort', args, stdin) as UtilResult,
  tail: (_, args, stdin) =>
    args.includes('-f') ? ok() : (filter('tail', args, stdin) as UtilResult),
  tar,
  gzip: (ctx, args) => gzip(ctx, args),
  gunzip: (ctx, args) => gzip(ctx, args, true),
  cp: (ctx, args) => copyOrMove(ctx, args, false),
  mv: (ctx, args) => copyOrMove(ctx, args, true),
  sleep,
};
