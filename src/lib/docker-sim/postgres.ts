/**
 * A minimal PostgreSQL for the postgres images: `psql` (-c, statements on stdin, \dt, \q) and
 * `pg_dump`, over a small SQL model (CREATE TABLE, DROP TABLE, INSERT, SELECT of columns with an
 * optional WHERE col = value and ORDER BY). The tables live in a file in the data directory, so
 * a second container on the same volume sees them. Output shapes follow postgres REL_18:
 * src/fe_utils/print.c (aligned format, border 1) and the command tags of src/backend/tcop.
 */
import type {UtilResult} from './coreutils';
import {PLAYGROUND_NOTE_PREFIX} from './messages';

export interface PgColumn {
  name: string;
  type: string;
  /** serial columns take the next number when an INSERT leaves them out */
  serial: boolean;
  /** DEFAULT of the column: a literal, or `now()` (the time of the INSERT) */
  default?: string | null;
}
export interface PgTable {
  columns: PgColumn[];
  rows: (string | null)[][];
  nextSerial: number;
}
export interface PgData {
  databases: Record<string, {tables: Record<string, PgTable>}>;
}

/** Where the model is kept: a file in the server's data directory (the volume). */
export interface PgStore {
  load(): PgData | null;
  save(data: PgData): void;
}

export interface PgServer {
  /** POSTGRES_USER (default postgres): the only role */
  user: string;
  /** databases made at initialisation: postgres and POSTGRES_DB */
  databases: readonly string[];
  /** PG_VERSION of the image, e.g. 18.6-1.pgdg13+2 */
  pgVersion: string;
  store: PgStore;
  /** the clock in ms, for `DEFAULT now()` (default: Date.now) */
  now?: () => number;
}

export const PG_DATA_FILE = 'playground-sql.json';

const NUMERIC =
  /^(serial|bigserial|smallserial|int|integer|bigint|smallint|int[248]|numeric|real)$/;

/** "18.6 (Debian 18.6-1.pgdg13+2)" as Debian builds print it; upstream builds print "17.11". */
export function serverVersion(pgVersion: string): string {
  const upstream = /^[\d.]+/.exec(pgVersion)?.[0] ?? pgVersion;
  return upstream === pgVersion ? upstream : `${upstream} (Debian ${pgVersion})`;
}

/** Terminal columns of a text (wide East Asian characters take two), as pg_wcswidth counts. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      (cp >= 0x20000 && cp <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

/** psql's aligned format with border 1 (print.c print_aligned_text), footer and blank line. */
export function alignedTable(
  headers: readonly string[],
  rightAligned: readonly boolean[],
  rows: readonly (readonly (string | null)[])[],
  title?: string,
): string {
  const widths = headers.map((h, i) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))),
  );
  const last = headers.length - 1;
  const spaces = (n: number): string => ' '.repeat(Math.max(0, n));
  const total = widths.reduce((a, b) => a + b, 0) + 3 * last + 2;
  let out = '';
  if (title) {
    // print.c centres the title over the table's width.
    const pad = total - displayWidth(title);
    out += `${pad > 0 ? spaces(Math.floor(pad / 2)) : ''}${title}\n`;
  }
  out += `${headers
    .map((h, i) => {
      const n = widths[i]! - displayWidth(h);
      return ` ${spaces(Math.floor(n / 2))}${h}${spaces(Math.ceil(n / 2))} `;
    })
    .join('|')}\n`;
  out += `${widths.map((w) => '-'.repeat(w + 2)).join('+')}\n`;
  for (const r of rows) {
    out += `${headers
      .map((_, i) => {
        const cell = r[i] ?? '';
        const n = widths[i]! - displayWidth(cell);
        if (rightAligned[i]) return ` ${spaces(n)}${cell}${i < last ? ' ' : ''}`;
        // A left-aligned last column is not padded (finalspaces is false with border 1).
        return i < last ? ` ${cell}${spaces(n)} ` : ` ${cell}`;
      })
      .join('|')}\n`;
  }
  return `${out}(${rows.length} ${rows.length === 1 ? 'row' : 'rows'})\n\n`;
}

