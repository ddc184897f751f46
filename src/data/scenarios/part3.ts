/** Playground tasks of part 3 (Docker basics): the chapters' 확인 과제. */
import type {Scenario} from '../playground-scenarios';

export const PART3_SCENARIOS: readonly Scenario[] = [
  {
    id: 'lifecycle-exit-code',
    title: '종료 코드 3으로 끝난 컨테이너',
    description: '종료 코드 3으로 끝나는 컨테이너를 만들어 그 값을 읽고, 컨테이너를 지웁니다.',
    chapter: '/docs/docker-basics/container-lifecycle',
    setup: [],
    steps: [
      {
        id: 'exit-3',
        instruction:
          "alpine 이미지로 fail이라는 컨테이너를 실행해, 안에서 sh -c 'exit 3'으로 종료 코드 3을 남기게 합니다.",
        hint: "docker run --name fail alpine sh -c 'exit 3'",
        check: (s) =>
          s.containers.some((c) => c.name === 'fail' && c.state === 'exited' && c.exitCode === 3),
      },
      {
        id: 'remove-fail',
        instruction:
          'docker ps -a나 docker inspect로 종료 코드를 확인한 뒤 fail 컨테이너를 지웁니다.',
        hint: 'docker rm fail',
        check: (s) => !s.containers.some((c) => c.name === 'fail'),
      },
    ],
  },
];
