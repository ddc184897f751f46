/** A tiny JSON-safe file system: used for the host, container root file systems and volumes. */
export interface Vfs {
  files: Record<string, string>;
  dirs: Record<string, true>;
}

export type FsError = 'ENOENT' | 'ENOTDIR' | 'EISDIR' | 'EEXIST' | 'ENOTEMPTY' | 'EROFS';

export function createVfs(files: Record<string, string> = {}, dirs: readonly string[] = []): Vfs {
  const fs: Vfs = {files: {}, dirs: {'/': true}};
  for (const d of dirs) mkdirp(fs, d);
  for (const [p, content] of Object.entries(files)) {
    mkdirp(fs, dirname(p));
    fs.files[p] = content;
  }
  return fs;
}

export function cloneVfs(fs: Vfs): Vfs {
  return {files: {...fs.files}, dirs: {...fs.dirs}};
}

/** Resolves `path` against `cwd`, handling `.`, `..` and `~` (home). */
export function resolvePath(cwd: string, path: string, home = '/root'): string {
  let p = path;
  if (p === '~' || p.startsWith('~/')) p = home + p.slice(1);
  const parts = (p.startsWith('/') ? p : `${cwd}/${p}`).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}

export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function isDir(fs: Vfs, path: string): boolean {
  return fs.dirs[path] === true;
}

export function isFile(fs: Vfs, path: string): boolean {
  return Object.prototype.hasOwnProperty.call(fs.files, path);
}

export function exists(fs: Vfs, path: string): boolean {
  return isDir(fs, path) || isFile(fs, path);
}

export function mkdirp(fs: Vfs, path: string): void {
  let cur = '';
  for (const part of path.split('/').filter(Boolean)) {
    cur += `/${part}`;
    fs.dirs[cur] = true;
  }
  fs.dirs['/'] = true;
}

export function mkdir(fs: Vfs, path: string, parents: boolean): FsError | null {
  if (exists(fs, path)) return parents && isDir(fs, path) ? null : 'EEXIST';
  if (parents) {
    if (ancestorIsFile(fs, path)) return 'ENOTDIR';
    mkdirp(fs, path);
    return null;
  }
  const parent = dirname(path);
  if (!isDir(fs, parent)) return isFile(fs, parent) ? 'ENOTDIR' : 'ENOENT';
  fs.dirs[path] = true;
  return null;
}

function ancestorIsFile(fs: Vfs, path: string): boolean {
  let p = dirname(path);
  while (p !== '/') {
    if (isFile(fs, p)) return true;
    p = dirname(p);
  }
  return false;
}

/** Names directly inside `dir`, sorted like `ls` (byte order). */
export function listDir(fs: Vfs, dir: string): string[] {
  const prefix = dir === '/' ? '/' : `${dir}/`;
  const names = new Set<string>();
  const add = (p: string): void => {
    if (p.startsWith(prefix) && p !== dir) {
      const rest = p.slice(prefix.length);
      const name = rest.split('/')[0];
      if (name) names.add(name);
    }
  };
  Object.keys(fs.files).forEach(add);
  Object.keys(fs.dirs).forEach(add);
  return [...names].sort();
}

export function readFile(fs: Vfs, path: string): string | FsError {
  if (isDir(fs, path)) return 'EISDIR';
  if (!isFile(fs, path)) return ancestorIsFile(fs, path) ? 'ENOTDIR' : 'ENOENT';
  return fs.files[path];
}

export function writeFile(fs: Vfs, path: string, content: string, append = false): FsError | null {
  if (isDir(fs, path)) return 'EISDIR';
  const parent = dirname(path);
  if (!isDir(fs, parent))
    return isFile(fs, parent) || ancestorIsFile(fs, parent) ? 'ENOTDIR' : 'ENOENT';
  fs.files[path] = append && isFile(fs, path) ? fs.files[path] + content : content;
  return null;
}

export function remove(fs: Vfs, path: string, recursive: boolean): FsError | null {
  if (isFile(fs, path)) {
    delete fs.files[path];
    return null;
  }
  if (!isDir(fs, path)) return 'ENOENT';
  if (!recursive) return 'EISDIR';
  const prefix = `${path}/`;
  for (const f of Object.keys(fs.files)) if (f.startsWith(prefix)) delete fs.files[f];
  for (const d of Object.keys(fs.dirs)) if (d.startsWith(prefix)) delete fs.dirs[d];
  if (path !== '/') delete fs.dirs[path];
  return null;
}

/** Copies the file or tree at `from` in `src` to `to` in `dst`. */
export function copyTree(src: Vfs, from: string, dst: Vfs, to: string): void {
  if (isFile(src, from)) {
    mkdirp(dst, dirname(to));
    dst.files[to] = src.files[from];
    return;
  }
  const prefix = from === '/' ? '/' : `${from}/`;
  mkdirp(dst, to);
  const target = (p: string): string => (to === '/' ? '' : to) + '/' + p.slice(prefix.length);
  for (const d of Object.keys(src.dirs)) if (d.startsWith(prefix)) mkdirp(dst, target(d));
  for (const [f, c] of Object.entries(src.files)) {
    if (f.startsWith(prefix)) {
      mkdirp(dst, dirname(target(f)));
      dst.files[target(f)] = c;
    }
  }
}

/** Total bytes of the files under `dir` (UTF-16 length is close enough for the ASCII content here). */
export function treeSize(fs: Vfs, dir = '/'): number {
  const prefix = dir === '/' ? '/' : `${dir}/`;
  let total = 0;
  for (const [f, c] of Object.entries(fs.files))
    if (f === dir || f.startsWith(prefix)) total += c.length;
  return total;
}

/** Files that every session starts with below `dir`, kept out of saved sessions. */
export interface Layer {
  readonly dir: string;
  /** Path below `dir` → content. */
  readonly files: Readonly<Record<string, string>>;
}

const layerPath = (layer: Layer, relative: string): string => `${layer.dir}/${relative}`;

/**
 * Copies `layer` into `fs`, except the files the reader removed and those the reader changed
 * (already in `fs`): the reader's copy wins, so edits survive a reload.
 */
export function mountLayer(fs: Vfs, layer: Layer, removed: readonly string[] = []): void {
  const gone = new Set(removed);
  for (const [relative, content] of Object.entries(layer.files)) {
    const path = layerPath(layer, relative);
    if (gone.has(path) || isFile(fs, path)) continue;
    mkdirp(fs, dirname(path));
    fs.files[path] = content;
  }
}

/**
 * `fs` without the layer's untouched files and their folders, and the layer's paths the reader
 * removed: what a saved session keeps. `mountLayer(copy, layer, removed)` undoes it.
 */
export function unmountLayer(fs: Vfs, layer: Layer): {fs: Vfs; removed: string[]} {
  const copy = cloneVfs(fs);
  const removed: string[] = [];
  const layerDirs = new Set<string>([layer.dir]);
  for (const [relative, content] of Object.entries(layer.files)) {
    const path = layerPath(layer, relative);
    for (let d = dirname(path); d.startsWith(layer.dir); d = dirname(d)) layerDirs.add(d);
    if (!isFile(copy, path)) removed.push(path);
    else if (copy.files[path] === content) delete copy.files[path];
  }
  for (const d of layerDirs) delete copy.dirs[d];
  return {fs: copy, removed};
}