/* ------------------------------------------------------------------ SQL */

/** Splits a script into statements at semicolons outside quotes; backslash commands end a line. */
export function splitStatements(script: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < script.length; i++) {
    const ch = script[i]!;
    if (!quoted && ch === '\\' && cur.trim() === '') {
      const end = script.indexOf('\n', i);
      out.push(script.slice(i, end < 0 ? undefined : end).trim());
      i = end < 0 ? script.length : end;
      cur = '';
      continue;
    }
    // A -- comment runs to the end of the line (psqlscan.l); it never ends a statement.
    if (!quoted && ch === '-' && script[i + 1] === '-') {
      const end = script.indexOf('\n', i);
      i = end < 0 ? script.length : end - 1;
      continue;
    }
    if (ch === "'") quoted = !quoted;
    if (ch === ';' && !quoted) {
      if (cur.trim()) out.push(`${cur.trim()};`);
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

interface Token {
  text: string;
  kind: 'word' | 'string' | 'number' | 'punct';
  at: number;
}

function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s+|'((?:[^']|'')*)'|"([^"]*)"|(-?\d+(?:\.\d+)?)|([A-Za-z_][\w$]*)|(\*|[(),=<>]|.)/gy;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sql)) !== null) {
    if (m[0].trim() === '') continue;
    if (m[1] !== undefined)
      tokens.push({text: m[1].replace(/''/g, "'"), kind: 'string', at: m.index});
    else if (m[2] !== undefined) tokens.push({text: m[2], kind: 'word', at: m.index});
    else if (m[3] !== undefined) tokens.push({text: m[3], kind: 'number', at: m.index});
    else if (m[4] !== undefined) tokens.push({text: m[4].toLowerCase(), kind: 'word', at: m.index});
    else tokens.push({text: m[0], kind: 'punct', at: m.index});
  }
  return tokens;
}

interface Result {
  stdout: string;
  /** ERROR text (without the prefix psql adds for scripts) */
  error?: string;
  note?: string;
}

class SqlError extends Error {
  constructor(
    message: string,
    readonly at?: number,
  ) {
    super(message);
  }
}

/** `LINE 1: …` and the caret under the error position, as libpq reports it. */
function errorText(sql: string, e: SqlError): string {
  if (e.at === undefined) return `ERROR:  ${e.message}\n`;
  const line = sql.split('\n')[0] ?? '';
  const prefix = 'LINE 1: ';
  return `ERROR:  ${e.message}\n${prefix}${line}\n${' '.repeat(prefix.length + displayWidth(line.slice(0, e.at)))}^\n`;
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}
  peek(): Token | undefined {
    return this.tokens[this.i];
  }
  next(): Token {
    const t = this.tokens[this.i++];
    if (!t) throw new SqlError('syntax error at end of input');
    return t;
  }
  accept(text: string): boolean {
    if (this.peek()?.text === text && this.peek()?.kind !== 'string') {
      this.i++;
      return true;
    }
    return false;
  }
  expect(text: string): void {
    const t = this.peek();
    if (!this.accept(text)) {
      if (!t) throw new SqlError('syntax error at end of input');
      throw new SqlError(`syntax error at or near "${t.text}"`, t.at);
    }
  }
  name(): Token {
    const t = this.next();
    if (t.kind !== 'word') throw new SqlError(`syntax error at or near "${t.text}"`, t.at);
    return t;
  }
  done(): boolean {
    return (
      this.i >= this.tokens.length ||
      (this.peek()?.text === ';' && this.i === this.tokens.length - 1)
    );
  }
}

type Db = {tables: Record<string, PgTable>};

function tableOf(db: Db, t: Token): PgTable {
  const table = db.tables[t.text];
  if (!table) throw new SqlError(`relation "${t.text}" does not exist`, t.at);
  return table;
}

