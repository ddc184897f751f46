/**
 * Command-line parsing that behaves like docker/cli 28.2 (cobra + spf13/pflag): command lookup,
 * flags, help, and the exact error texts. The command table, usage lines, help texts and
 * error texts come from fixtures/cli-reference.generated.ts, recorded from the installed client.
 */
import {CLI_EXTRAS} from './fixtures/cli-reference.generated';
// The 28.2.2 recording with the Docker 29 help-text changes laid over it.
import {CLI_REFERENCE_29 as CLI_REFERENCE} from './fixtures/cli-reference-29';
import type {CliCommandRef, RecordedFlag, RecordedOutput} from './fixtures/cli-reference-types';

export type {UtilResult as Output} from './coreutils';
import type {UtilResult as Output} from './coreutils';
import {ramInBytes} from './format';

export interface ParsedCommand {
  /** The command path as typed and found in the reference, e.g. 'container ls' or 'ps'. */
  path: string;
  ref: CliCommandRef;
  flags: Record<string, string[]>;
  args: string[];
}

export type ParseResult = {kind: 'output'; output: Output} | {kind: 'command'; cmd: ParsedCommand};

export const GROUPS = ['image', 'container', 'volume', 'network', 'system', 'context'] as const;

/** Commands whose flags stop at the first positional argument (SetInterspersed(false)). */
const NOT_INTERSPERSED = new Set([
  'run',
  'create',
  'exec',
  'container run',
  'container create',
  'container exec',
]);

const extra = (line: string): RecordedOutput => {
  const e = CLI_EXTRAS.find((x) => x.line === line);
  if (!e) throw new Error(`missing recorded output for ${line}`);
  return e;
};

const out = (r: RecordedOutput): Output => ({
  stdout: r.stdout,
  stderr: r.stderr,
  exitCode: r.exitCode,
});

/** Replaces the first line of a recorded error, keeping its Usage/Run lines. */
function replaceFirstLine(r: RecordedOutput, first: string): Output {
  // The legacy builder's DEPRECATED banner (absent with buildx) precedes the error for `build`.
  const at = r.stderr.indexOf('unknown flag: --bogus');
  const text = at > 0 ? r.stderr.slice(at) : r.stderr;
  const nl = text.indexOf('\n');
  return {stdout: '', stderr: first + (nl === -1 ? '\n' : text.slice(nl)), exitCode: r.exitCode};
}

export function flagError(ref: CliCommandRef | null, message: string): Output {
  const recorded = ref?.unknownFlag ?? extra('docker --bogus');
  return replaceFirstLine(recorded, message);
}

export const SHORT_HELP_NOTICE = 'Flag shorthand -h has been deprecated, use --help\n';

export function helpOutput(ref: CliCommandRef, shortHelp = false): Output {
  // The installed client prints the legacy builder's DEPRECATED banner for `build --help`;
  // users with buildx (the default since 23.0) do not see it, so it is left out.
  const isBuild = ref.path === 'build' || ref.path === 'image build';
  return {
    stdout: (shortHelp ? SHORT_HELP_NOTICE : '') + ref.help.stdout,
    stderr: isBuild ? '' : ref.help.stderr,
    exitCode: ref.help.exitCode,
  };
}

export function rootUnknownCommand(word: string): Output {
  const r = extra('docker foo');
  return {
    stdout: '',
    stderr: r.stderr.replace('docker foo', `docker ${word}`),
    exitCode: r.exitCode,
  };
}

function argCountError(ref: CliCommandRef, n: number): Output | null {
  const tooFew = n < ref.min;
  const tooMany = ref.max !== null && n > ref.max;
  if (!tooFew && !tooMany) return null;
  const keys = Object.keys(ref.argErrors)
    .map(Number)
    .sort((a, b) => a - b);
  const key = ref.argErrors[n]
    ? n
    : tooFew
      ? keys.filter((k) => k < ref.min)[0]
      : keys.filter((k) => ref.max !== null && k > ref.max).pop();
  const rec = key === undefined ? undefined : ref.argErrors[key];
  return rec
    ? out(rec)
    : {stdout: '', stderr: `docker: '${ref.usage}' argument error\n`, exitCode: 1};
}

/**
 * Flags `docker build` has when it is buildx (the default builder) that the recorded legacy
 * client lacks: docker/buildx v0.36.1 commands/build.go buildCmd (flags.StringArrayVar(&options.secrets, "secret", …) and the others).
 */
const BUILDX_BUILD_FLAGS: readonly RecordedFlag[] = [
  {short: null, long: 'secret', type: 'stringArray'},
  {short: null, long: 'ssh', type: 'stringArray'},
  {short: null, long: 'push', type: 'bool'},
  {short: null, long: 'load', type: 'bool'},
  {short: null, long: 'progress', type: 'string'},
  {short: null, long: 'builder', type: 'string'},
];

