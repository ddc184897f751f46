import {describe, expect, it} from 'vitest';
import {runAll, templateToRegExp, testEngine} from '../../src/lib/docker-sim/test-helpers';
import {NETWORK_TOPICS} from './networks';

describe('beginner network topics replay in the playground', () => {
  it('has at least 10 topics, each with a source', () => {
    expect(NETWORK_TOPICS.length).toBeGreaterThanOrEqual(10);
    for (const t of NETWORK_TOPICS) expect(t.source.length, t.id).toBeGreaterThan(10);
    expect(new Set(NETWORK_TOPICS.map((t) => t.id)).size).toBe(NETWORK_TOPICS.length);
  });

  for (const topic of NETWORK_TOPICS) {
    it(topic.id, () => {
      const engine = testEngine();
      runAll(engine, topic.lines.slice(0, -1));
      const r = engine.run(topic.lines[topic.lines.length - 1]);
      if (topic.expect.stdout !== undefined)
        expect(r.stdout).toMatch(templateToRegExp(topic.expect.stdout));
      if (topic.expect.stderr !== undefined)
        expect(r.stderr).toMatch(templateToRegExp(topic.expect.stderr));
      expect(r.exitCode).toBe(topic.expect.exitCode);
    });
  }
});