function literal(t: Token): string | null {
  if (t.kind === 'string' || t.kind === 'number') return t.text;
  if (t.text === 'null') return null;
  if (t.text === 'true' || t.text === 'false') return t.text[0]!;
  throw new SqlError(`column "${t.text}" does not exist`, t.at);
}

/**
 * timestamptz in the image's UTC zone as the server prints it (EncodeDateTime): fractional
 * seconds without trailing zeros, none when whole: `2026-11-23 10:00:05.12+00`.
 */
function timestamp(ms: number): string {
  const iso = new Date(ms).toISOString().replace('T', ' ').replace('Z', '');
  return `${iso.replace(/\.?0+$/, '')}+00`;
}

function execute(db: Db, sql: string, now: () => number): Result {
  const p = new Parser(tokenize(sql));
  const first = p.next();
  if (first.text === 'create' && p.accept('table')) {
    const ifNotExists = p.accept('if') && (p.expect('not'), p.expect('exists'), true);
    const name = p.name();
    if (db.tables[name.text]) {
      if (ifNotExists)
        return {
          stdout: 'CREATE TABLE\n',
          note: `NOTICE:  relation "${name.text}" already exists, skipping\n`,
        };
      throw new SqlError(`relation "${name.text}" already exists`);
    }
    p.expect('(');
    const columns: PgColumn[] = [];
    for (;;) {
      const col = p.name().text;
      const type = p.name().text;
      // Constraints and lengths (PRIMARY KEY, NOT NULL, varchar(80)) are accepted and not kept;
      // a DEFAULT is kept for INSERTs that leave the column out.
      let depth = 0;
      let dflt: string | null | undefined;
      while (p.peek() && !(depth === 0 && (p.peek()!.text === ',' || p.peek()!.text === ')'))) {
        const t = p.next();
        if (depth === 0 && t.text === 'default' && t.kind === 'word' && p.peek()) {
          const v = p.next();
          dflt = v.text === 'now' || v.text === 'current_timestamp' ? 'now()' : literal(v);
          continue;
        }
        if (t.text === '(') depth++;
        if (t.text === ')') depth--;
      }
      columns.push({
        name: col,
        type,
        serial: /serial$/.test(type),
        ...(dflt !== undefined && {default: dflt}),
      });
      if (p.accept(')')) break;
      p.expect(',');
    }
    db.tables[name.text] = {columns, rows: [], nextSerial: 1};
    return {stdout: 'CREATE TABLE\n'};
  }
  if (first.text === 'drop' && p.accept('table')) {
    const ifExists = p.accept('if') && (p.expect('exists'), true);
    const name = p.name();
    if (!db.tables[name.text]) {
      if (ifExists)
        return {
          stdout: 'DROP TABLE\n',
          note: `NOTICE:  table "${name.text}" does not exist, skipping\n`,
        };
      throw new SqlError(`table "${name.text}" does not exist`);
    }
    delete db.tables[name.text];
    return {stdout: 'DROP TABLE\n'};
  }
  if (first.text === 'insert') {
    p.expect('into');
    const nameTok = p.name();
    const table = tableOf(db, nameTok);
    let cols = table.columns.map((c) => c.name);
    if (p.accept('(')) {
      cols = [];
      do {
        const c = p.name();
        if (!table.columns.some((x) => x.name === c.text))
          throw new SqlError(
            `column "${c.text}" of relation "${nameTok.text}" does not exist`,
            c.at,
          );
        cols.push(c.text);
      } while (p.accept(','));
      p.expect(')');
    }
    p.expect('values');
    const rows: (string | null)[][] = [];
    do {
      p.expect('(');
      const values: Token[] = [];
      do values.push(p.next());
      while (p.accept(','));
      p.expect(')');
      if (values.length > cols.length)
        throw new SqlError(
          'INSERT has more expressions than target columns',
          values[cols.length]!.at,
        );
      rows.push(
        table.columns.map((c) => {
          const k = cols.indexOf(c.name);
          const v = k >= 0 ? values[k] : undefined;
          if ((v === undefined || v.text === 'default') && c.serial)
            return String(table.nextSerial++);
          if (v === undefined || v.text === 'default')
            return c.default === 'now()' ? timestamp(now()) : (c.default ?? null);
          return literal(v);
        }),
      );
    } while (p.accept(','));
    table.rows.push(...rows);
    return {stdout: `INSERT 0 ${rows.length}\n`};
  }
  if (first.text === 'select') {
    const items: Token[] = [];
    do {
      const t = p.next();
      if (t.text === 'count' && p.accept('(')) {
        p.expect('*');
        p.expect(')');
        items.push({...t, text: 'count(*)'});
      } else items.push(t);
    } while (p.accept(','));
    if (!p.accept('from')) {
      // SELECT 1, SELECT 'text': one row of literals, each column named ?column?.
      const values = items.map(literal);
      return {
        stdout: alignedTable(
          items.map(() => '?column?'),
          items.map((t) => t.kind === 'number'),
          [values],
        ),
      };
    }
    const table = tableOf(db, p.name());
    let rows = table.rows;
    const col = (t: Token): number => {
      const k = table.columns.findIndex((c) => c.name === t.text);
      if (k < 0) throw new SqlError(`column "${t.text}" does not exist`, t.at);
      return k;
    };
    if (p.accept('where')) {
      const k = col(p.name());
      p.expect('=');
      const v = literal(p.next());
      rows = rows.filter((r) => r[k] === v);
    }
    if (p.accept('order')) {
      p.expect('by');
      const k = col(p.name());
      const desc = p.accept('desc') || (p.accept('asc') && false);
      const numeric = NUMERIC.test(table.columns[k]!.type);
      rows = [...rows].sort((a, b) => {
        const [x, y] = [a[k] ?? '', b[k] ?? ''];
        const cmp = numeric ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
        return desc ? -cmp : cmp;
      });
    }
    if (!p.done()) {
      const t = p.peek()!;
      throw new SqlError(`syntax error at or near "${t.text}"`, t.at);
    }
    if (items.length === 1 && items[0]!.text === 'count(*)')
      return {stdout: alignedTable(['count'], [true], [[String(rows.length)]])};
    const picked = items.flatMap((t) =>
      t.text === '*' ? table.columns.map((_, k) => k) : [col(t)],
    );
    return {
      stdout: alignedTable(
        picked.map((k) => table.columns[k]!.name),
        picked.map((k) => NUMERIC.test(table.columns[k]!.type)),
        rows.map((r) => picked.map((k) => r[k] ?? null)),
      ),
    };
  }
  return {
    stdout: '',
    note: `${PLAYGROUND_NOTE_PREFIX}이 플레이그라운드의 PostgreSQL은 CREATE TABLE, DROP TABLE, INSERT, SELECT만 흉내 냅니다.\n`,
  };
}

