/**
 * Files in and out of archives: host tar/gzip/cp/mv, volume backups through a helper container,
 * `docker save | gzip` then `docker load`, and the small host tools (sleep, time, newgrp).
 */
import {describe, expect, it} from 'vitest';
import {archiveMembers, gzipText, isGzip} from './archive';
import type {Engine} from './index';
import {runAll, testEngine} from './test-helpers';

function engineWith(lines: readonly string[]): Engine {
  const e = testEngine();
  runAll(e, lines);
  return e;
}

const hostFile = (e: Engine, path: string): string | undefined => e.state.host.files[path];

describe('tar and gzip on the host', () => {
  it('packs a directory, lists it, and unpacks it after the original is gone', () => {
    const e = engineWith([
      'mkdir -p site/css',
      'echo hi > site/index.html',
      'echo a > site/css/a.css',
    ]);
    expect(e.run('tar czf site.tgz site').exitCode).toBe(0);
    expect(isGzip(hostFile(e, '/home/user/site.tgz')!)).toBe(true);
    expect(e.run('tar -tf site.tgz').stdout).toBe(
      'site/\nsite/css/\nsite/css/a.css\nsite/index.html\n',
    );
    e.run('rm -r site');
    expect(e.run('tar xzf site.tgz').exitCode).toBe(0);
    expect(hostFile(e, '/home/user/site/css/a.css')).toBe('a\n');
  });

  it('fails as GNU tar does without an archive name or with a missing member', () => {
    const e = testEngine();
    expect(e.run('tar cf').stderr).toBe(
      "tar: Old option 'f' requires an argument.\nTry 'tar --help' or 'tar --usage' for more information.\n",
    );
    const r = e.run('tar czf x.tgz nope');
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('tar: nope: Cannot stat: No such file or directory');
    expect(e.run('echo text > plain && tar -tf plain').stderr).toContain(
      'This does not look like a tar archive',
    );
  });

  it('gzip replaces the file with FILE.gz and gunzip brings it back', () => {
    const e = engineWith(['echo data > notes.txt']);
    expect(e.run('gzip notes.txt').exitCode).toBe(0);
    expect(hostFile(e, '/home/user/notes.txt')).toBeUndefined();
    expect(hostFile(e, '/home/user/notes.txt.gz')).toBe(gzipText('data\n'));
    expect(e.run('gunzip notes.txt.gz').exitCode).toBe(0);
    expect(hostFile(e, '/home/user/notes.txt')).toBe('data\n');
    expect(e.run('gzip nope').stderr).toBe('gzip: nope: No such file or directory\n');
  });

  it('cp copies, cp -r copies trees, mv moves', () => {
    const e = engineWith(['mkdir d', 'echo 1 > d/one']);
    expect(e.run('cp d e').stderr).toBe("cp: -r not specified; omitting directory 'd'\n");
    runAll(e, ['cp -r d e', 'cp d/one two', 'mv two three']);
    expect(hostFile(e, '/home/user/e/one')).toBe('1\n');
    expect(hostFile(e, '/home/user/two')).toBeUndefined();
    expect(hostFile(e, '/home/user/three')).toBe('1\n');
    expect(e.run('mv nope x').stderr).toBe("mv: cannot stat 'nope': No such file or directory\n");
  });
});

describe('volume backup and restore through a helper container', () => {
  it('tars a volume into a bind-mounted folder and restores it into a new volume', () => {
    const e = engineWith([
      'docker volume create data1',
      'docker run --rm -v data1:/data alpine sh -c "echo kept > /data/a.txt"',
    ]);
    const backup = e.run(
      'docker run --rm -v data1:/data -v "$(pwd)":/backup alpine tar czf /backup/data1.tgz -C /data .',
    );
    expect(backup.exitCode).toBe(0);
    expect(backup.stderr).toBe('');
    expect(archiveMembers(hostFile(e, '/home/user/data1.tgz')!.replace(/^[^\n]*\n/, ''))).toEqual([
      './',
      './a.txt',
    ]);
    runAll(e, [
      'docker volume create data2',
      'docker run --rm -v data2:/data -v "$(pwd)":/backup alpine tar xzf /backup/data1.tgz -C /data',
    ]);
    const restored = e.state.volumes.find((v) => v.name === 'data2')!;
    expect(restored.files.files['/a.txt']).toBe('kept\n');
  });
});

describe('docker save, gzip and docker load', () => {
  it('loads a gzip-compressed image archive back', () => {
    const e = engineWith(['docker pull busybox', 'docker save -o b.tar busybox', 'gzip b.tar']);
    e.run('docker rmi busybox');
    expect(e.state.images).toHaveLength(0);
    const r = e.run('docker load -i b.tar.gz');
    expect(r.stdout).toBe('Loaded image: busybox:latest\n');
    expect(e.state.images[0]!.repoTags).toEqual(['busybox:latest']);
  });

  it('lists an exported file system without the leading slash', () => {
    const e = engineWith(['docker run --name tmp alpine true', 'docker export -o fs.tar tmp']);
    const listed = e.run('tar -tf fs.tar | head -3').stdout.split('\n');
    expect(listed[0]).toBe('.dockerenv');
    expect(listed[1]).not.toMatch(/^\//);
  });
});

describe('small host tools', () => {
  it('sleep returns at once and rejects a bad interval', () => {
    const e = testEngine();
    expect(e.run('sleep 10').exitCode).toBe(0);
    expect(e.run('sleep soon').stderr).toContain("sleep: invalid time interval 'soon'");
  });

  it('time runs the command and prints the times on stderr', () => {
    const e = testEngine();
    const r = e.run('time echo hi');
    expect(r.stdout).toBe('hi\n');
    expect(r.stderr).toBe('\nreal\t0m0.000s\nuser\t0m0.000s\nsys\t0m0.000s\n');
    expect(r.exitCode).toBe(0);
  });

  it('newgrp docker starts a shell quietly', () => {
    expect(testEngine().run('newgrp docker')).toMatchObject({stdout: '', exitCode: 0});
  });

  it('ps aux in an Ubuntu container prints the BSD columns with bash as PID 1', () => {
    const e = engineWith(['docker run -it ubuntu bash']);
    const lines = e.run('ps aux').stdout.split('\n');
    expect(lines[0]).toBe(
      'USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND',
    );
    expect(lines[1]).toMatch(/^root +1 .* bash$/);
    expect(lines[2]).toMatch(/ ps aux$/);
  });
});
