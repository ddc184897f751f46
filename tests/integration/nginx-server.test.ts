// @vitest-environment node
// How the tests start nginx (tests/e2e/nginx-server.ts): as root, nginx runs as nobody and
// serves a world-readable copy of the site, so a clone in a private directory (/root, mode 700)
// still works; not as root, it runs as the tests' user; and when nginx cannot read its root,
// starting fails at once with the reason instead of serving 403s to browser tests that time out.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {
  asNginxUser,
  defaultNginxUser,
  startNginx,
  testConfig,
  UNPRIVILEGED_ID,
  writeTestConfig,
} from '../e2e/nginx-server';

const REPO = path.resolve(__dirname, '../..');
const cspInclude = `add_header Content-Security-Policy "default-src 'self'" always;\n`;
const cleanup: string[] = [];

afterEach(() => {
  for (const dir of cleanup.splice(0)) {
    fs.chmodSync(dir, 0o700);
    fs.rmSync(dir, {recursive: true, force: true});
  }
});

/** A small site inside a directory only its owner may enter, like a clone in /root. */
function privateSite(): string {
  const privateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dg-private-'));
  cleanup.push(privateDir);
  const site = path.join(privateDir, 'site');
  fs.mkdirSync(path.join(site, 'docs'), {recursive: true});
  fs.writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>home</title><p>home');
  fs.writeFileSync(path.join(site, 'docs', 'intro.html'), '<!doctype html><p>intro');
  fs.chmodSync(path.join(site, 'index.html'), 0o600);
  fs.chmodSync(privateDir, 0o700);
  return site;
}

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;
const servedRoot = (conf: string) => /^\s*root (\S+);/m.exec(conf)![1];

describe('the nginx test configuration', () => {
  it('runs nginx as nobody when the tests are root, else as the tests themselves', () => {
    expect(defaultNginxUser()).toBe(process.getuid?.() === 0 ? 'unprivileged' : 'self');
  });

  it('for nobody, serves a world-readable copy of the site from outside the repository', () => {
    const site = privateSite();
    const config = writeTestConfig({root: site, port: 18081, cspInclude, user: 'unprivileged'});
    cleanup.push(config.dir);
    const conf = fs.readFileSync(config.confPath, 'utf8');
    expect(servedRoot(conf)).toBe(config.root);
    expect(config.root).not.toBe(site);
    expect(config.root.startsWith(REPO)).toBe(false);
    expect(config.root.startsWith(path.dirname(site))).toBe(false);
    // Every directory from / down to the copy is open to others, and so is every file in it.
    for (let dir = config.root; dir !== path.dirname(dir); dir = path.dirname(dir))
      expect(modeOf(dir) & 0o005, dir).toBe(0o005);
    expect(modeOf(path.join(config.root, 'index.html'))).toBe(0o644);
    expect(modeOf(path.join(config.root, 'docs'))).toBe(0o755);
    expect(fs.readFileSync(path.join(config.root, 'docs', 'intro.html'), 'utf8')).toContain(
      'intro',
    );
    const [command, args] = asNginxUser(config, '/usr/sbin/nginx', ['-t']);
    expect(command).toMatch(/setpriv$/);
    expect(args).toEqual(expect.arrayContaining([`--reuid=${UNPRIVILEGED_ID}`, '/usr/sbin/nginx']));
  });

  it('for the tests’ own user, serves the site in place and switches no user', () => {
    const site = privateSite();
    const config = writeTestConfig({root: site, port: 18082, cspInclude, user: 'self'});
    cleanup.push(config.dir);
    const conf = fs.readFileSync(config.confPath, 'utf8');
    expect(servedRoot(conf)).toBe(site);
    expect(conf).not.toMatch(/^\s*user\s/m);
    expect(asNginxUser(config, '/usr/sbin/nginx', ['-t'])).toEqual(['/usr/sbin/nginx', ['-t']]);
  });

  it('passes `nginx -t` as the user the tests run nginx as, with a site in a private directory', () => {
    const config = writeTestConfig({root: privateSite(), port: 18083, cspInclude});
    cleanup.push(config.dir);
    const {status, output} = testConfig(config);
    expect(output).not.toMatch(/\[(warn|emerg)\]/);
    expect(status).toBe(0);
  });

  it('serves a site from a private directory (as root: through the copy)', async () => {
    const server = await startNginx({root: privateSite(), cspInclude});
    try {
      const response = await fetch(`${server.url}/docs/intro`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('intro');
    } finally {
      await server.stop();
    }
  });

  it('fails at once, saying why, when nginx cannot read its root', async () => {
    // As root the copy lands in a private temporary directory (TMPDIR under /root); otherwise
    // the site itself sits in a directory its owner has closed.
    const closed = fs.mkdtempSync(path.join(os.tmpdir(), 'dg-closed-'));
    cleanup.push(closed);
    const site = path.join(closed, 'site');
    fs.mkdirSync(site);
    fs.writeFileSync(path.join(site, 'index.html'), '<!doctype html><p>home');
    const asRoot = process.getuid?.() === 0;
    fs.chmodSync(closed, asRoot ? 0o700 : 0o000);
    const started = Date.now();
    await expect(
      startNginx({root: site, cspInclude, ...(asRoot ? {parentDir: closed} : {})}),
    ).rejects.toThrow(/nginx cannot read its root: .*index\.html is not readable by/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
