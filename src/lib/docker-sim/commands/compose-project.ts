/**
 * Loading a Compose project the way docker/compose v5 (compose-go v2) does, for the subset the
 * playground runs: file lookup and `compose.override.yaml`, `-f a -f b` merging, `.env` and
 * `${VAR}` interpolation, profiles, `build:`, `depends_on` conditions, networks and volumes.
 */
import {parseYaml, YamlError, type YamlValue} from '../yaml';
import type {EngineState} from '../state';
import {HOST_HOME} from '../state';
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

function service(name: string, raw: YamlMap, project: string, dir: string): Service | string {
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
    raw,
  };
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
  const vars = isFile(state.host, envPath) ? parseDotEnv(state.host.files[envPath]) : {};
  let model: YamlValue = null;
  for (const file of files) {
    let doc: YamlValue;
    try {
      doc = parseYaml(state.host.files[file]);
    } catch (e) {
      if (e instanceof YamlError)
        return `yaml: unmarshal errors:\n ${basename(file)}:${e.message.replace(/^yaml:/, '')}`;
      throw e;
    }
    if (doc !== null && !isMap(doc)) return `${basename(file)}: top-level object must be a mapping`;
    model = model === null ? doc : mergeYaml(model, doc);
  }
  if (!isMap(model)) return 'empty compose file';
  try {
    model = interpolateValue(model, vars) as YamlMap;
  } catch (e) {
    if (e instanceof InterpolationError) return e.message;
    throw e;
  }
  const name = normalizeProjectName(
    opts.projectName ?? (typeof model.name === 'string' ? model.name : basename(dir) || 'root'),
  );
  if (!isMap(model.services)) return 'no service selected';
  const all: Service[] = [];
  for (const [svcName, raw] of Object.entries(model.services)) {
    if (!isMap(raw)) return `service "${svcName}" must be a mapping`;
    const s = service(svcName, raw, name, dir);
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
