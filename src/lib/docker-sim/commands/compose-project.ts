/**
 * Loading a Compose project the way docker/compose v5 (compose-go v2) does, for the subset the
 * playground runs: file lookup and `compose.override.yaml`, `-f a -f b` merging, `.env`, shell
 * variables and `${VAR}` interpolation, `include`, `extends`, `env_file`, file `secrets`,
 * profiles, `build:`, `depends_on` conditions, networks, volumes and the run-time keys that
 * become the container's HostConfig (logging, limits, read_only, capabilities, tmpfs, init).
 */
import {parseYaml, YamlError, type YamlValue} from '../yaml';
import type {EngineState} from '../state';
import {HOST_HOME} from '../state';
import {ramInBytes} from '../format';
import {basename, isFile, resolvePath} from '../vfs';

type YamlMap = {[key: string]: YamlValue};

export interface BuildSpec {
  context: string;
  dockerfile: string;
  args: string[];
  target: string | null;
}

export interface DependsOn {
  service: string;
  condition: 'service_started' | 'service_healthy' | 'service_completed_successfully';
}

/** A file secret granted to a service: bind-mounted read-only at `/run/secrets/<target>`. */
export interface SecretGrant {
  source: string;
  target: string;
  file: string;
}

/** Keys that become HostConfig/Config fields of the container (compose convert.go). */
export interface RuntimeKeys {
  readOnly: boolean;
  capAdd: string[];
  capDrop: string[];
  securityOpt: string[];
  /** `tmpfs:` paths → mount options (HostConfig.Tmpfs) */
  tmpfs: Record<string, string>;
  init: boolean | null;
  user: string;
  logging: {type: string; config: Record<string, string>} | null;
  /** deploy.resources.limits.memory in bytes (0 = none) */
  memory: number;
  /** deploy.resources.limits.cpus × 1e9 */
  nanoCpus: number;
  /** stop_grace_period in seconds (null = Docker's default of 10 s) */
  stopGraceSeconds: number | null;
}

export interface Service {
  name: string;
  /** The image to run: `image:`, or `<project>-<service>` for a service that only builds. */
  image: string;
  build: BuildSpec | null;
  ports: string[];
  environment: string[];
  volumes: string[];
  command: string[] | null;
  entrypoint: string[] | null;
  dependsOn: DependsOn[];
  restart: string;
  containerName: string | null;
  profiles: string[];
  /** Project-level network keys this service joins (`default` when it names none). */
  networks: string[];
  healthcheck: boolean;
  replicas: number;
  secrets: SecretGrant[];
  runtime: RuntimeKeys;
  /** The service's merged, interpolated definition (for `config` and the config hash). */
  raw: YamlMap;
}

export interface Project {
  name: string;
  dir: string;
  files: string[];
  /** Every service, dependencies first. */
  services: Service[];
  /** Services of the active profiles (and those named on the command line), dependencies first. */
  active: Service[];
  volumes: string[];
  networks: string[];
  model: YamlMap;
}

export const COMPOSE_FILES = [
  'compose.yaml',
  'compose.yml',
  'docker-compose.yaml',
  'docker-compose.yml',
];
const OVERRIDE_FILES = ['compose.override.yaml', 'compose.override.yml'];

const isMap = (v: YamlValue | undefined): v is YamlMap =>
  v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v);

/** KEY=VALUE lines of a `.env` file (compose-go dotenv: comments, quotes, `export`). */
export function parseDotEnv(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.split('\n')) {
    const line = raw.trim().replace(/^export\s+/, '');
    if (line === '' || line.startsWith('#')) continue;
    const i = line.indexOf('=');
    if (i <= 0) continue;
    let value = line.slice(i + 1).trim();
    if (/^".*"$/.test(value) || /^'.*'$/.test(value)) value = value.slice(1, -1);
    else value = value.replace(/\s+#.*$/, '');
    out[line.slice(0, i).trim()] = value;
  }
  return out;
}

export class InterpolationError extends Error {}

/**
 * compose-go template substitution: `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`,
 * `${VAR:?reason}`, `${VAR?reason}`, `${VAR:+alt}`, `${VAR+alt}`; `$$` is a literal `$`.
 */
