/**
 * The example projects under examples/ are what the part 4–5 chapters show
 * (imported with `?raw`), so they are checked here without Docker:
 * the Node example's own tests run, every Dockerfile is parsed and checked for
 * the practices the chapters teach, and every compose.yaml validates against
 * the official Compose Specification schema (tests/schemas/compose-spec.json).
 */
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {DockerfileParser, type Instruction} from 'dockerfile-ast';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import {parse as parseYaml} from 'yaml';
import {walkFiles} from '../../plugins/shared/html-files';

const root = path.resolve(__dirname, '../..');
const examplesDir = path.join(root, 'examples');

const files = walkFiles(examplesDir, {skipFolders: ['node_modules', '.git']});
const rel = (file: string) => path.relative(root, file);
const dockerfiles = files.filter((f) => /^Dockerfile(\..+)?$/.test(path.basename(f)));
// compose.yaml and the files stacked on it (compose.override.yaml, compose.prod.yaml, …)
const composeFiles = files.filter((f) => /^compose(\.[a-z]+)?\.yaml$/.test(path.basename(f)));

function parseDockerfile(file: string) {
  return DockerfileParser.parse(readFileSync(file, 'utf8'));
}

/** Instructions of the final stage (after the last FROM). */
function finalStage(file: string): Instruction[] {
  const dockerfile = parseDockerfile(file);
  const froms = dockerfile.getFROMs();
  const lastFrom = froms[froms.length - 1]!.getRange().start.line;
  return dockerfile.getInstructions().filter((i) => i.getRange().start.line > lastFrom);
}

describe('examples: the projects the chapters need exist', () => {
  it.each(['static-site', 'node-app', 'java-app', 'python-app', 'advanced', 'compose-app'])(
    '%s exists',
    (name) => {
      expect(existsSync(path.join(examplesDir, name))).toBe(true);
    },
  );

  it('every directory with a Dockerfile has a .dockerignore beside it', () => {
    expect(dockerfiles.length).toBeGreaterThanOrEqual(6);
    for (const file of dockerfiles) {
      expect(existsSync(path.join(path.dirname(file), '.dockerignore')), rel(file)).toBe(true);
    }
  });
});

