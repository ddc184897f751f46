/**
 * Review findings of parts 3–5 (../shared/reviews/content-findings.md, issue 21) that were fixed
 * in the chapters: each row names the statement that was wrong and fails if it comes back.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {commandMap} from '../../src/data/command-map';

const root = path.resolve(__dirname, '../..');
const PARTS = ['docs/03-docker-basics', 'docs/04-building-images', 'docs/05-compose-cluster'];

/** A chapter by its slug (the URL's last part), whatever number prefix orders it. */
function chapter(part: string, slug: string): string {
  const dir = path.join(root, part);
  const file = readdirSync(dir).find((f) => f.replace(/^\d+-/, '') === `${slug}.mdx`);
  if (!file) throw new Error(`no chapter ${slug} in ${part}`);
  return readFileSync(path.join(dir, file), 'utf8');
}

const allChapters = (): [string, string][] =>
  PARTS.flatMap((part) =>
    readdirSync(path.join(root, part))
      .filter((f) => f.endsWith('.mdx'))
      .map((f): [string, string] => [
        `${part}/${f}`,
        readFileSync(path.join(root, part, f), 'utf8'),
      ]),
  );

/** The `bash` blocks of a chapter, joined: the commands a reader copies. */
const bashBlocks = (mdx: string): string =>
  [...mdx.matchAll(/```bash[^\n]*\n([\s\S]*?)```/g)].map((m) => m[1]).join('\n');

