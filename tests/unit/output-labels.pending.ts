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
    doc: 'building-images/build-tag-push',
    command: 'docker tag node-app:1.0 gildong/node-app:latest',
  },
  {doc: 'building-images/build-tag-push', command: 'docker login'},
  {doc: 'building-images/build-tag-push', command: 'docker push gildong/node-app:1.0'},
  {
    doc: 'building-images/build-tag-push',
    command: 'docker buildx imagetools inspect gildong/node-app:1.0',
  },
  {doc: 'building-images/practice-static-site', command: 'curl -I http://localhost:8080/'},
  {doc: 'building-images/practice-node', command: 'npm test'},
  {
    doc: 'building-images/practice-node',
    command: 'curl "http://localhost:3000/api/greet?name=%EA%B3%A0%EB%9E%98"',
  },
  {doc: 'building-images/practice-node', command: 'docker logs greeter'},
  {doc: 'building-images/practice-java', command: 'curl http://localhost:8080/healthz'},
  {doc: 'building-images/practice-java', command: 'docker images java-app'},
  {doc: 'building-images/practice-python', command: 'curl http://localhost:8000/notes'},
  {doc: 'building-images/practice-advanced', command: 'docker ps --filter name=small'},
  {
    doc: 'building-images/practice-advanced',
    command: "docker inspect --format '{{json .State.Health.Status}}' small",
  },
  {doc: 'building-images/good-images', command: 'docker history node-app:1.0'},
  {doc: 'compose-cluster/podman', command: 'podman unshare cat /proc/self/uid_map'},
];