export function interpolate(text: string, vars: Readonly<Record<string, string>>): string {
  return text.replace(
    /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (whole, name: string | undefined, op: string | undefined, arg: string | undefined, bare) => {
      if (whole === '$$') return '$';
      const key = (name ?? bare) as string;
      const set = Object.prototype.hasOwnProperty.call(vars, key);
      const value = set ? vars[key] : '';
      const usable = op?.startsWith(':') ? value !== '' : set;
      switch (op?.replace(':', '')) {
        case '-':
          return usable ? value : interpolate(arg ?? '', vars);
        case '+':
          return usable ? interpolate(arg ?? '', vars) : '';
        case '?': {
          if (usable) return value;
          const reason = interpolate(arg ?? '', vars);
          throw new InterpolationError(
            `required variable ${key} is missing a value${reason ? `: ${reason}` : ''}`,
          );
        }
        default:
          return value;
      }
    },
  );
}

function interpolateValue(v: YamlValue, vars: Readonly<Record<string, string>>): YamlValue {
  if (typeof v === 'string') return interpolate(v, vars);
  if (Array.isArray(v)) return v.map((x) => interpolateValue(x, vars));
  if (isMap(v))
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, interpolateValue(x, vars)]));
  return v;
}

/** `environment`, `labels`, `build.args` as a map, whichever form the file used. */
function toMap(v: YamlValue | undefined): YamlMap {
  if (isMap(v)) return v;
  if (!Array.isArray(v)) return {};
  const out: YamlMap = {};
  for (const item of v) {
    const s = String(item);
    const i = s.indexOf('=');
    out[i < 0 ? s : s.slice(0, i)] = i < 0 ? null : s.slice(i + 1);
  }
  return out;
}

const MAP_FIELDS = new Set(['environment', 'labels', 'args']);
const REPLACED_FIELDS = new Set(['command', 'entrypoint', 'test', 'profiles']);

/** compose-go override rules: maps merge, `command`/`entrypoint` replace, other lists append. */
export function mergeYaml(base: YamlValue, over: YamlValue, key = ''): YamlValue {
  if (MAP_FIELDS.has(key) && (base !== null || over !== null))
    return {...toMap(base ?? undefined), ...toMap(over ?? undefined)};
  if (isMap(base) && isMap(over)) {
    const out: YamlMap = {...base};
    for (const [k, v] of Object.entries(over)) out[k] = k in base ? mergeYaml(base[k], v, k) : v;
    return out;
  }
  if (Array.isArray(base) && Array.isArray(over) && !REPLACED_FIELDS.has(key)) {
    const seen = new Set(base.map((x) => JSON.stringify(x)));
    return [...base, ...over.filter((x) => !seen.has(JSON.stringify(x)))];
  }
  return over === null && base !== null ? base : over;
}

const asStrings = (v: YamlValue | undefined): string[] =>
  v === undefined || v === null ? [] : Array.isArray(v) ? v.map(String) : [String(v)];

const commandOf = (v: YamlValue | undefined): string[] | null =>
  v === undefined || v === null
    ? null
    : Array.isArray(v)
      ? v.map(String)
      : String(v).split(/\s+/).filter(Boolean);

/** Project names: lower case letters, digits, `-` and `_` (compose-go NormalizeProjectName). */
export const normalizeProjectName = (s: string): string =>
  s.toLowerCase().replace(/[^a-z0-9_-]/g, '');

export interface LoadOptions {
  files: readonly string[];
  /** The shell's variables: they win over `.env` and `--env-file` in interpolation. */
  shellEnv?: Readonly<Record<string, string>>;
  projectName?: string;
  profiles: readonly string[];
  envFile?: string;
  /** Services named on the command line: active even when their profile is not. */
  named?: readonly string[];
}

function findDefaultFile(state: EngineState, from: string): string | undefined {
  // Compose looks in the working directory, then in each parent.
  for (let dir = from; ; dir = dir.slice(0, dir.lastIndexOf('/')) || '/') {
    const found = COMPOSE_FILES.map((f) => `${dir === '/' ? '' : dir}/${f}`).find((f) =>
      isFile(state.host, f),
    );
    if (found || dir === '/') return found;
  }
}

/** Go durations as `stop_grace_period` takes them (`20s`, `1m30s`, `1.5s`), in seconds. */
export function goDurationSeconds(text: string): number | null {
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)];
  if (parts.length === 0 || parts.map((m) => m[0]).join('') !== text) return null;
  const unit: Record<string, number> = {h: 3600, m: 60, s: 1, ms: 0.001};
  return parts.reduce((sum, m) => sum + Number(m[1]) * unit[m[2]], 0);
}

