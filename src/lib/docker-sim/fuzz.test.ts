import {describe, expect, it} from 'vitest';
import {CLI_REFERENCE} from './fixtures/cli-reference.generated';
import {createEngine, type Engine} from './index';
import {nextRandom, type RngState} from './rng';

const WORDS = [
  // docker events, psql and redis-cli at their prompts
  'events',
  '--since',
  '--until',
  '10m',
  '0s',
  '2026-11-23T09:00:00Z',
  '--filter',
  'type=container',
  'event=die',
  'label=a',
  '{{.Actor.Attributes.name}}',
  '{{json .}}',
  'redis-cli',
  'SET k v',
  'GET',
  'KEYS *',
  'quit',
  '\\q',
  'SELECT 1;',
  'INSERT INTO t',
  '-U',
  'postgres',
  // buildx imagetools, compose ps --format, build secrets, postgres init files
  'buildx',
  'imagetools',
  'inspect',
  'alpine:latest',
  'compose',
  'ps',
  '--format',
  'json',
  'table {{.Name}}\\t{{.State}}',
  '{{.Publishers}}',
  '{{json .Labels}}',
  '--secret',
  'id=npmrc,src=$HOME/.npmrc',
  '/docker-entrypoint-initdb.d',
  'CREATE TABLE IF NOT EXISTS t (a TEXT DEFAULT now());',
  'psql',
  // questions (prune's y/N, login's name and password)
  'prune',
  'builder',
  'system',
  'login',
  'logout',
  '-u',
  '--password-stdin',
  'localhost:5000',
  'y',
  'N',
  // networking
  'ping',
  'wget',
  'nslookup',
  'getent',
  'hosts',
  'curl',
  '-qO-',
  'http://web/',
  'web:81',
  'localhost:8080',
  '-c',
  '2',
  '--network',
  'app',
  'host',
  'none',
  '--network-alias',
  '--add-host',
  'host.docker.internal:host-gateway',
  'host.docker.internal',
  'network',
  'create',
  'connect',
  'disconnect',
  '127.0.0.1:8080:80',
  'python:3.13',
  'python',
  '-m',
  'http.server',
  '--bind',
  '127.0.0.1',
  '/etc/hosts',
  '/etc/resolv.conf',
  'docker',
  'run',
  '-d',
  '-it',
  '--rm',
  '--name',
  'web',
  '-p',
  '8080:80',
  '80',
  '-e',
  'A=1',
  '-v',
  'data:/data',
  '/x',
  'nginx',
  'alpine',
  'ubuntu',
  'hello-world',
  'postgres',
  'redis',
  'busybox',
  'sh',
  'bash',
  'exit',
  'ls',
  'cat',
  'echo',
  '&&',
  '||',
  ';',
  '|',
  '>',
  '>>',
  '"',
  "'",
  '\\',
  '$HOME',
  '-f',
  '-a',
  '-q',
  '--format',
  '{{.Names}}',
  '{{json .}}',
  '{{',
  '}}',
  'ps',
  'rm',
  'rmi',
  'stop',
  'start',
  'logs',
  'exec',
  'volume',
  'network',
  'compose',
  'swarm',
  'init',
  'service',
  'create',
  'scale',
  'web=0',
  'stack',
  'deploy',
  '-c',
  'up',
  'down',
  'build',
  '.',
  'save',
  '-o',
  'x.tar',
  'load',
  '-i',
  'cd',
  'mkdir',
  'printf',
  '%s',
  'clear',
  'help',
  'history',
  '--',
  '-',
  '',
  ' ',
  // shell language
  'for',
  'in',
  'do',
  'done',
  'while',
  'until',
  'if',
  'then',
  'elif',
  'else',
  'fi',
  '{',
  '}',
  '(',
  ')',
  '!',
  '[',
  ']',
  'test',
  '-eq',
  '-lt',
  '=',
  '-z',
  'i=0',
  '$i',
  '$((i+1))',
  '$((1/0))',
  '$(( ',
  '$$',
  '${X:-d}',
  'export',
  'X=$(docker ps -q)',
  '<<EOF',
  "<<'EOF'",
  '<<-EOF',
  'EOF',
  '<<<',
  'break',
  'continue',
  '\\',
  '\n',
  'Ω',
  '한글',
  '\u0000',
  '\t',
];

