/**
 * Every command a chapter shows runs in the playground (docs-dev/transcripts.md): each chapter's
 * bash lines are replayed in a fresh engine, as written and with the reader's own names renamed,
 * and every line must behave as real Docker and bash would — or be in the known-failures list.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {TRANSCRIPT_START_STATES} from '../../src/data/transcript-start-states';
import {transcriptReport} from '../../src/lib/transcript/report';
import {markedTotal, tableIn} from '../../src/lib/transcript/table';
import {renderResults, TABLE_DOC} from '../../scripts/transcripts-table.mjs';
import {KNOWN_FAILURES} from './transcripts.known-failures';

const root = path.resolve(__dirname, '../..');
const report = transcriptReport(root, TRANSCRIPT_START_STATES, KNOWN_FAILURES);
const results = renderResults(report);
const REGENERATE = 'npx tsx scripts/transcripts-table.mts --known-failures';

describe('chapter transcripts', () => {
  it('prints the table per chapter', () => {
    console.log(`${results}\n`);
    expect(report.rows.length).toBeGreaterThan(30);
  });

  it('finds only commands in bash blocks: no prompts, no output lines', () => {
    const problems = report.chapters.flatMap(({chapter}) =>
      chapter.script.problems.map((p) => `${chapter.file} ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('has no failing line outside the known-failures list', () => {
    const lines = report.newFailures.map((f) => `${f.doc}: ${f.command}  →  ${f.cause}`);
    expect(
      lines,
      `new failures; fix them (or, only for a deliberate change, run ${REGENERATE})`,
    ).toEqual([]);
  });

  it('lists no line that passes now (the list only shrinks)', () => {
    const lines = report.fixed.map((f) => `${f.doc}: ${f.command}`);
    expect(lines, `these pass now: run ${REGENERATE}`).toEqual([]);
  });

  // Chapters whose subject is another program than Docker: every podman, kind and kubectl line is
  // host="tool" by necessity (the playground imitates Docker), and their files are checked in
  // other ways (manifest schemas, sourced outputs). Counting them would let a chapter about a
  // second tool push Docker chapters' host-only lines out of the cap, or the reverse.
  const OTHER_TOOL_CHAPTERS = new Set(['compose-cluster/podman', 'compose-cluster/kubernetes-lab']);

  it('marks at most 10 % of the command lines of parts 3–5 and the first steps for the host', () => {
    const parts = /^(?:start|docker-basics|building-images|compose-cluster)\//;
    expect(report.rows.map((r) => r.id)).toEqual(expect.arrayContaining([...OTHER_TOOL_CHAPTERS]));
    const rows = report.rows.filter((r) => parts.test(r.id) && !OTHER_TOOL_CHAPTERS.has(r.id));
    const marked = rows.reduce((n, r) => n + markedTotal(r), 0);
    const all = rows.reduce((n, r) => n + r.runnable + markedTotal(r), 0);
    expect(marked / all).toBeLessThanOrEqual(0.1);
  });

  it('keeps the table in docs-dev/transcripts.md up to date', () => {
    expect(
      tableIn(readFileSync(TABLE_DOC, 'utf8')),
      'run npx tsx scripts/transcripts-table.mts',
    ).toBe(results);
  });
});