describe('examples/node-app: its own tests', () => {
  it('node --test passes', () => {
    const result = spawnSync(process.execPath, ['--test'], {
      cwd: path.join(examplesDir, 'node-app'),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/# pass [1-9]/);
    expect(result.stdout).toMatch(/# fail 0/);
  });

  it('package.json "test" script is node --test, so npm test in the example runs the same', () => {
    const pkg = JSON.parse(
      readFileSync(path.join(examplesDir, 'node-app/package.json'), 'utf8'),
    ) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.test).toBe('node --test');
  });
});

describe.each(dockerfiles.map((f) => [rel(f), f] as const))('Dockerfile %s', (_name, file) => {
  const dockerfile = parseDockerfile(file);

  it('parses without unknown instructions', () => {
    const known = new Set([
      'FROM',
      'RUN',
      'CMD',
      'LABEL',
      'EXPOSE',
      'ENV',
      'ADD',
      'COPY',
      'ENTRYPOINT',
      'VOLUME',
      'USER',
      'WORKDIR',
      'ARG',
      'ONBUILD',
      'STOPSIGNAL',
      'HEALTHCHECK',
      'SHELL',
    ]);
    const instructions = dockerfile.getInstructions();
    expect(instructions.length).toBeGreaterThan(2);
    for (const instruction of instructions) {
      expect(
        known,
        `${instruction.getKeyword()} at line ${instruction.getRange().start.line + 1}`,
      ).toContain(instruction.getKeyword());
    }
  });

  it('every FROM names a pinned tag (no latest, no bare name), or an earlier stage', () => {
    const froms = dockerfile.getFROMs();
    expect(froms.length).toBeGreaterThan(0);
    const stages = new Set<string>();
    for (const from of froms) {
      const image = from.getImageName();
      expect(image, 'FROM without image').toBeTruthy();
      if (!stages.has(image!)) {
        const tag = from.getImageTag();
        const digest = from.getImageDigest();
        expect(tag || digest, `FROM ${from.getImage()} has no tag`).toBeTruthy();
        expect(tag, `FROM ${from.getImage()}`).not.toBe('latest');
      }
      const stage = from.getBuildStage();
      if (stage) stages.add(stage);
    }
  });

  it('CMD and ENTRYPOINT use the exec (JSON array) form', () => {
    const runs = [...dockerfile.getCMDs(), ...dockerfile.getENTRYPOINTs()];
    expect(runs.length).toBeGreaterThan(0);
    for (const instruction of runs) {
      expect(
        instruction.getOpeningBracket(),
        `${instruction.getKeyword()} ${instruction.getArgumentsContent()}`,
      ).not.toBeNull();
      expect(instruction.getJSONStrings().length).toBeGreaterThan(0);
    }
  });

  it('has no MAINTAINER (deprecated) and no secrets in ENV', () => {
    for (const instruction of dockerfile.getInstructions()) {
      expect(instruction.getKeyword()).not.toBe('MAINTAINER');
    }
    for (const env of dockerfile.getENVs()) {
      expect(env.getArgumentsContent() ?? '').not.toMatch(/PASSWORD|SECRET|TOKEN/i);
    }
  });
});

describe('examples/advanced/Dockerfile: the practices of the advanced chapter', () => {
  const file = path.join(examplesDir, 'advanced/Dockerfile');
  const dockerfile = parseDockerfile(file);
  const last = finalStage(file);

  it('is a multi-stage build whose final stage copies from the build stage', () => {
    expect(dockerfile.getFROMs().length).toBeGreaterThanOrEqual(2);
    const copies = last.filter((i) => i.getKeyword() === 'COPY').map((i) => i.getTextContent());
    expect(copies.some((c) => c.startsWith('COPY --from=build '))).toBe(true);
  });

  it('runs as a non-root user in the final stage', () => {
    const users = last.filter((i) => i.getKeyword() === 'USER');
    expect(users.length).toBeGreaterThan(0);
    const user = (users[users.length - 1]!.getArgumentsContent() ?? '').split(':')[0]!;
    expect(['root', '0', '']).not.toContain(user);
  });

  it('declares a HEALTHCHECK in exec form', () => {
    const checks = dockerfile.getHEALTHCHECKs();
    expect(checks.length).toBe(1);
    expect(checks[0]!.getSubcommand()?.getValue()).toBe('CMD');
    expect(checks[0]!.getArgumentsContent()).toMatch(/CMD \[/);
  });

  it('uses BuildKit cache mounts for the module and build caches', () => {
    const runs = dockerfile
      .getInstructions()
      .filter((i) => i.getKeyword() === 'RUN')
      .map((i) => i.getTextContent());
    expect(runs.some((r) => r.includes('--mount=type=cache,target=/go/pkg/mod'))).toBe(true);
    expect(runs.some((r) => r.includes('--mount=type=cache,target=/root/.cache/go-build'))).toBe(
      true,
    );
  });
});

describe('other example Dockerfiles run as non-root where the chapter says so', () => {
  it.each([
    'node-app/Dockerfile',
    'java-app/Dockerfile',
    'python-app/Dockerfile',
    'compose-app/web/Dockerfile',
  ])('%s has a non-root USER in its final stage', (name) => {
    const users = finalStage(path.join(examplesDir, name)).filter((i) => i.getKeyword() === 'USER');
    expect(users.length).toBeGreaterThan(0);
    expect(users[users.length - 1]!.getArgumentsContent()).not.toMatch(/^(root|0)(:|$)/);
  });
});

// The schema is JSON Schema draft-07; Ajv's default class implements draft-07.
// Its "$schema" is the https spelling, which Ajv does not know as a meta-schema id,
// so the schema itself is not meta-validated (it is an unmodified vendored copy).
function composeValidator() {
  const schema = JSON.parse(
    readFileSync(path.join(root, 'tests/schemas/compose-spec.json'), 'utf8'),
  ) as Record<string, unknown>;
  expect(schema.$schema).toMatch(/draft-07/);
  const ajv = new Ajv({allErrors: true, strict: false, validateSchema: false});
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('compose.yaml files validate against the Compose Specification schema', () => {
  const validate = composeValidator();

  it('there is at least one compose.yaml', () => {
    expect(composeFiles.length).toBeGreaterThan(0);
  });

  it('the files of the Compose-in-operation chapter are among those validated', () => {
    expect(composeFiles.map(rel)).toEqual(
      expect.arrayContaining([
        'examples/compose-app/compose.override.yaml',
        'examples/compose-app/compose.prod.yaml',
        'examples/compose-app/compose.common.yaml',
        'examples/compose-app/secrets-demo/compose.yaml',
      ]),
    );
  });

  it.each(composeFiles.map((f) => [rel(f), f] as const))('%s is valid', (_name, file) => {
    const doc = parseYaml(readFileSync(file, 'utf8')) as unknown;
    const ok = validate(doc);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('compose files carry no obsolete top-level version key', () => {
    for (const file of composeFiles) {
      const doc = parseYaml(readFileSync(file, 'utf8')) as Record<string, unknown>;
      expect(doc).not.toHaveProperty('version');
    }
  });

  it('the compose-app uses healthchecks, service_healthy, profiles and develop.watch as the chapters say', () => {
    const doc = parseYaml(
      readFileSync(path.join(examplesDir, 'compose-app/compose.yaml'), 'utf8'),
    ) as {
      services: Record<string, Record<string, unknown>>;
    };
    const {web, db, cache, adminer} = doc.services;
    expect(db!.healthcheck).toBeDefined();
    expect(cache!.healthcheck).toBeDefined();
    expect(web!.depends_on).toEqual({
      db: {condition: 'service_healthy'},
      cache: {condition: 'service_healthy'},
    });
    expect(adminer!.profiles).toEqual(['debug']);
    expect((web!.develop as {watch: unknown[]}).watch.length).toBeGreaterThan(0);
    expect(existsSync(path.join(examplesDir, 'compose-app/.env.example'))).toBe(true);
  });

  it('rejects a compose file with a misspelled key (negative test)', () => {
    const typo = parseYaml(`services:
  web:
    image: nginx:1.29-alpine
    prots:
      - "8080:80"
`);
    expect(validate(typo)).toBe(false);
    expect(
      validate.errors?.some(
        (e) => e.keyword === 'additionalProperties' && e.params.additionalProperty === 'prots',
      ),
    ).toBe(true);
  });

  it('rejects a wrong depends_on condition', () => {
    const bad = parseYaml(`services:
  web:
    image: nginx:1.29-alpine
    depends_on:
      db:
        condition: service_ready
  db:
    image: postgres:17-alpine
`);
    expect(validate(bad)).toBe(false);
  });

  // Negative cases for the keys of the Compose-in-operation chapter: each must fail the schema.
  const invalidRuntimeKeys: readonly (readonly [string, string])[] = [
    ['cap_drop as a string, not a list', 'cap_drop: ALL'],
    [
      'a misspelled logging key',
      'logging:\n      driver: json-file\n      option:\n        max-size: 10m',
    ],
    [
      'a misspelled resource limit',
      'deploy:\n      resources:\n        limits:\n          memroy: 256M',
    ],
    ['stop_grace_period as a number', 'stop_grace_period: 20'],
    ['extends without a service', 'extends:\n      file: compose.common.yaml'],
    ['security_opt as a map', 'security_opt:\n      no-new-privileges: true'],
    [
      'a secret grant with an unknown key',
      'secrets:\n      - source: db_password\n        path: /run/secrets/x',
    ],
  ];
  it.each(invalidRuntimeKeys)('rejects %s (negative test)', (_name, snippet) => {
    const bad = parseYaml(`services:\n  web:\n    image: nginx:1.29-alpine\n    ${snippet}\n`);
    expect(validate(bad)).toBe(false);
  });

  it('rejects a top-level secret with an unknown source key (negative test)', () => {
    const bad = parseYaml(`services:
  db:
    image: postgres:17-alpine
secrets:
  db_password:
    path: ./db_password.txt
`);
    expect(validate(bad)).toBe(false);
  });

  it('rejects include given as a map instead of a list (negative test)', () => {
    const bad = parseYaml(`include:
  path: ../other/compose.yaml
services:
  web:
    image: nginx:1.29-alpine
`);
    expect(validate(bad)).toBe(false);
  });
});