function randomLine(rng: RngState): string {
  const kind = nextRandom(rng);
  if (kind < 0.1) {
    let s = '';
    const n = Math.floor(nextRandom(rng) * 60);
    for (let i = 0; i < n; i++) s += String.fromCharCode(Math.floor(nextRandom(rng) * 0x3000));
    return s;
  }
  if (kind < 0.12)
    return (
      'docker run '.repeat(200) + '"'.repeat(Math.floor(nextRandom(rng) * 3)) + 'x'.repeat(30000)
    );
  if (kind < 0.5) {
    const paths = Object.keys(CLI_REFERENCE);
    const path = paths[Math.floor(nextRandom(rng) * paths.length)];
    const ref = CLI_REFERENCE[path];
    const parts = ['docker', path];
    const n = Math.floor(nextRandom(rng) * 5);
    for (let i = 0; i < n; i++) {
      const f = ref.flags[Math.floor(nextRandom(rng) * Math.max(1, ref.flags.length))];
      if (f && nextRandom(rng) < 0.7)
        parts.push(nextRandom(rng) < 0.5 && f.short ? `-${f.short}` : `--${f.long}`);
      parts.push(WORDS[Math.floor(nextRandom(rng) * WORDS.length)]);
    }
    return parts.join(' ');
  }
  if (kind < 0.56) {
    // A well-formed program of the shell language around random commands.
    const word = (): string => WORDS[Math.floor(nextRandom(rng) * WORDS.length)];
    const body = `${word()} ${word()} ${word()}`;
    const programs = [
      `for x in ${word()} ${word()}; do ${body}; done`,
      `i=0\nwhile [ $i -lt 3 ]; do\n  ${body}\n  i=$((i+1))\ndone`,
      `if ${body}; then echo yes; elif [ -d ${word()} ]; then ${body}; else echo no; fi`,
      `cat > f.txt <<EOF\n${body} $i\nEOF`,
      `until ${body}; do break; done`,
      `X=$(${body}) && echo "$X" | grep -c . || echo $?`,
      // A command that asks, answered by the lines after it.
      `docker ${word()} prune ${word()}\n${word()}\n${body}`,
      `docker login ${word()}\n${word()}\n${word()}\n${body}`,
      // A program at its own prompt, typed to, then left (or not).
      `docker run -d --name db -e POSTGRES_PASSWORD=pw postgres\ndocker exec -it db psql -U postgres\n${word()}\n${body}\n\\q`,
      `docker run -d --name cache redis\ndocker exec -it cache redis-cli ${word()}\n${body}\n${word()}`,
      `docker events --since ${word()} ${word()} ${word()}`,
    ];
    return programs[Math.floor(nextRandom(rng) * programs.length)];
  }
  const n = 1 + Math.floor(nextRandom(rng) * 8);
  const separator = nextRandom(rng);
  return Array.from({length: n}, () => WORDS[Math.floor(nextRandom(rng) * WORDS.length)]).join(
    separator < 0.75 ? ' ' : separator < 0.9 ? '' : '\n',
  );
}

function checkConsistency(engine: Engine): void {
  const s = engine.state;
  const names = s.containers.map((c) => c.name);
  expect(new Set(names).size).toBe(names.length);
  const ids = s.containers.map((c) => c.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const c of s.containers) {
    expect(
      s.images.some((i) => i.id === c.imageId),
      `image of ${c.name}`,
    ).toBe(true);
    for (const m of c.mounts)
      if (m.type === 'volume')
        expect(
          s.volumes.some((v) => v.name === m.name),
          `volume ${m.name}`,
        ).toBe(true);
    for (const n of Object.keys(c.networks))
      expect(
        s.networks.some((x) => x.name === n),
        `network ${n}`,
      ).toBe(true);
  }
  const tags = s.images.flatMap((i) => i.repoTags);
  expect(new Set(tags).size).toBe(tags.length);
  const live = s.containers.filter((c) => c.state === 'running' || c.state === 'paused');
  const ports = live.flatMap((c) => c.ports.map((p) => `${p.hostPort}/${p.proto}`));
  expect(new Set(ports).size).toBe(ports.length);
  if (s.session) expect(s.containers.some((c) => c.id === s.session?.containerId)).toBe(true);
  expect((s.events ?? []).length).toBeLessThanOrEqual(256);
}

describe('fuzzing the engine', () => {
  it('survives 12,000 random and malformed lines without throwing, hanging or corrupting state', () => {
    const rng: RngState = {seed: 12345};
    let t = Date.parse('2026-11-23T10:00:00Z');
    const engine = createEngine({seed: 99, now: () => (t += 777)});
    const started = Date.now();
    for (let i = 0; i < 12000; i++) {
      const line = randomLine(rng);
      const r = engine.run(line);
      expect(typeof r.stdout).toBe('string');
      expect(typeof r.stderr).toBe('string');
      expect(Number.isInteger(r.exitCode)).toBe(true);
      expect(
        r.stderr.includes('플레이그라운드 내부 오류'),
        `internal error on ${JSON.stringify(line.slice(0, 200))}: ${r.stderr.slice(0, 300)}`,
      ).toBe(false);
      // A line left open waits at the > prompt: the next lines continue it, or Ctrl+C drops it.
      if (r.pending) {
        expect(engine.prompt()).toBe('> ');
        if (nextRandom(rng) < 0.5) expect(engine.cancel()).toBe(true);
      }
      // A program that asks shows its question as the prompt; the next line answers, or Ctrl+C.
      if (r.awaiting) {
        expect(engine.prompt()).toBe(r.awaiting.prompt);
        if (nextRandom(rng) < 0.3) expect(engine.cancel()).toBe(true);
      }
      if (i % 500 === 0) {
        checkConsistency(engine);
        const copy = createEngine({state: engine.serialize()});
        expect(copy.serialize()).toBe(engine.serialize());
        engine.complete(line);
        engine.snapshot();
      }
    }
    checkConsistency(engine);
    expect(Date.now() - started).toBeLessThan(20000);
  }, 30000);
});