function findFlag(ref: CliCommandRef, name: string, short: boolean): RecordedFlag | undefined {
  const extraFlags =
    ref.path === 'build' || ref.path === 'image build' || ref.path === 'builder build'
      ? BUILDX_BUILD_FLAGS
      : [];
  return [...ref.flags, ...extraFlags].find((f) => (short ? f.short === name : f.long === name));
}

const BOOL_VALUES: Record<string, boolean> = {
  '1': true,
  t: true,
  T: true,
  TRUE: true,
  true: true,
  True: true,
  '0': false,
  f: false,
  F: false,
  FALSE: false,
  false: false,
  False: false,
};

function validateValue(flag: RecordedFlag, value: string): string | null {
  const label = flag.short ? `-${flag.short}, --${flag.long}` : `--${flag.long}`;
  if (flag.type === 'bool' && !(value in BOOL_VALUES)) {
    return `invalid argument "${value}" for "${label}" flag: strconv.ParseBool: parsing "${value}": invalid syntax`;
  }
  if (
    (flag.type === 'int' ||
      flag.type === 'int64' ||
      flag.type === 'uint16' ||
      flag.type === 'uint') &&
    !/^[+-]?\d+$/.test(value)
  ) {
    const fn = flag.type.startsWith('uint') ? 'ParseUint' : 'ParseInt';
    return `invalid argument "${value}" for "${label}" flag: strconv.${fn}: parsing "${value}": invalid syntax`;
  }
  if (flag.type === 'bytes' && !(flag.long === 'memory-swap' && value === '-1')) {
    // opts.MemBytes / MemSwapBytes Set (docker/cli opts/opts.go): go-units RAMInBytes.
    const parsed = ramInBytes(value);
    if (typeof parsed === 'string')
      return `invalid argument "${value}" for "${label}" flag: ${parsed}`;
  }
  return null;
}

interface FlagParse {
  flags: Record<string, string[]>;
  args: string[];
  help: boolean;
  /** `-h` was used: pflag prints its deprecation notice before the help. */
  shortHelp: boolean;
  error: string | null;
}

/** spf13/pflag FlagSet.Parse for one command. */
export function parseFlags(
  ref: CliCommandRef,
  argv: readonly string[],
  interspersed: boolean,
): FlagParse {
  const flags: Record<string, string[]> = {};
  const args: string[] = [];
  let help = false;
  let shortHelp = false;
  const set = (f: RecordedFlag, v: string): void => {
    (flags[f.long] ??= []).push(v);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      args.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      args.push(a);
      if (!interspersed) {
        args.push(...argv.slice(i + 1));
        break;
      }
      continue;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq === -1 ? a.slice(2) : a.slice(2, eq);
      if (name === 'help') {
        help = true;
        continue;
      }
      const f = findFlag(ref, name, false);
      if (!f) return {flags, args, help, shortHelp, error: `unknown flag: --${name}`};
      let value: string;
      if (eq !== -1) value = a.slice(eq + 1);
      else if (f.type === 'bool') value = 'true';
      else if (i + 1 < argv.length) value = argv[++i];
      else return {flags, args, help, shortHelp, error: `flag needs an argument: --${name}`};
      const err = validateValue(f, value);
      if (err) return {flags, args, help, shortHelp, error: err};
      set(f, value);
      continue;
    }
    const chunk = a.slice(1);
    for (let j = 0; j < chunk.length; j++) {
      const c = chunk[j];
      if (c === 'h' && !findFlag(ref, 'h', true)) {
        help = true;
        shortHelp = true;
        continue;
      }
      const f = findFlag(ref, c, true);
      if (!f)
        return {flags, args, help, shortHelp, error: `unknown shorthand flag: '${c}' in ${a}`};
      const rest = chunk.slice(j + 1);
      let value: string;
      if (f.type === 'bool') {
        if (rest.startsWith('=')) {
          value = rest.slice(1);
          j = chunk.length;
        } else value = 'true';
      } else if (rest.length > 0) {
        value = rest.startsWith('=') ? rest.slice(1) : rest;
        j = chunk.length;
      } else if (i + 1 < argv.length) value = argv[++i];
      else return {flags, args, help, shortHelp, error: `flag needs an argument: '${c}' in -${c}`};
      const err = validateValue(f, value);
      if (err) return {flags, args, help, shortHelp, error: err};
      set(f, value);
    }
  }
  return {flags, args, help, shortHelp, error: null};
}