function runtimeKeys(raw: YamlMap): RuntimeKeys {
  const limits = isMap(raw.deploy)
    ? isMap(raw.deploy.resources)
      ? isMap(raw.deploy.resources.limits)
        ? raw.deploy.resources.limits
        : {}
      : {}
    : {};
  const memory = limits.memory === undefined ? 0 : ramInBytes(String(limits.memory));
  const tmpfs: Record<string, string> = {};
  for (const t of asStrings(raw.tmpfs)) {
    const i = t.indexOf(':');
    tmpfs[i < 0 ? t : t.slice(0, i)] = i < 0 ? '' : t.slice(i + 1);
  }
  const logging = isMap(raw.logging) ? raw.logging : null;
  const grace = raw.stop_grace_period;
  return {
    readOnly: raw.read_only === true,
    capAdd: asStrings(raw.cap_add),
    capDrop: asStrings(raw.cap_drop),
    securityOpt: asStrings(raw.security_opt),
    tmpfs,
    init: typeof raw.init === 'boolean' ? raw.init : null,
    user: typeof raw.user === 'string' || typeof raw.user === 'number' ? String(raw.user) : '',
    logging: logging
      ? {
          type: typeof logging.driver === 'string' ? logging.driver : 'json-file',
          config: Object.fromEntries(
            Object.entries(toMap(logging.options)).map(([k, v]) => [
              k,
              v === null ? '' : String(v),
            ]),
          ),
        }
      : null,
    memory: typeof memory === 'number' ? memory : 0,
    nanoCpus: limits.cpus === undefined ? 0 : Math.round(Number(limits.cpus) * 1e9),
    stopGraceSeconds:
      grace === undefined || grace === null ? null : goDurationSeconds(String(grace)),
  };
}

/** `secrets:` of a service, short (`- name`) or long (`- source: name`) syntax. */
function secretGrants(svc: string, raw: YamlMap, declared: YamlMap): SecretGrant[] | string {
  const grants: SecretGrant[] = [];
  for (const item of Array.isArray(raw.secrets) ? raw.secrets : []) {
    const source = isMap(item) ? String(item.source ?? '') : String(item);
    const target = isMap(item) && typeof item.target === 'string' ? item.target : source;
    const def = declared[source];
    // compose-go v2.13.0 loader/validate.go
    if (!isMap(def))
      return `service "${svc}" refers to undefined secret ${source}: invalid compose project`;
    if (typeof def.file !== 'string') continue; // environment/external secrets: not simulated
    grants.push({
      source,
      target: target.startsWith('/') ? target : `/run/secrets/${target}`,
      file: def.file,
    });
  }
  return grants;
}

function service(
  name: string,
  raw: YamlMap,
  project: string,
  dir: string,
  secrets: YamlMap,
): Service | string {
  let build: BuildSpec | null = null;
  if (typeof raw.build === 'string')
    build = {context: raw.build, dockerfile: 'Dockerfile', args: [], target: null};
  else if (isMap(raw.build))
    build = {
      context: typeof raw.build.context === 'string' ? raw.build.context : '.',
      dockerfile: typeof raw.build.dockerfile === 'string' ? raw.build.dockerfile : 'Dockerfile',
      args: Object.entries(toMap(raw.build.args)).map(([k, v]) =>
        v === null ? k : `${k}=${String(v)}`,
      ),
      target: typeof raw.build.target === 'string' ? raw.build.target : null,
    };
  if (build) build.context = resolvePath(dir, build.context);
  if (typeof raw.image !== 'string' && !build)
    return `service "${name}" has neither an image nor a build context specified: invalid compose project`;
  const dependsOn: DependsOn[] = Array.isArray(raw.depends_on)
    ? raw.depends_on.map((d) => ({service: String(d), condition: 'service_started'}))
    : isMap(raw.depends_on)
      ? Object.entries(raw.depends_on).map(([d, spec]) => {
          const c = isMap(spec) ? spec.condition : undefined;
          return {
            service: d,
            condition:
              c === 'service_healthy' || c === 'service_completed_successfully'
                ? c
                : 'service_started',
          };
        })
      : [];
  const networks = Array.isArray(raw.networks)
    ? raw.networks.map(String)
    : isMap(raw.networks)
      ? Object.keys(raw.networks)
      : ['default'];
  const deploy = isMap(raw.deploy) ? raw.deploy : {};
  const grants = secretGrants(name, raw, secrets);
  if (typeof grants === 'string') return grants;
  const replicas =
    typeof raw.scale === 'number'
      ? raw.scale
      : typeof deploy.replicas === 'number'
        ? deploy.replicas
        : 1;
  return {
    name,
    image: typeof raw.image === 'string' ? raw.image : `${project}-${name}`,
    build,
    ports: asStrings(raw.ports),
    environment: Object.entries(toMap(raw.environment)).map(([k, v]) =>
      v === null ? k : `${k}=${String(v)}`,
    ),
    volumes: asStrings(raw.volumes),
    command: commandOf(raw.command),
    entrypoint: commandOf(raw.entrypoint),
    dependsOn,
    restart: typeof raw.restart === 'string' ? raw.restart : 'no',
    containerName: typeof raw.container_name === 'string' ? raw.container_name : null,
    profiles: asStrings(raw.profiles),
    networks,
    healthcheck: isMap(raw.healthcheck) && raw.healthcheck.disable !== true,
    replicas,
    secrets: grants,
    runtime: runtimeKeys(raw),
    raw,
  };
}

