import {describe, expect, it} from 'vitest';
import {INTERACTIVE_ROWS} from './fixtures/interactive-outputs';
import {shownAnswer} from './commands/prompts';
import {runAll, templateToRegExp, testEngine} from './test-helpers';
import {createEngine} from './engine';

describe('commands that ask (fixtures/interactive-outputs.ts)', () => {
  it('has a source and a verification note on every row', () => {
    for (const row of INTERACTIVE_ROWS) {
      expect(row.source.trim().length, row.id).toBeGreaterThan(10);
      expect(row.verified.trim().length, row.id).toBeGreaterThan(10);
    }
  });

  for (const row of INTERACTIVE_ROWS) {
    it(`matches: ${row.id}`, () => {
      const engine = testEngine();
      runAll(engine, row.setup);
      let run = engine.run(row.line);
      let shown = run.chunks.map((c) => c.text).join('');
      for (const answer of row.answers) {
        expect(run.awaiting, `${row.id}: a question before "${answer}"`).toBeDefined();
        shown += shownAnswer(run.awaiting!, answer);
        run = engine.run(answer);
        shown += run.chunks.map((c) => c.text).join('');
      }
      expect(run.awaiting, `${row.id}: no question left`).toBeUndefined();
      expect(shown).toMatch(templateToRegExp(row.shown));
      expect(run.exitCode).toBe(row.exitCode);
    });
  }
});

describe('the input protocol', () => {
  it('asks, and the prompt is the question until it is answered', () => {
    const e = testEngine();
    const r = e.run('docker system prune');
    expect(r.awaiting).toEqual({
      kind: 'confirm',
      prompt: 'Are you sure you want to continue? [y/N] ',
    });
    expect(e.prompt()).toBe('Are you sure you want to continue? [y/N] ');
    expect(e.awaiting()).toEqual(r.awaiting);
    e.run('y');
    expect(e.awaiting()).toBeNull();
    expect(e.prompt()).toBe('user@playground:~$ ');
  });

  it('prunes only after y: N and Ctrl+C leave everything, -f does not ask', () => {
    const e = testEngine();
    e.run('docker run hello-world');
    e.run('docker container prune');
    e.run('n');
    expect(e.state.containers).toHaveLength(1);
    e.run('docker container prune');
    expect(e.cancel()).toBe(true);
    expect(e.state.lastExit).toBe(0);
    expect(e.state.containers).toHaveLength(1);
    expect(e.run('docker container prune -f').awaiting).toBeUndefined();
    expect(e.state.containers).toHaveLength(0);
  });

  it('reads the answer from a pipe and asks nothing', () => {
    const e = testEngine();
    e.run('docker run hello-world');
    const r = e.run('echo y | docker container prune');
    expect(r.awaiting).toBeUndefined();
    expect(e.state.containers).toHaveLength(0);
  });

  it('asks only when the command is alone on its line; otherwise a note says how to answer', () => {
    const e = testEngine();
    e.run('docker run hello-world');
    const r = e.run('docker container prune && echo done');
    expect(r.awaiting).toBeUndefined();
    expect(r.stderr).toContain('플레이그라운드 안내: ');
    expect(e.state.containers).toHaveLength(1);
  });

  it('answers a paste line by line: the command, then its answers, then the next command', () => {
    const e = testEngine();
    const r = e.run('docker login -u kim\nsecret\ndocker logout');
    expect(r.stdout).toContain('Login Succeeded\n');
    expect(r.stdout).toContain('Removing login credentials for https://index.docker.io/v1/\n');
    expect(r.awaiting).toBeUndefined();
  });

  it('keeps answers and passwords out of history and saved sessions', () => {
    const e = testEngine();
    e.run('docker login');
    e.run('kim');
    const asked = e.awaiting();
    expect(asked?.kind).toBe('password');
    e.run('hunter2-secret');
    expect(e.state.auth['docker.io']).toBe('kim');
    expect(e.state.history).toEqual(['docker login']);
    expect(e.serialize()).not.toContain('hunter2-secret');
  });

  it('never saves a half-answered question: a restored session is at the shell prompt', () => {
    const e = testEngine();
    e.run('docker login -u kim');
    const saved = e.serialize();
    const again = createEngine({state: saved});
    expect(again.awaiting()).toBeNull();
    expect(again.prompt()).toBe('user@playground:~$ ');
    expect(e.restore(saved)).toBe(true);
    expect(e.awaiting()).toBeNull();
  });

  it('deletes the build cache with builder prune', () => {
    const e = testEngine();
    runAll(e, ['cd examples/node-app', 'docker build -t node-app:1.0 .']);
    expect(e.state.buildCacheSize).toBeGreaterThan(0);
    e.run('docker builder prune');
    e.run('y');
    expect(e.state.buildCacheSize).toBe(0);
  });
});

