import {describe, expect, it} from 'vitest';
import {extractBlocks} from './extract';
import {unlabelledOutputs} from './labels';

const fence = '```';
const noRaw = (): string => {
  throw new Error('no raw imports here');
};
const noFailures = (): undefined => undefined;
const blocks = (...lines: string[]) => extractBlocks(lines.join('\n'), noRaw);

describe('unlabelledOutputs', () => {
  it('accepts the output of a replayed line that passes', () => {
    const chapter = blocks(`${fence}bash`, 'docker ps', fence, '', `${fence}text`, 'x', fence);
    expect(unlabelledOutputs(chapter, noFailures)).toEqual([]);
  });

  it('flags the output of a known-failing line, naming the cause', () => {
    const chapter = blocks(
      `${fence}bash`,
      'ls',
      'docker ps',
      fence,
      '',
      `${fence}text`,
      'x',
      fence,
    );
    const failing = (command: string) => (command === 'docker ps' ? 'output differs' : undefined);
    expect(unlabelledOutputs(chapter, failing)).toEqual([
      {
        line: 6,
        command: 'docker ps',
        reason: 'its line is a known failure (output differs): docker ps',
      },
    ]);
  });

  it('accepts any unchecked output that says it is an example or names its source', () => {
    for (const label of ['example', 'source="docker/cli@v29.0.0 a.go"']) {
      const chapter = blocks(
        `${fence}bash host="tool"`,
        'kind version',
        fence,
        `${fence}text ${label}`,
        'x',
        fence,
      );
      expect(unlabelledOutputs(chapter, noFailures), label).toEqual([]);
    }
  });

  it('flags outputs after host blocks, other shells and blocks without a command', () => {
    const chapter = blocks(
      `${fence}bash host="kernel"`,
      'lsns',
      fence,
      `${fence}text`,
      'x',
      fence,
      `${fence}powershell`,
      'Get-ComputerInfo',
      fence,
      `${fence}txt`,
      'x',
      fence,
      `${fence}bash`,
      '# only a comment',
      fence,
      `${fence}text`,
      'x',
      fence,
    );
    expect(unlabelledOutputs(chapter, noFailures)).toEqual([
      {line: 4, command: 'lsns', reason: 'after a host="kernel" block, which is not replayed'},
      {
        line: 10,
        command: 'Get-ComputerInfo',
        reason: 'after a powershell block, which is not replayed',
      },
      {line: 16, command: '# only a comment', reason: 'after a bash block without a command'},
    ]);
  });

  it('leaves text that does not directly follow a shell block, and plaintext, alone', () => {
    const chapter = blocks(
      `${fence}bash host="tool"`,
      'tree',
      fence,
      'The tree:',
      `${fence}text`,
      'x',
      fence,
      `${fence}bash host="tool"`,
      'tree',
      fence,
      `${fence}plaintext`,
      'a/',
      fence,
    );
    expect(unlabelledOutputs(chapter, noFailures)).toEqual([]);
  });
});
