// @vitest-environment node
// examples/k8s/ cannot be applied here (no cluster), so each manifest is validated against the
// Kubernetes JSON schema of its kind (standalone-strict: unknown fields are errors; vendored, see
// tests/schemas/README.md), and checked for what the chapter relies on: the Service finds the
// Deployment's pods, the image is the one the chapter builds and loads, and the values match
// the Compose file they were translated from.
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import Ajv, {type ValidateFunction} from 'ajv';
import addFormats from 'ajv-formats';
import {parse, parseAllDocuments} from 'yaml';
import {describe, expect, it} from 'vitest';
import {
  composeCpusToMillicores,
  composeDurationToSeconds,
  composeMemoryToQuantity,
} from '../../src/lib/diagrams/compose-to-k8s';

type Json = Record<string, unknown>;

const root = path.resolve(__dirname, '../..');
const exampleDir = path.join(root, 'examples/k8s');
const KUBERNETES_SCHEMA_VERSION = 'v1.32.2';
const schemaDir = path.join(
  root,
  `tests/schemas/kubernetes/${KUBERNETES_SCHEMA_VERSION}-standalone-strict`,
);

/** apiVersion/kind → the vendored schema file, for exactly the resources the example uses. */
const SCHEMA_FILES: Readonly<Record<string, string>> = {
  'apps/v1/Deployment': 'deployment-apps-v1.json',
  'v1/Service': 'service-v1.json',
  'v1/ConfigMap': 'configmap-v1.json',
  'v1/Secret': 'secret-v1.json',
};

/**
 * What the schemas use beyond JSON Schema: annotations of the Kubernetes OpenAPI (`x-kubernetes-*`,
 * no effect on validation) and OpenAPI formats. Registered by name, so Ajv still rejects any
 * keyword or format not listed here; a test below keeps the lists equal to what the files use.
 */
const KUBERNETES_KEYWORDS = [
  'x-kubernetes-group-version-kind',
  'x-kubernetes-list-map-keys',
  'x-kubernetes-list-type',
  'x-kubernetes-map-type',
  'x-kubernetes-patch-merge-key',
  'x-kubernetes-patch-strategy',
  'x-kubernetes-unions',
] as const;
const INT32 = {min: -(2 ** 31), max: 2 ** 31 - 1};
const OPENAPI_FORMATS = {
  int32: {
    type: 'number',
    validate: (n: number) => Number.isInteger(n) && n >= INT32.min && n <= INT32.max,
  },
  int64: {type: 'number', validate: (n: number) => Number.isSafeInteger(n)},
  byte: {type: 'string', validate: /^[A-Za-z0-9+/]*={0,2}$/},
  // Later schema versions write IntOrString fields with this format.
  'int-or-string': true,
} as const;

const schemaText = (file: string) => readFileSync(path.join(schemaDir, file), 'utf8');

function makeValidators(): Map<string, ValidateFunction> {
  // Non-strict: the schemas are generated from OpenAPI and carry keywords strict mode rejects.
  const ajv = new Ajv({allErrors: true, strict: false});
  addFormats(ajv);
  for (const keyword of KUBERNETES_KEYWORDS) ajv.addKeyword(keyword);
  for (const [name, format] of Object.entries(OPENAPI_FORMATS)) ajv.addFormat(name, format);
  return new Map(
    Object.entries(SCHEMA_FILES).map(([key, file]) => [
      key,
      ajv.compile(JSON.parse(schemaText(file)) as Json),
    ]),
  );
}

const validators = makeValidators();

function errorsOf(resource: Json): string[] {
  const key = `${String(resource.apiVersion)}/${String(resource.kind)}`;
  const validate = validators.get(key);
  if (!validate) return [`no schema vendored for ${key}`];
  return validate(resource)
    ? []
    : (validate.errors ?? []).map(
        (error) => `${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`,
      );
}

const manifestFiles = readdirSync(exampleDir).filter(
  (file) => file.endsWith('.yaml') && file !== 'compose.yaml',
);
const manifests = manifestFiles.flatMap((file) =>
  parseAllDocuments(readFileSync(path.join(exampleDir, file), 'utf8')).map((doc) => ({
    file,
    resource: doc.toJS() as Json,
  })),
);
const only = (kind: string) => {
  const found = manifests.filter((m) => m.resource.kind === kind);
  expect(found, kind).toHaveLength(1);
  return structuredClone(found[0]!.resource) as any; // eslint-disable-line @typescript-eslint/no-explicit-any -- a manifest is untyped YAML
};

