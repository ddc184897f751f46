import {describe, expect, it} from 'vitest';
import {BASH_OUTPUTS} from './fixtures/bash-outputs.generated';
import {HOST_SHELL_PID} from './host-shell';
import {CONTINUATION_PROMPT} from './index';
import {arithmetic, MAX_LOOP_ROUNDS, parseScript} from './script';
import {plain, testEngine} from './test-helpers';

const PROMPT = 'user@playground:~$ ';

describe('multi-line input', () => {
  it('runs pasted lines in order, each as its own command in the history', () => {
    const e = testEngine();
    const r = e.run('echo one\nfalse\necho two');
    expect(plain(r)).toEqual({stdout: 'one\ntwo\n', stderr: '', exitCode: 0});
    expect(e.state.history).toEqual(['echo one', 'false', 'echo two']);
  });

  it('runs every line of a paste that ends with a newline', () => {
    const e = testEngine();
    expect(e.run('echo a\necho b\n').stdout).toBe('a\nb\n');
    expect(e.prompt()).toBe(PROMPT);
  });

  it('joins a trailing \\ with the next line at the > prompt', () => {
    const e = testEngine();
    expect(e.run('echo one \\')).toMatchObject({stdout: '', pending: true});
    expect(e.prompt()).toBe(CONTINUATION_PROMPT);
    expect(e.run('  two').stdout).toBe('one two\n');
    expect(e.prompt()).toBe(PROMPT);
  });

  it('waits for the next command after &&, || and |', () => {
    const e = testEngine();
    const cases = [
      ['echo a &&', 'a\nb\n'],
      ['false ||', 'b\n'],
      ['echo a |', 'b\n'],
    ];
    for (const [first, printed] of cases) {
      expect(e.run(first!).pending, first).toBe(true);
      expect(e.prompt()).toBe('> ');
      expect(e.run('echo b').stdout).toBe(printed);
    }
  });

  it('runs the complete commands of a paste and keeps an unfinished one waiting', () => {
    const e = testEngine();
    const r = e.run('echo first\nfor x in a b');
    expect(r.stdout).toBe('first\n');
    expect(r.pending).toBe(true);
    expect(e.run('do echo $x; done').stdout).toBe('a\nb\n');
  });

  it('drops a waiting command on cancel (Ctrl+C), and a restore drops it too', () => {
    const e = testEngine();
    e.run('if true');
    expect(e.cancel()).toBe(true);
    expect(e.prompt()).toBe(PROMPT);
    expect(e.cancel()).toBe(false);
    expect(e.run('echo ok').stdout).toBe('ok\n');
    e.run('echo "open');
    expect(e.restore(e.serialize())).toBe(true);
    expect(e.prompt()).toBe(PROMPT);
  });

  it('answers a stray closing word with bash syntax error and status 2', () => {
    const e = testEngine();
    expect(plain(e.run('fi'))).toEqual({
      stdout: '',
      stderr: "bash: syntax error near unexpected token `fi'\n",
      exitCode: 2,
    });
    expect(e.run('do echo x').stderr).toBe("bash: syntax error near unexpected token `do'\n");
    expect(e.run('echo a; ; echo b').stderr).toBe("bash: syntax error near unexpected token `;'\n");
  });
});

