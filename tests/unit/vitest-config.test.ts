/**
 * The unit project's module sharing depends on a root setting: Vitest 3 creates each pool from
 * the root config, so a project's own `isolate: false` alone still gave every file a new worker
 * (docs-dev/test-times.md, session 10).
 */
import {describe, expect, it} from 'vitest';
import type {TestProjectInlineConfiguration} from 'vitest/config';
import config from '../../vitest.config';

const projects = (config.test?.projects ?? []) as TestProjectInlineConfiguration[];
const poolOf = (project: TestProjectInlineConfiguration) => project.test?.pool ?? 'forks';

describe('vitest.config.ts', () => {
  it('runs the unit project in the threads pool, which the root config keeps unisolated', () => {
    const unit = projects.find((project) => project.test?.name === 'unit');
    expect(unit?.test?.pool).toBe('threads');
    expect(unit?.test?.isolate).toBe(false);
    expect(config.test?.poolOptions?.threads?.isolate).toBe(false);
  });

  it('puts no other project in the threads pool, whose files would share modules too', () => {
    const threaded = projects.filter((project) => poolOf(project) === 'threads');
    expect(threaded.map((project) => project.test?.name)).toEqual(['unit']);
  });
});