describe('errata of parts 3–5 stay fixed', () => {
  it('A1: no command reads the top-level NetworkSettings.IPAddress removed in API 1.52', () => {
    for (const [name, mdx] of allChapters()) {
      expect(bashBlocks(mdx), name).not.toContain('{{.NetworkSettings.IPAddress}}');
    }
  });

  it('A2: the shell-form explanation names the shells and no longer says sh is always PID 1', () => {
    const basics = chapter('docs/04-building-images', 'dockerfile-basics');
    expect(basics).toContain('BusyBox ash');
    expect(basics).toContain('dash');
    expect(basics).toContain('--init');
    expect(basics).not.toContain('대신 컨테이너의 PID 1이 `node`가 아니라 `sh`가 됩니다');
    const node = chapter('docs/04-building-images', 'practice-node');
    expect(node).not.toContain('`CMD`를 shell 형식으로 바꿔 빌드해 보면 이 줄이 나오지 않고');
    expect(node).toContain('sh -c "node src/server.js; :"');
  });

  it('A3: Docker Hub pull limits are per 6 hours, not per hour', () => {
    for (const [name, mdx] of allChapters()) {
      expect(mdx, name).not.toMatch(/시간당 (?:10|100)회/);
    }
    expect(chapter('docs/03-docker-basics', 'docker-hub-practice')).toContain('6시간에 100회');
  });

  it('A4: no Bitnami image as the Verified Publisher example', () => {
    expect(chapter('docs/03-docker-basics', 'docker-hub-practice')).not.toContain('bitnami/');
  });

  it('A5: "port is already allocated" is blamed on another container, not another program', () => {
    const hub = chapter('docs/03-docker-basics', 'docker-hub-practice');
    expect(hub).not.toMatch(/다른 프로그램이 8080번을 쓰고 있으면 `docker run`이 `Bind for/);
    expect(hub).toMatch(/port is already allocated`: \*\*다른 컨테이너\*\*/);
  });

  it('C: the Hub practice waits for postgres before running psql in db2', () => {
    const commands = bashBlocks(chapter('docs/03-docker-basics', 'docker-hub-practice')).split(
      '\n',
    );
    const start = commands.findIndex((c) => c.startsWith('docker run -d --name db2 '));
    const psql = commands.findIndex((c) => c.startsWith('docker exec -it db2 psql'));
    expect(start).toBeGreaterThanOrEqual(0);
    expect(commands.slice(start + 1, psql)).toContain('docker logs -f db2');
  });

  it('A7: `docker compose scale` is not said to be missing from Compose V2', () => {
    expect(chapter('docs/05-compose-cluster', 'compose-intro')).toContain(
      'docker compose scale web=3',
    );
    const scale = commandMap.find((row) => row.id === 'compose-scale')!;
    expect(scale.current).toContain('docker compose scale');
    expect(scale.why).not.toContain('옮겨 오지 않았습니다');
  });

  it('A8: Compose v5 is not said to work exactly like v2 (it builds through Bake)', () => {
    const intro = chapter('docs/05-compose-cluster', 'compose-intro');
    expect(intro).not.toContain('v5의 기능은 v2와 같고');
    expect(intro).toContain('Bake');
  });

  it('A30: the GraphDriver template is not offered as the way to see the layers on Engine 29', () => {
    const layers = chapter('docs/03-docker-basics', 'images-and-layers');
    expect(bashBlocks(layers)).not.toContain('.GraphDriver');
    expect(bashBlocks(layers)).toContain('docker run -d --name web nginx');
  });

  it('A31: the docker version sample is not the 28.2.2 no-daemon output on an Engine 29 page', () => {
    const arch = chapter('docs/03-docker-basics', 'architecture');
    expect(arch).not.toMatch(/```text\nClient:[^`]*Cannot connect to the Docker daemon/);
    expect(arch).toContain('1.55 (minimum version 1.40)');
  });

  it('A32: the bind-mount bullet no longer says host paths must be absolute', () => {
    expect(chapter('docs/03-docker-basics', 'data-storage')).not.toContain(
      '호스트 경로는 절대 경로여야 합니다',
    );
  });

  it('A33: the 2014 docker history sample is gone and the backup section says where db comes from', () => {
    const backup = chapter('docs/03-docker-basics', 'backup-and-move');
    expect(backup).not.toContain('Added Apache to Fedora base image');
    expect(backup).toContain('07-docker-hub-practice.mdx#postgres');
  });

  it('A35: the Python chapter explains why gunicorn binds 0.0.0.0', () => {
    expect(chapter('docs/04-building-images', 'practice-python')).toContain(
      '`--bind 0.0.0.0:8000`',
    );
  });

  it('A36: no Dockerfile block puts a comment after an instruction', () => {
    for (const [name, mdx] of allChapters()) {
      for (const [, block] of mdx.matchAll(/```dockerfile[^\n]*\n([\s\S]*?)```/g)) {
        const inline = block!
          .split('\n')
          .filter((line) => /^[A-Z]+\s.*\s#\s/.test(line) && !/^RUN\s/.test(line));
        expect(inline, name).toEqual([]);
      }
    }
  });

  it('A37: the compose-app copies its watched sources owned by the container user', () => {
    const dockerfile = readFileSync(path.join(root, 'examples/compose-app/web/Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^COPY --chown=node:node src \.\/src$/m);
    expect(dockerfile.indexOf('COPY --chown=node:node')).toBeLessThan(
      dockerfile.indexOf('USER node'),
    );
  });

  it("A38: redis's VOLUME /data is named, not 'no volume, so counts vanish on down'", () => {
    const practice = chapter('docs/05-compose-cluster', 'compose-practice');
    expect(practice).not.toContain('Redis에는 볼륨을 붙이지 않았으므로');
    expect(practice).toContain('VOLUME /data');
  });

  it('A39: readinessProbe is not called the counterpart of HEALTHCHECK', () => {
    const orchestration = chapter('docs/05-compose-cluster', 'orchestration');
    expect(orchestration).not.toContain('`readinessProbe`가 Dockerfile의 `HEALTHCHECK`에 해당');
    expect(orchestration).toContain('livenessProbe');
  });

  it('A40: one spelling of snapshotter (스냅숏터) in the chapters and the command map', () => {
    for (const [name, mdx] of allChapters()) expect(mdx, name).not.toContain('스냅샷');
    for (const row of commandMap) expect(row.why, row.id).not.toContain('스냅샷');
  });

  it('C: parts 3–5 do not use 돌다 for "runs" (it reads as 돕다)', () => {
    for (const [name, mdx] of allChapters()) {
      expect(mdx, name).not.toMatch(/돕니다|잘 도는지|돌고 있는|컨테이너를 돌립니다/);
    }
  });
});
