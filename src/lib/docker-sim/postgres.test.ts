import {describe, expect, it} from 'vitest';
import {
  alignedTable,
  displayWidth,
  psql,
  serverVersion,
  splitStatements,
  type PgData,
} from './postgres';
import {runAll, testEngine} from './test-helpers';
import * as V from './vfs';

const RUN_DB = (name: string, volume: string): string =>
  `docker run -d --name ${name} -e POSTGRES_PASSWORD=pw -v ${volume}:/var/lib/postgresql postgres:18`;

describe('psql output format (fe_utils/print.c, aligned, border 1)', () => {
  it('centres headers, right-aligns numbers, leaves the last text column unpadded', () => {
    expect(
      alignedTable(
        ['id', 'body'],
        [true, false],
        [
          ['1', 'hi'],
          ['10', 'longer text'],
        ],
      ),
    ).toBe(' id |    body     \n----+-------------\n  1 | hi\n 10 | longer text\n(2 rows)\n\n');
  });
  it('counts Hangul as two columns and says "1 row"', () => {
    expect(displayWidth('첫 메모')).toBe(7);
    expect(alignedTable(['body'], [false], [['첫 메모']])).toBe(
      '  body   \n---------\n 첫 메모\n(1 row)\n\n',
    );
  });
  it('splits statements at semicolons outside quotes and keeps backslash commands', () => {
    expect(splitStatements("INSERT INTO t VALUES ('a;b'); \\dt\nSELECT 1")).toEqual([
      "INSERT INTO t VALUES ('a;b');",
      '\\dt',
      'SELECT 1',
    ]);
  });
  it('prints the Debian build version as psql does', () => {
    expect(serverVersion('18.6-1.pgdg13+2')).toBe('18.6 (Debian 18.6-1.pgdg13+2)');
    expect(serverVersion('17.11')).toBe('17.11');
  });
});

describe('postgres in a container keeps its tables in the data volume', () => {
  it('a second container on the same volume sees what the first inserted', () => {
    const e = testEngine();
    runAll(e, ['docker volume create keep', RUN_DB('one', 'keep')]);
    expect(
      e.run(
        `docker exec one psql -U postgres -c 'CREATE TABLE note (id serial PRIMARY KEY, body text);'`,
      ).stdout,
    ).toBe('CREATE TABLE\n');
    expect(
      e.run(`docker exec one psql -U postgres -c "INSERT INTO note (body) VALUES ('a'), ('b');"`)
        .stdout,
    ).toBe('INSERT 0 2\n');
    runAll(e, ['docker rm -f one', RUN_DB('two', 'keep')]);
    const r = e.run(`docker exec two psql -U postgres -c 'SELECT * FROM note;'`);
    expect(r.stdout).toBe(' id | body \n----+------\n  1 | a\n  2 | b\n(2 rows)\n\n');
    // The data is a file in the volume, not in the container.
    const vol = e.state.volumes.find((v) => v.name === 'keep')!;
    expect(V.isFile(vol.files, '/18/docker/playground-sql.json')).toBe(true);
  });

  it('a container on another volume has no such table: ERROR with the position, exit 1', () => {
    const e = testEngine();
    runAll(e, [
      RUN_DB('one', 'first'),
      `docker exec one psql -U postgres -c 'CREATE TABLE note (id int);'`,
      RUN_DB('other', 'second'),
    ]);
    const r = e.run(`docker exec other psql -U postgres -c 'SELECT * FROM note;'`);
    expect(r.stderr).toBe(
      'ERROR:  relation "note" does not exist\nLINE 1: SELECT * FROM note;\n                      ^\n',
    );
    expect(r.exitCode).toBe(1);
  });

  it('only the POSTGRES_USER role and existing databases connect', () => {
    const e = testEngine();
    runAll(e, [
      'docker run -d --name db -e POSTGRES_PASSWORD=pw -e POSTGRES_USER=app -e POSTGRES_DB=shop postgres:18',
    ]);
    expect(e.run('docker exec db psql -U postgres -c "SELECT 1"').stderr).toContain(
      'FATAL:  role "postgres" does not exist',
    );
    expect(e.run('docker exec db psql -U app -d nope -c "SELECT 1"').stderr).toContain(
      'FATAL:  database "nope" does not exist',
    );
    expect(e.run('docker exec db psql -U app -d shop -c "SELECT 1"').stdout).toBe(
      ' ?column? \n----------\n        1\n(1 row)\n\n',
    );
  });

  it('\\dt lists the tables of the database', () => {
    const e = testEngine();
    runAll(e, [RUN_DB('db', 'v'), `docker exec db psql -U postgres -c 'CREATE TABLE t (id int);'`]);
    expect(e.run(`docker exec db psql -U postgres -c '\\dt'`).stdout).toBe(
      '        List of relations\n Schema | Name | Type  |  Owner   \n--------+------+-------+----------\n public | t    | table | postgres\n(1 row)\n\n',
    );
  });

  it('statements on stdin run one after another; an error names <stdin> and the rest still runs', () => {
    let saved: PgData | null = null;
    const server = {
      user: 'postgres',
      databases: ['postgres'],
      pgVersion: '18.6-1.pgdg13+2',
      store: {load: () => saved, save: (d: PgData) => void (saved = d)},
    };
    const r = psql(
      server,
      ['-U', 'postgres'],
      'SELECT * FROM t;\nCREATE TABLE t (id int);\n\\q\nDROP TABLE t;\n',
    );
    expect(r.stderr).toMatch(/^psql:<stdin>:1: ERROR: {2}relation "t" does not exist\n/);
    expect(r.stdout).toBe('CREATE TABLE\n');
    expect(r.exitCode).toBe(0);
    // \q ended the script before DROP TABLE.
    expect(Object.keys(saved!.databases.postgres!.tables)).toEqual(['t']);
  });

  it('pg_dump > file writes the tables to a host file; -Fc starts with PGDMP', () => {
    const e = testEngine();
    runAll(e, [
      RUN_DB('db', 'v'),
      `docker exec db psql -U postgres -c "CREATE TABLE t (id int, name text); INSERT INTO t VALUES (1, 'x');"`,
      'docker exec db pg_dump -U postgres -Fc postgres > db.dump',
      'docker exec db pg_dump -U postgres postgres > db.sql',
    ]);
    expect(e.run('cat db.dump').stdout.startsWith('PGDMP')).toBe(true);
    const plain = e.run('cat db.sql').stdout;
    expect(plain).toContain('COPY public.t (id, name) FROM stdin;\n1\tx\n\\.\n');
  });
});
