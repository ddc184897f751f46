import fs from 'node:fs';
import path from 'node:path';
import {parse} from 'yaml';
import {describe, expect, it} from 'vitest';
import {
  CACHE_SCENARIOS,
  PIPELINE_STEPS,
  installRuns,
  layerResults,
  pipelineSummary,
  stepCacheNote,
} from './ci-pipeline';

const workflow = parse(
  fs.readFileSync(
    path.resolve(__dirname, '../../../examples/node-app/.github/workflows/docker-publish.yml'),
    'utf8',
  ),
) as {jobs: {image: {steps: {uses?: string; with?: Record<string, unknown>}[]}}};
const workflowSteps = workflow.jobs.image.steps;

describe('the CI pipeline diagram follows the example workflow', () => {
  it('names only actions the workflow uses, in the workflow order', () => {
    const used = workflowSteps.map((step) => step.uses?.split('@')[0]).filter(Boolean);
    const shown = PIPELINE_STEPS.map((step) => step.action).filter(
      (action): action is string => action !== null,
    );
    // Each shown action appears in the workflow, and in the same order.
    let from = 0;
    for (const action of shown) {
      const at = used.indexOf(action, from);
      expect(at, action).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
  });

  it('marks as cache readers and writers exactly the builds that set cache-from and cache-to', () => {
    const cachedBuilds = workflowSteps.filter((step) => step.with?.['cache-from'] === 'type=gha');
    const shown = PIPELINE_STEPS.filter((step) => step.cache === 'read-write');
    expect(shown.length).toBe(cachedBuilds.length);
    expect(shown.map((step) => step.platforms?.join(','))).toEqual([
      'linux/amd64',
      String(cachedBuilds[1]?.with?.platforms),
    ]);
  });

  it('puts the scan gate before the push build', () => {
    const ids = PIPELINE_STEPS.map((step) => step.id);
    expect(PIPELINE_STEPS.find((step) => step.gate)?.id).toBe('scan');
    expect(ids.indexOf('scan')).toBeLessThan(ids.indexOf('push-build'));
  });
});

describe('what a cache hit saves', () => {
  it('runs every build step on the first run', () => {
    const statuses = layerResults('cold')
      .filter((result) => result.status !== 'config')
      .map((result) => result.status);
    expect(statuses).toEqual(['rebuilt', 'rebuilt', 'rebuilt', 'rebuilt', 'rebuilt']);
    expect(installRuns('cold')).toBe(true);
  });

  it('reuses npm ci when only the source changed, and not when package.json changed', () => {
    expect(installRuns('source')).toBe(false);
    expect(installRuns('package')).toBe(true);
    expect(
      layerResults('source')
        .filter((result) => result.status === 'rebuilt')
        .map((result) => result.step.text),
    ).toEqual(['COPY . .']);
  });

  it('describes cache traffic only for the build steps', () => {
    const scan = PIPELINE_STEPS.find((step) => step.id === 'scan-build')!;
    const push = PIPELINE_STEPS.find((step) => step.id === 'push-build')!;
    const login = PIPELINE_STEPS.find((step) => step.id === 'login')!;
    expect(stepCacheNote(login, 'source')).toBeNull();
    expect(stepCacheNote(scan, 'source')).toBe(
      '캐시 읽기: 5단계 중 1단계 실행 · 캐시 쓰기: 새로 만든 레이어',
    );
    expect(stepCacheNote(push, 'cold')).toContain('arm64는 5단계 중 5단계 실행');
  });

  it('sums up each scenario in one sentence', () => {
    for (const scenario of CACHE_SCENARIOS)
      expect(pipelineSummary(scenario.id).startsWith(`${scenario.label}: `)).toBe(true);
    expect(pipelineSummary('source')).toContain('npm ci 레이어를 캐시에서 가져오므로');
    expect(pipelineSummary('package')).toContain('npm ci가 amd64와 arm64');
  });
});
