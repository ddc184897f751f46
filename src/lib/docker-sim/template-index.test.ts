import {describe, expect, it} from 'vitest';
import {runAll, testEngine} from './test-helpers';

describe('Go template index on a slice', () => {
  it('picks an element by position, as text/template index does', () => {
    const e = testEngine();
    runAll(e, ['docker pull nginx']);
    const digest = e.run("docker image inspect --format '{{index .RepoDigests 0}}' nginx");
    expect(digest.stdout).toMatch(/^nginx@sha256:[0-9a-f]{64}\n$/);
    // The digest reference names the same image.
    const id = e.run("docker image inspect --format '{{.Id}}' nginx").stdout;
    expect(e.run(`docker image inspect --format '{{.Id}}' ${digest.stdout.trim()}`).stdout).toBe(
      id,
    );
  });
});
