import {describe, expect, it} from 'vitest';
import {CURL_VERSION_TEXT} from './nettools';
import {runAll, testEngine} from './test-helpers';

describe('apt-get and apk install packages into the container', () => {
  it('apt-get install needs apt-get update first, then the program runs in that container only', () => {
    const e = testEngine();
    runAll(e, ['docker run -it --name u1 ubuntu:24.04 bash']);
    expect(e.run('curl --version').exitCode).toBe(127);
    const before = e.run('apt-get install -y curl');
    expect(before.stderr).toBe('E: Unable to locate package curl\n');
    expect(before.exitCode).toBe(100);
    const r = e.run('apt-get update && apt-get install -y curl');
    expect(r.stdout).toContain('Get:1 http://archive.ubuntu.com/ubuntu noble InRelease\n');
    expect(r.stdout).toContain(
      'The following NEW packages will be installed:\n  curl\n0 upgraded, 1 newly installed, 0 to remove and 0 not upgraded.\n',
    );
    expect(e.state.containers.find((c) => c.name === 'u1')!.installed).toEqual(['curl']);
    expect(e.run('curl --version').stdout).toBe(CURL_VERSION_TEXT);
    runAll(e, ['exit']);
    // The package is in u1's writable layer: a commit keeps it, a fresh container has none.
    expect(e.run('docker run --rm ubuntu:24.04 which curl').exitCode).toBe(1);
    runAll(e, ['docker commit u1 with-curl']);
    expect(e.run('docker run --rm with-curl which curl').stdout).toBe('/usr/bin/curl\n');
  });

  it('apk add installs known packages and names unknown ones as apk does', () => {
    const e = testEngine();
    runAll(e, ['docker run -d --name al alpine sleep 1000']);
    const bad = e.run('docker exec al apk add nosuchpkg');
    expect(bad.stderr).toBe(
      'ERROR: unable to select packages:\n  nosuchpkg (no such package):\n    required by: world[nosuchpkg]\n',
    );
    expect(bad.exitCode).toBe(1);
    expect(e.run('docker exec al apk add curl').stdout).toMatch(
      /^fetch https:\/\/dl-cdn\.alpinelinux\.org\/alpine\/v3\.\d+\/main\/x86_64\/APKINDEX\.tar\.gz\n.*\n\(1\/1\) Installing curl\n$/,
    );
    expect(e.state.containers.find((c) => c.name === 'al')!.installed).toEqual(['curl']);
    expect(e.run('docker exec al curl --version').exitCode).toBe(0);
  });
});
