/**
 * The syntax of the playground's shell language (`script.ts` runs it): the lexer with quoting,
 * `\` continuations and here-document bodies, the parser of lists, pipelines and compound
 * commands, and `$((…))` arithmetic. Input that ends inside a construct is `incomplete`, so an
 * interactive shell can ask for more at the `> ` prompt.
 */

/* ------------------------------------------------------------------ syntax tree */

export type RedirectOp = '>' | '>>' | '<' | '2>' | '2>>' | '&>' | '2>&1' | '>&2' | '<<<';

export interface Redirect {
  op: RedirectOp | '<<';
  /** The target word as typed (empty for `2>&1`/`>&2`). */
  word: string;
  /** A here-document's body, and whether `$…` in it is expanded (unquoted delimiter). */
  body?: string;
  expand?: boolean;
}

export interface SimpleNode {
  kind: 'simple';
  assigns: {name: string; value: string}[];
  words: string[];
  redirects: Redirect[];
}
export interface PipelineNode {
  kind: 'pipeline';
  bang: boolean;
  commands: CommandNode[];
}
export interface AndOrNode {
  kind: 'andor';
  first: PipelineNode;
  rest: {op: '&&' | '||'; pipeline: PipelineNode}[];
}
export type ListNode = AndOrNode[];
export type CommandNode =
  | SimpleNode
  | {kind: 'for'; name: string; words: string[] | null; body: ListNode; redirects: Redirect[]}
  | {kind: 'while'; until: boolean; cond: ListNode; body: ListNode; redirects: Redirect[]}
  | {
      kind: 'if';
      clauses: {cond: ListNode; body: ListNode}[];
      otherwise: ListNode | null;
      redirects: Redirect[];
    }
  | {kind: 'group'; body: ListNode; subshell: boolean; redirects: Redirect[]};

export type Parsed =
  | {kind: 'complete'; list: ListNode}
  | {kind: 'incomplete'; reason: string}
  | {kind: 'error'; message: string};

/* ------------------------------------------------------------------ lexer */

type Token =
  {t: 'word'; raw: string} | {t: 'op'; v: string} | {t: 'redir'; r: Redirect} | {t: 'nl'};

const OPS = [
  '2>&1',
  '2>>',
  '<<<',
  '<<-',
  '>&2',
  '&&',
  '||',
  ';;',
  '&>',
  '>>',
  '2>',
  '<<',
  ';',
  '|',
  '&',
  '>',
  '<',
  '(',
  ')',
];

/** The input ends inside a construct; `reason` is what bash says when no more input can come. */
class Incomplete {
  constructor(readonly reason = 'syntax error: unexpected end of file') {}
}
const UNMATCHED = (c: string): Incomplete =>
  new Incomplete(`unexpected EOF while looking for matching \`${c}'`);
class ShellSyntaxError {
  constructor(readonly token: string) {}
}

/** Index just past the `)` closing a `$(` or `$((` whose `(` is at `open`, or -1. */
export function skipParens(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === "'") {
      const end = src.indexOf("'", i + 1);
      if (end === -1) return -1;
      i = end;
    } else if (c === '"') {
      const end = skipDouble(src, i + 1);
      if (end === -1) return -1;
      i = end - 1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** Index just past the `"` closing a double-quoted string that starts at `from`, or -1. */
export function skipDouble(src: string, from: number): number {
  for (let i = from; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '"') return i + 1;
    else if (c === '$' && src[i + 1] === '(') {
      const end = skipParens(src, i + 1);
      if (end === -1) return -1;
      i = end - 1;
    } else if (c === '`') {
      const end = src.indexOf('`', i + 1);
      if (end === -1) return -1;
      i = end;
    }
  }
  return -1;
}

