/**
 * Finds the image references a text asks a registry for: `FROM` lines of Dockerfiles (stage
 * names and `scratch` left out), `image:` keys of Compose files, and the image argument of
 * `docker run`/`create`/`pull` command lines (parsed with the engine's own CLI parser, so flags
 * with values are skipped as the real client skips them). Used by the catalogue test, which
 * fails when a chapter, example or scenario names an image the catalogue cannot pull.
 */
import {parseDocker} from './cli';
import {parseScript, type ListNode} from './script-syntax';

/** A word as typed, with its quotes and backslashes removed (no expansion: `$` stays literal). */
const unquote = (word: string): string =>
  word.replace(/'([^']*)'|"((?:\\.|[^"\\])*)"|\\(.)/g, (_, single, double, escaped) =>
    single !== undefined
      ? (single as string)
      : double !== undefined
        ? (double as string).replace(/\\(.)/g, '$1')
        : (escaped as string),
  );

/** The simple commands of one shell line (inside &&, ||, pipes and groups), words unquoted. */
function simpleCommands(line: string): string[][] {
  const parsed = parseScript(line);
  if (parsed.kind !== 'complete') return [];
  const found: string[][] = [];
  const walk = (list: ListNode): void => {
    for (const andOr of list)
      for (const pipeline of [andOr.first, ...andOr.rest.map((r) => r.pipeline)])
        for (const command of pipeline.commands) {
          if (command.kind === 'simple') found.push(command.words.map(unquote));
          else if (command.kind === 'group') walk(command.body);
        }
  };
  walk(parsed.list);
  return found;
}

/** Which images a name can stand for: skip ones with variables or a build-stage name. */
const usable = (ref: string): boolean =>
  ref !== '' && ref !== 'scratch' && !/[${}<>]/.test(ref) && !ref.startsWith('-');

/** FROM lines (also inside `printf '…\n…'` one-liners, where lines are `\n`-separated). */
export function imageRefsInDockerfile(text: string): string[] {
  const stages = new Set<string>();
  const refs: string[] = [];
  for (const raw of text.split(/\n|\\n/)) {
    const m = /^\s*FROM\s+((?:--\S+\s+)*)(\S+)(?:\s+AS\s+(\S+))?/i.exec(raw);
    if (!m) continue;
    const ref = m[2]!.replace(/['"]+$/, '');
    if (usable(ref) && !stages.has(ref.toLowerCase())) refs.push(ref);
    if (m[3]) stages.add(m[3].toLowerCase());
  }
  return refs;
}

/** `image:` values of a Compose file (block style). */
export function imageRefsInCompose(text: string): string[] {
  const refs: string[] = [];
  for (const m of text.matchAll(/^\s+image:\s*["']?([^\s"'#]+)["']?\s*(?:#.*)?$/gm)) {
    if (usable(m[1]!)) refs.push(m[1]!);
  }
  return refs;
}

const IMAGE_ARGUMENT_COMMANDS = new Set([
  'run',
  'create',
  'pull',
  'container run',
  'container create',
  'image pull',
]);

/** Images that `docker …` commands in one shell line (possibly `&&`-joined) would pull. */
export function imageRefsInCommandLine(line: string): string[] {
  const refs: string[] = [];
  for (const [program, ...argv] of simpleCommands(line.split('\n')[0]!)) {
    if (program !== 'docker') continue;
    const result = parseDocker(argv);
    if (result.kind !== 'command') continue;
    if (!IMAGE_ARGUMENT_COMMANDS.has(result.cmd.path)) continue;
    const image = result.cmd.args[0];
    if (image !== undefined && usable(image)) refs.push(image);
  }
  return refs;
}

/** Names a reader makes themselves (`build -t`, `tag`, `commit`): not pulled from a registry. */
export function imageNamesMadeByCommandLine(line: string): string[] {
  const names: string[] = [];
  for (const [program, ...argv] of simpleCommands(line.split('\n')[0]!)) {
    if (program !== 'docker') continue;
    const words = argv[0] === 'buildx' || argv[0] === 'builder' ? argv.slice(1) : argv;
    const verb = words[0] === 'image' || words[0] === 'container' ? words[1] : words[0];
    const operands = words.slice(words[0] === verb ? 1 : 2);
    if (verb === 'build') {
      // BuildKit's flags (--secret, --push, …) are not all in the recorded 28.2 flag table,
      // so read the tags directly.
      operands.forEach((w, i) => {
        if (w === '-t' || w === '--tag') names.push(operands[i + 1] ?? '');
        else if (w.startsWith('--tag=')) names.push(w.slice(6));
      });
    } else if (verb === 'tag' || verb === 'commit') {
      const positional = operands.filter((w) => !w.startsWith('-'));
      if (positional[1]) names.push(positional[1]);
    }
  }
  return names.filter(usable);
}
