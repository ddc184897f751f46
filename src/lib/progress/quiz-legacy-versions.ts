/**
 * The content hash (see `quizVersion`) of every quiz as it was when scores were first saved
 * without a version: main at 0bb8774, before quizzes were versioned. A stored score without a
 * version was made on that quiz, so it stays the current score exactly when the quiz's hash is
 * still the same. Permanent: never change or remove an entry; computed by running `quizVersion`
 * on `git show 0bb8774:src/data/quizzes/<part>/<quiz>.ts`.
 */
export const LEGACY_QUIZ_VERSIONS: Readonly<Record<string, string>> = {
  'building-images/build-tag-push': 'f8477c2c',
  'building-images/dockerfile-basics': '4309b5fc',
  'building-images/good-images': 'df411dab',
  'building-images/practice-advanced': '3b121a7b',
  'building-images/practice-java': '582a6bd0',
  'building-images/practice-node': '97a49f7e',
  'building-images/practice-python': '0c4af6a9',
  'building-images/practice-static-site': 'e573e5e7',
  'compose-cluster/compose-commands': 'de4fb473',
  'compose-cluster/compose-file': '8c249ea5',
  'compose-cluster/compose-intro': '5fd1af35',
  'compose-cluster/compose-practice': 'e71d9780',
  'compose-cluster/orchestration': 'a77b0ca4',
  'compose-cluster/podman': '52cc0e94',
  'containers/build-by-hand': '9614e614',
  'containers/cgroups': '76b16823',
  'containers/limits': '1fcc9831',
  'containers/namespaces': 'e2716a2a',
  'containers/runtimes-and-standards': '6561d8cf',
  'containers/what-is-container': 'b7af1f05',
  'docker-basics/architecture': 'a66649e2',
  'docker-basics/backup-and-move': '46d82add',
  'docker-basics/basic-commands': '56f49f1d',
  'docker-basics/container-lifecycle': 'c09bb122',
  'docker-basics/data-storage': 'ef45e300',
  'docker-basics/docker-hub-practice': '39fa6bd2',
  'docker-basics/images-and-layers': 'f9b971c8',
  'docker-basics/networking': '38f2a426',
  'docker-basics/what-is-docker': 'ef819b2e',
  'install/index': 'e12fc296',
  'install/post-install': 'a9279ad2',
  intro: '79a53612',
  'start/first-container': '54ce40a9',
  'virtualization/history': 'abac3b2f',
  'virtualization/hypervisors': 'a405fd3e',
  'virtualization/os-virtualization': '78ab5510',
  'virtualization/server-virtualization': '3f8f5488',
  'virtualization/virtualization-types': 'dbe01589',
};