/** Resolves a path of a file that `include` or `extends` loaded from another directory. */
function absolutePaths(doc: YamlMap, fileDir: string): void {
  const abs = (p: string): string => (p.startsWith('/') ? p : resolvePath(fileDir, p));
  for (const svc of Object.values(isMap(doc.services) ? doc.services : {})) {
    if (!isMap(svc)) continue;
    if (typeof svc.build === 'string') svc.build = abs(svc.build);
    else if (isMap(svc.build) && typeof svc.build.context === 'string')
      svc.build.context = abs(svc.build.context);
    if (svc.env_file !== undefined) svc.env_file = envFilePaths(svc.env_file).map(abs);
    if (Array.isArray(svc.volumes))
      svc.volumes = svc.volumes.map((v) =>
        typeof v === 'string' && v.startsWith('.')
          ? abs(v.split(':')[0]) + v.slice(v.indexOf(':'))
          : v,
      );
  }
  for (const def of Object.values(isMap(doc.secrets) ? doc.secrets : {}))
    if (isMap(def) && typeof def.file === 'string') def.file = abs(def.file);
}

const envFilePaths = (v: YamlValue | undefined): string[] =>
  (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]).map((x) =>
    isMap(x) ? String(x.path ?? '') : String(x),
  );

const dirOf = (file: string): string => file.slice(0, file.lastIndexOf('/')) || '/';

/**
 * One file as compose-go v2.13.0 loader.go loadYamlFile handles it: parse, interpolate, then
 * `include` (each path loaded as its own project, its resources copied in, the local
 * definition winning on a clash), then `extends`; the caller merges the result.
 */
function loadFile(
  state: EngineState,
  file: string,
  vars: Readonly<Record<string, string>>,
  chain: readonly string[],
): YamlMap | string {
  let doc: YamlValue;
  try {
    doc = parseYaml(state.host.files[file]);
  } catch (e) {
    if (e instanceof YamlError)
      return `yaml: unmarshal errors:\n ${basename(file)}:${e.message.replace(/^yaml:/, '')}`;
    throw e;
  }
  if (doc === null) return {};
  if (!isMap(doc)) return `${basename(file)}: top-level object must be a mapping`;
  try {
    doc = interpolateValue(doc, vars) as YamlMap;
  } catch (e) {
    if (e instanceof InterpolationError) return e.message;
    throw e;
  }
  const included = includeFiles(doc.include, dirOf(file));
  delete doc.include;
  for (const path of included) {
    if (chain.includes(path)) return `include cycle detected:\n${chain[0]}\n include ${path}`;
    if (!isFile(state.host, path)) return `open ${path}: no such file or directory`;
    // The included project reads its own .env; the including project's variables win.
    const own = `${dirOf(path)}/.env`;
    const ownVars = {
      ...(isFile(state.host, own) ? parseDotEnv(state.host.files[own]) : {}),
      ...vars,
    };
    const sub = loadFile(state, path, ownVars, [...chain, path]);
    if (typeof sub === 'string') return sub;
    absolutePaths(sub, dirOf(path));
    for (const key of ['services', 'volumes', 'networks', 'secrets']) {
      if (!isMap(sub[key])) continue;
      const local = isMap(doc[key]) ? doc[key] : {};
      const merged: YamlMap = {...sub[key]};
      for (const [n, def] of Object.entries(local))
        merged[n] = n in merged ? mergeYaml(merged[n], def) : def;
      doc[key] = merged;
    }
  }
  return applyExtends(state, doc, file, vars);
}