function listTables(db: Db, user: string): Result {
  const names = Object.keys(db.tables).sort();
  // describe.c reports an empty list on stderr and the command still succeeds.
  if (names.length === 0) return {stdout: '', note: 'Did not find any relations.\n'};
  return {
    stdout: alignedTable(
      ['Schema', 'Name', 'Type', 'Owner'],
      [false, false, false, false],
      names.map((n) => ['public', n, 'table', user]),
      // describe.c listTables: this title, and pg_log_error("Did not find any relations.") when empty.
      'List of relations',
    ),
  };
}

/* ------------------------------------------------------------------ programs */

interface ClientArgs {
  user?: string;
  db?: string;
  commands: string[];
  format?: string;
  file?: string;
  version: boolean;
}

function parseArgs(args: readonly string[]): ClientArgs {
  const out: ClientArgs = {commands: [], version: false};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = (): string =>
      a.length > 2 && !a.startsWith('--') ? a.slice(2) : (args[++i] ?? '');
    const long = /^--([a-z-]+)=(.*)$/.exec(a);
    if (long) {
      const [, k, v] = long;
      if (k === 'username') out.user = v;
      else if (k === 'dbname') out.db = v;
      else if (k === 'command') out.commands.push(v!);
      else if (k === 'format') out.format = v;
      else if (k === 'file') out.file = v;
    } else if (a === '-V' || a === '--version') out.version = true;
    else if (a.startsWith('-U') || a === '--username') out.user = value();
    else if (a.startsWith('-d') || a === '--dbname') out.db = value();
    else if (a.startsWith('-c') || a === '--command') out.commands.push(value());
    else if (a.startsWith('-F') || a === '--format') out.format = value();
    else if (a.startsWith('-f') || a === '--file') out.file = value();
    else if (a.startsWith('-h') || a.startsWith('-p')) value();
    else if (!a.startsWith('-')) positional.push(a);
  }
  out.db ??= positional[0];
  out.user ??= positional[1];
  return out;
}

