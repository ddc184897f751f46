/**
 * A minimal Redis for the redis images: `redis-cli` with a command (`redis-cli SET k v`) or at
 * its interactive prompt (`127.0.0.1:6379> `), over a few string commands. Sources:
 * redis/redis@4f8cdc2a1ea53e42955af758aabffee67cb455dd (unstable, October 2024, after 8.0-m01;
 * the 8.0.2 tag is not in the snapshot): src/redis-cli.c cliRefreshPrompt (host:port then
 * "> "), cliFormatReplyTTY ("(integer) ", quoted strings, "(nil)", numbered arrays,
 * "(empty array)", "(error) "), cliFormatReplyRaw (without a terminal: the bare value and a
 * newline), repl (`quit` and `exit` leave); src/server.c processCommand and
 * src/networking.c addReplyErrorArity (the error texts, "ERR " added by addReplyErrorFormat).
 * The keys live in a file in /data (the image's VOLUME), where the real server keeps them in
 * memory and writes dump.rdb on shutdown.
 */
export type RedisData = Record<string, string>;

export interface RedisStore {
  load(): RedisData;
  save(data: RedisData): void;
}

export const REDIS_DATA_FILE = '/data/playground-redis.json';

type Reply =
  | {kind: 'status'; text: string}
  | {kind: 'error'; text: string}
  | {kind: 'integer'; value: number}
  | {kind: 'string'; text: string}
  | {kind: 'nil'}
  | {kind: 'array'; items: string[]};

const ARITY: Readonly<Record<string, number>> = {
  ping: -1,
  echo: 2,
  set: 3,
  get: 2,
  del: -2,
  exists: -2,
  incr: 2,
  decr: 2,
  keys: 2,
  dbsize: 1,
  flushall: -1,
};

/** KEYS patterns: `*`, `?` and plain characters (stringmatchlen without classes). */
function globMatch(pattern: string, key: string): boolean {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${re}$`, 's').test(key);
}

function run(data: RedisData, argv: readonly string[]): Reply {
  const name = (argv[0] ?? '').toLowerCase();
  const arity = ARITY[name];
  if (arity === undefined) {
    // server.c: each argument quoted and followed by a space, within 128 characters.
    let args = '';
    for (const a of argv.slice(1)) {
      if (args.length >= 128) break;
      args += `'${a.slice(0, 128 - args.length)}' `;
    }
    return {
      kind: 'error',
      text: `ERR unknown command '${(argv[0] ?? '').slice(0, 128)}', with args beginning with: ${args}`,
    };
  }
  if ((arity > 0 && argv.length !== arity) || (arity < 0 && argv.length < -arity))
    return {kind: 'error', text: `ERR wrong number of arguments for '${name}' command`};
  const [, a = '', b = ''] = argv;
  const counter = (delta: number): Reply => {
    const current = data[a] ?? '0';
    if (!/^-?\d+$/.test(current))
      return {kind: 'error', text: 'ERR value is not an integer or out of range'};
    data[a] = String(Number(current) + delta);
    return {kind: 'integer', value: Number(data[a])};
  };
  switch (name) {
    case 'ping':
      return argv.length > 1 ? {kind: 'string', text: a} : {kind: 'status', text: 'PONG'};
    case 'echo':
      return {kind: 'string', text: a};
    case 'set':
      data[a] = b;
      return {kind: 'status', text: 'OK'};
    case 'get':
      return a in data ? {kind: 'string', text: data[a]!} : {kind: 'nil'};
    case 'del': {
      const gone = argv.slice(1).filter((k) => k in data);
      for (const k of gone) delete data[k];
      return {kind: 'integer', value: gone.length};
    }
    case 'exists':
      return {kind: 'integer', value: argv.slice(1).filter((k) => k in data).length};
    case 'incr':
      return counter(1);
    case 'decr':
      return counter(-1);
    case 'keys':
      return {kind: 'array', items: Object.keys(data).filter((k) => globMatch(a, k))};
    case 'dbsize':
      return {kind: 'integer', value: Object.keys(data).length};
    default:
      for (const k of Object.keys(data)) delete data[k];
      return {kind: 'status', text: 'OK'};
  }
}

/** sdscatrepr: a quoted string with escapes. */
const REPR_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\u0007': '\\a',
  '\b': '\\b',
};

function repr(text: string): string {
  return `"${[...text].map((c) => REPR_ESCAPES[c] ?? c).join('')}"`;
}

function formatTty(r: Reply): string {
  switch (r.kind) {
    case 'error':
      return `(error) ${r.text}\n`;
    case 'status':
      return `${r.text}\n`;
    case 'integer':
      return `(integer) ${r.value}\n`;
    case 'string':
      return `${repr(r.text)}\n`;
    case 'nil':
      return '(nil)\n';
    case 'array': {
      if (r.items.length === 0) return '(empty array)\n';
      const width = String(r.items.length).length;
      return r.items.map((item, i) => `${String(i + 1).padStart(width)}) ${repr(item)}\n`).join('');
    }
  }
}

function formatRaw(r: Reply): string {
  switch (r.kind) {
    case 'error':
      return `${r.text}\n\n`;
    case 'status':
    case 'string':
      return `${r.text}\n`;
    case 'integer':
      return `${r.value}\n`;
    case 'nil':
      return '\n';
    case 'array':
      return `${r.items.join('\n')}\n`;
  }
}

/** One command against the store: its reply as redis-cli prints it on a terminal or not. */
export function redisCommand(store: RedisStore, argv: readonly string[], tty: boolean): string {
  const data = store.load();
  const reply = run(data, argv);
  store.save(data);
  return tty ? formatTty(reply) : formatRaw(reply);
}

/** sdssplitargs, simplified: words separated by blanks, "…" and '…' quoted. */
export function splitRedisArgs(line: string): string[] {
  return [...line.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g)].map(
    (m) => m[1]?.replace(/\\(.)/g, '$1') ?? m[2] ?? m[3] ?? '',
  );
}

/** cliRefreshPrompt for the default host and port. */
export const REDIS_PROMPT = '127.0.0.1:6379> ';
