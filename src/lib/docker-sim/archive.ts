/**
 * tar and gzip over the playground's file views. An archive is a text file: a magic line and
 * JSON (the same format `docker save` and `docker export` write), so it survives saved sessions.
 * gzip wraps any file's text under its own magic line; `tar z` and `docker load` unwrap it.
 * Wording: GNU tar 1.34 and gzip 1.12 as run on Debian 12 (the host wording; busybox tar differs).
 */
import {fail, ok, type UtilContext, type UtilResult} from './coreutils';
import type {FsView} from './fsview';
import {basename, dirname, resolvePath} from './vfs';

export const TAR_MAGIC = 'PLAYGROUND-TAR\n';
export const GZIP_MAGIC = 'PLAYGROUND-GZIP\n';

/** One member of a file archive: a directory (content null) or a file, path relative ('./etc'). */
export interface ArchiveEntry {
  path: string;
  content: string | null;
}

export interface FilesArchive {
  kind: 'files';
  entries: ArchiveEntry[];
}

export const isGzip = (content: string): boolean => content.startsWith(GZIP_MAGIC);
export const gzipText = (content: string): string => `${GZIP_MAGIC}${content}`;
export const gunzipText = (content: string): string =>
  isGzip(content) ? content.slice(GZIP_MAGIC.length) : content;

/** The archive's members as `tar -t` lists them, for every archive kind the engine writes. */
export function archiveMembers(text: string): string[] | null {
  if (!text.startsWith(TAR_MAGIC)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.slice(TAR_MAGIC.length));
  } catch {
    return null;
  }
  const a = parsed as {kind?: string; entries?: ArchiveEntry[]; fs?: {files: object; dirs: object}};
  if (a.kind === 'files' && a.entries) return a.entries.map((e) => e.path);
  if (a.kind === 'export' && a.fs) {
    // docker export streams the root file system without a leading slash, directories with one.
    const dirs = Object.keys(a.fs.dirs)
      .filter((d) => d !== '/')
      .map((d) => `${d.slice(1)}/`);
    const files = Object.keys(a.fs.files).map((f) => f.slice(1));
    return ['.dockerenv', ...[...dirs, ...files].sort()];
  }
  // docker save with the containerd store writes an OCI layout (client/image_save.go → ocischema).
  if (a.kind === 'images')
    return ['blobs/', 'blobs/sha256/', 'index.json', 'manifest.json', 'oci-layout'];
  return null;
}

/** Every path under `dir` in `fs`, depth first, as tar adds them. */
function walk(fs: FsView, dir: string, rel: string, out: ArchiveEntry[]): void {
  for (const name of fs.list(dir)) {
    const full = dir === '/' ? `/${name}` : `${dir}/${name}`;
    const path = `${rel}/${name}`;
    if (fs.isDir(full)) {
      out.push({path: `${path}/`, content: null});
      walk(fs, full, path, out);
    } else {
      const content = fs.read(full);
      if (typeof content === 'string' && !['ENOENT', 'EISDIR'].includes(content))
        out.push({path, content});
    }
  }
}

interface TarOptions {
  mode: 'c' | 'x' | 't' | null;
  gzip: boolean;
  verbose: boolean;
  file: string | null;
  dir: string | null;
  names: string[];
}

/** GNU-style options: a first word of letters (`czf`), then `-C DIR`, `-f FILE`, `-z`, … */
function tarOptions(args: readonly string[]): TarOptions | string {
  const o: TarOptions = {mode: null, gzip: false, verbose: false, file: null, dir: null, names: []};
  const pending: ('f' | 'C')[] = [];
  const letters = (word: string): string | null => {
    for (const ch of word) {
      if (ch === 'c' || ch === 'x' || ch === 't') {
        if (o.mode && o.mode !== ch)
          return "You may not specify more than one '-Acdtrux', '--delete' or  '--test-label' option";
        o.mode = ch;
      } else if (ch === 'z') o.gzip = true;
      else if (ch === 'v') o.verbose = true;
      else if (ch === 'f' || ch === 'C') pending.push(ch);
      else return `invalid option -- '${ch}'`;
    }
    return null;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (pending.length > 0) {
      const what = pending.shift();
      if (what === 'f') o.file = a;
      else o.dir = a;
      continue;
    }
    const e =
      i === 0 && !a.startsWith('-')
        ? letters(a)
        : a.startsWith('-') && a.length > 1
          ? longOrShort(a)
          : null;
    if (e) return e;
    if (!(i === 0 && !a.startsWith('-')) && !(a.startsWith('-') && a.length > 1)) o.names.push(a);
  }
  if (pending.length > 0)
    return args[0] && !args[0].startsWith('-')
      ? `Old option '${pending[0]}' requires an argument.`
      : `option requires an argument -- '${pending[0]}'`;
  return o;

  function longOrShort(a: string): string | null {
    if (a === '--gzip') o.gzip = true;
    else if (a === '--verbose') o.verbose = true;
    else if (a.startsWith('--file=')) o.file = a.slice(7);
    else if (a.startsWith('--directory=')) o.dir = a.slice(12);
    else if (a === '--create') o.mode = 'c';
    else if (a === '--extract') o.mode = 'x';
    else if (a === '--list') o.mode = 't';
    else if (a.startsWith('--')) return `unrecognized option '${a}'`;
    else return letters(a.slice(1));
    return null;
  }
}

