/**
 * Every output a chapter shows is traceable (STYLE.md, "Code-fence meta words"): a text block
 * after a shell block is checked by the transcript replay, or labelled `example` or
 * `source="repo@tag path"`. Reads the known-failures list instead of replaying again: the
 * transcript test keeps that list equal to the lines that fail.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadChapters} from '../../src/lib/transcript/chapters';
import {extractBlocks, type SourceBlock} from '../../src/lib/transcript/extract';
import {unlabelledOutputs} from '../../src/lib/transcript/labels';
import type {KnownFailure} from '../../src/lib/transcript/report';
import {KNOWN_FAILURES} from './transcripts.known-failures';

const root = path.resolve(__dirname, '../..');

/** `file:line  reason` for each unlabelled output of a chapter. */
function problems(
  doc: string,
  file: string,
  blocks: readonly SourceBlock[],
  known: readonly KnownFailure[],
): {doc: string; command: string; where: string}[] {
  const failing = (command: string) =>
    known.find((k) => k.doc === doc && k.command === command)?.cause;
  return unlabelledOutputs(blocks, failing).map((found) => ({
    doc,
    command: found.command,
    where: `${file}:${found.line}  ${found.reason}`,
  }));
}

describe('output labels checker', () => {
  it('flags the unlabelled outputs of a fixture chapter, and only those', () => {
    const file = 'tests/fixtures/output-labels/chapter.mdx';
    const blocks = extractBlocks(readFileSync(path.join(root, file), 'utf8'), () => '');
    const known = [{doc: 'fixture', command: 'docker system df', cause: 'output differs'}];
    expect(problems('fixture', file, blocks, known).map((p) => p.where)).toEqual([
      `${file}:23  its line is a known failure (output differs): docker system df`,
      `${file}:52  after a host="os-check" block, which is not replayed`,
      `${file}:65  after a powershell block, which is not replayed`,
    ]);
  });
});

describe('every output in docs/ is engine-checked or labelled', () => {
  const found = loadChapters(root).flatMap((chapter) =>
    problems(chapter.id, chapter.file, chapter.blocks, KNOWN_FAILURES),
  );

  it('has no unlabelled output', () => {
    expect(
      found.map((p) => p.where),
      'label each: `example` for an illustration, `source="repo@tag path"` for text from a source',
    ).toEqual([]);
  });
});