describe('vendored Kubernetes schemas', () => {
  it('are the standalone-strict files: no $ref to fetch, unknown properties rejected', () => {
    for (const file of Object.values(SCHEMA_FILES)) {
      const text = schemaText(file);
      expect(text, file).not.toContain('"$ref"');
      expect(text, file).toContain('"additionalProperties": false');
    }
  });

  it('use exactly the x-kubernetes keywords and formats registered above', () => {
    const all = Object.values(SCHEMA_FILES).map(schemaText).join('\n');
    const keywords = new Set([...all.matchAll(/"(x-kubernetes-[a-z-]+)"/g)].map((m) => m[1]));
    expect([...keywords].sort()).toEqual([...KUBERNETES_KEYWORDS]);
    const formats = new Set([...all.matchAll(/"format": "([^"]+)"/g)].map((m) => m[1]!));
    for (const format of formats) {
      expect(['date-time', ...Object.keys(OPENAPI_FORMATS)], format).toContain(format);
    }
  });
});

describe('examples/k8s manifests against the schemas', () => {
  it('holds a Deployment, a Service, a ConfigMap and a Secret, one each', () => {
    expect(manifests.map((m) => m.resource.kind).sort()).toEqual([
      'ConfigMap',
      'Deployment',
      'Secret',
      'Service',
    ]);
  });

  it.each(manifests.map((m) => [`${m.file} (${String(m.resource.kind)})`, m.resource] as const))(
    '%s is valid',
    (_name, resource) => {
      expect(errorsOf(resource)).toEqual([]);
    },
  );

  it('rejects a Deployment whose selector is missing', () => {
    const deployment = only('Deployment');
    delete deployment.spec.selector;
    expect(errorsOf(deployment).join('\n')).toMatch(
      /^\/spec must have required property 'selector'/m,
    );
  });

  it('rejects a container port given as a string', () => {
    const deployment = only('Deployment');
    deployment.spec.template.spec.containers[0].ports[0].containerPort = '3000';
    expect(errorsOf(deployment).join('\n')).toMatch(
      /\/spec\/template\/spec\/containers\/0\/ports\/0\/containerPort must be integer/,
    );
  });

  it('rejects an unknown field (a typo strict schemas catch and kubectl would also refuse)', () => {
    const deployment = only('Deployment');
    deployment.spec.replica = 3;
    expect(errorsOf(deployment).join('\n')).toMatch(
      /^\/spec must NOT have additional properties \{"additionalProperty":"replica"\}/m,
    );
    const service = only('Service');
    service.spec.ports[0].targetport = 3000;
    expect(errorsOf(service).join('\n')).toMatch(/"additionalProperty":"targetport"/);
  });

  it('rejects a Service port outside int32 and a resource of another kind', () => {
    const service = only('Service');
    service.spec.ports[0].port = 2 ** 31;
    expect(errorsOf(service).join('\n')).toMatch(
      /\/spec\/ports\/0\/port must match format "int32"/,
    );
    expect(errorsOf({apiVersion: 'apps/v1', kind: 'StatefulSet'})).toEqual([
      'no schema vendored for apps/v1/StatefulSet',
    ]);
  });
});

describe('what the chapter relies on', () => {
  const deployment = only('Deployment');
  const service = only('Service');
  const podLabels = deployment.spec.template.metadata.labels as Record<string, string>;
  const container = deployment.spec.template.spec.containers[0];
  const chapter = readFileSync(
    path.join(root, 'docs/05-compose-cluster/07-kubernetes-lab.mdx'),
    'utf8',
  );

  it('the Deployment selector and the Service selector both match the pod labels', () => {
    expect(podLabels).toMatchObject(deployment.spec.selector.matchLabels);
    expect(podLabels).toMatchObject(service.spec.selector);
  });

  it("the Service's targetPort names a port of the container", () => {
    const names = (container.ports as {name: string}[]).map((port) => port.name);
    expect(names).toContain(service.spec.ports[0].targetPort);
  });

  it('runs the image the chapter builds and loads into kind, without pulling it', () => {
    expect(container.image).toBe('node-app:1.0');
    expect(container.imagePullPolicy).toBe('IfNotPresent');
    expect(chapter).toContain(`docker build -t ${container.image} .`);
    expect(chapter).toContain(`kind load docker-image ${container.image} --name dg`);
  });

  it('reads the ConfigMap and Secret the folder defines', () => {
    const refs = container.envFrom as {configMapRef?: {name: string}; secretRef?: {name: string}}[];
    expect(refs.map((ref) => ref.configMapRef?.name).filter(Boolean)).toEqual([
      only('ConfigMap').metadata.name,
    ]);
    expect(refs.map((ref) => ref.secretRef?.name).filter(Boolean)).toEqual([
      only('Secret').metadata.name,
    ]);
  });

  it('keeps no real secret: the example Secret holds the placeholder only', () => {
    expect(only('Secret').stringData).toEqual({API_TOKEN: 'change-me'});
  });

  describe('agrees with examples/k8s/compose.yaml', () => {
    const compose = parse(readFileSync(path.join(exampleDir, 'compose.yaml'), 'utf8')) as any; // eslint-disable-line @typescript-eslint/no-explicit-any -- untyped YAML
    const web = compose.services.web;

    it('same image, port and environment', () => {
      expect(web.image).toBe(container.image);
      expect(web.ports).toEqual([`3000:${container.ports[0].containerPort}`]);
      expect(only('ConfigMap').data).toEqual(web.environment);
    });

    it('healthcheck interval, timeout and retries become both probes', () => {
      const {interval, timeout, retries, test} = web.healthcheck;
      for (const probe of [container.readinessProbe, container.livenessProbe]) {
        expect(probe.periodSeconds).toBe(composeDurationToSeconds(interval));
        expect(probe.timeoutSeconds).toBe(composeDurationToSeconds(timeout));
        expect(probe.failureThreshold).toBe(retries);
        expect(test.join(' ')).toContain(`:3000${probe.httpGet.path}`);
      }
    });

    it('deploy.resources limits and reservations become limits and requests', () => {
      const {limits, reservations} = web.deploy.resources;
      expect(container.resources).toEqual({
        limits: {
          cpu: composeCpusToMillicores(limits.cpus),
          memory: composeMemoryToQuantity(limits.memory),
        },
        requests: {
          cpu: composeCpusToMillicores(reservations.cpus),
          memory: composeMemoryToQuantity(reservations.memory),
        },
      });
    });

    it('the Compose secret is the key of the Kubernetes Secret', () => {
      expect(web.secrets).toEqual(['api_token']);
      expect(compose.secrets.api_token).toEqual({environment: 'API_TOKEN'});
      expect(Object.keys(only('Secret').stringData)).toEqual(['API_TOKEN']);
    });
  });
});