describe('programs at their own prompt (psql, redis-cli in docker exec -it)', () => {
  it('keeps what psql wrote in the database, which a later psql -c sees', () => {
    const e = testEngine();
    e.run('docker run -d --name db -e POSTGRES_PASSWORD=pw postgres');
    const r = e.run('docker exec -it db psql -U postgres');
    expect(r.awaiting).toEqual({kind: 'line', prompt: 'postgres=# '});
    expect(e.prompt()).toBe('postgres=# ');
    e.run('CREATE TABLE t (a text);');
    expect(e.run("INSERT INTO t VALUES ('x')").awaiting?.prompt).toBe('postgres-# ');
    e.run(';');
    expect(e.run('\\q').awaiting).toBeUndefined();
    expect(e.prompt()).toBe('user@playground:~$ ');
    expect(e.run("docker exec db psql -U postgres -c 'SELECT a FROM t'").stdout).toBe(
      ' a \n---\n x\n(1 row)\n\n',
    );
    // The exec process ended when psql did (moby daemon/monitor.go exec_die).
    expect(e.run('docker events --since 1h --until 0s -f event=exec_die').stdout).toMatch(
      /container exec_die [0-9a-f]{64} \(execID=[0-9a-f]{64}, exitCode=0, image=postgres, name=db\)\n$/,
    );
  });

  it('names the database of -d in the prompt, and refuses an unknown role before any prompt', () => {
    const e = testEngine();
    e.run('docker run -d --name db -e POSTGRES_PASSWORD=pw -e POSTGRES_DB=shop postgres');
    expect(e.run('docker exec -it db psql -U postgres -d shop').awaiting?.prompt).toBe('shop=# ');
    expect(e.run('exit').awaiting).toBeUndefined();
    const r = e.run('docker exec -it db psql -U nobody');
    expect(r.awaiting).toBeUndefined();
    expect(r.stdout).toContain('FATAL:  role "nobody" does not exist');
    expect(r.exitCode).toBe(2);
  });

  it('keeps redis keys in the data volume, and prints replies raw without a terminal', () => {
    const e = testEngine();
    e.run('docker run -d --name cache -v cachedata:/data redis');
    e.run('docker exec -it cache redis-cli');
    e.run('SET user:1 "Kim Gildong"');
    expect(e.run('quit').awaiting).toBeUndefined();
    expect(e.run('docker exec cache redis-cli GET user:1').stdout).toBe('Kim Gildong\n');
    expect(e.run('docker exec -it cache redis-cli GET user:1').stdout).toBe('"Kim Gildong"\n');
    expect(e.run('docker exec cache redis-cli GET nope').stdout).toBe('\n');
    // sdscatrepr quotes a value and escapes its quotes and line breaks on a terminal.
    e.run(`docker exec cache redis-cli SET quote 'say "hi"'`);
    expect(e.run('docker exec -it cache redis-cli GET quote').stdout).toBe('"say \\"hi\\""\n');
    e.run('docker rm -f cache');
    e.run('docker run -d --name again -v cachedata:/data redis');
    expect(e.run('docker exec again redis-cli EXISTS user:1').stdout).toBe('1\n');
  });

  it('asks only on a terminal: without -t, or inside a pipe, no prompt is held', () => {
    const e = testEngine();
    e.run('docker run -d --name cache redis');
    expect(e.run('docker exec -i cache redis-cli').awaiting).toBeUndefined();
    expect(e.run('docker exec -it cache redis-cli && echo done').awaiting).toBeUndefined();
    expect(e.run('docker exec -it cache redis-cli').awaiting?.prompt).toBe('127.0.0.1:6379> ');
    expect(e.cancel()).toBe(true);
    expect(e.prompt()).toBe('user@playground:~$ ');
  });
});