describe('here-documents', () => {
  it("writes a Dockerfile with <<'EOF' as typed, line by line at > prompts", () => {
    const e = testEngine();
    expect(e.run("cat > Dockerfile <<'EOF'").pending).toBe(true);
    expect(e.prompt()).toBe('> ');
    e.run('FROM alpine:3.22');
    e.run('');
    e.run('CMD ["echo", "$HOME"]');
    const done = e.run('EOF');
    expect(plain(done)).toEqual({stdout: '', stderr: '', exitCode: 0});
    expect(e.run('cat Dockerfile').stdout).toBe('FROM alpine:3.22\n\nCMD ["echo", "$HOME"]\n');
    expect(e.state.history).toContain(
      'cat > Dockerfile <<\'EOF\'\nFROM alpine:3.22\n\nCMD ["echo", "$HOME"]\nEOF',
    );
  });

  it('takes the whole here-document in one run, as the chapter transcripts send it', () => {
    const e = testEngine();
    e.run('cat > app.txt <<EOF\nhello\nEOF');
    expect(e.run('cat app.txt').stdout).toBe('hello\n');
  });

  it('expands $VAR, $(...) and $((...)) in an unquoted <<EOF, and keeps \\$', () => {
    const e = testEngine();
    e.run('NAME=web');
    expect(e.run('cat <<EOF\n$NAME in $(pwd) has $((2 * 3)) \\$NAME\nEOF').stdout).toBe(
      'web in /home/user has 6 $NAME\n',
    );
  });

  it('strips leading tabs with <<-, also before the delimiter', () => {
    const e = testEngine();
    expect(e.run('cat <<-END\n\tindented\n\t\tdeeper\n\tEND').stdout).toBe('indented\ndeeper\n');
  });

  it('feeds a here-document to a pipeline and a here-string to a command', () => {
    const e = testEngine();
    expect(e.run('cat <<EOF | grep b\na\nb\nEOF').stdout).toBe('b\n');
    expect(e.run('grep x <<< "axb"').stdout).toBe('axb\n');
  });
});

describe('control flow', () => {
  it('runs for loops over words, over $(...) output, and typed over several lines', () => {
    const e = testEngine();
    expect(e.run('for i in 1 2 3; do echo "n=$i"; done').stdout).toBe('n=1\nn=2\nn=3\n');
    e.run('docker run -d --name web1 nginx');
    e.run('docker run -d --name web2 nginx');
    expect(e.run('for c in $(docker ps --format "{{.Names}}"); do echo $c; done').stdout).toBe(
      'web2\nweb1\n',
    );
    expect(e.run('for f in x y')).toMatchObject({pending: true});
    expect(e.run('do')).toMatchObject({pending: true});
    expect(e.run('  echo $f')).toMatchObject({pending: true});
    expect(e.run('done').stdout).toBe('x\ny\n');
  });

  it('counts with while, [ ] and $((...)), and with until', () => {
    const e = testEngine();
    expect(e.run('i=0; while [ $i -lt 3 ]; do echo $i; i=$((i + 1)); done').stdout).toBe(
      '0\n1\n2\n',
    );
    expect(e.run('until [ $i -eq 0 ]; do i=$((i-1)); done; echo $i').stdout).toBe('0\n');
  });

  it('stops a loop that would run forever with a playground note and status 130', () => {
    const e = testEngine();
    const r = e.run('n=0; while true; do n=$((n+1)); done');
    expect(r.stderr).toMatch(/^플레이그라운드 안내: .*반복/);
    expect(r.exitCode).toBe(130);
    expect(e.run('echo $n').stdout).toBe(`${MAX_LOOP_ROUNDS}\n`);
  });

  it('leaves loops with break and continue', () => {
    const e = testEngine();
    expect(
      e.run('for i in 1 2 3 4; do [ $i = 2 ] && continue; [ $i = 4 ] && break; echo $i; done')
        .stdout,
    ).toBe('1\n3\n');
  });

  it('takes the first true branch of if/elif/else', () => {
    const e = testEngine();
    const pick = (n: number): string =>
      e.run(
        `if [ ${n} -gt 10 ]; then echo big; elif [ ${n} -gt 5 ]; then echo mid; else echo small; fi`,
      ).stdout;
    expect([pick(20), pick(7), pick(1)]).toEqual(['big\n', 'mid\n', 'small\n']);
    expect(e.run('if false; then echo no; fi; echo $?').stdout).toBe('0\n');
  });

  it('tests files, strings and numbers like [ and test', () => {
    const e = testEngine();
    e.run('mkdir d && echo x > f');
    const status = (expr: string): number => e.run(expr).exitCode;
    expect(status('[ -f f ]')).toBe(0);
    expect(status('[ -f d ]')).toBe(1);
    expect(status('[ -d d ]')).toBe(0);
    expect(status('test -e nothing')).toBe(1);
    expect(status('[ -z "" ]')).toBe(0);
    expect(status('[ -n "" ]')).toBe(1);
    expect(status('[ abc = abc ]')).toBe(0);
    expect(status('[ abc != abc ]')).toBe(1);
    expect(status('[ ! -d f ]')).toBe(0);
    expect(status('[ 3 -ge 3 ] && [ 2 -le 3 ] && [ 1 -ne 2 ]')).toBe(0);
    expect(plain(e.run('[ a -eq 1 ]'))).toEqual({
      stdout: '',
      stderr: 'bash: [: a: integer expression expected\n',
      exitCode: 2,
    });
    expect(e.run('[ 1 = 1').stderr).toBe("bash: [: missing `]'\n");
  });

  it('reads input a line at a time with read, as in docker ps -q | while read id', () => {
    const e = testEngine();
    e.run('docker run -d --name web1 nginx');
    e.run('docker run -d --name web2 nginx');
    const r = e.run(
      'docker ps --format "{{.Names}} {{.Image}}" | while read name image; do echo "$image:$name"; done',
    );
    expect(r.stdout).toBe('nginx:web2\nnginx:web1\n');
    expect(e.run(`printf 'one\\ntwo' | while read l; do echo $l; done`).stdout).toBe('one\n');
    expect(e.run('read a b <<< "  x  y  z  "; echo "[$a][$b]"').stdout).toBe('[x][y  z]\n');
  });

  it('runs each part of a pipeline in a subshell, so its variables stay inside', () => {
    const e = testEngine();
    expect(e.run('y=0; echo a | { y=1; cat; }; echo $y').stdout).toBe('a\n0\n');
    expect(e.run('echo a | while read l; do z=1; done; echo "[$z]"').stdout).toBe('[]\n');
  });

  it('groups commands with { } and keeps ( ) variables inside', () => {
    const e = testEngine();
    expect(e.run('{ echo a; echo b; } > out; cat out').stdout).toBe('a\nb\n');
    expect(e.run('X=1; (X=2; echo $X); echo $X').stdout).toBe('2\n1\n');
  });
});