function includeFiles(v: YamlValue | undefined, dir: string): string[] {
  const list = Array.isArray(v) ? v : [];
  return list.flatMap((item) => {
    const paths = isMap(item) ? asStrings(item.path) : [String(item)];
    return paths.map((p) => resolvePath(dir, p));
  });
}

/** compose-go v2.13.0 loader/extends.go: the base service first, the local keys merged over it. */
function applyExtends(
  state: EngineState,
  doc: YamlMap,
  file: string,
  vars: Readonly<Record<string, string>>,
): YamlMap | string {
  if (!isMap(doc.services)) return doc;
  const services = doc.services;
  const resolve = (name: string, seen: readonly string[]): YamlMap | string => {
    const svc = services[name];
    if (!isMap(svc) || !isMap(svc.extends)) return isMap(svc) ? svc : {};
    const ref = String(svc.extends.service ?? '');
    const from = typeof svc.extends.file === 'string' ? svc.extends.file : null;
    let base: YamlValue | undefined;
    if (from === null) {
      // compose-go v2.13.0 loader.go cycleTracker.Add
      if (seen.includes(ref))
        return [
          'Circular reference:',
          `  ${seen[0]} in ${file}`,
          ...[...seen.slice(1), ref].map((x) => `  extends ${x} in ${file}`),
        ].join('\n');
      if (!isMap(services[ref]))
        return `cannot extend service "${name}" in ${file}: service "${ref}" not found`;
      const r = resolve(ref, [...seen, ref]);
      if (typeof r === 'string') return r;
      base = r;
    } else {
      const path = resolvePath(dirOf(file), from);
      if (!isFile(state.host, path)) return `open ${path}: no such file or directory`;
      const other = loadFile(state, path, vars, [path]);
      if (typeof other === 'string') return other;
      absolutePaths(other, dirOf(path));
      base = isMap(other.services) ? other.services[ref] : undefined;
      if (!isMap(base))
        return `cannot extend service "${name}" in ${file}: service "${ref}" not found in ${from}`;
    }
    const own: YamlMap = {...svc};
    delete own.extends;
    return mergeYaml(base, own) as YamlMap;
  };
  const out: YamlMap = {};
  for (const name of Object.keys(services)) {
    const r = resolve(name, [name]);
    if (typeof r === 'string') return r;
    out[name] = r;
  }
  return {...doc, services: out};
}

/**
 * compose-go ResolveEnvironment: `env_file` values first, `environment` over them; a key
 * without a value takes the shell's or `.env`'s value, and is dropped when neither has one.
 */
function resolveEnvironment(
  state: EngineState,
  model: YamlMap,
  dir: string,
  vars: Readonly<Record<string, string>>,
): string | null {
  for (const svc of Object.values(isMap(model.services) ? model.services : {})) {
    if (!isMap(svc) || (svc.env_file === undefined && svc.environment === undefined)) continue;
    const env: YamlMap = {};
    for (const item of Array.isArray(svc.env_file) ? svc.env_file : [svc.env_file ?? null]) {
      if (item === null) continue;
      const path = resolvePath(dir, isMap(item) ? String(item.path ?? '') : String(item));
      const required = !(isMap(item) && item.required === false);
      if (isFile(state.host, path)) Object.assign(env, parseDotEnv(state.host.files[path]));
      else if (required)
        return `env file ${path} not found: stat ${path}: no such file or directory`;
    }
    for (const [k, v] of Object.entries(toMap(svc.environment))) {
      if (v !== null) env[k] = v;
      else if (Object.prototype.hasOwnProperty.call(vars, k)) env[k] = vars[k];
    }
    svc.environment = env;
    delete svc.env_file;
  }
  return null;
}