const SOCKET = '/var/run/postgresql/.s.PGSQL.5432';

/** Connects as psql/pg_dump do: the role and the database must exist. */
function connect(
  prog: string,
  server: PgServer,
  a: ClientArgs,
): {data: PgData; db: Db; user: string} | UtilResult {
  const user = a.user ?? 'root';
  const fatal = (text: string): UtilResult => ({
    stdout: '',
    stderr: `${prog}: error: connection to server on socket "${SOCKET}" failed: FATAL:  ${text}\n`,
    exitCode: prog === 'psql' ? 2 : 1,
  });
  if (user !== server.user) return fatal(`role "${user}" does not exist`);
  const dbName = a.db ?? user;
  const data = server.store.load() ?? {databases: {}};
  for (const d of server.databases) data.databases[d] ??= {tables: {}};
  const db = data.databases[dbName];
  if (!db) return fatal(`database "${dbName}" does not exist`);
  return {data, db, user};
}

/** One statement or backslash command of psql; 'quit' for \q. */
function runStatement(server: PgServer, db: Db, user: string, sql: string): Result | 'quit' {
  try {
    if (sql === '\\q') return 'quit';
    if (sql === '\\dt') return listTables(db, user);
    if (sql.startsWith('\\'))
      return {
        stdout: '',
        note: `${PLAYGROUND_NOTE_PREFIX}psql의 ${sql.split(' ')[0]} 명령은 흉내 내지 않습니다.\n`,
      };
    return execute(db, sql, server.now ?? Date.now);
  } catch (e) {
    if (!(e instanceof SqlError)) throw e;
    return {stdout: '', error: errorText(sql, e)};
  }
}

const banner = (server: PgServer): string =>
  `psql (${serverVersion(server.pgVersion)})\nType "help" for help.\n\n`;

/** psql: -c commands, else statements on stdin, else the interactive banner. */
export function psql(server: PgServer, args: readonly string[], stdin: string): UtilResult {
  const a = parseArgs(args);
  if (a.version)
    return {
      stdout: `psql (PostgreSQL) ${serverVersion(server.pgVersion)}\n`,
      stderr: '',
      exitCode: 0,
    };
  const conn = connect('psql', server, a);
  if ('exitCode' in conn) return conn;
  const {data, db, user} = conn;
  if (a.commands.length === 0 && stdin === '') {
    return {
      stdout: banner(server),
      stderr: `${PLAYGROUND_NOTE_PREFIX}psql 프롬프트는 호스트에서 docker exec -it로 연 psql만 흉내 냅니다. 여기서는 psql -c '…'로 실행합니다.\n`,
      exitCode: 0,
    };
  }
  const fromStdin = a.commands.length === 0;
  let stdout = '';
  let stderr = '';
  let exitCode = 0;
  const scripts = fromStdin ? [stdin] : a.commands;
  outer: for (const script of scripts) {
    for (const sql of splitStatements(script)) {
      const r = runStatement(server, db, user, sql);
      if (r === 'quit') break outer;
      stdout += r.stdout;
      if (r.note) stderr += r.note;
      if (r.error) {
        // Scripts read from stdin name the input and line (psql:<stdin>:1:); -c does not.
        stderr += fromStdin ? `psql:<stdin>:1: ${r.error}` : r.error;
        if (!fromStdin) {
          exitCode = 1;
          break outer;
        }
      }
    }
  }
  server.store.save(data);
  return {stdout, stderr, exitCode};
}

