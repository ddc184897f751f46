// The site's code-fence meta words (STYLE.md, "Code-fence meta words"), parsed
// without side effects so the build can fail on any word it does not know.

/** Why a block runs on the reader's own machine rather than in the playground. */
export const HOST_REASONS = [
  'install',
  'os-check',
  'kernel',
  'network',
  'tool',
  'host-toolchain',
] as const;
export type HostReason = (typeof HOST_REASONS)[number];

/** Languages whose blocks are commands a reader types: the only ones `host` may mark. */
export const SHELL_LANGUAGES: ReadonlySet<string> = new Set([
  'bash',
  'sh',
  'shell',
  'powershell',
  'ps1',
  'bat',
  'batch',
  'cmd',
]);

/**
 * Languages of a command's output: the only ones `output`, `source`, `example` may mark, and the
 * ones a block after a shell block is read as that block's output in. Plain text that is not
 * output (a file tree, a snippet) uses `plaintext` or `tree`.
 */
export const TEXT_LANGUAGES: ReadonlySet<string> = new Set(['text', 'txt']);

const KNOWN_WORDS =
  'title="…", {1,3-5}, showLineNumbers[=N], host="REASON", output, source="repo@tag path", example';

export interface CodeMeta {
  readonly title?: string;
  /** 1-based line numbers from `{1,3-5}`. */
  readonly highlightedLines: ReadonlySet<number>;
  /** The first line's number when `showLineNumbers` is set (`showLineNumbers=5` starts at 5). */
  readonly lineNumbersStart?: number;
  readonly host?: HostReason;
  readonly output: boolean;
  /** `repo@tag path` of the file the text was taken from. */
  readonly source?: string;
  readonly example: boolean;
}

export type CodeMetaResult =
  | {readonly ok: true; readonly meta: CodeMeta}
  | {readonly ok: false; readonly word: string; readonly message: string};

interface Token {
  readonly text: string;
  readonly name: string;
  /** Undefined for a bare word such as `output`. */
  readonly value?: string;
}

class MetaError extends Error {
  constructor(
    readonly word: string,
    message: string,
  ) {
    super(message);
  }
}

