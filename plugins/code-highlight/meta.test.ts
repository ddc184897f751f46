import {describe, expect, it} from 'vitest';
import {HOST_REASONS, parseCodeMeta, type CodeMetaResult} from './meta';

function ok(result: CodeMetaResult) {
  if (!result.ok) throw new Error(`expected valid meta, got: ${result.message}`);
  return result.meta;
}

function failure(result: CodeMetaResult): {word: string; message: string} {
  if (result.ok) throw new Error('expected an error');
  return result;
}

describe('parseCodeMeta', () => {
  it('reads no words as a plain, runnable block', () => {
    for (const meta of [undefined, null, '', '   ']) {
      expect(ok(parseCodeMeta(meta, 'bash'))).toEqual({
        highlightedLines: new Set(),
        output: false,
        example: false,
      });
    }
  });

  it('reads a title in double, single or no quotes', () => {
    expect(ok(parseCodeMeta('title="compose.yaml 파일"', 'yaml')).title).toBe('compose.yaml 파일');
    expect(ok(parseCodeMeta('title=\'a "b"\'', 'yaml')).title).toBe('a "b"');
    expect(ok(parseCodeMeta('title=Dockerfile', 'dockerfile')).title).toBe('Dockerfile');
  });

  it('reads line ranges as 1-based line numbers', () => {
    expect([...ok(parseCodeMeta('{1,3-5}', 'yaml')).highlightedLines]).toEqual([1, 3, 4, 5]);
    expect([...ok(parseCodeMeta('{2}', 'bash')).highlightedLines]).toEqual([2]);
  });

  it('reads showLineNumbers with and without a first number', () => {
    expect(ok(parseCodeMeta('showLineNumbers', 'yaml')).lineNumbersStart).toBe(1);
    expect(ok(parseCodeMeta('showLineNumbers=12', 'yaml')).lineNumbersStart).toBe(12);
    expect(ok(parseCodeMeta('', 'yaml')).lineNumbersStart).toBeUndefined();
  });

  it('reads every host reason on shell blocks', () => {
    for (const reason of HOST_REASONS) {
      expect(ok(parseCodeMeta(`host="${reason}"`, 'bash')).host).toBe(reason);
    }
    expect(ok(parseCodeMeta('host=install', 'powershell')).host).toBe('install');
    expect(ok(parseCodeMeta('host="install"', 'BASH')).host).toBe('install');
  });

  it('reads output, source and example on text blocks', () => {
    expect(ok(parseCodeMeta('output', 'text')).output).toBe(true);
    expect(ok(parseCodeMeta('example', 'text')).example).toBe(true);
    const sourced = ok(
      parseCodeMeta('output source="docker/cli@v29.0.0 cli/command/container/run.go"', 'text'),
    );
    expect(sourced).toMatchObject({
      output: true,
      source: 'docker/cli@v29.0.0 cli/command/container/run.go',
      example: false,
    });
  });

  it('reads all words of one block together', () => {
    expect(ok(parseCodeMeta('title="설치" {2} showLineNumbers host="install"', 'bash'))).toEqual({
      title: '설치',
      highlightedLines: new Set([2]),
      lineNumbersStart: 1,
      host: 'install',
      output: false,
      example: false,
    });
  });

  describe('names the bad word', () => {
    it.each([
      ['an unknown word', 'bash', 'runnable', 'runnable', /unknown meta word runnable/],
      ['a misspelt word', 'bash', 'showLinenumbers', 'showLinenumbers', /unknown meta word/],
      [
        'an unknown host reason',
        'bash',
        'host="docker"',
        'host="docker"',
        /unknown host reason "docker"/,
      ],
      ['a host without a reason', 'bash', 'host', 'host', /host needs a value/],
      [
        'host on a non-shell block',
        'yaml',
        'host="tool"',
        'host="tool"',
        /shell block.*not on yaml/,
      ],
      ['host on a text block', 'text', 'host="kernel"', 'host="kernel"', /not on text/],
      [
        'output on a bash block',
        'bash',
        'output',
        'output',
        /output belongs on a text block, not on bash/,
      ],
      [
        'source on a yaml block',
        'yaml',
        'source="a/b@v1 c"',
        'source',
        /source belongs on a text block/,
      ],
      ['example on a bash block', 'bash', 'example', 'example', /example belongs on a text block/],
      [
        'example on plaintext, which is not output',
        'plaintext',
        'example',
        'example',
        /example belongs on a text block, not on plaintext/,
      ],
      [
        'example with source',
        'text',
        'example source="docker/cli@v29.0.0 a.go"',
        'example',
        /example and source/,
      ],
      ['example with output', 'text', 'output example', 'example', /example and output/],
      [
        'a source without a tag',
        'text',
        'source="docker/cli cli/x.go"',
        'source="docker/cli cli/x.go"',
        /repo@tag path/,
      ],
      ['a flag with a value', 'text', 'output=yes', 'output=yes', /takes no value/],
      ['a reversed range', 'bash', '{3-1}', '{3-1}', /bad line range/],
      ['a zero line', 'bash', '{0}', '{0}', /bad line range/],
      ['a range with a space', 'bash', '{1, 3}', '{1,', /bad line range/],
      ['a range with a letter', 'bash', '{a}', '{a}', /bad line range/],
      ['an unclosed range', 'bash', '{1-2', '{1-2', /bad line range/],
      ['an empty title', 'bash', 'title=""', 'title=""', /title needs a value/],
      ['an unclosed quote', 'bash', 'title="a b', 'title="a', /unclosed quote/],
      ['a word given twice', 'bash', 'title="a" title="b"', 'title="b"', /title is given twice/],
      ['two ranges', 'bash', '{1} {2}', '{2}', /given twice/],
      [
        'a start that is not a number',
        'bash',
        'showLineNumbers=x',
        'showLineNumbers=x',
        /whole number/,
      ],
      ['a stray equals sign', 'bash', '=x', '=x', /cannot read meta word =x/],
    ])('%s', (_case, language, meta, word, message) => {
      const error = failure(parseCodeMeta(meta, language));
      expect(error.word).toBe(word);
      expect(error.message).toMatch(message);
    });
  });
});
