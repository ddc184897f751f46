// @vitest-environment node
// .github/workflows/deploy.yml cannot run here, so it is validated against SchemaStore's
// GitHub workflow schema (vendored: tests/schemas/README.md) and checked for what it must do.
import fs from 'node:fs';
import path from 'node:path';
import Ajv, {type ValidateFunction} from 'ajv';
import addFormats from 'ajv-formats';
import {parse} from 'yaml';
import {beforeAll, describe, expect, it} from 'vitest';

type Json = Record<string, unknown>;
interface Step {
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Json;
  readonly env?: Record<string, string>;
  readonly id?: string;
}
interface Job {
  readonly 'runs-on'?: string;
  readonly needs?: string | string[];
  readonly permissions?: Record<string, string>;
  readonly environment?: Json;
  readonly container?: string;
  readonly steps: Step[];
}

const workflowPath = path.resolve('.github/workflows/deploy.yml');
const workflowText = fs.readFileSync(workflowPath, 'utf8');
const schema = JSON.parse(
  fs.readFileSync(path.resolve('tests/schemas/github-workflow.json'), 'utf8'),
) as Json;

let validate: ValidateFunction;
beforeAll(() => {
  // draft-07 schema: Ajv's default class. strict off: SchemaStore uses keywords Ajv's strict mode rejects.
  const ajv = new Ajv({allErrors: true, strict: false});
  addFormats(ajv);
  validate = ajv.compile(schema);
});

function errorsOf(document: unknown): string[] {
  return validate(document)
    ? []
    : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

const workflow = parse(workflowText) as {on: Json; permissions?: Json; jobs: Record<string, Job>};
const allSteps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const uses = (prefix: string) => allSteps.filter((step) => step.uses?.startsWith(prefix));
const jobUsing = (prefix: string) =>
  Object.entries(workflow.jobs).find(([, job]) =>
    job.steps.some((step) => step.uses?.startsWith(prefix)),
  );

describe('.github/workflows/deploy.yml against the GitHub workflow schema', () => {
  it('uses the vendored SchemaStore schema (draft-07)', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toBe('https://json.schemastore.org/github-workflow.json');
  });

  it('is a valid workflow', () => {
    expect(errorsOf(workflow)).toEqual([]);
  });

  it('rejects a broken workflow: a job without runs-on', () => {
    const broken = structuredClone(workflow) as unknown as {jobs: Record<string, Json>};
    delete broken.jobs.site!['runs-on'];
    const errors = errorsOf(broken);
    expect(errors).toContain("/jobs/site must have required property 'runs-on'");
  });

  it('rejects a broken workflow: an unknown key and a step that neither runs nor uses', () => {
    expect(errorsOf({...workflow, trigger: 'push'}).length).toBeGreaterThan(0);
    const broken = structuredClone(workflow) as unknown as {jobs: Record<string, {steps: Json[]}>};
    broken.jobs.site!.steps.push({name: 'does nothing'});
    expect(errorsOf(broken).length).toBeGreaterThan(0);
  });
});

describe('what the workflow does', () => {
  it('runs on pushes to main', () => {
    expect((workflow.on.push as {branches: string[]}).branches).toEqual(['main']);
  });

  it('installs Node 20 with the npm cache, then npm ci, the system packages and npm test', () => {
    const [setupNode] = uses('actions/setup-node@');
    expect(setupNode?.with).toMatchObject({'node-version': 20, cache: 'npm'});
    const runs = allSteps.map((step) => step.run ?? '').join('\n');
    expect(runs).toMatch(/apt-get install[^\n]*(\\\n[^\n]*)*chromium fonts-noto-cjk nginx/);
    expect(runs).toMatch(/\bnpm ci\b/);
    expect(runs).toMatch(/\bnpm test\b/);
  });

  it('builds for a GitHub Pages project site and uploads that build', () => {
    const build = allSteps.find((step) => step.env?.BASE_URL);
    expect(build?.env).toEqual({
      BASE_URL: '/${{ github.event.repository.name }}/',
      SITE_URL: 'https://${{ github.repository_owner }}.github.io',
    });
    expect(build?.run).toMatch(/npm run build/);
    expect(uses('actions/upload-pages-artifact@')[0]?.with).toEqual({path: 'build'});
  });

  it('deploys with deploy-pages in a job that may write Pages and request an OIDC token', () => {
    const [name, job] = jobUsing('actions/deploy-pages@')!;
    expect(job.permissions).toEqual({pages: 'write', 'id-token': 'write'});
    expect(job.environment).toMatchObject({name: 'github-pages'});
    expect(job.needs).toBe('site');
    expect(name).toBe('deploy');
    expect(workflow.permissions).toEqual({contents: 'read'});
  });

  it('builds the container image without pushing it', () => {
    const [, job] = jobUsing('docker/build-push-action@')!;
    const step = job.steps.find((candidate) =>
      candidate.uses?.startsWith('docker/build-push-action@'),
    );
    expect(step?.with).toMatchObject({context: '.', push: false});
  });

  it('pins every action to a major version', () => {
    for (const step of allSteps.filter((candidate) => candidate.uses)) {
      expect(step.uses, step.uses).toMatch(/^[\w.-]+\/[\w.-]+@v\d+$/);
    }
  });
});
