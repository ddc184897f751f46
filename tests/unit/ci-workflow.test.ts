// @vitest-environment node
// examples/node-app/.github/workflows/docker-publish.yml (the CI chapter's workflow) cannot run
// here. It is validated against SchemaStore's workflow schema, and each step's `uses:` and `with:`
// against the action's own action.yml at the pinned tag (both vendored: tests/schemas/README.md).
import fs from 'node:fs';
import path from 'node:path';
import Ajv, {type ValidateFunction} from 'ajv';
import addFormats from 'ajv-formats';
import {parse} from 'yaml';
import {beforeAll, describe, expect, it} from 'vitest';
import {
  inputProblems,
  loadActionMetadata,
  parsePinnedUse,
  type PinnedUse,
} from '../support/action-inputs';

type Json = Record<string, unknown>;
interface Step {
  readonly name?: string;
  readonly uses?: string;
  readonly with?: Json;
  readonly if?: string;
}
interface Job {
  readonly permissions?: Record<string, string>;
  readonly steps: Step[];
}
interface Workflow {
  readonly on: Json;
  readonly permissions?: Json;
  readonly env?: Record<string, string>;
  readonly jobs: Record<string, Job>;
}

const root = path.resolve(__dirname, '../..');
const workflowFile = 'examples/node-app/.github/workflows/docker-publish.yml';
const workflowText = fs.readFileSync(path.join(root, workflowFile), 'utf8');
const workflow = parse(workflowText) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const usesLines = workflowText.split('\n').filter((line) => /^\s*(-\s+)?uses:/.test(line));
const schema = JSON.parse(
  fs.readFileSync(path.join(root, 'tests/schemas/github-workflow.json'), 'utf8'),
) as Json;
const vendoringNotes = fs.readFileSync(path.join(root, 'tests/schemas/README.md'), 'utf8');

let validate: ValidateFunction;
beforeAll(() => {
  // As tests/unit/workflow.test.ts: draft-07, strict off for SchemaStore's keywords.
  const ajv = new Ajv({allErrors: true, strict: false});
  addFormats(ajv);
  validate = ajv.compile(schema);
});

