/**
 * The second replay renames what the reader chooses — container names, their own image names,
 * volume names, host ports — consistently in a chapter's lines and outputs, so an engine that
 * special-cases a chapter's exact names cannot pass.
 */

export interface Renames {
  readonly names: ReadonlyMap<string, string>;
  readonly ports: ReadonlyMap<string, string>;
}

const NAME = String.raw`[a-z0-9][a-z0-9_.-]*(?:/[a-z0-9][a-z0-9_.-]*)*`;

/** The names and host ports that `commands` choose. */
export function collectRenames(commands: readonly string[]): Renames {
  const names = new Map<string, string>();
  const ports = new Map<string, string>();
  const addName = (name: string | undefined): void => {
    if (name && !names.has(name) && !/^[0-9]/.test(name)) names.set(name, `${name}2`);
  };
  for (const command of commands) {
    // A buildx builder's name also names its nodes (`multi0`), which no rename can follow.
    if (!/\bbuildx create\b/.test(command))
      for (const m of command.matchAll(new RegExp(String.raw`--name[ =](${NAME})`, 'gi')))
        addName(m[1]);
    for (const m of command.matchAll(new RegExp(String.raw`\bvolume create (${NAME})`, 'g')))
      addName(m[1]);
    for (const m of command.matchAll(new RegExp(String.raw`(?:-v|--volume)[ =](${NAME}):/`, 'g')))
      if (!m[1]!.includes('/')) addName(m[1]);
    for (const m of command.matchAll(
      new RegExp(
        String.raw`\bdocker (?:build|buildx build|image build)\b.*?(?:-t|--tag)[ =](${NAME})`,
        'g',
      ),
    ))
      addName(m[1]);
    for (const m of command.matchAll(
      // A registry host (`localhost:5000/`) is an address, not a name the reader chose.
      new RegExp(String.raw`\bdocker (?:image )?tag \S+ (?:[a-z0-9.-]+:\d+/)?(${NAME})`, 'g'),
    ))
      addName(m[1]);
    for (const m of command.matchAll(/(?:-p|--publish)[ =](?:[\d.]+:)?(\d+):\d+/g)) {
      const port = Number(m[1]);
      if (!ports.has(m[1]!)) ports.set(m[1]!, String(port < 50000 ? port + 10000 : port - 10000));
    }
  }
  return {names, ports};
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `text` with every chosen name and host port replaced. */
export function applyRenames(text: string, renames: Renames): string {
  let out = text;
  // Longest first, so `web` does not rename part of an already renamed `web-data`. A name after
  // one `/` is a path (`/srv/web`), except after a registry (`docker.io/gildong/app`); after `//`
  // it is a URL's host (`http://web/`).
  const names = [...renames.names].sort((a, b) => b[0].length - a[0].length);
  if (names.length > 0) {
    const pattern = new RegExp(
      String.raw`(?<![\w.-])(?<![^/]/(?<!docker\.io/)|^/)(${names.map(([n]) => escape(n)).join('|')})(?![\w/]|[.-]\w)`,
      'g',
    );
    out = out.replace(pattern, (name) => renames.names.get(name) ?? name);
  }
  for (const [from, to] of renames.ports) {
    out = out.replace(
      new RegExp(
        // The optional prefix is an IP only: in `-p 3000:3000` the container port stays.
        String.raw`((?:-p|--publish)[ =](?:\d{1,3}(?:\.\d{1,3}){3}:)?|localhost:|127\.0\.0\.1:|0\.0\.0\.0:|\[::\]:|:::)${from}(?!\d)`,
        'gm',
      ),
      `$1${to}`,
    );
  }
  return out;
}
