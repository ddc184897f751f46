import {describe, expect, it} from 'vitest';
import {commandsOf} from './commands';

describe('commandsOf', () => {
  it('gives one command per line', () => {
    expect(commandsOf('docker run hello-world\ndocker ps -a\n')).toEqual([
      'docker run hello-world',
      'docker ps -a',
    ]);
  });

  it('joins backslash continuations into one line', () => {
    expect(commandsOf('docker run -d \\\n  --name web \\\n  -p 8080:80 nginx\ndocker ps')).toEqual([
      'docker run -d --name web -p 8080:80 nginx',
      'docker ps',
    ]);
  });

  it('skips blank lines and comments, but keeps a # inside a command', () => {
    expect(commandsOf('# 목록을 봅니다\n\n   \ndocker ps --filter "label=a#b"\n  # 끝\n')).toEqual([
      'docker ps --filter "label=a#b"',
    ]);
  });

  it('keeps an escaped backslash at the end of a line as part of the command', () => {
    expect(commandsOf('echo a\\\\\necho b')).toEqual(['echo a\\\\', 'echo b']);
  });

  it('reads Windows line ends and a continuation left open at the end', () => {
    expect(commandsOf('docker ps\r\ndocker images \\')).toEqual(['docker ps', 'docker images']);
  });

  it('keeps a here-document with its command, blank and # lines included', () => {
    expect(
      commandsOf("cat > Dockerfile <<'EOF'\n# base\nFROM alpine\n\nEOF\ndocker build .\n"),
    ).toEqual(["cat > Dockerfile <<'EOF'\n# base\nFROM alpine\n\nEOF", 'docker build .']);
    expect(commandsOf('cat <<-END\n\tx\n\tEND\necho after')).toEqual([
      'cat <<-END\n\tx\n\tEND',
      'echo after',
    ]);
  });
});