/** Parses `docker ...` (argv excludes the leading 'docker'). */
export function parseDocker(argv: readonly string[]): ParseResult {
  const root = CLI_REFERENCE[''];
  // Global options come before the command word.
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('-') || a === '-') break;
    if (a === '--') {
      i++;
      break;
    }
    const single = parseFlags(root, [a, ...(argv[i + 1] !== undefined ? [argv[i + 1]] : [])], true);
    if (single.error) return {kind: 'output', output: flagError(null, single.error)};
    if (single.help) return {kind: 'output', output: helpOutput(root, single.shortHelp)};
    if (single.flags.version) return {kind: 'output', output: out(extra('docker --version'))};
    if (single.args.length === 0 && argv[i + 1] !== undefined && !a.includes('=')) i++;
  }
  const rest = argv.slice(i);
  if (rest.length === 0)
    return {kind: 'output', output: {stdout: '', stderr: root.help.stdout, exitCode: 0}};
  let word = rest[0];
  let tail = rest.slice(1);
  if (word === 'help') {
    if (tail.length === 0) return {kind: 'output', output: helpOutput(root)};
    word = tail[0];
    tail = [...tail.slice(1), '--help'];
  }
  let path = word;
  if ((GROUPS as readonly string[]).includes(word)) {
    const group = CLI_REFERENCE[word];
    const sub = tail[0];
    if (sub === undefined) return {kind: 'output', output: out(group.noArgs ?? group.help)};
    if (sub === '--help' || sub === '-h')
      return {kind: 'output', output: helpOutput(group, sub === '-h')};
    if (sub.startsWith('-')) {
      const parsed = parseFlags(group, [sub], true);
      return {kind: 'output', output: flagError(group, parsed.error ?? `unknown flag: ${sub}`)};
    }
    path = `${word} ${sub}`;
    if (!CLI_REFERENCE[path]) {
      const rec = group.unknownSub;
      const stderr = rec ? rec.stderr.replace(`docker ${word} foo`, `docker ${word} ${sub}`) : '';
      return {kind: 'output', output: {stdout: '', stderr, exitCode: rec?.exitCode ?? 1}};
    }
    tail = tail.slice(1);
  }
  const ref = CLI_REFERENCE[path];
  if (!ref) return {kind: 'output', output: rootUnknownCommand(word)};
  const parsed = parseFlags(ref, tail, !NOT_INTERSPERSED.has(path));
  if (parsed.error) return {kind: 'output', output: flagError(ref, parsed.error)};
  if (parsed.help) return {kind: 'output', output: helpOutput(ref, parsed.shortHelp)};
  const argErr = argCountError(ref, parsed.args.length);
  if (argErr) return {kind: 'output', output: argErr};
  return {kind: 'command', cmd: {path, ref, flags: parsed.flags, args: parsed.args}};
}

/** Canonical command name for dispatch: 'ps' → 'container ls', 'images' → 'image ls', aliases folded. */
export function canonicalPath(path: string): string {
  const ref = CLI_REFERENCE[path];
  const usage = ref
    ? ref.usage
        .replace(/^docker /, '')
        .split(' [')[0]
        .split(' ')
    : [path];
  const words: string[] = [];
  for (const w of usage) {
    if (/^[a-z]+$/.test(w)) words.push(w);
    else break;
  }
  const name = words.join(' ');
  const TOP: Record<string, string> = {
    ps: 'container ls',
    images: 'image ls',
    rmi: 'image rm',
    run: 'container run',
    create: 'container create',
    start: 'container start',
    stop: 'container stop',
    restart: 'container restart',
    kill: 'container kill',
    pause: 'container pause',
    unpause: 'container unpause',
    logs: 'container logs',
    exec: 'container exec',
    rm: 'container rm',
    port: 'container port',
    rename: 'container rename',
    cp: 'container cp',
    stats: 'container stats',
    export: 'container export',
    top: 'container top',
    wait: 'container wait',
    pull: 'image pull',
    push: 'image push',
    save: 'image save',
    load: 'image load',
    import: 'image import',
    build: 'image build',
    tag: 'image tag',
    history: 'image history',
    info: 'system info',
  };
  return TOP[name] ?? name;
}

/** Helpers to read parsed flags. */
export const flagBool = (c: ParsedCommand, name: string): boolean => {
  const v = c.flags[name];
  return v !== undefined && BOOL_VALUES[v[v.length - 1]] === true;
};
export const flagString = (c: ParsedCommand, name: string): string | undefined => {
  const v = c.flags[name];
  return v === undefined ? undefined : v[v.length - 1];
};
export const flagList = (c: ParsedCommand, name: string): string[] => c.flags[name] ?? [];
export const flagInt = (c: ParsedCommand, name: string, fallback: number): number => {
  const v = flagString(c, name);
  return v === undefined ? fallback : parseInt(v, 10);
};
