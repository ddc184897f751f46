/**
 * The content hash (see `quizVersion`) of quizzes as they were when scores were first saved
 * without a version: main at 0bb8774, before quizzes were versioned. A stored score without a
 * version was made on that quiz, so it stays the current score exactly when the quiz's hash is
 * still the same. Computed by running `quizVersion` on `git show 0bb8774:src/data/quizzes/…`.
 *
 * Only the quizzes that were unchanged when versions came in are listed: a quiz missing here had
 * already changed, so its unversioned scores are earlier attempts for good (and every page
 * carries this map, so it stays small). Permanent: never change or add an entry; remove one only
 * if that quiz is deleted.
 */
export const LEGACY_QUIZ_VERSIONS: Readonly<Record<string, string>> = {
  'containers/build-by-hand': '9614e614',
  'docker-basics/networking': '38f2a426',
  'start/first-container': '54ce40a9',
  'virtualization/history': 'abac3b2f',
  'virtualization/hypervisors': 'a405fd3e',
  'virtualization/os-virtualization': '78ab5510',
  'virtualization/server-virtualization': '3f8f5488',
  'virtualization/virtualization-types': 'dbe01589',
};
