/** Playground tasks of part 4 (building images); checked against the engine's state. */
import type {EngineState} from '../../lib/docker-sim';
import type {Scenario} from '../playground-scenarios';

const imageTagged = (state: EngineState, tag: string) =>
  state.images.find((i) => i.repoTags.includes(tag));

export const PART4_SCENARIOS: readonly Scenario[] = [
  {
    id: 'dockerfile-entrypoint-cmd',
    title: 'ENTRYPOINT와 CMD를 나눠 쓰는 이미지',
    description:
      '고정할 실행 파일은 ENTRYPOINT에, 바꿀 수 있는 기본 인자는 CMD에 둔 이미지를 만들고, 인자를 바꿔 실행합니다.',
    chapter: '/docs/building-images/dockerfile-basics',
    setup: [],
    steps: [
      {
        id: 'build',
        instruction:
          'alpine을 바탕으로, ENTRYPOINT ["echo"]와 CMD ["hello"]를 둔 Dockerfile을 만들어 greet:1.0 이미지로 빌드합니다.',
        hint: 'mkdir greet && cd greet && printf \'FROM alpine\\nENTRYPOINT ["echo"]\\nCMD ["hello"]\\n\' > Dockerfile && docker build -t greet:1.0 .',
        check: (_s, st) => {
          const config = imageTagged(st, 'greet:1.0')?.config;
          return config?.entrypoint?.join(' ') === 'echo' && config.cmd?.join(' ') === 'hello';
        },
      },
      {
        id: 'run-argument',
        instruction:
          'greet:1.0을 --rm 없이, 이미지 이름 뒤에 인자를 붙여 실행합니다. 인자가 CMD를 대신하므로 echo가 hello 대신 그 인자를 출력합니다.',
        hint: 'docker run --name greet-bye greet:1.0 bye',
        check: (_s, st) =>
          st.containers.some(
            (c) =>
              c.imageId === imageTagged(st, 'greet:1.0')?.id &&
              c.path === 'echo' &&
              c.args.length > 0 &&
              c.args.join(' ') !== 'hello',
          ),
      },
    ],
  },
];