/** Reads, merges and interpolates the project's files; a string is Compose's error message. */
export function loadProject(state: EngineState, opts: LoadOptions): Project | string {
  let files: string[];
  if (opts.files.length > 0) {
    files = opts.files.map((f) => resolvePath(state.cwd, f, HOST_HOME));
    const missing = files.find((f) => !isFile(state.host, f));
    if (missing) return `open ${missing}: no such file or directory`;
  } else {
    const found = findDefaultFile(state, state.cwd);
    if (!found) return 'no configuration file provided: not found';
    const dir = found.slice(0, found.lastIndexOf('/')) || '/';
    const override = OVERRIDE_FILES.map((f) => `${dir === '/' ? '' : dir}/${f}`).find((f) =>
      isFile(state.host, f),
    );
    files = override ? [found, override] : [found];
  }
  const dir = files[0].slice(0, files[0].lastIndexOf('/')) || '/';
  const envPath = opts.envFile
    ? resolvePath(state.cwd, opts.envFile, HOST_HOME)
    : `${dir === '/' ? '' : dir}/.env`;
  if (opts.envFile && !isFile(state.host, envPath)) return `couldn't find env file: ${envPath}`;
  // Interpolation: the shell's variables win over the env file (docs: "Interpolation").
  const vars = {
    ...(isFile(state.host, envPath) ? parseDotEnv(state.host.files[envPath]) : {}),
    ...opts.shellEnv,
  };
  let model: YamlMap | null = null;
  for (const file of files) {
    const doc = loadFile(state, file, vars, [file]);
    if (typeof doc === 'string') return doc;
    model = model === null ? doc : (mergeYaml(model, doc) as YamlMap);
  }
  if (model === null) return 'empty compose file';
  const envError = resolveEnvironment(state, model, dir, vars);
  if (envError) return envError;
  const name = normalizeProjectName(
    opts.projectName ?? (typeof model.name === 'string' ? model.name : basename(dir) || 'root'),
  );
  if (!isMap(model.services)) return 'no service selected';
  const all: Service[] = [];
  for (const [svcName, raw] of Object.entries(model.services)) {
    if (!isMap(raw)) return `service "${svcName}" must be a mapping`;
    const s = service(svcName, raw, name, dir, isMap(model.secrets) ? model.secrets : {});
    if (typeof s === 'string') return s;
    all.push(s);
  }
  const ordered: Service[] = [];
  const visit = (s: Service, depth: number): void => {
    if (ordered.includes(s) || depth > all.length) return;
    for (const d of s.dependsOn) {
      const dep = all.find((x) => x.name === d.service);
      if (dep) visit(dep, depth + 1);
    }
    ordered.push(s);
  };
  all.forEach((s) => visit(s, 0));
  // compose-go: a service is active when it has no profiles or one of them is enabled.
  const enabled = new Set(
    opts.profiles.includes('*') ? all.flatMap((s) => s.profiles) : opts.profiles,
  );
  const activeNames = new Set(
    ordered
      .filter(
        (s) =>
          s.profiles.length === 0 ||
          s.profiles.some((p) => enabled.has(p)) ||
          (opts.named ?? []).includes(s.name),
      )
      .map((s) => s.name),
  );
  for (const s of ordered) {
    if (!activeNames.has(s.name)) continue;
    for (const d of s.dependsOn) {
      const dep = all.find((x) => x.name === d.service);
      if (!dep)
        return `service "${s.name}" depends on undefined service "${d.service}": invalid compose project`;
      if (!activeNames.has(dep.name))
        return `service "${s.name}" depends on undefined service "${d.service}": invalid compose project`;
    }
  }
  const volumes = isMap(model.volumes) ? Object.keys(model.volumes) : [];
  const declared = isMap(model.networks) ? Object.keys(model.networks) : [];
  for (const s of ordered)
    for (const n of s.networks)
      if (n !== 'default' && !declared.includes(n))
        return `service "${s.name}" refers to undefined network ${n}: invalid compose project`;
  const used = new Set(ordered.filter((s) => activeNames.has(s.name)).flatMap((s) => s.networks));
  const networks = [
    ...(used.has('default') ? ['default'] : []),
    ...declared.filter((n) => used.has(n)),
  ];
  return {
    name,
    dir,
    files,
    services: ordered,
    active: ordered.filter((s) => activeNames.has(s.name)),
    volumes,
    networks,
    model,
  };
}