const TAR_TRY = "Try 'tar --help' or 'tar --usage' for more information.";

/** `tar` with c/x/t, z, v, f FILE and -C DIR: enough for volume backups and `tar -tf`. */
export function tar(ctx: UtilContext, args: string[]): UtilResult {
  const o = tarOptions(args);
  if (typeof o === 'string') return fail(`tar: ${o}\n${TAR_TRY}`, 2);
  if (!o.mode)
    return fail(
      `tar: You must specify one of the '-Acdtrux', '--delete' or '--test-label' options\n${TAR_TRY}`,
      2,
    );
  if (!o.file || o.file === '-')
    return fail(
      'tar: Refusing to read archive contents from terminal (missing -f option?)\ntar: Error is not recoverable: exiting now',
      2,
    );
  const fs = ctx.fs;
  const archivePath = resolvePath(ctx.cwd, o.file, ctx.home);
  const base = o.dir ? resolvePath(ctx.cwd, o.dir, ctx.home) : ctx.cwd;
  if (o.dir && !fs.isDir(base))
    return fail(
      `tar: ${o.dir}: Cannot open: No such file or directory\ntar: Error is not recoverable: exiting now`,
      2,
    );
  if (o.mode === 'c') {
    if (o.names.length === 0)
      return fail(`tar: Cowardly refusing to create an empty archive\n${TAR_TRY}`, 2);
    const entries: ArchiveEntry[] = [];
    for (const name of o.names) {
      const full = resolvePath(base, name, ctx.home);
      const rel = name.replace(/\/+$/, '') || '.';
      if (fs.isDir(full)) {
        entries.push({path: `${rel}/`, content: null});
        walk(fs, full, rel, entries);
      } else {
        const content = fs.read(full);
        if (content === 'ENOENT' || content === 'EISDIR' || content === 'ENOTDIR')
          return fail(
            `tar: ${name}: Cannot stat: No such file or directory\ntar: Exiting with failure status due to previous errors`,
            2,
          );
        entries.push({path: rel, content});
      }
    }
    const archive: FilesArchive = {kind: 'files', entries};
    const text = `${TAR_MAGIC}${JSON.stringify(archive)}`;
    const e = fs.write(archivePath, o.gzip ? gzipText(text) : text);
    if (e)
      return fail(
        `tar: ${o.file}: Cannot open: No such file or directory\ntar: Error is not recoverable: exiting now`,
        2,
      );
    return ok(o.verbose ? entries.map((x) => `${x.path}\n`).join('') : '');
  }
  const raw = fs.read(archivePath);
  if (raw === 'ENOENT' || raw === 'ENOTDIR' || raw === 'EISDIR')
    return fail(
      `tar: ${o.file}: Cannot open: No such file or directory\ntar: Error is not recoverable: exiting now`,
      2,
    );
  const text = gunzipText(raw);
  const members = archiveMembers(text);
  if (!members)
    return fail(
      'tar: This does not look like a tar archive\ntar: Exiting with failure status due to previous errors',
      2,
    );
  if (o.mode === 't') return ok(members.map((m) => `${m}\n`).join(''));
  const parsed = JSON.parse(text.slice(TAR_MAGIC.length)) as {
    kind: string;
    entries?: ArchiveEntry[];
  };
  if (parsed.kind !== 'files' || !parsed.entries)
    return fail('tar: the playground extracts only archives made with tar', 2);
  for (const entry of parsed.entries) {
    const target = resolvePath(base, entry.path, ctx.home);
    if (entry.content === null) fs.mkdir(target, true);
    else {
      fs.mkdir(dirname(target), true);
      fs.write(target, entry.content);
    }
  }
  return ok(o.verbose ? members.map((m) => `${m}\n`).join('') : '');
}

