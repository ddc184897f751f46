/**
 * RUN steps of a build that install or compile (`npm ci`, `pip install`, `mvn package`,
 * `go build`, `useradd`…). The playground has no package managers or compilers: a step is
 * simulated from what it names, and leaves in the image what the real step would (a
 * `node_modules` folder, console scripts, a jar, a binary, a passwd entry). A compiled jar or
 * binary holds the sources it was compiled from, so apps.ts can tell which app it runs.
 */
import {basename, isDir, mkdirp, resolvePath, type Vfs} from './vfs';

export interface RunOutcome {
  exitCode: number;
  /** the step's output lines (shown after a failure) */
  output: string[];
}

export interface BuildStepCtx {
  fs: Vfs;
  env: readonly string[];
  workdir: string;
}

const hasEnv = (ctx: BuildStepCtx, key: string): boolean =>
  ctx.env.some((e) => e.startsWith(`${key}=`));

/** Console scripts that pip puts in /usr/local/bin for a package (from each package's metadata). */
const PIP_SCRIPTS: Readonly<Record<string, readonly string[]>> = {
  flask: ['flask'],
  gunicorn: ['gunicorn'],
  uvicorn: ['uvicorn'],
};

/** Every file under `dir` ending in `ext`, sorted, as one text (what a compiler reads). */
function sourcesUnder(fs: Vfs, dir: string, ext: string): string {
  const prefix = dir === '/' ? '/' : `${dir}/`;
  return Object.keys(fs.files)
    .filter((p) => p.startsWith(prefix) && p.endsWith(ext))
    .sort()
    .map((p) => `// ${p}\n${fs.files[p]}`)
    .join('\n');
}

function write(fs: Vfs, path: string, content: string): void {
  mkdirp(fs, path.slice(0, path.lastIndexOf('/')) || '/');
  fs.files[path] = content;
}

function addUser(fs: Vfs, name: string, uid: number, home: string, shell: string): void {
  const passwd = fs.files['/etc/passwd'] ?? 'root:x:0:0:root:/root:/bin/sh\n';
  const group = fs.files['/etc/group'] ?? 'root:x:0:\n';
  fs.files['/etc/passwd'] = `${passwd}${name}:x:${uid}:${uid}::${home}:${shell}\n`;
  if (!group.split('\n').some((l) => l.startsWith(`${name}:`)))
    fs.files['/etc/group'] = `${group}${name}:x:${uid}:\n`;
}

function nextUid(fs: Vfs, system: boolean): number {
  const used = (fs.files['/etc/passwd'] ?? '')
    .split('\n')
    .map((l) => Number(l.split(':')[2]))
    .filter((n) => !Number.isNaN(n));
  let uid = system ? 100 : 1000;
  while (used.includes(uid)) uid++;
  return uid;
}

type Sim = (ctx: BuildStepCtx, argv: string[]) => RunOutcome | null;

const ok: RunOutcome = {exitCode: 0, output: []};
const notFound = (prog: string): RunOutcome => ({
  exitCode: 127,
  output: [`/bin/sh: 1: ${prog}: not found`],
});

