import {describe, expect, it} from 'vitest';
import {createEngine} from './engine';
import {EXAMPLE_FILES} from './fixtures/examples.generated';
import {testEngine} from './test-helpers';

describe('~/examples: the repository examples in every session', () => {
  it('holds every example file, and nothing else is prepared in the home', () => {
    const e = testEngine();
    expect(e.run('ls').stdout).toBe('examples\n');
    expect(e.run('cat examples/node-app/Dockerfile').stdout).toBe(
      EXAMPLE_FILES['node-app/Dockerfile'],
    );
    expect(Object.keys(EXAMPLE_FILES)).toContain('compose-app/compose.yaml');
  });

  it('keeps untouched examples out of a saved session, and the reader’s edits in it', () => {
    const e = testEngine();
    const fresh = e.serialize();
    expect(fresh).not.toContain('node-app/Dockerfile');
    expect(fresh.length).toBeLessThan(2_000);

    e.run('echo changed > ~/examples/node-app/Dockerfile');
    e.run('rm ~/examples/python-app/requirements.txt');
    e.run('echo mine > ~/notes.txt');
    const saved = e.serialize();
    expect(saved).not.toContain('java-app');

    expect(createEngine({state: saved}).serialize()).toBe(saved);
    const copy = createEngine({state: saved});
    expect(copy.run('cat ~/examples/node-app/Dockerfile').stdout).toBe('changed\n');
    expect(copy.run('cat ~/examples/python-app/requirements.txt').exitCode).toBe(1);
    expect(copy.run('cat ~/examples/java-app/pom.xml').stdout).toBe(
      EXAMPLE_FILES['java-app/pom.xml'],
    );
    expect(copy.run('cat ~/notes.txt').stdout).toBe('mine\n');
  });

  it('gives a new session the original files, whatever an earlier session changed', () => {
    const first = testEngine();
    first.run('echo changed > ~/examples/node-app/Dockerfile');
    expect(testEngine().run('cat ~/examples/node-app/Dockerfile').stdout).toBe(
      EXAMPLE_FILES['node-app/Dockerfile'],
    );
  });
});
