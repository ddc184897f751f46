import {describe, expect, it} from 'vitest';
import {testEngine} from './test-helpers';

describe('the Engine API on /var/run/docker.sock', () => {
  it('GET /version answers system.VersionResponse JSON that agrees with docker version', () => {
    const e = testEngine();
    const r = e.run('curl --unix-socket /var/run/docker.sock http://localhost/version');
    expect(r.exitCode).toBe(0);
    expect(r.stdout.endsWith('}\n')).toBe(true);
    const v = JSON.parse(r.stdout) as Record<string, unknown>;
    // Field order of the Go struct (json.Encoder keeps declaration order).
    expect(Object.keys(v)).toEqual([
      'Platform',
      'Version',
      'ApiVersion',
      'MinAPIVersion',
      'Os',
      'Arch',
      'Components',
      'GitCommit',
      'GoVersion',
      'KernelVersion',
      'BuildTime',
    ]);
    const server = e.run('docker version').stdout.split('Server:')[1]!;
    expect(server).toContain(`  Version:          ${String(v.Version)}\n`);
    expect(server).toContain(
      `  API version:      ${String(v.ApiVersion)} (minimum version ${String(v.MinAPIVersion)})`,
    );
    expect(
      e.run('curl --unix-socket /var/run/docker.sock http://localhost/v1.55/version').stdout,
    ).toBe(r.stdout);
  });

  it('another socket path is not there: curl exits 7', () => {
    const e = testEngine();
    expect(e.run('curl --unix-socket /tmp/none.sock http://localhost/version').exitCode).toBe(7);
  });
});
