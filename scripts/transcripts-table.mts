// Replays every chapter (src/lib/transcript) and writes the results table into
// docs-dev/transcripts.md. With --known-failures it also rewrites the known-failures list from
// this run. The test (tests/unit/transcripts.test.ts) fails when either is out of date.
// Run: npx tsx scripts/transcripts-table.mts [--known-failures]
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import * as prettier from 'prettier';
import {TRANSCRIPT_START_STATES} from '../src/data/transcript-start-states';
import {
  renderKnownFailures,
  transcriptReport,
  type TranscriptReport,
} from '../src/lib/transcript/report';
import {renderCauses, renderTable, withTable} from '../src/lib/transcript/table';
import {KNOWN_FAILURES} from '../tests/unit/transcripts.known-failures';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const TABLE_DOC = path.join(root, 'docs-dev/transcripts.md');
export const KNOWN_FAILURES_FILE = path.join(root, 'tests/unit/transcripts.known-failures.ts');

/** The chapter table and the failure causes, as kept between the markers of the doc. */
export function renderResults(report: TranscriptReport): string {
  const causes = report.chapters.flatMap(({results}) =>
    results.flatMap((r) => r.causes.map((c) => c.replace(/^(renamed: )?exit \d+$/, '$1exit ≠ 0'))),
  );
  return [
    renderTable(report.rows),
    '',
    'Failing lines by cause (a line may have several):',
    '',
    renderCauses(causes),
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const listing = process.argv.includes('--known-failures');
  const report = transcriptReport(root, TRANSCRIPT_START_STATES, listing ? [] : KNOWN_FAILURES);
  const results = renderResults(
    listing ? transcriptReport(root, TRANSCRIPT_START_STATES, report.failures) : report,
  );
  writeFileSync(TABLE_DOC, withTable(readFileSync(TABLE_DOC, 'utf8'), results));
  console.log(results);
  if (listing) {
    const options = await prettier.resolveConfig(KNOWN_FAILURES_FILE);
    const text = await prettier.format(renderKnownFailures(report.failures), {
      ...options,
      filepath: KNOWN_FAILURES_FILE,
    });
    writeFileSync(KNOWN_FAILURES_FILE, text);
    console.log(`wrote ${report.failures.length} known failures`);
  }
}
