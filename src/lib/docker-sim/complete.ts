/** Tab-completion candidates for the terminal view. */
import {canonicalPath, GROUPS} from './cli';
import {CLI_REFERENCE_29 as CLI_REFERENCE} from './fixtures/cli-reference-29';
import type {EngineState} from './state';
import {HOST_HOME} from './state';
import {listDir, isDir, resolvePath} from './vfs';

const HOST_COMMANDS = [
  'cat',
  'cd',
  'clear',
  'curl',
  'docker',
  'echo',
  'grep',
  'head',
  'help',
  'history',
  'ls',
  'mkdir',
  'printf',
  'pwd',
  'rm',
  'tail',
  'touch',
  'wc',
];
const CONTAINER_COMMANDS = [
  'cat',
  'cd',
  'echo',
  'env',
  'exit',
  'hostname',
  'id',
  'ls',
  'mkdir',
  'printf',
  'ps',
  'pwd',
  'rm',
  'touch',
  'uname',
  'whoami',
];

const CONTAINER_ARGS = new Set([
  'container start',
  'container stop',
  'container restart',
  'container kill',
  'container pause',
  'container unpause',
  'container rm',
  'container logs',
  'container exec',
  'container port',
  'container rename',
  'container cp',
  'container stats',
  'container top',
  'container export',
  'container inspect',
  'inspect',
]);
const IMAGE_ARGS = new Set([
  'container run',
  'container create',
  'image rm',
  'image tag',
  'image history',
  'image inspect',
  'image save',
  'image push',
  'image pull',
  'inspect',
]);

function topLevelCommands(): string[] {
  const words = new Set<string>();
  for (const k of Object.keys(CLI_REFERENCE)) if (k && !k.includes(' ')) words.add(k);
  words.add('compose');
  return [...words].sort();
}

/**
 * Candidates for the word under the cursor. Each candidate is the whole word
 * (the view replaces the partial word with it).
 */
export function completeLine(state: EngineState, line: string, cursor = line.length): string[] {
  const before = line.slice(0, Math.max(0, Math.min(cursor, line.length)));
  const words = before.split(/\s+/);
  const current = words.pop() ?? '';
  const prev = words.filter(Boolean);
  // After && or ; a new command starts.
  const lastSep = Math.max(
    prev.lastIndexOf('&&'),
    prev.lastIndexOf(';'),
    prev.lastIndexOf('||'),
    prev.lastIndexOf('|'),
  );
  const cmdWords = prev.slice(lastSep + 1);
  const pick = (cands: Iterable<string>): string[] =>
    [...new Set(cands)].filter((c) => c.startsWith(current)).sort();
  if (state.session) return cmdWords.length === 0 ? pick(CONTAINER_COMMANDS) : [];
  if (cmdWords.length === 0) return pick(HOST_COMMANDS);
  if (cmdWords[0] !== 'docker') {
    // file names
    const slash = current.lastIndexOf('/');
    const dirPart = slash >= 0 ? current.slice(0, slash + 1) : '';
    const dir = resolvePath(state.cwd, dirPart || '.', HOST_HOME);
    if (!isDir(state.host, dir)) return [];
    return pick(
      listDir(state.host, dir).map(
        (n) => dirPart + n + (isDir(state.host, resolvePath(dir, n)) ? '/' : ''),
      ),
    );
  }
  const args = cmdWords.slice(1);
  if (args.length === 0) return pick(topLevelCommands());
  if (args[0] === 'compose')
    return args.length === 1 ? pick(['up', 'ps', 'logs', 'down']) : pick(['-d', '-v', '-a']);
  let path = args[0];
  let rest = args.slice(1);
  if ((GROUPS as readonly string[]).includes(args[0])) {
    if (args.length === 1)
      return pick(
        Object.keys(CLI_REFERENCE)
          .filter((k) => k.startsWith(`${args[0]} `))
          .map((k) => k.split(' ')[1]),
      );
    path = `${args[0]} ${args[1]}`;
    rest = args.slice(2);
  }
  const ref = CLI_REFERENCE[path];
  if (!ref) return [];
  if (current.startsWith('-')) {
    return pick([
      '--help',
      ...ref.flags.flatMap((f) => [`--${f.long}`, ...(f.short ? [`-${f.short}`] : [])]),
    ]);
  }
  void rest;
  const canon = canonicalPath(path);
  const cands: string[] = [];
  if (CONTAINER_ARGS.has(canon) || CONTAINER_ARGS.has(path))
    cands.push(...state.containers.map((c) => c.name));
  if (IMAGE_ARGS.has(canon) || IMAGE_ARGS.has(path)) {
    cands.push(...state.images.flatMap((i) => i.repoTags));
    if (canon === 'container run' || canon === 'container create' || canon === 'image pull') {
      cands.push(
        'hello-world',
        'alpine',
        'ubuntu',
        'debian',
        'busybox',
        'nginx',
        'httpd',
        'postgres',
        'mysql',
        'redis',
        'node',
        'python',
      );
    }
  }
  if (path.startsWith('volume ')) cands.push(...state.volumes.map((v) => v.name));
  if (path.startsWith('network ')) cands.push(...state.networks.map((n) => n.name));
  if (path === 'network connect' || path === 'network disconnect')
    cands.push(...state.containers.map((c) => c.name));
  return pick(cands);
}
