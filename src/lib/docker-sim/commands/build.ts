/** `docker build` of a small Dockerfile from the simulated host, printed in BuildKit's (buildx) tty style. */
import {flagList, flagString} from '../cli';
import {findImage, isError, pullImage, tagImage} from '../daemon';
import {humanSize} from '../format';
import {familiarTagged, fullName, parseNormalizedNamed} from '../reference';
import {randomHex} from '../rng';
import {runScript, mergeEnv} from '../runtime';
import type {ContainerRecord, ImageRecord} from '../state';
import {HOST_HOME} from '../state';
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
} from '../vfs';
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
const header = (done: number, total: number): string => {
  const head = `[+] Building 1.2s (${done}/${total}) FINISHED`;
  const desc = 'docker:default';
  return `${head.padEnd(WIDTH - 1 - desc.length - 1)} ${desc}`;
};

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
    ? resolvePath(ctx.state.cwd, fileFlag, HOST_HOME)
    : `${contextDir === '/' ? '' : contextDir}/Dockerfile`;
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
  const from = parsed.find((x) => x.op === 'FROM') as Instruction;
  const baseName = from.args.split(/\s+/)[0];
  const lines: string[] = [];
  const total = parsed.filter((x) =>
    ['FROM', 'RUN', 'COPY', 'ADD', 'WORKDIR'].includes(x.op),
  ).length;
  let baseImg: ImageRecord | undefined;
  if (baseName !== 'scratch') {
    const ref = parseNormalizedNamed(baseName);
    if (typeof ref === 'string') return fail(`failed to parse stage name "${baseName}": ${ref}`);
    baseImg = findImage(ctx.state, baseName);
    if (!baseImg) {
      const pulled = pullImage(ctx.state, baseName);
      if (isError(pulled))
        return fail(
          `${baseName}: failed to resolve source metadata for ${fullName(ref)}:${ref.tag ?? 'latest'}: ${pulled.message.includes('manifest unknown') ? `${fullName(ref)}:${ref.tag ?? 'latest'}: not found` : `pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`}`,
        );
      baseImg = pulled.image;
    }
  }
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
        config: {
          entrypoint: null,
          cmd: null,
          env: [],
          exposedPorts: [],
          workingDir: '',
          user: '',
          labels: {},
          stopSignal: null,
          volumes: [],
        },
        files: cloneVfs({files: {}, dirs: {'/': true}}),
        behavior: {kind: 'shell'},
        logs: [],
        parent: '',
      };
  img.repoTags = [];
  img.repoDigests = [];
  img.parent = '';
  const now = ctx.now();
  const bytes = new TextEncoder().encode(text).length;
  lines.push(step('[internal] load build definition from Dockerfile', 0));
  lines.push(step(`=> transferring dockerfile: ${bytes}B`, 0).replace(' => =>', ' => =>'));
  if (baseImg)
    lines.push(
      step(
        `[internal] load metadata for docker.io/library/${baseName.includes(':') ? baseName : `${baseName}:latest`}`,
        0.5,
      ),
    );
  lines.push(step('[internal] load .dockerignore', 0));
  lines.push(step('=> transferring context: 2B', 0));
  let n = 0;
  let contextShown = false;
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
  let added = 0;
  for (const ins of parsed) {
    const record = (createdBy: string, size: number, empty: boolean): void => {
      img.history.push({created: now, createdBy, size, comment: 'buildkit.dockerfile.v0', empty});
      if (!empty) img.layers.push(randomHex(ctx.state.rng, 64));
      img.size += size;
      added += size;
    };
    switch (ins.op) {
      case 'FROM':
        n++;
        lines.push(
          step(
            `[${n}/${total}] FROM docker.io/library/${baseName.includes(':') ? baseName : `${baseName}:latest`}${baseImg?.repoDigests[0] ? `@${baseImg.repoDigests[0].split('@')[1]}` : ''}`,
            0,
          ),
        );
        break;
      case 'WORKDIR': {
        n++;
        img.config.workingDir = resolvePath(img.config.workingDir || '/', ins.args.trim());
        mkdirp(img.files, img.config.workingDir);
        fake.workingDir = img.config.workingDir;
        lines.push(step(`[${n}/${total}] WORKDIR ${img.config.workingDir}`, 0));
        record(`WORKDIR ${img.config.workingDir}`, 0, false);
        break;
      }
      case 'COPY':
      case 'ADD': {
        n++;
        const parts = ins.args.split(/\s+/).filter((p) => !p.startsWith('--'));
        const dest = parts.pop() ?? '.';
        if (!contextShown) {
          lines.push(step('[internal] load build context', 0));
          lines.push(
            step(`=> transferring context: ${listDir(ctx.state.host, contextDir).length * 95}B`, 0),
          );
          contextShown = true;
        }
        let size = 0;
        for (const src of parts) {
          const hostPath = resolvePath(contextDir, src);
          if (!exists(ctx.state.host, hostPath))
            return fail(
              `failed to compute cache key: failed to calculate checksum of ref ${randomHex(ctx.state.rng, 8)}-${randomHex(ctx.state.rng, 4)}::${randomHex(ctx.state.rng, 25)}: "/${src.replace(/^\.?\//, '')}": not found`,
            );
          const destAbs = resolvePath(img.config.workingDir || '/', dest);
          const target =
            dest.endsWith('/') || isDir(img.files, destAbs) || parts.length > 1
              ? `${destAbs === '/' ? '' : destAbs}/${basename(hostPath)}`
              : destAbs;
          if (isDir(ctx.state.host, hostPath))
            copyTree(ctx.state.host, hostPath, img.files, destAbs);
          else copyTree(ctx.state.host, hostPath, img.files, target);
          size += (ctx.state.host.files[hostPath] ?? '').length;
        }
        lines.push(step(`[${n}/${total}] ${ins.op} ${ins.args}`, 0.1));
        record(`${ins.op} ${ins.args} # buildkit`, size, false);
        break;
      }
      case 'RUN': {
        n++;
        const r = runScript(
          {state: ctx.state, c: fake, now, cwd: img.config.workingDir || '/', shell: 'sh'},
          ins.args,
        );
        lines.push(step(`[${n}/${total}] RUN ${ins.args}`, 0.3));
        if (r.exitCode !== 0 && !/apt-get|apk|pip|npm/.test(ins.args)) {
          const out = [
            ...lines,
            ` => ERROR [${n}/${total}] RUN ${ins.args}`,
            '------',
            ` > [${n}/${total}] RUN ${ins.args}:`,
            ...(r.stdout + r.stderr)
              .split('\n')
              .filter(Boolean)
              .map((l) => `0.123 ${l}`),
            '------',
          ];
          return {
            stdout: '',
            stderr: `${header(n, total + 2).replace('1.2s', '0.9s')}\n${out.join('\n')}\nERROR: failed to build: failed to solve: process "/bin/sh -c ${ins.args}" did not complete successfully: exit code: ${r.exitCode}\n`,
            exitCode: 1,
          };
        }
        record(`RUN /bin/sh -c ${ins.args} # buildkit`, 4096, false);
        break;
      }
      case 'ENV': {
        const m = /^(\S+?)(?:=|\s+)(.*)$/.exec(ins.args.trim());
        if (m)
          img.config.env = mergeEnv(img.config.env, [`${m[1]}=${m[2].replace(/^"(.*)"$/, '$1')}`]);
        record(`ENV ${ins.args}`, 0, true);
        break;
      }
      case 'EXPOSE':
        for (const p of ins.args.split(/\s+/).filter(Boolean)) {
          const key = p.includes('/') ? p : `${p}/tcp`;
          if (!img.config.exposedPorts.includes(key)) img.config.exposedPorts.push(key);
        }
        record(`EXPOSE map[${ins.args}:{}]`, 0, true);
        break;
      case 'CMD':
        img.config.cmd = jsonOrShell(ins.args);
        record(`CMD ${JSON.stringify(img.config.cmd)}`, 0, true);
        break;
      case 'ENTRYPOINT':
        img.config.entrypoint = jsonOrShell(ins.args);
        img.config.cmd = null;
        record(`ENTRYPOINT ${JSON.stringify(img.config.entrypoint)}`, 0, true);
        break;
      case 'LABEL': {
        for (const m of ins.args.matchAll(/(\S+?)=("[^"]*"|\S+)/g))
          img.config.labels[m[1]] = m[2].replace(/^"(.*)"$/, '$1');
        record(`LABEL ${ins.args}`, 0, true);
        break;
      }
      case 'USER':
        img.config.user = ins.args.trim();
        record(`USER ${ins.args}`, 0, true);
        break;
      case 'VOLUME':
        img.config.volumes.push(
          ...jsonOrShell(ins.args).filter((v) => v.startsWith('/') && v !== '/bin/sh'),
        );
        record(`VOLUME ${ins.args}`, 0, true);
        break;
      default:
        break;
    }
  }
  img.id = `sha256:${randomHex(ctx.state.rng, 64)}`;
  img.created = now;
  img.behavior = baseImg?.behavior ?? {kind: 'shell'};
  const existing = ctx.state.images.find((i) => tags.some((t) => i.repoTags.includes(t)));
  ctx.state.images.push(img);
  for (const t of tags) tagImage(ctx.state, img, t);
  void existing;
  ctx.state.buildCacheSize += added + 8192;
  // Docker 29 (buildx with the containerd image store): the image is an index with an
  // attestation manifest (reference/docker29-differences.md item 14).
  const digest = (): string => `sha256:${randomHex(ctx.state.rng, 64)}`;
  lines.push(step('exporting to image', 0.1));
  lines.push(step('=> exporting layers', 0.1));
  lines.push(step(`=> exporting manifest ${digest()}`, 0));
  lines.push(step(`=> exporting config ${digest()}`, 0));
  lines.push(step(`=> exporting attestation manifest ${digest()}`, 0));
  lines.push(step(`=> exporting manifest list ${img.id}`, 0));
  for (const t of tags) {
    const ref = parseNormalizedNamed(t);
    const full = typeof ref === 'string' ? t : `${fullName(ref)}:${ref.tag ?? 'latest'}`;
    lines.push(step(`=> naming to ${full}`, 0));
    lines.push(step(`=> unpacking to ${full}`, 0));
  }
  const jobs = lines.filter((l) => !l.startsWith(' => =>')).length;
  const out = `${header(jobs, jobs)}\n${lines.join('\n')}\n`;
  void humanSize;
  return {stdout: '', stderr: out, exitCode: 0};
};
