import {describe, expect, it} from 'vitest';
import {runAll, templateToRegExp, testEngine} from '../../src/lib/docker-sim/test-helpers';
import {BASIC_TOPICS} from './basics';
import {NETWORK_TOPICS} from './networks';

describe('beginner topics beyond networks replay in the playground', () => {
  it('makes at least 40 topics with networks.ts, each with a source and a unique id', () => {
    const all = [...NETWORK_TOPICS, ...BASIC_TOPICS];
    expect(all.length).toBeGreaterThanOrEqual(40);
    for (const t of all) expect(t.source.length, t.id).toBeGreaterThan(10);
    expect(new Set(all.map((t) => t.id)).size).toBe(all.length);
  });

  for (const topic of BASIC_TOPICS) {
    it(topic.id, () => {
      const engine = testEngine();
      runAll(engine, topic.lines.slice(0, -1));
      const r = engine.run(topic.lines[topic.lines.length - 1]!);
      if (topic.expect.stdout !== undefined)
        expect(r.stdout).toMatch(templateToRegExp(topic.expect.stdout));
      if (topic.expect.stderr !== undefined)
        expect(r.stderr).toMatch(templateToRegExp(topic.expect.stderr));
      expect(r.exitCode).toBe(topic.expect.exitCode);
    });
  }
});
