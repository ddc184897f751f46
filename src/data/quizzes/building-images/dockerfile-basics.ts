import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'building-images/dockerfile-basics',
  questions: [
    {
      prompt:
        'Dockerfile에 ENTRYPOINT ["ping", "-c", "3"]와 CMD ["localhost"]가 있습니다. docker run --rm 이미지 docker.com을 실행하면 무엇이 실행됩니까?',
      choices: [
        'ping -c 3 localhost',
        'ping -c 3 docker.com',
        'docker.com',
        'ping -c 3 localhost docker.com',
      ],
      answer: 1,
      explanation:
        'exec 형식 ENTRYPOINT 뒤에는 인자가 붙습니다. docker run 뒤에 적은 docker.com이 CMD(localhost)를 대신하므로 ping -c 3 docker.com이 실행됩니다.',
    },
    {
      prompt:
        'CMD node src/server.js처럼 shell 형식으로 쓴 컨테이너에 docker stop을 하면 10초쯤 기다린 뒤에야 멈춥니다. 가장 알맞은 이유는?',
      choices: [
        'node가 SIGTERM을 지원하지 않기 때문',
        'PID 1이 /bin/sh라서 SIGTERM이 node에 전달되지 않고, 유예 시간 뒤 SIGKILL로 끝나기 때문',
        'EXPOSE를 쓰지 않았기 때문',
        'docker stop은 원래 항상 10초를 기다리기 때문',
      ],
      answer: 1,
      explanation:
        'shell 형식은 /bin/sh -c로 실행되어 셸이 PID 1이 됩니다. 셸은 SIGTERM을 자식에게 넘기지 않으므로 앱은 정리하지 못하고, 유예 시간(기본 10초)이 지나면 SIGKILL로 강제 종료됩니다.',
    },
    {
      prompt:
        'shell 형식 ENTRYPOINT(ENTRYPOINT exec_entry p1_entry)가 있을 때 CMD ["p1_cmd"]는 어떻게 됩니까?',
      choices: [
        'ENTRYPOINT 뒤에 인자로 붙는다',
        'ENTRYPOINT를 대신한다',
        '무시된다',
        '빌드 오류가 난다',
      ],
      answer: 2,
      explanation:
        'Dockerfile 레퍼런스의 조합 표대로, shell 형식 ENTRYPOINT는 /bin/sh -c exec_entry p1_entry로 실행되고 CMD와 docker run 인자를 무시합니다.',
    },
    {
      prompt: 'Node.js 앱의 Dockerfile에서 소스를 고쳐도 npm ci가 캐시에서 나오게 하려면?',
      choices: [
        'COPY . . 다음에 RUN npm ci를 둔다',
        'COPY package.json package-lock.json ./ → RUN npm ci → COPY . . 순서로 둔다',
        'RUN npm ci를 CMD로 바꾼다',
        '--no-cache로 빌드한다',
      ],
      answer: 1,
      explanation:
        'COPY는 복사하는 파일의 내용을 캐시 키로 씁니다. 의존성 목록만 먼저 복사하면 소스가 바뀌어도 그 단계와 npm ci는 그대로라서 캐시를 씁니다. 한 단계가 다시 실행되면 뒤의 단계도 모두 다시 실행된다는 점을 기억하세요.',
    },
    {
      prompt: '.dockerignore에 .env를 적는 가장 중요한 이유는?',
      choices: [
        '빌드를 빠르게 하려고',
        'COPY . .로 비밀번호가 든 파일이 이미지 레이어에 들어가는 것을 막으려고',
        'docker run -e가 동작하게 하려고',
        '.env는 Docker가 읽을 수 없는 형식이라서',
      ],
      answer: 1,
      explanation:
        '.dockerignore에 적은 파일은 빌드 컨텍스트에서 빠져 COPY로도 복사되지 않습니다. 레이어에 들어간 비밀은 이미지를 받는 누구나 꺼낼 수 있습니다.',
    },
  ],
};

export default quiz;
