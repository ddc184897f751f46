import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'building-images/dockerfile-basics',
  questions: [
    {
      prompt:
        'Dockerfile에 ENTRYPOINT ["ping", "-c", "3"]와 CMD ["localhost"]가 있습니다. docker run --rm 이미지 docker.com을 실행하면 무엇이 실행됩니까?',
      choices: ['ping -c 3 localhost', 'docker.com', 'ping -c 3 docker.com', 'ping docker.com'],
      answer: 2,
      explanation:
        'exec 형식 ENTRYPOINT 뒤에는 인자가 붙습니다. docker run 뒤에 적은 docker.com이 CMD(localhost)를 대신하므로 ping -c 3 docker.com이 실행됩니다.',
    },
    {
      prompt:
        'Debian 기반 이미지(node:24-bookworm-slim)에 CMD node src/server.js처럼 shell 형식으로 쓴 컨테이너가 docker stop 뒤 10초쯤 지나서야 멈춥니다. 가장 알맞은 이유는?',
      choices: [
        'node는 SIGTERM을 처리하지 못해 언제나 SIGKILL을 기다리기 때문',
        'EXPOSE가 없어 docker stop이 컨테이너를 찾지 못해서',
        'docker stop은 어떤 컨테이너든 항상 10초를 채워 기다리기 때문',
        'PID 1인 sh가 SIGTERM을 node에 넘기지 않아서',
      ],
      answer: 3,
      explanation:
        'shell 형식은 /bin/sh -c로 실행됩니다. Debian의 sh(dash)는 명령을 자식 프로세스로 실행하고 자신이 PID 1로 남는데, 셸은 SIGTERM을 자식에게 넘기지 않으므로 유예 시간(기본 10초)이 지나 SIGKILL로 끝납니다. Alpine의 BusyBox ash나 bash는 명령이 하나뿐이면 그 명령으로 자신을 바꾸므로(exec) 증상이 없을 수 있습니다. 셸에 따라 달라지지 않도록 exec 형식을 씁니다.',
    },
    {
      prompt:
        'shell 형식 ENTRYPOINT(ENTRYPOINT exec_entry p1_entry)가 있을 때 CMD ["p1_cmd"]는 어떻게 됩니까?',
      choices: [
        '무시된다',
        'ENTRYPOINT 뒤에 인자로 붙어 함께 실행된다',
        'ENTRYPOINT를 대신해 p1_cmd만 실행된다',
        '빌드 오류가 난다',
      ],
      answer: 0,
      explanation:
        'Dockerfile 레퍼런스의 조합 표대로, shell 형식 ENTRYPOINT는 /bin/sh -c exec_entry p1_entry로 실행되고 CMD와 docker run 인자를 무시합니다.',
    },
    {
      prompt: 'Node.js 앱의 Dockerfile에서 소스를 고쳐도 npm ci가 캐시에서 나오게 하려면?',
      choices: [
        'COPY . . 다음에 RUN npm ci를 둔다',
        '의존성 목록만 먼저 COPY해 npm ci를 하고, 소스는 그 뒤에 COPY',
        'RUN npm ci를 CMD로 옮겨 컨테이너가 시작할 때마다 의존성을 새로 설치한다',
        '--no-cache로 빌드한다',
      ],
      answer: 1,
      explanation:
        'COPY는 복사하는 파일의 내용을 캐시 키로 씁니다. package.json과 package-lock.json만 먼저 복사하면 소스가 바뀌어도 그 단계와 npm ci는 그대로라서 캐시를 씁니다. 한 단계가 다시 실행되면 뒤의 단계도 모두 다시 실행된다는 점을 기억하세요.',
    },
    {
      prompt: '.dockerignore에 .env를 적는 가장 중요한 이유는?',
      choices: [
        '빌드 컨텍스트가 작아져 빌드가 눈에 띄게 빨라지기 때문에',
        '.env는 Docker가 읽을 수 없는 형식이라서',
        '비밀이 든 파일이 COPY . .로 레이어에 들어가지 않게',
        'docker run --env-file이 .env를 찾을 수 있게 하려고',
      ],
      answer: 2,
      explanation:
        '.dockerignore에 적은 파일은 빌드 컨텍스트에서 빠져 COPY로도 복사되지 않습니다. 레이어에 들어간 비밀은 이미지를 받는 누구나 꺼낼 수 있습니다.',
    },
  ],
};

export default quiz;