describe('expansion and variables', () => {
  it('keeps variables between lines, with export, VAR=$(...) and ${VAR:-default}', () => {
    const e = testEngine();
    e.run('export NAME=web');
    e.run('ID=$(docker run -d --name $NAME nginx)');
    expect(e.run('echo ${#ID} ${MISSING:-none} $NAME').stdout).toBe('64 none web\n');
    expect(e.run('docker inspect -f "{{.Name}}" $ID').stdout).toBe('/web\n');
    e.run('unset NAME');
    expect(e.run('echo "[$NAME]"').stdout).toBe('[]\n');
  });

  it("prints the shell's process id for $$ and computes $((...))", () => {
    const e = testEngine();
    expect(e.run('echo $$').stdout).toBe(`${HOST_SHELL_PID}\n`);
    expect(e.run('echo $((7 / 2)) $((2 ** 10)) $(( (1 + 2) * -3 )) $((5 % 3 == 2))').stdout).toBe(
      '3 1024 -9 1\n',
    );
  });

  it('splits unquoted expansions into words and keeps quoted ones whole', () => {
    const e = testEngine();
    e.run('LIST="a  b"');
    expect(e.run('for w in $LIST; do echo "<$w>"; done').stdout).toBe('<a>\n<b>\n');
    expect(e.run('for w in "$LIST"; do echo "<$w>"; done').stdout).toBe('<a  b>\n');
  });

  it('sends both streams to a file with > file 2>&1, and only stderr with 2>&1 > file', () => {
    const e = testEngine();
    e.run('docker rm nosuch > log 2>&1');
    expect(e.run('cat log').stdout).toContain('No such container: nosuch');
    const r = e.run('docker rm nosuch 2>&1 > log2');
    expect(r.stdout).toContain('No such container: nosuch');
    expect(e.run('cat log2').stdout).toBe('');
    expect(plain(e.run('cat < missing'))).toEqual({
      stdout: '',
      stderr: 'bash: missing: No such file or directory\n',
      exitCode: 1,
    });
  });
});