const SIMULATED: Readonly<Record<string, Sim>> = {
  npm: (ctx, argv) => {
    if (!hasEnv(ctx, 'NODE_VERSION')) return notFound('npm');
    if (argv[1] !== 'ci' && argv[1] !== 'install' && argv[1] !== 'i') return null;
    mkdirp(ctx.fs, `${ctx.workdir}/node_modules`);
    return ok;
  },
  pip: (ctx, argv) => {
    if (!hasEnv(ctx, 'PYTHON_VERSION')) return notFound('pip');
    if (argv[1] !== 'install') return null;
    const names: string[] = [];
    for (let i = 2; i < argv.length; i++) {
      if (argv[i] === '-r' || argv[i] === '--requirement') {
        const file = ctx.fs.files[resolvePath(ctx.workdir, argv[++i] ?? '')];
        if (file === undefined)
          return {
            exitCode: 1,
            output: [
              `ERROR: Could not open requirements file: [Errno 2] No such file or directory: '${argv[i]}'`,
            ],
          };
        for (const l of file.split('\n')) {
          const m = /^\s*([A-Za-z0-9_.-]+)/.exec(l.replace(/#.*/, ''));
          if (m) names.push(m[1]);
        }
      } else if (!argv[i].startsWith('-')) names.push(argv[i].split(/[=<>!~]/)[0]);
    }
    const site = '/usr/local/lib/python3/site-packages';
    for (const n of names) {
      const key = n.toLowerCase();
      mkdirp(ctx.fs, `${site}/${key.replace(/-/g, '_')}`);
      for (const s of PIP_SCRIPTS[key] ?? [])
        write(ctx.fs, `/usr/local/bin/${s}`, `#!/usr/local/bin/python3\n# ${n} console script\n`);
    }
    return ok;
  },
  mvn: (ctx, argv) => {
    if (!hasEnv(ctx, 'MAVEN_HOME')) return notFound('mvn');
    const goals = argv.slice(1).filter((a) => !a.startsWith('-'));
    const pom = ctx.fs.files[`${ctx.workdir === '/' ? '' : ctx.workdir}/pom.xml`];
    if (pom === undefined)
      return {
        exitCode: 1,
        output: [
          `[ERROR] The goal you specified requires a project to execute but there is no POM in this directory (${ctx.workdir}). Please verify you invoked Maven from the correct directory. -> [Help 1]`,
        ],
      };
    mkdirp(ctx.fs, '/root/.m2/repository');
    if (goals.some((g) => ['package', 'verify', 'install'].includes(g))) {
      const tag = (name: string): string | undefined =>
        new RegExp(`<${name}>([^<]+)</${name}>`).exec(
          pom.replace(/<parent>[\s\S]*?<\/parent>/, ''),
        )?.[1];
      const finalName =
        tag('finalName') ?? `${tag('artifactId') ?? 'app'}-${tag('version') ?? '1.0'}`;
      const sources = sourcesUnder(ctx.fs, resolvePath(ctx.workdir, 'src/main/java'), '.java');
      write(ctx.fs, resolvePath(ctx.workdir, `target/${finalName}.jar`), `PK (jar)\n${sources}\n`);
      mkdirp(ctx.fs, resolvePath(ctx.workdir, 'target/classes'));
    }
    return ok;
  },
  go: (ctx, argv) => {
    if (!hasEnv(ctx, 'GOLANG_VERSION')) return notFound('go');
    if (argv[1] === 'mod' && argv[2] === 'download') return ok;
    if (argv[1] !== 'build') return null;
    let out = '';
    const pkgs: string[] = [];
    for (let i = 2; i < argv.length; i++) {
      if (argv[i] === '-o') out = argv[++i] ?? '';
      else if (argv[i] === '-ldflags' || argv[i] === '-tags' || argv[i] === '-gcflags') i++;
      else if (!argv[i].startsWith('-')) pkgs.push(argv[i]);
    }
    const dir = resolvePath(ctx.workdir, pkgs[0] ?? '.');
    if (!isDir(ctx.fs, dir)) return {exitCode: 1, output: [`stat ${dir}: directory not found`]};
    const target = resolvePath(ctx.workdir, out || basename(dir));
    write(ctx.fs, target, `\u007fELF (Go executable)\n${sourcesUnder(ctx.fs, dir, '.go')}\n`);
    return ok;
  },
  useradd: (ctx, argv) => {
    let uid: number | null = null;
    let home = true;
    let shell = '/bin/sh';
    let name = '';
    for (let i = 1; i < argv.length; i++) {
      const a = argv[i];
      if (a === '--uid' || a === '-u') uid = Number(argv[++i]);
      else if (a === '--create-home' || a === '-m') home = true;
      else if (a === '--shell' || a === '-s') shell = argv[++i] ?? shell;
      else if (a === '--system' || a === '-r') home = false;
      else if (!a.startsWith('-')) name = a;
    }
    if (!name) return {exitCode: 2, output: ['Usage: useradd [options] LOGIN']};
    addUser(ctx.fs, name, uid ?? nextUid(ctx.fs, false), `/home/${name}`, shell);
    if (home) mkdirp(ctx.fs, `/home/${name}`);
    return ok;
  },
  groupadd: (ctx, argv) => {
    const name = argv.filter((a) => !a.startsWith('-')).pop() ?? '';
    ctx.fs.files['/etc/group'] =
      `${ctx.fs.files['/etc/group'] ?? ''}${name}:x:${nextUid(ctx.fs, true)}:\n`;
    return ok;
  },
  addgroup: (ctx, argv) => {
    const name = argv.filter((a, i) => i > 0 && !a.startsWith('-')).pop() ?? '';
    ctx.fs.files['/etc/group'] =
      `${ctx.fs.files['/etc/group'] ?? ''}${name}:x:${nextUid(ctx.fs, true)}:\n`;
    return ok;
  },
  adduser: (ctx, argv) => {
    let system = false;
    let name = '';
    for (let i = 1; i < argv.length; i++) {
      if (argv[i] === '-S') system = true;
      else if (['-G', '-s', '-h', '-u', '-g'].includes(argv[i])) i++;
      else if (!argv[i].startsWith('-')) name = argv[i];
    }
    addUser(
      ctx.fs,
      name,
      nextUid(ctx.fs, system),
      `/home/${name}`,
      system ? '/sbin/nologin' : '/bin/sh',
    );
    mkdirp(ctx.fs, `/home/${name}`);
    return ok;
  },
};

/** Splits a shell word list on spaces, honouring simple quotes (enough for build commands). */
function words(cmd: string): string[] {
  return (cmd.match(/"[^"]*"|'[^']*'|\S+/g) ?? []).map((w) => w.replace(/^(["'])(.*)\1$/, '$2'));
}

/**
 * Runs `script` if every command in it (split at `&&` and `;`) is one the builder simulates;
 * returns null when some command is not, so the caller runs the script in the shell instead.
 */
export function simulateRun(ctx: BuildStepCtx, script: string): RunOutcome | null {
  const parts = script
    .split(/&&|;/)
    .map((p) => words(p.trim()))
    .map((argv) => {
      // leading VAR=value assignments (CGO_ENABLED=0 go build …)
      while (argv.length > 1 && /^[A-Za-z_]\w*=/.test(argv[0])) argv.shift();
      return argv;
    })
    .filter((argv) => argv.length > 0);
  if (parts.length === 0 || parts.some((argv) => !SIMULATED[argv[0]])) return null;
  for (const argv of parts) {
    const r = SIMULATED[argv[0]](ctx, argv);
    if (r === null) return null;
    if (r.exitCode !== 0) return r;
  }
  return ok;
}