/** The delimiter of a here-document as written (`'EOF'`, `"EOF"`, `E\OF`) → word and quoting. */
function heredocDelimiter(raw: string): {word: string; quoted: boolean} {
  const quoted = /['"\\]/.test(raw);
  return {word: raw.replace(/['"\\]/g, ''), quoted};
}

function lex(src: string): Token[] {
  const tokens: Token[] = [];
  const pendingDocs: Redirect[] = [];
  const strip = new WeakSet<Redirect>();
  let i = 0;
  const n = src.length;
  const readBodies = (): void => {
    // Here-document bodies start on the line after their command.
    for (const doc of pendingDocs.splice(0)) {
      const lines: string[] = [];
      for (;;) {
        if (i >= n) throw new Incomplete();
        const end = src.indexOf('\n', i);
        let line = end === -1 ? src.slice(i) : src.slice(i, end);
        if (end === -1 && !line) throw new Incomplete();
        i = end === -1 ? n : end + 1;
        if (strip.has(doc)) line = line.replace(/^\t+/, '');
        if (line === doc.word) break;
        if (end === -1) throw new Incomplete();
        lines.push(line);
      }
      doc.body = lines.map((l) => `${l}\n`).join('');
    }
  };
  while (i < n) {
    const ch = src[i];
    if (ch === '\\' && src[i + 1] === '\n') {
      i += 2;
      continue;
    }
    if (ch === '\\' && i + 1 === n) throw new Incomplete();
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      i++;
      continue;
    }
    if (ch === '\n') {
      tokens.push({t: 'nl'});
      i++;
      readBodies();
      continue;
    }
    if (ch === '#') {
      while (i < n && src[i] !== '\n') i++;
      continue;
    }
    const prev = src[i - 1];
    const op = OPS.find(
      (o) => src.startsWith(o, i) && !(o.startsWith('2') && prev !== undefined && /\w/.test(prev)),
    );
    if (op) {
      i += op.length;
      if (['>', '>>', '<', '2>', '2>>', '&>', '<<<', '<<', '<<-'].includes(op)) {
        while (src[i] === ' ' || src[i] === '\t') i++;
        const word = readWord();
        if (word === '') {
          // `echo >` at the end of the line: bash does not wait for the target.
          if (i >= n) throw new ShellSyntaxError('newline');
          const next = OPS.find((o) => src.startsWith(o, i));
          throw new ShellSyntaxError(src[i] === '\n' ? 'newline' : (next ?? src[i]!));
        }
        if (op === '<<' || op === '<<-') {
          const {word: delim, quoted} = heredocDelimiter(word);
          const doc: Redirect = {op: '<<', word: delim, expand: !quoted};
          if (op === '<<-') strip.add(doc);
          pendingDocs.push(doc);
          tokens.push({t: 'redir', r: doc});
        } else tokens.push({t: 'redir', r: {op: op as RedirectOp, word}});
      } else if (op === '2>&1' || op === '>&2') tokens.push({t: 'redir', r: {op, word: ''}});
      else tokens.push({t: 'op', v: op === '&' ? ';' : op});
      continue;
    }
    tokens.push({t: 'word', raw: readWord()});
  }
  if (pendingDocs.length > 0) throw new Incomplete();
  return tokens;

  function readWord(): string {
    let raw = '';
    while (i < n) {
      const c = src[i]!;
      if (' \t\r\n;|&<>()'.includes(c)) {
        // `$(` and `$((` belong to the word.
        break;
      }
      if (c === '\\') {
        if (i + 1 >= n) throw new Incomplete();
        if (src[i + 1] === '\n') {
          i += 2;
          continue;
        }
        raw += src.slice(i, i + 2);
        i += 2;
        continue;
      }
      if (c === "'") {
        const end = src.indexOf("'", i + 1);
        if (end === -1) throw UNMATCHED("'");
        raw += src.slice(i, end + 1);
        i = end + 1;
        continue;
      }
      if (c === '"') {
        const end = skipDouble(src, i + 1);
        if (end === -1) throw UNMATCHED('"');
        raw += src.slice(i, end).replace(/\\\n/g, '');
        i = end;
        continue;
      }
      if (c === '$' && src[i + 1] === '(') {
        const end = skipParens(src, i + 1);
        if (end === -1) throw UNMATCHED(')');
        raw += src.slice(i, end);
        i = end;
        continue;
      }
      if (c === '`') {
        const end = src.indexOf('`', i + 1);
        if (end === -1) throw UNMATCHED('`');
        raw += src.slice(i, end + 1);
        i = end + 1;
        continue;
      }
      raw += c;
      i++;
    }
    return raw;
  }
}

/* ------------------------------------------------------------------ parser */

const RESERVED = new Set([
  'if',
  'then',
  'elif',
  'else',
  'fi',
  'for',
  'in',
  'do',
  'done',
  'while',
  'until',
  '{',
  '}',
  '!',
]);
/** Words that end a list (the parser returns to the compound command that expects them). */
const LIST_END = new Set(['then', 'elif', 'else', 'fi', 'do', 'done', '}']);

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }
  private peekWord(): string | null {
    const t = this.peek();
    return t && t.t === 'word' && RESERVED.has(t.raw) ? t.raw : null;
  }
  private fail(): never {
    const t = this.peek();
    if (!t) throw new Incomplete();
    throw new ShellSyntaxError(
      t.t === 'word' ? t.raw : t.t === 'op' ? t.v : t.t === 'nl' ? 'newline' : t.r.op,
    );
  }
  private skipNewlines(): void {
    while (this.peek()?.t === 'nl') this.pos++;
  }
  private expectWord(word: string): void {
    this.skipNewlines();
    if (this.peekWord() !== word) this.fail();
    this.pos++;
  }

  parseProgram(): ListNode {
    const list = this.parseList(true);
    if (this.pos < this.tokens.length) this.fail();
    return list;
  }

  /** A list of and-or items separated by `;`, `&` or newlines; stops at a closing word. */
  private parseList(top = false): ListNode {
    const items: AndOrNode[] = [];
    for (;;) {
      this.skipNewlines();
      const t = this.peek();
      if (!t) break;
      if (t.t === 'op' && t.v === ')') break;
      const reserved = this.peekWord();
      if (reserved && LIST_END.has(reserved)) break;
      items.push(this.parseAndOr());
      const sep = this.peek();
      if (!sep) break;
      if (sep.t === 'op' && sep.v === ';') this.pos++;
      else if (sep.t === 'nl') this.pos++;
      else if (!top && (sep.t === 'op' || this.peekWord())) continue;
      else this.fail();
    }
    if (items.length === 0 && !top) this.fail();
    return items;
  }

  private parseAndOr(): AndOrNode {
    const first = this.parsePipeline();
    const rest: AndOrNode['rest'] = [];
    for (;;) {
      const t = this.peek();
      if (!t || t.t !== 'op' || (t.v !== '&&' && t.v !== '||')) break;
      this.pos++;
      this.skipNewlines();
      rest.push({op: t.v, pipeline: this.parsePipeline()});
    }
    return {kind: 'andor', first, rest};
  }

  private parsePipeline(): PipelineNode {
    let bang = false;
    if (this.peekWord() === '!') {
      bang = true;
      this.pos++;
    }
    const commands = [this.parseCommand()];
    for (;;) {
      const t = this.peek();
      if (!t || t.t !== 'op' || t.v !== '|') break;
      this.pos++;
      this.skipNewlines();
      commands.push(this.parseCommand());
    }
    return {kind: 'pipeline', bang, commands};
  }

  private parseRedirects(): Redirect[] {
    const redirects: Redirect[] = [];
    for (let t = this.peek(); t && t.t === 'redir'; t = this.peek()) {
      redirects.push(t.r);
      this.pos++;
    }
    return redirects;
  }

  private parseCommand(): CommandNode {
    const t = this.peek();
    if (!t) throw new Incomplete();
    const reserved = this.peekWord();
    if (t.t === 'op' && t.v === '(') {
      this.pos++;
      const body = this.parseList();
      const close = this.peek();
      if (!close) throw new Incomplete();
      if (close.t !== 'op' || close.v !== ')') this.fail();
      this.pos++;
      return {kind: 'group', body, subshell: true, redirects: this.parseRedirects()};
    }
    switch (reserved) {
      case '{': {
        this.pos++;
        const body = this.parseList();
        this.expectWord('}');
        return {kind: 'group', body, subshell: false, redirects: this.parseRedirects()};
      }
      case 'if': {
        this.pos++;
        const clauses: {cond: ListNode; body: ListNode}[] = [];
        let otherwise: ListNode | null = null;
        for (;;) {
          const cond = this.parseList();
          this.expectWord('then');
          clauses.push({cond, body: this.parseList()});
          this.skipNewlines();
          const next = this.peekWord();
          if (next === 'elif') {
            this.pos++;
            continue;
          }
          if (next === 'else') {
            this.pos++;
            otherwise = this.parseList();
          }
          this.expectWord('fi');
          break;
        }
        return {kind: 'if', clauses, otherwise, redirects: this.parseRedirects()};
      }
      case 'while':
      case 'until': {
        this.pos++;
        const cond = this.parseList();
        this.expectWord('do');
        const body = this.parseList();
        this.expectWord('done');
        return {
          kind: 'while',
          until: reserved === 'until',
          cond,
          body,
          redirects: this.parseRedirects(),
        };
      }
      case 'for': {
        this.pos++;
        const name = this.peek();
        if (!name) throw new Incomplete();
        if (name.t !== 'word' || !/^[A-Za-z_]\w*$/.test(name.raw)) this.fail();
        this.pos++;
        let words: string[] | null = null;
        this.skipNewlines();
        if (this.peekWord() === 'in') {
          this.pos++;
          words = [];
          for (let w = this.peek(); w && w.t === 'word'; w = this.peek()) {
            words.push(w.raw);
            this.pos++;
          }
          const sep = this.peek();
          if (!sep) throw new Incomplete();
          if ((sep.t === 'op' && sep.v === ';') || sep.t === 'nl') this.pos++;
          else this.fail();
        } else {
          const sep = this.peek();
          if (sep && sep.t === 'op' && sep.v === ';') this.pos++;
        }
        this.expectWord('do');
        const body = this.parseList();
        this.expectWord('done');
        return {kind: 'for', name: name.raw, words, body, redirects: this.parseRedirects()};
      }
      case null:
      case '!':
        break;
      default:
        this.fail();
    }
    return this.parseSimple();
  }

  private parseSimple(): SimpleNode {
    const node: SimpleNode = {kind: 'simple', assigns: [], words: [], redirects: []};
    for (let t = this.peek(); t; t = this.peek()) {
      if (t.t === 'redir') {
        node.redirects.push(t.r);
        this.pos++;
        continue;
      }
      if (t.t !== 'word') break;
      // Reserved words close a compound command only in command position.
      if (node.words.length === 0 && node.assigns.length === 0 && RESERVED.has(t.raw)) break;
      const assign = /^([A-Za-z_]\w*)=/.exec(t.raw);
      if (assign && node.words.length === 0)
        node.assigns.push({name: assign[1]!, value: t.raw.slice(assign[0].length)});
      else node.words.push(t.raw);
      this.pos++;
    }
    if (node.words.length === 0 && node.assigns.length === 0 && node.redirects.length === 0)
      this.fail();
    return node;
  }
}

/** Parses a whole input: complete, waiting for more lines (`> ` prompt), or a syntax error. */
export function parseScript(src: string): Parsed {
  try {
    return {kind: 'complete', list: new Parser(lex(src)).parseProgram()};
  } catch (e) {
    if (e instanceof Incomplete) return {kind: 'incomplete', reason: e.reason};
    if (e instanceof ShellSyntaxError)
      return {kind: 'error', message: `syntax error near unexpected token \`${e.token}'`};
    throw e;
  }
}

/* ------------------------------------------------------------------ arithmetic */

/** Evaluates `$((…))`: integers, + - * / % **, comparisons, ! && ||, unary -, parentheses, names. */
export function arithmetic(expr: string, lookup: (name: string) => string): number {
  const tokens = expr.match(/\d+|[A-Za-z_]\w*|\*\*|<=|>=|==|!=|&&|\|\||\S/g) ?? [];
  let p = 0;
  const bad = (): never => {
    throw new Error(`${expr.trim()}: syntax error: invalid arithmetic operator`);
  };
  // Binary operators from the loosest to the tightest binding.
  const LEVELS = [
    ['||'],
    ['&&'],
    ['==', '!='],
    ['<', '>', '<=', '>='],
    ['+', '-'],
    ['*', '/', '%'],
  ];
  const apply = (op: string, a: number, b: number): number => {
    switch (op) {
      case '||':
        return Number(a !== 0 || b !== 0);
      case '&&':
        return Number(a !== 0 && b !== 0);
      case '==':
        return Number(a === b);
      case '!=':
        return Number(a !== b);
      case '<':
        return Number(a < b);
      case '>':
        return Number(a > b);
      case '<=':
        return Number(a <= b);
      case '>=':
        return Number(a >= b);
      case '+':
        return a + b;
      case '-':
        return a - b;
      case '*':
        return a * b;
      case '/':
      case '%':
        if (b === 0) throw new Error(`${expr.trim()}: division by 0`);
        return op === '/' ? Math.trunc(a / b) : a % b;
      default:
        return bad();
    }
  };
  const level = (l: number): number => {
    if (l === LEVELS.length) return power();
    let left = level(l + 1);
    while (p < tokens.length && LEVELS[l]!.includes(tokens[p]!)) {
      const op = tokens[p++]!;
      left = apply(op, left, level(l + 1));
    }
    return left;
  };
  const power = (): number => {
    const base = unary();
    if (tokens[p] === '**') {
      p++;
      return base ** power();
    }
    return base;
  };
  const unary = (): number => {
    const t = tokens[p];
    if (t === '-') {
      p++;
      return -unary();
    }
    if (t === '+') {
      p++;
      return unary();
    }
    if (t === '!') {
      p++;
      return Number(unary() === 0);
    }
    if (t === '(') {
      p++;
      const v = level(0);
      if (tokens[p++] !== ')') bad();
      return v;
    }
    if (t === undefined) return bad();
    p++;
    if (/^\d+$/.test(t)) return parseInt(t, 10);
    if (/^[A-Za-z_]\w*$/.test(t)) {
      const v = lookup(t).trim();
      return v === '' ? 0 : /^-?\d+$/.test(v) ? parseInt(v, 10) : bad();
    }
    return bad();
  };
  if (tokens.length === 0) return 0;
  const value = level(0);
  if (p < tokens.length) bad();
  return value;
}
