/** `docker build` of a small Dockerfile from the simulated host, printed in BuildKit's (buildx) tty style. */
import {DEFAULT_PLATFORM_ENV, HOST_PLATFORM, normalizePlatform} from '../platform';
import {flagBool, flagList, flagString} from '../cli';
import {findImage, isError, pullImage, tagImage} from '../daemon';
import {imageEvent} from '../events';
import {pushesToLocalRegistry} from '../local-registry';
import {familiarName, familiarTagged, fullName, parseNormalizedNamed} from '../reference';
import {randomHex} from '../rng';
import {runScript, mergeEnv} from '../runtime';
import type {ContainerRecord, HealthConfig, ImageRecord} from '../state';
import {emptyImageConfig, HOST_HOME} from '../state';
import {
  basename,
  cloneVfs,
  copyTree,
  exists,
  isDir,
  isFile,
  mkdirp,
  resolvePath,
  listDir,
  treeSize,
} from '../vfs';
import {simulateRun} from '../builder';
import {outErr, type Handler} from './common';

interface Instruction {
  line: number;
  op: string;
  args: string;
}

export function parseDockerfile(text: string): Instruction[] | string {
  const out: Instruction[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let l = lines[i].trim();
    const start = i + 1;
    while (l.endsWith('\\') && i + 1 < lines.length) l = `${l.slice(0, -1)} ${lines[++i].trim()}`;
    if (l === '' || l.startsWith('#')) continue;
    const m = /^(\S+)\s*(.*)$/.exec(l);
    if (!m) continue;
    const op = m[1].toUpperCase();
    if (
      ![
        'FROM',
        'RUN',
        'COPY',
        'ADD',
        'WORKDIR',
        'ENV',
        'EXPOSE',
        'CMD',
        'ENTRYPOINT',
        'LABEL',
        'USER',
        'VOLUME',
        'ARG',
        'STOPSIGNAL',
        'HEALTHCHECK',
        'SHELL',
        'ONBUILD',
        'MAINTAINER',
      ].includes(op)
    ) {
      return `dockerfile parse error on line ${start}: unknown instruction: ${m[1]}`;
    }
    out.push({line: start, op, args: m[2]});
  }
  if (!out.some((x) => x.op === 'FROM')) return 'no build stage in current context';
  return out;
}

const jsonOrShell = (args: string): string[] => {
  if (args.trim().startsWith('[')) {
    try {
      const v = JSON.parse(args) as unknown;
      if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
    } catch {
      /* fall back to shell form */
    }
  }
  return ['/bin/sh', '-c', args];
};

/**
 * Go's `%q` of a string slice, as dockerfile2llb writes CMD and ENTRYPOINT into the history
 * (moby docker-v29.7.2 vendor/github.com/moby/buildkit …/dockerfile2llb/convert.go).
 */
const goQuoted = (args: readonly string[]): string =>
  `[${args.map((a) => JSON.stringify(a)).join(' ')}]`;

/**
 * One job line of BuildKit's TTY display for an 80-column terminal: moby/buildkit v0.22.0
 * util/progress/progressui/display.go ttyDisplay.print (pfx " => ", timer " %3.1fs",
 * name cut to width-len(pfx)-len(timer)-1, align = fmt "%-*s %s").
 */
const WIDTH = 80;
const step = (name: string, secs: number): string => {
  const timer = ` ${(secs < 0.05 ? 0 : secs).toFixed(1)}s`;
  const left = WIDTH - 4 - (timer.length + 1) - 1;
  const out = ` => ${name.length > left ? name.slice(0, left) : name}`;
  return `${out.padEnd(WIDTH - (timer.length + 1) - 1)} ${timer}`;
};

/** The header line: "[+] Building 1.2s (N/N) FINISHED" aligned with buildx's builder name. */
const header = (done: number, total: number, secs = '1.2s'): string => {
  const head = `[+] Building ${secs} (${done}/${total}) FINISHED`;
  const desc = 'docker:default';
  return `${head.padEnd(WIDTH - 1 - desc.length - 1)} ${desc}`;
};

/** Instructions that make a build step with a `[stage n/m]` name (dockerfile2llb dispatch). */
const COUNTED = ['FROM', 'RUN', 'COPY', 'ADD', 'WORKDIR'];