describe('container shells', () => {
  it('run loops, here-documents and variables in an interactive session', () => {
    const e = testEngine();
    e.run('docker run -it --name box alpine sh');
    e.run('N=2');
    expect(e.run('for i in $N a b; do echo $i; done').stdout).toBe('2\na\nb\n');
    expect(e.run('cat > /tmp/x <<EOF\nn=$N\nEOF').exitCode).toBe(0);
    expect(e.run('cat /tmp/x').stdout).toBe('n=2\n');
    expect(e.run('if [ -f /tmp/x ]; then echo yes; fi').stdout).toBe('yes\n');
    expect(e.run('echo $$').stdout).toBe('1\n');
    e.run('exit');
    expect(e.prompt()).toBe(PROMPT);
  });

  it('runs control flow in sh -c, and exit in a child shell ends only that shell', () => {
    const e = testEngine();
    expect(
      e.run(`docker run --rm alpine sh -c 'i=0; while [ $i -lt 2 ]; do echo $i; i=$((i+1)); done'`)
        .stdout,
    ).toBe('0\n1\n');
    e.run('docker run -it --name box2 alpine sh');
    expect(e.run(`sh -c 'exit 3'; echo $?`).stdout).toBe('3\n');
    expect(e.prompt()).toMatch(/^root@/);
  });
});

describe('words and syntax', () => {
  it('splits words and honours single quotes, double quotes and backslashes', () => {
    const e = testEngine();
    expect(e.run(`printf '<%s>\\n' -e "A=a b" -e 'B=$X' C=c\\ d`).stdout).toBe(
      '<-e>\n<A=a b>\n<-e>\n<B=$X>\n<C=c d>\n',
    );
  });

  it('expands variables and command substitutions, splitting unquoted ones', () => {
    const e = testEngine();
    e.run('A=x');
    expect(e.run(`printf '<%s>' $A \${A}b "$A" $(echo one two); echo`).stdout).toBe(
      '<x><xb><x><one><two>\n',
    );
  });

  it('reports bash syntax errors with status 2', () => {
    const e = testEngine();
    expect(plain(e.run('&& ls'))).toEqual({
      stdout: '',
      stderr: "bash: syntax error near unexpected token `&&'\n",
      exitCode: 2,
    });
    expect(e.run('ls >').stderr).toBe("bash: syntax error near unexpected token `newline'\n");
    expect(e.run('ls > | x').stderr).toBe("bash: syntax error near unexpected token `|'\n");
  });
});

describe('parser and arithmetic', () => {
  it('tells complete, waiting and wrong input apart', () => {
    expect(parseScript('echo hi').kind).toBe('complete');
    for (const open of ['echo "a', "echo 'a", 'echo $(ls', 'ls \\', 'while true', 'if x; then y'])
      expect(parseScript(open).kind, open).toBe('incomplete');
    expect(parseScript('cat <<EOF\nbody').kind).toBe('incomplete');
    expect(parseScript('cat <<EOF\nbody\nEOF').kind).toBe('complete');
    expect(parseScript('done')).toEqual({
      kind: 'error',
      message: "syntax error near unexpected token `done'",
    });
  });

  it('evaluates with C precedence and reports division by zero', () => {
    const vars: Record<string, string> = {a: '4', b: ''};
    const lookup = (name: string): string => vars[name] ?? '';
    expect(arithmetic('1 + 2 * 3', lookup)).toBe(7);
    expect(arithmetic('a * (a - 1) / 2', lookup)).toBe(6);
    expect(arithmetic('b + 1', lookup)).toBe(1);
    expect(arithmetic('a > 3 && a < 5', lookup)).toBe(1);
    expect(() => arithmetic('1 / 0', lookup)).toThrow(/division by 0/);
  });
});

describe('the same as bash (outputs recorded from the installed bash)', () => {
  it.each(BASH_OUTPUTS)('$input', ({input, stdout, stderr, exitCode}) => {
    const r = testEngine().run(input);
    expect({stdout: r.stdout, stderr: r.stderr !== '', exitCode: r.exitCode}).toEqual({
      stdout,
      stderr,
      exitCode,
    });
  });
});