/** psql at its prompt: what each typed line prints, until \q, quit or exit. */
export interface PsqlSession {
  readonly banner: string;
  /** PROMPT1 `%/%R%x%# ` (`postgres=# `), or PROMPT2 (`postgres-# `) inside a statement */
  prompt(): string;
  line(text: string): {stdout: string; stderr: string; done: boolean};
}

/**
 * Interactive psql (no -c, no -f, from a terminal): postgres src/bin/psql/mainloop.c MainLoop
 * (the help text, a statement runs at its semicolon) and prompt.c get_prompt (database name,
 * `=` or `-` for a continued statement, `#` for the superuser POSTGRES_USER).
 */
export function psqlSession(
  server: PgServer,
  args: readonly string[],
): PsqlSession | UtilResult | null {
  const a = parseArgs(args);
  if (a.version || a.commands.length > 0 || a.file !== undefined) return null;
  const first = connect('psql', server, a);
  if ('exitCode' in first) return first;
  const dbName = a.db ?? first.user;
  let pending = '';
  return {
    banner: banner(server),
    prompt: () => `${dbName}${pending ? '-' : '='}# `,
    line(text) {
      const trimmed = text.trim();
      if (pending === '' && /^help(?:$|[\s;])/i.test(trimmed))
        return {stdout: PSQL_HELP, stderr: '', done: false};
      if (pending === '' && /^(?:quit|exit)$/i.test(trimmed))
        return {stdout: '', stderr: '', done: true};
      if (trimmed === '' && pending === '') return {stdout: '', stderr: '', done: false};
      const script = pending ? `${pending}\n${text}` : text;
      const statements = splitStatements(script);
      const last = statements[statements.length - 1] ?? '';
      const complete = trimmed.startsWith('\\') || last.endsWith(';');
      pending = complete ? '' : script;
      if (!complete) return {stdout: '', stderr: '', done: false};
      const conn = connect('psql', server, a);
      if ('exitCode' in conn) return {stdout: conn.stdout, stderr: conn.stderr, done: true};
      let stdout = '';
      let stderr = '';
      for (const sql of statements) {
        const r = runStatement(server, conn.db, conn.user, sql);
        if (r === 'quit') {
          server.store.save(conn.data);
          return {stdout, stderr, done: true};
        }
        stdout += r.stdout;
        stderr += (r.note ?? '') + (r.error ?? '');
      }
      server.store.save(conn.data);
      return {stdout, stderr, done: false};
    },
  };
}

const PSQL_HELP =
  'You are using psql, the command-line interface to PostgreSQL.\n' +
  'Type:  \\copyright for distribution terms\n' +
  '       \\h for help with SQL commands\n' +
  '       \\? for help with psql commands\n' +
  '       \\g or terminate with semicolon to execute query\n' +
  '       \\q to quit\n';

/**
 * pg_dump: plain format prints CREATE TABLE and COPY; the custom format (-Fc) is binary in real
 * PostgreSQL, here a text stand-in starting with PGDMP like the real file.
 */