interface Stage {
  index: number;
  /** the `AS` name, lower-case as BuildKit keeps it; '' when unnamed */
  name: string;
  base: string;
  instructions: Instruction[];
}

/** `${VAR}`, `${VAR:-default}` and `$VAR` from build args (dockerfile shell.Lex, the common forms). */
function expandArgs(text: string, vars: Readonly<Record<string, string>>): string {
  return text.replace(
    /\$\{(\w+)(?::-([^}]*))?\}|\$(\w+)/g,
    (_, a: string | undefined, def: string | undefined, b: string | undefined) => {
      const v = vars[a ?? b ?? ''];
      return v !== undefined && v !== '' ? v : (def ?? '');
    },
  );
}

function splitStages(parsed: Instruction[], args: Record<string, string>): Stage[] | string {
  const stages: Stage[] = [];
  for (const ins of parsed) {
    if (ins.op === 'FROM') {
      const words = expandArgs(ins.args, args)
        .split(/\s+/)
        .filter((w) => !w.startsWith('--'));
      const asAt = words.findIndex((w) => w.toLowerCase() === 'as');
      stages.push({
        index: stages.length,
        name: asAt > 0 ? (words[asAt + 1] ?? '').toLowerCase() : '',
        base: words[0] ?? '',
        instructions: [ins],
      });
    } else if (stages.length === 0) {
      if (ins.op !== 'ARG') return `no build stage in current context`;
      const m = /^(\w+)(?:=(.*))?$/.exec(ins.args.trim());
      if (m && args[m[1]] === undefined) args[m[1]] = (m[2] ?? '').replace(/^"(.*)"$/, '$1');
    } else stages[stages.length - 1].instructions.push(ins);
  }
  return stages;
}

const stageLabel = (s: Stage, multi: boolean): string =>
  multi ? `${s.name || `stage-${s.index}`} ` : '';

/** `--flag=value` words at the start of RUN/COPY arguments, and the rest. */
function leadingFlags(args: string): {flags: string[]; rest: string} {
  const flags: string[] = [];
  let rest = args.trim();
  for (let m = /^--(\S+)\s*/.exec(rest); m; m = /^--(\S+)\s*/.exec(rest)) {
    flags.push(m[1]);
    rest = rest.slice(m[0].length);
  }
  return {flags, rest};
}

const flagValue = (flags: readonly string[], key: string): string | undefined =>
  flags.find((f) => f.startsWith(`${key}=`))?.slice(key.length + 1);

/** `type=secret,id=npmrc,target=/x` → {type: 'secret', id: 'npmrc', target: '/x'} */
const csv = (text: string): Record<string, string> =>
  Object.fromEntries(
    text.split(',').map((kv) => {
      const [k, ...v] = kv.split('=');
      return [k, v.join('=')];
    }),
  );

/** A Go duration as the Dockerfile flags take it (`30s`, `1m30s`, `500ms`), in ms. */
function durationMs(text: string): number | null {
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== text) return null;
  const unit: Record<string, number> = {ms: 1, s: 1000, m: 60_000, h: 3_600_000};
  return parts.reduce((sum, p) => sum + Number(p[1]) * unit[p[2]], 0);
}

/**
 * HEALTHCHECK [--interval --timeout --start-period --retries] CMD …, or NONE (moby/buildkit
 * frontend/dockerfile/instructions/parse.go parseHealthcheck; defaults 30s, 30s, 0s, 3).
 */
export function parseHealthcheck(args: string): HealthConfig | string {
  const {flags, rest} = leadingFlags(args);
  if (rest.trim().toUpperCase() === 'NONE')
    return {test: ['NONE'], interval: 0, timeout: 0, startPeriod: 0, retries: 0};
  const m = /^CMD\s+(.*)$/i.exec(rest.trim());
  if (!m)
    return 'Unknown type "' + (rest.trim().split(/\s+/)[0] ?? '') + '" in HEALTHCHECK (try CMD)';
  const argv = jsonOrShell(m[1]);
  const test = argv[0] === '/bin/sh' && argv[1] === '-c' ? ['CMD-SHELL', m[1]] : ['CMD', ...argv];
  const time = (key: string, def: number): number => durationMs(flagValue(flags, key) ?? '') ?? def;
  return {
    test,
    interval: time('interval', 30_000),
    timeout: time('timeout', 30_000),
    startPeriod: time('start-period', 0),
    retries: Number(flagValue(flags, 'retries') ?? 3),
  };
}

