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
  {doc: 'compose-cluster/compose-intro', command: 'docker compose version'},
  {doc: 'compose-cluster/compose-commands', command: 'docker compose ps'},
  {doc: 'compose-cluster/compose-commands', command: 'docker compose logs -f web'},
  {
    doc: 'compose-cluster/compose-commands',
    command:
      'docker compose exec db psql -U app -d guestbook -c "SELECT author, body FROM entries;"',
  },
  {doc: 'compose-cluster/compose-commands', command: 'docker compose down'},
  {
    doc: 'compose-cluster/compose-practice',
    command: 'docker volume ls --filter label=com.docker.compose.project=compose-app',
  },
  {doc: 'compose-cluster/orchestration', command: 'docker swarm init'},
  {doc: 'compose-cluster/podman', command: 'podman unshare cat /proc/self/uid_map'},
];