export function pgDump(server: PgServer, args: readonly string[]): UtilResult {
  const a = parseArgs(args);
  if (a.version)
    return {
      stdout: `pg_dump (PostgreSQL) ${serverVersion(server.pgVersion)}\n`,
      stderr: '',
      exitCode: 0,
    };
  const conn = connect('pg_dump', server, a);
  if ('exitCode' in conn) return conn;
  const {db} = conn;
  if (a.format === 'c' || a.format === 'custom')
    return {
      stdout: `PGDMP (playground stand-in for the custom format)\n${JSON.stringify(db)}\n`,
      stderr: '',
      exitCode: 0,
    };
  let out = '--\n-- PostgreSQL database dump\n--\n\n';
  for (const [name, t] of Object.entries(db.tables).sort(([x], [y]) => (x < y ? -1 : 1))) {
    out += `CREATE TABLE public.${name} (\n${t.columns.map((c) => `    ${c.name} ${c.type === 'serial' ? 'integer' : c.type}`).join(',\n')}\n);\n\n`;
    out += `COPY public.${name} (${t.columns.map((c) => c.name).join(', ')}) FROM stdin;\n`;
    out += t.rows.map((r) => `${r.map((v) => v ?? '\\N').join('\t')}\n`).join('');
    out += '\\.\n\n';
  }
  return {
    stdout: `${out}--\n-- PostgreSQL database dump complete\n--\n\n`,
    stderr: '',
    exitCode: 0,
  };
}

/** Where the postgres image's entrypoint looks for init files, and its own path (`$0`). */
export const INITDB_DIR = '/docker-entrypoint-initdb.d';
const ENTRYPOINT = '/usr/local/bin/docker-entrypoint.sh';

export interface InitLine {
  readonly stream: 'stdout' | 'stderr';
  readonly text: string;
}

/**
 * docker-entrypoint.sh docker_process_init_files (docker-library/postgres 17/alpine3.22 and the
 * Debian variants alike): on an empty data directory, each file of /docker-entrypoint-initdb.d in
 * name order. `*.sql` runs through `psql -v ON_ERROR_STOP=1 --username $POSTGRES_USER --dbname
 * $POSTGRES_DB -f FILE`; a failing statement stops the entrypoint (`set -e`) with psql's status 3.
 * Other files are logged as the script logs them; `*.sh` scripts are not run here (README).
 */
export function processInitFiles(
  server: PgServer,
  files: readonly {readonly path: string; readonly content: string}[],
): {lines: InitLine[]; exitCode: number} {
  const lines: InitLine[] = [];
  if (files.length === 0) return {lines, exitCode: 0};
  const out = (text: string, stream: InitLine['stream'] = 'stdout'): void => {
    for (const l of text.replace(/\n$/, '').split('\n')) lines.push({stream, text: l});
  };
  out('');
  const data = server.store.load() ?? {databases: {}};
  for (const d of server.databases) data.databases[d] ??= {tables: {}};
  const db = data.databases[server.databases[server.databases.length - 1]!]!;
  let exitCode = 0;
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    if (f.path.endsWith('.sql')) {
      out(`${ENTRYPOINT}: running ${f.path}`);
      for (const sql of splitStatements(f.content)) {
        try {
          const r = execute(db, sql, server.now ?? Date.now);
          if (r.note) out(r.note, 'stderr');
          if (r.stdout) out(r.stdout);
        } catch (e) {
          if (!(e instanceof SqlError)) throw e;
          // psql -f names the file and the statement's line (psql:FILE:LINE: ERROR: …).
          const at = f.content.indexOf(sql.split('\n')[0]!);
          const line = at < 0 ? 1 : f.content.slice(0, at).split('\n').length;
          out(`psql:${f.path}:${line}: ${errorText(sql, e)}`, 'stderr');
          exitCode = 3;
          break;
        }
      }
      if (exitCode) break;
      out('');
    } else if (f.path.endsWith('.sh')) out(`${ENTRYPOINT}: sourcing ${f.path}`);
    else out(`${ENTRYPOINT}: ignoring ${f.path}`);
    out('');
  }
  server.store.save(data);
  return {lines, exitCode};
}
