import {describe, expect, it} from 'vitest';
import {parseDocker, parseFlags} from './cli';
import {CLI_REFERENCE_29 as CLI_REFERENCE} from './fixtures/cli-reference-29';
import {plain, testEngine} from './test-helpers';

const paths = Object.keys(CLI_REFERENCE).filter((p) => p !== '');

describe('docker CLI parsing against the installed client 28.2.2', () => {
  for (const path of paths) {
    const ref = CLI_REFERENCE[path];
    it(`docker ${path} --help prints the recorded help`, () => {
      const r = testEngine().run(`docker ${path} --help`);
      expect(r.stdout).toBe(ref.help.stdout);
      expect(r.exitCode).toBe(ref.help.exitCode);
    });
    if (ref.unknownFlag && !path.endsWith('build')) {
      const rec = ref.unknownFlag;
      it(`docker ${path} --bogus fails like the real client`, () => {
        const r = testEngine().run(`docker ${path} --bogus`);
        expect(plain(r)).toEqual({stdout: rec.stdout, stderr: rec.stderr, exitCode: rec.exitCode});
      });
    }
    for (const [n, rec] of Object.entries(ref.argErrors)) {
      it(`docker ${path} with ${n} argument(s) fails like the real client`, () => {
        const args = Array.from({length: Number(n)}, (_, i) => `zz${i}`).join(' ');
        const r = testEngine().run(`docker ${path} ${args}`.trim());
        expect(plain(r)).toEqual({stdout: rec.stdout, stderr: rec.stderr, exitCode: rec.exitCode});
      });
    }
  }

  it('leaves out the legacy builder banner that buildx users never see', () => {
    const r = testEngine().run('docker build --bogus');
    expect(
      r.stderr.startsWith('unknown flag: --bogus\n\nUsage:  docker build [OPTIONS] PATH | URL | -'),
    ).toBe(true);
    expect(r.stderr).not.toContain('DEPRECATED');
  });

  it('parses combined shorthand flags and values like pflag', () => {
    const ref = CLI_REFERENCE.run;
    const r = parseFlags(
      ref,
      ['-dit', '-p8080:80', '--name=web', '-e', 'A=1', 'nginx', '-x'],
      false,
    );
    expect(r.error).toBeNull();
    expect(r.flags).toMatchObject({
      detach: ['true'],
      interactive: ['true'],
      tty: ['true'],
      publish: ['8080:80'],
      name: ['web'],
      env: ['A=1'],
    });
    expect(r.args).toEqual(['nginx', '-x']);
  });

  it('stops flag parsing at the image for run, but not for ps', () => {
    const run = parseDocker(['run', 'alpine', 'ls', '-l']);
    expect(run.kind === 'command' && run.cmd.args).toEqual(['alpine', 'ls', '-l']);
    const ps = parseDocker(['ps', '-a', '--format', '{{.Names}}']);
    expect(ps.kind === 'command' && ps.cmd.flags.format).toEqual(['{{.Names}}']);
  });

  it('treats docker -h as deprecated help with the real notice', () => {
    const r = testEngine().run('docker ps -h');
    expect(
      r.stdout.startsWith(
        'Flag shorthand -h has been deprecated, use --help\nUsage:  docker ps [OPTIONS]',
      ),
    ).toBe(true);
  });

  it('rejects an unknown top-level command with exit code 1', () => {
    const r = testEngine().run('docker frobnicate');
    expect(plain(r)).toEqual({
      stdout: '',
      stderr:
        "docker: unknown command: docker frobnicate\n\nRun 'docker --help' for more information\n",
      exitCode: 1,
    });
  });
});