/** `gzip FILE…` replaces each file with FILE.gz; `gzip -d`/`gunzip` undoes it. */
export function gzip(ctx: UtilContext, args: string[], decompress = false): UtilResult {
  const flags = args.filter((a) => /^-[a-z0-9]+$/.test(a)).join('');
  const files = args.filter((a) => !/^-[a-z0-9]+$/.test(a));
  const unzip = decompress || flags.includes('d');
  const keep = flags.includes('k');
  const prog = decompress ? 'gunzip' : 'gzip';
  if (files.length === 0)
    return fail(
      `${prog}: compressed data not written to a terminal. Use -f to force compression.\nFor help, type: ${prog} -h`,
      1,
    );
  let stderr = '';
  for (const name of files) {
    const path = resolvePath(ctx.cwd, name, ctx.home);
    const content = ctx.fs.read(path);
    if (content === 'EISDIR') {
      stderr += `${prog}: ${name} is a directory -- ignored\n`;
      continue;
    }
    if (content === 'ENOENT' || content === 'ENOTDIR') {
      stderr += `${prog}: ${name}: No such file or directory\n`;
      continue;
    }
    if (unzip) {
      const m = /^(.*)(\.gz|\.tgz)$/.exec(name);
      if (!m) {
        stderr += `${prog}: ${name}: unknown suffix -- ignored\n`;
        continue;
      }
      if (!isGzip(content)) {
        stderr += `${prog}: ${name}: not in gzip format\n`;
        continue;
      }
      const out = resolvePath(ctx.cwd, m[2] === '.tgz' ? `${m[1]}.tar` : m[1]!, ctx.home);
      ctx.fs.write(out, gunzipText(content));
    } else {
      if (name.endsWith('.gz')) {
        stderr += `${prog}: ${name} already has .gz suffix -- unchanged\n`;
        continue;
      }
      ctx.fs.write(`${path}.gz`, gzipText(content));
    }
    if (!keep) ctx.fs.remove(path, false);
  }
  return {stdout: '', stderr, exitCode: stderr ? 1 : 0};
}

/** `cp [-r] SRC… DEST` and `mv SRC… DEST` (GNU coreutils wording). */
export function copyOrMove(ctx: UtilContext, args: string[], move: boolean): UtilResult {
  const prog = move ? 'mv' : 'cp';
  const recursive = move || args.some((a) => /^-[a-zA-Z]*[rRa]/.test(a) || a === '--recursive');
  const paths = args.filter((a) => !a.startsWith('-') || a === '-');
  if (paths.length === 0)
    return fail(`${prog}: missing file operand\nTry '${prog} --help' for more information.`);
  if (paths.length === 1)
    return fail(
      `${prog}: missing destination file operand after '${paths[0]}'\nTry '${prog} --help' for more information.`,
    );
  const dest = paths[paths.length - 1]!;
  const destPath = resolvePath(ctx.cwd, dest, ctx.home);
  const sources = paths.slice(0, -1);
  if (sources.length > 1 && !ctx.fs.isDir(destPath))
    return fail(`${prog}: target '${dest}': Not a directory`);
  let stderr = '';
  for (const src of sources) {
    const from = resolvePath(ctx.cwd, src, ctx.home);
    const to = ctx.fs.isDir(destPath)
      ? `${destPath === '/' ? '' : destPath}/${basename(from)}`
      : destPath;
    if (ctx.fs.isDir(from)) {
      if (!recursive) {
        stderr += `cp: -r not specified; omitting directory '${src}'\n`;
        continue;
      }
      const entries: ArchiveEntry[] = [];
      walk(ctx.fs, from, '.', entries);
      ctx.fs.mkdir(to, true);
      for (const e of entries) {
        const target = resolvePath(to, e.path);
        if (e.content === null) ctx.fs.mkdir(target, true);
        else ctx.fs.write(target, e.content);
      }
    } else {
      const content = ctx.fs.read(from);
      if (content === 'ENOENT' || content === 'ENOTDIR' || content === 'EISDIR') {
        stderr += `${prog}: cannot stat '${src}': No such file or directory\n`;
        continue;
      }
      if (!ctx.fs.isDir(dirname(to))) {
        stderr += `${prog}: cannot create regular file '${dest}': No such file or directory\n`;
        continue;
      }
      ctx.fs.write(to, content);
    }
    if (move) ctx.fs.remove(from, true);
  }
  return {stdout: '', stderr, exitCode: stderr ? 1 : 0};
}
