// Outputs in parts 4 and 5 that are neither checked by the transcript replay nor labelled yet:
// those chapters' owners label them (`example` or `source="repo@tag path"`), or the engine learns
// the line. tests/unit/output-labels.test.ts fails on an unlabelled output not listed here and on
// a listed one that is labelled or checked now, so this list only shrinks. Keyed like the
// known-failures list: doc id and the last command of the block before the output.
export interface PendingLabel {
  readonly doc: string;
  readonly command: string;
}

export const PENDING_LABELS: readonly PendingLabel[] = [
  {
    doc: 'building-images/practice-advanced',
    command: "docker inspect --format '{{json .State.Health.Status}}' small",
  },
];
