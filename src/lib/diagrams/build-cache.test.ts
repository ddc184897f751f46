import {describe, expect, it} from 'vitest';
import {
  DOCKERFILES,
  SCENARIOS,
  installRuns,
  logLines,
  rebuiltCount,
  simulateBuild,
  summarize,
} from './build-cache';

const statuses = (order: 'good' | 'naive', change: Parameters<typeof simulateBuild>[1]) =>
  simulateBuild(order, change).map((r) => r.status);

describe('build cache invalidation', () => {
  it('with nothing changed every build step is CACHED', () => {
    expect(statuses('good', {kind: 'none'})).toEqual([
      'cached',
      'cached',
      'cached',
      'cached',
      'cached',
      'config',
    ]);
    expect(rebuiltCount(simulateBuild('naive', {kind: 'none'}))).toBe(0);
  });

  it('good order: a source change reruns only COPY . . and keeps npm ci cached', () => {
    const results = simulateBuild('good', {kind: 'files', files: ['src/server.js']});
    expect(results.map((r) => r.status)).toEqual([
      'cached',
      'cached',
      'cached',
      'cached',
      'rebuilt',
      'config',
    ]);
    expect(installRuns(results)).toBe(false);
  });

  it('naive order: a source change invalidates COPY . . and therefore npm ci', () => {
    const results = simulateBuild('naive', {kind: 'files', files: ['src/server.js']});
    expect(results.map((r) => r.status)).toEqual([
      'cached',
      'cached',
      'rebuilt',
      'rebuilt',
      'config',
    ]);
    expect(installRuns(results)).toBe(true);
    expect(results[3]!.reason).toContain('앞 단계');
  });

  it('good order: package.json change reruns the manifest copy, npm ci and everything after', () => {
    expect(statuses('good', {kind: 'files', files: ['package.json']})).toEqual([
      'cached',
      'cached',
      'rebuilt',
      'rebuilt',
      'rebuilt',
      'config',
    ]);
  });

  it('a new base image invalidates every step', () => {
    for (const order of ['good', 'naive'] as const) {
      const results = simulateBuild(order, {kind: 'base'});
      expect(results.filter((r) => r.status === 'cached')).toHaveLength(0);
    }
  });

  it('editing a line invalidates that line and all later ones, not earlier ones', () => {
    const results = simulateBuild('good', {kind: 'instruction', index: 3});
    expect(results.map((r) => r.status)).toEqual([
      'cached',
      'cached',
      'cached',
      'rebuilt',
      'rebuilt',
      'config',
    ]);
    expect(results[3]!.reason).toContain('이 줄');
  });

  it('editing the config-only CMD line rebuilds no layer', () => {
    const results = simulateBuild('good', {kind: 'instruction', index: 5});
    expect(rebuiltCount(results)).toBe(0);
  });

  it('numbers build steps like BuildKit ([1/5] …) and prints CACHED lines', () => {
    const lines = logLines(simulateBuild('good', {kind: 'files', files: ['src/server.js']}));
    expect(lines).toEqual([
      '=> CACHED [1/5] FROM docker.io/library/node:24-alpine',
      '=> CACHED [2/5] WORKDIR /app',
      '=> CACHED [3/5] COPY package.json package-lock.json ./',
      '=> CACHED [4/5] RUN npm ci --omit=dev',
      '=> [5/5] COPY . .',
    ]);
    expect(logLines(simulateBuild('naive', {kind: 'none'}))[3]).toBe(
      '=> CACHED [4/4] RUN npm ci --omit=dev',
    );
  });

  it('summaries name the order, the scenario and whether npm ci runs', () => {
    const source = SCENARIOS.find((s) => s.id === 'source')!;
    expect(summarize('good', source.label, simulateBuild('good', source.change))).toBe(
      '좋은 순서, 소스 코드만 변경: 5단계 중 1단계 다시 실행, npm ci는 캐시를 씁니다.',
    );
    expect(summarize('naive', source.label, simulateBuild('naive', source.change))).toBe(
      '순진한 순서, 소스 코드만 변경: 4단계 중 2단계 다시 실행, npm ci가 다시 실행됩니다.',
    );
  });

  it('both Dockerfiles start from the same pinned base and end with an exec-form CMD', () => {
    for (const steps of Object.values(DOCKERFILES)) {
      expect(steps[0]!.text).toBe('FROM node:24-alpine');
      expect(steps[steps.length - 1]!.text).toMatch(/^CMD \[/);
    }
  });
});
