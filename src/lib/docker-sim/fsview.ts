/** A file-system view that routes paths to the right Vfs (container root, volumes, bind mounts). */
import type {ContainerRecord, EngineState} from './state';
import * as V from './vfs';
import type {FsError, Vfs} from './vfs';

export interface FsView {
  read(path: string): string | FsError;
  write(path: string, content: string, append?: boolean): FsError | null;
  list(dir: string): string[];
  isDir(path: string): boolean;
  isFile(path: string): boolean;
  mkdir(path: string, parents: boolean): FsError | null;
  remove(path: string, recursive: boolean): FsError | null;
}

export function plainView(fs: Vfs): FsView {
  return {
    read: (p) => V.readFile(fs, p),
    write: (p, c, a) => V.writeFile(fs, p, c, a),
    list: (d) => V.listDir(fs, d),
    isDir: (p) => V.isDir(fs, p),
    isFile: (p) => V.isFile(fs, p),
    mkdir: (p, parents) => V.mkdir(fs, p, parents),
    remove: (p, r) => V.remove(fs, p, r),
  };
}

/** Where a container path lives: the container's root fs or a mounted volume / host directory. */
export function locate(
  state: EngineState,
  c: ContainerRecord,
  path: string,
): {fs: Vfs; path: string} {
  const mounts = [...c.mounts].sort((a, b) => b.destination.length - a.destination.length);
  for (const m of mounts) {
    if (path === m.destination || path.startsWith(`${m.destination}/`)) {
      const rest = path.slice(m.destination.length);
      if (m.tmpfs) return {fs: m.tmpfs.files, path: rest === '' ? '/' : rest};
      if (m.type === 'volume') {
        const vol = state.volumes.find((v) => v.name === m.name);
        if (vol) return {fs: vol.files, path: rest === '' ? '/' : rest};
      } else {
        return {fs: state.host, path: V.resolvePath('/', m.source + rest)};
      }
    }
  }
  return {fs: c.rootfs, path};
}

export function containerView(state: EngineState, c: ContainerRecord): FsView {
  const at = (p: string): {fs: Vfs; path: string} => locate(state, c, p);
  return {
    read: (p) => {
      const l = at(p);
      return V.readFile(l.fs, l.path);
    },
    write: (p, content, append) => {
      const l = at(p);
      return V.writeFile(l.fs, l.path, content, append);
    },
    list: (d) => {
      const l = at(d);
      const names = new Set(V.listDir(l.fs, l.path));
      const prefix = d === '/' ? '/' : `${d}/`;
      for (const m of c.mounts) {
        if (m.destination.startsWith(prefix)) {
          const name = m.destination.slice(prefix.length).split('/')[0];
          if (name) names.add(name);
        }
      }
      return [...names].sort();
    },
    isDir: (p) => {
      const l = at(p);
      return (
        V.isDir(l.fs, l.path) ||
        c.mounts.some((m) => m.destination === p || m.destination.startsWith(`${p}/`))
      );
    },
    isFile: (p) => {
      const l = at(p);
      return V.isFile(l.fs, l.path);
    },
    mkdir: (p, parents) => {
      const l = at(p);
      return V.mkdir(l.fs, l.path, parents);
    },
    remove: (p, r) => {
      const l = at(p);
      return V.remove(l.fs, l.path, r);
    },
  };
}