export const buildCmd: Handler = (ctx, cmd) => {
  const contextDir = resolvePath(ctx.state.cwd, cmd.args[0], HOST_HOME);
  const fail = (m: string): ReturnType<Handler> =>
    outErr(`ERROR: failed to build: failed to solve: ${m}`);
  if (!isDir(ctx.state.host, contextDir))
    return outErr(
      `ERROR: failed to build: unable to prepare context: path "${cmd.args[0]}" not found`,
    );
  const fileFlag = flagString(cmd, 'file');
  const dockerfilePath = fileFlag
    ? resolvePath(contextDir, fileFlag, HOST_HOME)
    : `${contextDir === '/' ? '' : contextDir}/Dockerfile`;
  const dockerfileName = basename(dockerfilePath);
  if (!isFile(ctx.state.host, dockerfilePath))
    return fail(
      `failed to read dockerfile: open ${fileFlag ?? 'Dockerfile'}: no such file or directory`,
    );
  const text = ctx.state.host.files[dockerfilePath];
  const parsed = parseDockerfile(text);
  if (typeof parsed === 'string') return fail(parsed);
  const tags: string[] = [];
  for (const t of flagList(cmd, 'tag')) {
    const r = parseNormalizedNamed(t);
    if (typeof r === 'string') return outErr(`ERROR: failed to build: invalid tag "${t}": ${r}`);
    tags.push(familiarTagged(r));
  }
  const buildArgs: Record<string, string> = {};
  for (const a of flagList(cmd, 'build-arg')) {
    const eq = a.indexOf('=');
    if (eq > 0) buildArgs[a.slice(0, eq)] = a.slice(eq + 1);
  }
  const secrets: Record<string, string> = {};
  for (const spec of flagList(cmd, 'secret')) {
    const kv = csv(spec);
    const src = kv.src ?? kv.source;
    if (!kv.id || !src) continue;
    const path = resolvePath(ctx.state.cwd, src.replace(/^\$HOME|^~/, HOST_HOME), HOST_HOME);
    // buildx commands/build.go RunBuild → build.CreateSecrets → buildkit secretsprovider
    // NewStore's os.Stat, wrapped as "failed to build" by runBuildWithOptions.
    if (!isFile(ctx.state.host, path))
      return outErr(
        `ERROR: failed to build: failed to stat ${src}: stat ${src}: no such file or directory\n`,
      );
    secrets[kv.id] = ctx.state.host.files[path];
  }
  const globalArgs = {...buildArgs};
  const stagesOrErr = splitStages(parsed, globalArgs);
  if (typeof stagesOrErr === 'string') return fail(stagesOrErr);
  const stages = stagesOrErr;
  const multi = stages.length > 1;
  const byName = (name: string): Stage | undefined =>
    stages.find((s) => s.name === name.toLowerCase()) ??
    (/^\d+$/.test(name) ? stages[Number(name)] : undefined);
  const targetName = flagString(cmd, 'target');
  const target = targetName ? byName(targetName) : stages[stages.length - 1];
  if (!target) return fail(`target stage "${targetName}" could not be found`);

  // The stages the target needs (resolveReachableStages): FROM <stage> and COPY --from=<stage>.
  const needed = new Set<Stage>();
  const visit = (s: Stage): void => {
    if (needed.has(s)) return;
    needed.add(s);
    const fromStage = byName(s.base);
    if (fromStage && fromStage.index < s.index) visit(fromStage);
    for (const ins of s.instructions) {
      const from = ins.op === 'COPY' ? flagValue(leadingFlags(ins.args).flags, 'from') : undefined;
      const dep = from !== undefined ? byName(from) : undefined;
      if (dep) visit(dep);
    }
  };
  visit(target);
  const order = stages.filter((s) => needed.has(s));

  const now = ctx.now();
  const lines: string[] = [];
  const bytes = new TextEncoder().encode(text).length;
  lines.push(step(`[internal] load build definition from ${dockerfileName}`, 0));
  lines.push(step(`=> transferring dockerfile: ${bytes}B`, 0));

  // Base images: resolve each external one once (load metadata), pulling it into the store.
  const bases = new Map<string, ImageRecord>();
  for (const s of order) {
    if (s.base === 'scratch' || byName(s.base) || bases.has(s.base)) continue;
    const ref = parseNormalizedNamed(s.base);
    if (typeof ref === 'string') return fail(`failed to parse stage name "${s.base}": ${ref}`);
    const full = `${fullName(ref)}:${ref.tag ?? 'latest'}`;
    let img = findImage(ctx.state, s.base);
    if (!img) {
      const pulled = pullImage(ctx.state, s.base, null);
      if (isError(pulled))
        return fail(
          `${s.base}: failed to resolve source metadata for ${full}: ${pulled.message.includes('manifest unknown') ? `${full}: not found` : `pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`}`,
        );
      img = pulled.image;
    }
    bases.set(s.base, img);
    lines.push(step(`[internal] load metadata for ${full}`, 0.5));
  }
  lines.push(step('[internal] load .dockerignore', 0));
  lines.push(step('=> transferring context: 2B', 0));

  const results = new Map<Stage, ImageRecord>();
  let contextShown = false;
  let added = 0;
  for (const stage of order) {
    const total = stage.instructions.filter(
      (x) => COUNTED.includes(x.op) && !(x.op === 'FROM' && byName(stage.base)),
    ).length;
    let n = 0;
    const prefix = (): string => {
      n++;
      const width = Math.floor(1 + Math.log10(total));
      return `[${stageLabel(stage, multi)}${String(n).padStart(width)}/${total}]`;
    };
    const fromStage = byName(stage.base);
    const baseImg = fromStage ? results.get(fromStage) : bases.get(stage.base);
    const img: ImageRecord = baseImg
      ? (JSON.parse(JSON.stringify(baseImg)) as ImageRecord)
      : {
          id: '',
          repoTags: [],
          repoDigests: [],
          size: 0,
          created: 0,
          layers: [],
          history: [],
          config: emptyImageConfig(),
          files: cloneVfs({files: {}, dirs: {'/': true}}),
          behavior: {kind: 'shell'},
          logs: [],
          parent: '',
        };
    img.repoTags = [];
    img.repoDigests = [];
    img.parent = '';
    const stageArgs: Record<string, string> = {};
    const argsNow = (): Record<string, string> => ({...globalArgs, ...stageArgs});
    const fake: ContainerRecord = {
      id: randomHex(ctx.state.rng, 64),
      name: 'buildkit',
      image: '',
      imageId: img.id,
      path: '/bin/sh',
      args: [],
      entrypoint: null,
      cmd: null,
      env: img.config.env,
      tty: false,
      openStdin: false,
      workingDir: img.config.workingDir || '/',
      hostname: 'buildkitsandbox',
      labels: {},
      exposedPorts: [],
      state: 'running',
      exitCode: 0,
      pid: 1,
      created: now,
      startedAt: now,
      finishedAt: 0,
      error: '',
      ports: [],
      publishAll: false,
      mounts: [],
      networkMode: 'bridge',
      networks: {},
      restartPolicy: {name: 'no', maximumRetryCount: 0},
      autoRemove: false,
      restartCount: 0,
      logs: [],
      rootfs: img.files,
      starts: 1,
    };
    const record = (createdBy: string, size: number, empty: boolean): void => {
      img.history.push({created: now, createdBy, size, comment: 'buildkit.dockerfile.v0', empty});
      if (!empty) img.layers.push(randomHex(ctx.state.rng, 64));
      img.size += size;
      added += size;
    };
    for (const ins of stage.instructions) {
      const args = ins.op === 'RUN' ? ins.args : expandArgs(ins.args, argsNow());
      switch (ins.op) {
        case 'FROM':
          if (!fromStage && stage.base !== 'scratch') {
            const ref = parseNormalizedNamed(stage.base);
            const full =
              typeof ref === 'string' ? stage.base : `${fullName(ref)}:${ref.tag ?? 'latest'}`;
            const digest = baseImg?.repoDigests[0]?.split('@')[1];
            lines.push(step(`${prefix()} FROM ${full}${digest ? `@${digest}` : ''}`, 0));
          } else if (!fromStage) prefix();
          break;
        case 'ARG': {
          const m = /^(\w+)(?:=(.*))?$/.exec(ins.args.trim());
          if (m)
            stageArgs[m[1]] =
              buildArgs[m[1]] ?? globalArgs[m[1]] ?? (m[2] ?? '').replace(/^"(.*)"$/, '$1');
          break;
        }
        case 'WORKDIR': {
          img.config.workingDir = resolvePath(img.config.workingDir || '/', args.trim());
          mkdirp(img.files, img.config.workingDir);
          fake.workingDir = img.config.workingDir;
          lines.push(step(`${prefix()} WORKDIR ${img.config.workingDir}`, 0));
          record(`WORKDIR ${img.config.workingDir}`, 0, false);
          break;
        }
        case 'COPY':
        case 'ADD': {
          const {flags, rest} = leadingFlags(args);
          const parts = rest.split(/\s+/).filter(Boolean);
          const dest = parts.pop() ?? '.';
          const fromName = flagValue(flags, 'from');
          const fromStageRef = fromName !== undefined ? byName(fromName) : undefined;
          let srcFs = ctx.state.host;
          let srcRoot = contextDir;
          if (fromName !== undefined) {
            const other = fromStageRef ? results.get(fromStageRef) : findImage(ctx.state, fromName);
            if (!other) return fail(`${fromName}: failed to resolve source metadata`);
            srcFs = other.files;
            srcRoot = '/';
          } else if (!contextShown) {
            lines.push(step('[internal] load build context', 0));
            lines.push(
              step(
                `=> transferring context: ${listDir(ctx.state.host, contextDir).length * 95}B`,
                0,
              ),
            );
            contextShown = true;
          }
          let size = 0;
          for (const src of parts) {
            const srcPath = resolvePath(srcRoot, src);
            if (!exists(srcFs, srcPath))
              return fail(
                `failed to compute cache key: failed to calculate checksum of ref ${randomHex(ctx.state.rng, 8)}-${randomHex(ctx.state.rng, 4)}::${randomHex(ctx.state.rng, 25)}: "/${src.replace(/^\.?\//, '')}": not found`,
              );
            const destAbs = resolvePath(img.config.workingDir || '/', dest);
            const target =
              dest.endsWith('/') || isDir(img.files, destAbs) || parts.length > 1
                ? `${destAbs === '/' ? '' : destAbs}/${basename(srcPath)}`
                : destAbs;
            if (isDir(srcFs, srcPath)) copyTree(srcFs, srcPath, img.files, destAbs);
            else copyTree(srcFs, srcPath, img.files, target);
            size += treeSize(srcFs, srcPath);
          }
          lines.push(step(`${prefix()} ${ins.op} ${args}`, 0.1));
          record(`${ins.op} ${args} # buildkit`, size, false);
          break;
        }
        case 'RUN': {
          const {flags, rest: script} = leadingFlags(ins.args);
          const label = `${prefix()} RUN ${ins.args}`;
          // RUN --mount=type=secret,id=X: the secret is a file for this step only.
          const secretFiles: string[] = [];
          for (const f of flags) {
            if (!f.startsWith('mount=')) continue;
            const m = csv(f.slice(6));
            if (m.type !== 'secret') continue;
            const id = m.id ?? basename(m.target ?? m.dst ?? '');
            const path = m.target ?? m.dst ?? `/run/secrets/${id}`;
            if (secrets[id] === undefined) {
              if (m.required === 'true') return fail(`secret ${id}: not found`);
              continue;
            }
            mkdirp(img.files, path.slice(0, path.lastIndexOf('/')) || '/');
            img.files.files[path] = secrets[id];
            secretFiles.push(path);
          }
          const stepEnv = mergeEnv(
            img.config.env,
            Object.entries(argsNow()).map(([k, v]) => `${k}=${v}`),
          );
          const sim = simulateRun(
            {fs: img.files, env: stepEnv, workdir: img.config.workingDir || '/'},
            script,
          );
          const r = sim
            ? {exitCode: sim.exitCode, output: sim.output}
            : (() => {
                fake.env = stepEnv;
                const o = runScript(
                  {state: ctx.state, c: fake, now, cwd: img.config.workingDir || '/', shell: 'sh'},
                  script,
                );
                fake.env = img.config.env;
                return {
                  exitCode: /apt-get|apk |pip|npm/.test(script) ? 0 : o.exitCode,
                  output: (o.stdout + o.stderr).split('\n').filter(Boolean),
                };
              })();
          for (const p of secretFiles) delete img.files.files[p];
          lines.push(step(label, 0.3));
          if (r.exitCode !== 0) {
            const out = [
              ...lines,
              ` => ERROR ${label}`,
              '------',
              ` > ${label}:`,
              ...r.output.map((l) => `0.123 ${l}`),
              '------',
            ];
            return {
              stdout: '',
              stderr: `${header(n, total + 2, '0.9s')}\n${out.join('\n')}\nERROR: failed to build: failed to solve: process "/bin/sh -c ${script}" did not complete successfully: exit code: ${r.exitCode}\n`,
              exitCode: 1,
            };
          }
          record(`RUN /bin/sh -c ${script} # buildkit`, 4096, false);
          break;
        }
        case 'ENV': {
          const pairs = /^\S+=/.test(args.trim())
            ? [...args.matchAll(/(\w+)=("[^"]*"|\S*)/g)].map((m) => [m[1], m[2]])
            : [/^(\S+)\s+(.*)$/.exec(args.trim())?.slice(1) ?? []];
          for (const [k, v] of pairs)
            if (k)
              img.config.env = mergeEnv(img.config.env, [
                `${k}=${(v ?? '').replace(/^"(.*)"$/, '$1')}`,
              ]);
          fake.env = img.config.env;
          record(`ENV ${args}`, 0, true);
          break;
        }
        case 'EXPOSE':
          for (const p of args.split(/\s+/).filter(Boolean)) {
            const key = p.includes('/') ? p : `${p}/tcp`;
            if (!img.config.exposedPorts.includes(key)) img.config.exposedPorts.push(key);
          }
          record(
            `EXPOSE [${args
              .split(/\s+/)
              .filter(Boolean)
              .map((x) => (x.includes('/') ? x : `${x}/tcp`))
              .join(' ')}]`,
            0,
            true,
          );
          break;
        case 'CMD':
          img.config.cmd = jsonOrShell(args);
          record(`CMD ${goQuoted(img.config.cmd)}`, 0, true);
          break;
        case 'ENTRYPOINT':
          img.config.entrypoint = jsonOrShell(args);
          img.config.cmd = null;
          record(`ENTRYPOINT ${goQuoted(img.config.entrypoint)}`, 0, true);
          break;
        case 'LABEL': {
          for (const m of args.matchAll(/(\S+?)=("[^"]*"|\S+)/g))
            img.config.labels[m[1]] = m[2].replace(/^"(.*)"$/, '$1');
          record(`LABEL ${args}`, 0, true);
          break;
        }
        case 'USER':
          img.config.user = args.trim();
          record(`USER ${args}`, 0, true);
          break;
        case 'VOLUME': {
          const vols = args.trim().startsWith('[')
            ? jsonOrShell(args)
            : args.split(/\s+/).filter(Boolean);
          img.config.volumes.push(...vols.filter((v) => v.startsWith('/')));
          record(`VOLUME [${vols.join(' ')}]`, 0, true);
          break;
        }
        case 'HEALTHCHECK': {
          const hc = parseHealthcheck(args);
          if (typeof hc === 'string')
            return fail(`dockerfile parse error on line ${ins.line}: ${hc}`);
          img.config.healthcheck = hc;
          record(`HEALTHCHECK ${args}`, 0, true);
          break;
        }
        default:
          break;
      }
    }
    img.id = `sha256:${randomHex(ctx.state.rng, 64)}`;
    img.created = now;
    img.behavior = baseImg?.behavior ?? {kind: 'shell'};
    results.set(stage, img);
  }
  const img = results.get(target) as ImageRecord;
  // docker/cli and buildx take the default of --platform from DOCKER_DEFAULT_PLATFORM.
  const platforms = (flagString(cmd, 'platform') ?? ctx.state.vars?.[DEFAULT_PLATFORM_ENV] ?? '')
    .split(',')
    .filter(Boolean)
    .map(normalizePlatform);
  // A single other platform is recorded too: running the image on this host fails (platform.ts).
  if (platforms.length === 1 && platforms[0] !== HOST_PLATFORM) img.platforms = platforms;
  const push = flagBool(cmd, 'push');
  // --push: buildx's registry exporter needs a login with push rights on each name.
  for (const t of push ? tags : []) {
    const ref = parseNormalizedNamed(t);
    if (typeof ref === 'string') continue;
    // A running local registry (local-registry.ts) takes pushes without a login, as for docker push.
    if (pushesToLocalRegistry(ctx.state, ref.domain)) continue;
    const user = ctx.state.auth[ref.domain];
    if (!user || ref.path.startsWith('library/') || ref.path.split('/')[0] !== user)
      return fail(
        `failed to push ${fullName(ref)}:${ref.tag ?? 'latest'}: push access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`,
      );
  }
  if (platforms.length > 1) {
    // Every step runs once per platform, named "[linux/amd64 1/5]" (dockerfile2llb prefixCommand).
    img.platforms = platforms;
    const expanded: string[] = [];
    for (const l of lines) {
      const m = /^ => \[(.*?)\] (.*?)\s+(\d+\.\ds)$/.exec(l);
      if (!m || m[1] === 'internal') {
        expanded.push(l);
        continue;
      }
      for (const pl of platforms)
        expanded.push(step(`[${pl} ${m[1]}] ${m[2]}`, Number(m[3].slice(0, -1))));
    }
    lines.splice(0, lines.length, ...expanded);
  }
  ctx.state.images.push(img);
  for (const t of tags) tagImage(ctx.state, img, t);
  // moby daemon/build.go: BuildKit names the image (`tag` per name), or an untagged image
  // is logged as `create` named by its id.
  if (tags.length === 0) imageEvent(ctx.state, img, 'create', img.id, img.id, ctx.now());
  for (const t of tags) imageEvent(ctx.state, img, 'tag', img.id, t, ctx.now());
  ctx.state.buildCacheSize += added + 8192;
  // Docker 29 (buildx with the containerd image store): the image is an index with an
  // attestation manifest (reference/docker29-differences.md item 14).
  const digest = (): string => `sha256:${randomHex(ctx.state.rng, 64)}`;
  lines.push(step('exporting to image', 0.1));
  lines.push(step('=> exporting layers', 0.1));
  for (const _ of platforms.length > 1 ? platforms : ['']) {
    lines.push(step(`=> exporting manifest ${digest()}`, 0));
    lines.push(step(`=> exporting config ${digest()}`, 0));
    lines.push(step(`=> exporting attestation manifest ${digest()}`, 0));
  }
  lines.push(step(`=> exporting manifest list ${img.id}`, 0));
  for (const t of tags) {
    const ref = parseNormalizedNamed(t);
    const full = typeof ref === 'string' ? t : `${fullName(ref)}:${ref.tag ?? 'latest'}`;
    lines.push(step(`=> naming to ${full}`, 0));
    lines.push(step(`=> unpacking to ${full}`, 0));
    if (push && typeof ref !== 'string') {
      const repo = (ctx.state.registry[`${ref.domain}/${ref.path}`] ??= {tags: {}});
      const copy = JSON.parse(JSON.stringify(img)) as ImageRecord;
      copy.repoDigests = [`${familiarName(ref)}@${img.id}`];
      repo.tags[ref.tag ?? 'latest'] = copy;
      if (!img.repoDigests.includes(copy.repoDigests[0])) img.repoDigests.push(copy.repoDigests[0]);
      lines.push(step('=> pushing layers', 0.5));
      lines.push(step(`=> pushing manifest for ${full}@${img.id}`, 0.2));
    }
  }
  // -q: buildx prints only the image id (the digest of the exported image) on stdout.
  if (flagBool(cmd, 'quiet')) return {stdout: `${img.id}\n`, stderr: '', exitCode: 0};
  const jobs = lines.filter((l) => !l.startsWith(' => =>')).length;
  return {stdout: '', stderr: `${header(jobs, jobs)}\n${lines.join('\n')}\n`, exitCode: 0};
};
