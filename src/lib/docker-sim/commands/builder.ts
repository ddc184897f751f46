/**
 * `docker builder prune`: with buildx installed (Docker 29's packages) docker/cli v29.7.2
 * cmd/docker/builder.go forwards `builder` to the buildx plugin, so the text is docker/buildx
 * v0.36.1 commands/prune.go (warning, table) and commands/util.go (the `[y/N]` question).
 * The engine keeps the build cache as one size (`state.buildCacheSize`), so a prune deletes it
 * as one record (README, known differences).
 */
import type {Output} from '../cli';
import {humanSize} from '../format';
import {randomHex} from '../rng';
import type {Ctx} from './common';
import {confirmThen} from './prompts';

const NORMAL_WARNING =
  'WARNING! This will remove all dangling build cache. Are you sure you want to continue?';
const ALL_CACHE_WARNING =
  'WARNING! This will remove all build cache. Are you sure you want to continue?';

const BOOL_FLAGS: Readonly<Record<string, string>> = {
  '-a': 'all',
  '--all': 'all',
  '-f': 'force',
  '--force': 'force',
  '--verbose': 'verbose',
};
const VALUE_FLAGS = new Set([
  '--filter',
  '--reserved-space',
  '--keep-storage',
  '--max-used-space',
  '--min-free-space',
  '--builder',
  '--timeout',
]);

/**
 * Go's text/tabwriter with minwidth 1, tabwidth 8, padding 1 and '\t' as the pad character
 * (prune.go's writers): each cell but a row's last is followed by tabs up to its column's width,
 * the widest cell plus one rounded up to a multiple of 8.
 */
export function tabPadded(rows: readonly (readonly string[])[]): string {
  const columns = Math.max(...rows.map((r) => r.length)) - 1;
  const widths = Array.from({length: columns}, (_, i) => {
    const w = Math.max(...rows.filter((r) => r.length > i + 1).map((r) => r[i]!.length)) + 1;
    return Math.ceil(w / 8) * 8;
  });
  return rows
    .map(
      (r) =>
        r
          .map((cell, i) =>
            i === r.length - 1
              ? cell
              : cell + '\t'.repeat(Math.ceil((widths[i]! - cell.length) / 8)),
          )
          .join('') + '\n',
    )
    .join('');
}

/** Parses `builder prune`'s flags; null for anything else (the caller answers as before). */
function parsePrune(argv: readonly string[]): {all: boolean; force: boolean} | null {
  const flags: Record<string, boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const name = a.split('=')[0]!;
    if (BOOL_FLAGS[a]) flags[BOOL_FLAGS[a]] = true;
    else if (/^-[af]{2}$/.test(a)) for (const c of a.slice(1)) flags[BOOL_FLAGS[`-${c}`]!] = true;
    else if (VALUE_FLAGS.has(name)) {
      if (!a.includes('=')) i++;
    } else return null;
  }
  return {all: flags.all === true, force: flags.force === true};
}

/** `docker builder prune [-a] [-f] …`, or null when argv is not that command. */
export function builderCommand(ctx: Ctx, argv: readonly string[]): Output | null {
  if (argv[0] !== 'prune') return null;
  const options = parsePrune(argv.slice(1));
  if (!options) return null;
  return confirmThen(
    ctx,
    options.force,
    options.all ? ALL_CACHE_WARNING : NORMAL_WARNING,
    () => {
      const size = ctx.state.buildCacheSize;
      ctx.state.buildCacheSize = 0;
      const table =
        size > 0
          ? tabPadded([
              ['ID', 'RECLAIMABLE', 'SIZE', 'LAST ACCESSED'],
              [randomHex(ctx.state.rng, 25).padEnd(40), 'true ', humanSize(size).padEnd(10), ''],
            ])
          : '';
      return {stdout: table + tabPadded([['Total:', humanSize(size)]]), stderr: '', exitCode: 0};
    },
    'buildx',
  );
}