function schemaErrors(document: unknown): string[] {
  return validate(document)
    ? []
    : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

function pinned(line: string): PinnedUse {
  const use = parsePinnedUse(line);
  if (typeof use === 'string') throw new Error(use);
  return use;
}

/** Problems of one step against its vendored action.yml. */
function stepProblems(step: Step, line: string): string[] {
  const use = parsePinnedUse(line);
  if (typeof use === 'string') return [use];
  return inputProblems(loadActionMetadata(root, use.owner, use.repo), step.with);
}

const stepsWithUses = steps.filter((step) => step.uses);
const stepByAction = (action: string) =>
  stepsWithUses.filter((step) => step.uses!.startsWith(`${action}@`));

describe(`${workflowFile} against the GitHub workflow schema`, () => {
  it('is a valid workflow', () => {
    expect(schemaErrors(workflow)).toEqual([]);
  });

  it('rejects a job without runs-on', () => {
    const broken = structuredClone(workflow) as unknown as {jobs: Record<string, Json>};
    delete broken.jobs.image!['runs-on'];
    expect(schemaErrors(broken)).toContain("/jobs/image must have required property 'runs-on'");
  });
});

describe('each action is pinned and called with the inputs its action.yml declares', () => {
  it('has one source line per step that uses an action, in the same order', () => {
    expect(usesLines.map((line) => line.replace(/^\s*(-\s+)?uses:\s*/, '').split(' ')[0])).toEqual(
      stepsWithUses.map((step) => step.uses),
    );
  });

  it.each(usesLines.map((line, i) => [stepsWithUses[i]!.uses!.split('@')[0]!, line, i] as const))(
    '%s is pinned to the commit of its tag and its with: keys are inputs of that tag',
    (_action, line, i) => {
      const use = pinned(line);
      // The commit the vendored action.yml was taken from, as tests/schemas/README.md notes it.
      expect(vendoringNotes).toContain(`| ${use.owner}/${use.repo} | ${use.tag} | ${use.sha} |`);
      expect(stepProblems(stepsWithUses[i]!, line)).toEqual([]);
    },
  );

  it('rejects an unknown with: key (a typo of cache-from)', () => {
    const [step] = stepByAction('docker/build-push-action');
    const line = usesLines.find((l) => l.includes('docker/build-push-action@'))!;
    const typo = {...step!, with: {...step!.with, cache_from: 'type=gha'}};
    expect(stepProblems(typo, line)).toEqual(["unknown input 'cache_from'"]);
  });

  it('rejects a step that leaves out a required input without a default', () => {
    const action = {
      inputs: {registry: {required: true}, logout: {required: true, default: 'true'}},
    };
    expect(inputProblems(action, {username: 'me'})).toEqual([
      "unknown input 'username'",
      "missing required input 'registry'",
    ]);
    expect(inputProblems(action, {registry: 'ghcr.io'})).toEqual([]);
  });

  it('rejects a uses: pinned to a tag or a short SHA, or without the tag comment', () => {
    expect(parsePinnedUse('uses: docker/login-action@v4')).toBe(
      'docker/login-action@v4 is not pinned to a commit SHA',
    );
    expect(parsePinnedUse('uses: docker/login-action@4907a6d # v4.1.0')).toMatch(/not pinned/);
    expect(
      parsePinnedUse('- uses: docker/login-action@4907a6ddec9925e35a0a9e82d7399ccc52663121'),
    ).toMatch(/no version tag comment/);
  });
});

describe('what the workflow does', () => {
  const job = workflow.jobs.image!;

  it('runs on pushes to main, on version tags, and on pull requests', () => {
    expect(workflow.on).toEqual({
      push: {branches: ['main'], tags: ['v*.*.*']},
      pull_request: {branches: ['main']},
    });
  });

  it('may read the code and write packages, nothing more', () => {
    expect(workflow.permissions).toEqual({contents: 'read'});
    expect(job.permissions).toEqual({contents: 'read', packages: 'write'});
  });

  it('logs in to GHCR with GITHUB_TOKEN, except for pull requests', () => {
    const [login] = stepByAction('docker/login-action');
    expect(workflow.env?.REGISTRY).toBe('ghcr.io');
    expect(login?.with).toEqual({
      registry: '${{ env.REGISTRY }}',
      username: '${{ github.actor }}',
      password: '${{ secrets.GITHUB_TOKEN }}',
    });
    expect(login?.if).toBe("github.event_name != 'pull_request'");
  });

  it('tags from semver git tags and from the commit SHA', () => {
    const [meta] = stepByAction('docker/metadata-action');
    const rules = String(meta?.with?.tags).trim().split('\n');
    expect(rules).toEqual(
      expect.arrayContaining([
        'type=semver,pattern={{version}}',
        'type=semver,pattern={{major}}.{{minor}}',
        'type=sha',
      ]),
    );
  });

  it('scans a loaded build and fails on critical findings before anything is pushed', () => {
    const names = steps.map((step) => step.uses?.split('@')[0]);
    const scanAt = names.indexOf('aquasecurity/trivy-action');
    const builds = stepByAction('docker/build-push-action');
    const [scanBuild, pushBuild] = builds;
    expect(names.indexOf('docker/build-push-action')).toBeLessThan(scanAt);
    expect(names.lastIndexOf('docker/build-push-action')).toBeGreaterThan(scanAt);
    expect(scanBuild?.with).toMatchObject({load: true, tags: 'node-app:scan'});
    expect(steps[scanAt]?.with).toMatchObject({
      'image-ref': 'node-app:scan',
      severity: 'CRITICAL',
      'exit-code': '1',
    });
    expect(pushBuild?.with).toMatchObject({
      platforms: 'linux/amd64,linux/arm64',
      push: "${{ github.event_name != 'pull_request' }}",
      tags: '${{ steps.meta.outputs.tags }}',
    });
  });

  it('reads and writes the GitHub Actions cache in every build', () => {
    for (const build of stepByAction('docker/build-push-action'))
      expect(build.with).toMatchObject({'cache-from': 'type=gha', 'cache-to': 'type=gha,mode=max'});
  });

  it('keeps the workflow out of the image (node-app/.dockerignore)', () => {
    const ignore = fs.readFileSync(path.join(root, 'examples/node-app/.dockerignore'), 'utf8');
    expect(ignore.split('\n')).toContain('.github');
  });
});