/** Splits a meta string into words: `name`, `name=value`, `name="va lue"`, `name='va lue'`, `{…}`. */
function tokenize(meta: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s*(?:(\{\S*)|([^\s=]+)(?:=(?:"([^"]*)"|'([^']*)'|(\S*)))?)/y;
  while (pattern.lastIndex < meta.length) {
    const start = pattern.lastIndex;
    const match = pattern.exec(meta);
    if (!match) {
      const text = meta.slice(start).trim().split(/\s/)[0]!;
      throw new MetaError(text, `cannot read meta word ${text}`);
    }
    const text = match[0].trim();
    if (match[1] !== undefined) {
      tokens.push({text, name: '{}'});
      continue;
    }
    const unquoted = match[5];
    if (unquoted !== undefined && /^["']/.test(unquoted)) {
      throw new MetaError(text, `unclosed quote in meta word ${text}`);
    }
    tokens.push({text, name: match[2]!, value: match[3] ?? match[4] ?? unquoted});
  }
  return tokens;
}

/** `1,3-5` → {1, 3, 4, 5}; throws for an empty, reversed or zero range. */
function parseRange(text: string): Set<number> {
  const body = text.slice(1, -1);
  if (!text.endsWith('}') || !/^\d+(?:-\d+)?(?:,\d+(?:-\d+)?)*$/.test(body)) {
    throw new MetaError(text, `bad line range ${text} (write it as {1,3-5})`);
  }
  const lines = new Set<number>();
  for (const part of body.split(',')) {
    const [from, to = from] = part.split('-').map(Number) as [number, number?];
    if (from < 1 || to < from) {
      throw new MetaError(text, `bad line range ${text}: ${part} is not a range of lines from 1`);
    }
    for (let line = from; line <= to; line++) lines.add(line);
  }
  return lines;
}

function isHostReason(value: string): value is HostReason {
  return (HOST_REASONS as readonly string[]).includes(value);
}

function readMeta(meta: string, language: string): CodeMeta {
  let title: string | undefined;
  let highlightedLines: Set<number> | undefined;
  let lineNumbersStart: number | undefined;
  let host: HostReason | undefined;
  let output = false;
  let source: string | undefined;
  let example = false;
  const seen = new Set<string>();

  const needsValue = (token: Token): string => {
    if (token.value === undefined || token.value === '') {
      throw new MetaError(token.text, `${token.name} needs a value: ${token.name}="…"`);
    }
    return token.value;
  };
  const isFlag = (token: Token): true => {
    if (token.value !== undefined) {
      throw new MetaError(token.text, `${token.name} takes no value (write just ${token.name})`);
    }
    return true;
  };

  for (const token of tokenize(meta.trim())) {
    const key = token.name === '{}' ? '{…}' : token.name;
    if (seen.has(key)) throw new MetaError(token.text, `${key} is given twice`);
    seen.add(key);
    switch (token.name) {
      case '{}':
        highlightedLines = parseRange(token.text);
        break;
      case 'title':
        title = needsValue(token);
        break;
      case 'showLineNumbers':
        if (token.value === undefined) lineNumbersStart = 1;
        else if (/^\d+$/.test(token.value)) lineNumbersStart = Number(token.value);
        else {
          throw new MetaError(
            token.text,
            `showLineNumbers=N needs a whole number, not ${token.value}`,
          );
        }
        break;
      case 'host': {
        const reason = needsValue(token);
        if (!isHostReason(reason)) {
          throw new MetaError(
            token.text,
            `unknown host reason "${reason}" (known: ${HOST_REASONS.join(', ')})`,
          );
        }
        host = reason;
        break;
      }
      case 'output':
        output = isFlag(token);
        break;
      case 'example':
        example = isFlag(token);
        break;
      case 'source': {
        const value = needsValue(token);
        if (!/^\S+@\S+ \S.*$/.test(value)) {
          throw new MetaError(token.text, `source="${value}" must read "repo@tag path"`);
        }
        source = value;
        break;
      }
      default:
        throw new MetaError(token.text, `unknown meta word ${token.text} (known: ${KNOWN_WORDS})`);
    }
  }

  if (host && !SHELL_LANGUAGES.has(language)) {
    throw new MetaError(
      `host="${host}"`,
      `host="${host}" marks commands, so it belongs on a shell block (${[...SHELL_LANGUAGES].join(', ')}), not on ${language}`,
    );
  }
  for (const [word, given] of [
    ['output', output],
    ['source', source !== undefined],
    ['example', example],
  ] as const) {
    if (given && !TEXT_LANGUAGES.has(language)) {
      throw new MetaError(word, `${word} belongs on a text block, not on ${language}`);
    }
  }
  if (example && source !== undefined) {
    throw new MetaError(
      'example',
      'example and source contradict each other: an illustration has no source',
    );
  }
  if (example && output) {
    throw new MetaError(
      'example',
      'example and output contradict each other: an illustration is not a real run',
    );
  }

  return {
    ...(title !== undefined && {title}),
    highlightedLines: highlightedLines ?? new Set(),
    ...(lineNumbersStart !== undefined && {lineNumbersStart}),
    ...(host !== undefined && {host}),
    output,
    ...(source !== undefined && {source}),
    example,
  };
}

/**
 * Reads a fence's meta string (what follows the language) for a block in `language`.
 * Returns the meta words, or the first bad word and why it is bad.
 */
export function parseCodeMeta(meta: string | null | undefined, language: string): CodeMetaResult {
  try {
    return {ok: true, meta: readMeta(meta ?? '', language.toLowerCase())};
  } catch (error) {
    if (error instanceof MetaError) return {ok: false, word: error.word, message: error.message};
    throw error;
  }
}
