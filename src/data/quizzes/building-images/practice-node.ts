import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'building-images/practice-node',
  questions: [
    {
      prompt: 'Dockerfile에서 npm install 대신 npm ci를 쓰는 이유로 알맞은 것은?',
      choices: [
        '레지스트리의 최신 버전을 받아 잠금 파일을 새로 고치려고',
        '잠금 파일의 버전을 그대로 설치하고, 어긋나면 실패하려고',
        'node_modules를 이미지 밖에 두려고',
        '개발 의존성까지 모두 설치하려고',
      ],
      answer: 1,
      explanation:
        'npm ci는 package-lock.json을 그대로 따르고, 잠금 파일과 package.json이 어긋나면 설치하지 않고 실패합니다. 그래서 언제 빌드해도 같은 의존성이 들어갑니다. 재현 가능한 이미지의 기본입니다.',
    },
    {
      prompt: 'CMD ["npm", "start"] 대신 CMD ["node", "src/server.js"]를 권하는 이유는?',
      choices: [
        'npm start로 띄운 서버는 컨테이너 밖에서 접속할 포트를 열 수 없어서',
        '공식 node 이미지에는 npm이 들어 있지 않아서',
        'node가 npm보다 빨리 실행되어서',
        'npm이 PID 1이 되어 SIGTERM이 앱에 닿지 않을 수 있어서',
      ],
      answer: 3,
      explanation:
        '컨테이너에서는 종료 신호를 받을 프로세스가 PID 1이어야 깔끔하게 끝납니다. npm이 PID 1이면 신호 전달이 한 단계 늘어나고, node를 직접 실행하면 SIGTERM을 바로 받습니다.',
    },
    {
      prompt: '.dockerignore에 node_modules를 적는 이유로 가장 알맞은 것은?',
      choices: [
        'node_modules가 있으면 npm ci가 설치를 거부해 빌드가 실패하므로',
        'USER node가 node_modules를 읽을 수 없어서',
        '호스트용 모듈이 섞이지 않게 하고 컨텍스트를 줄이려고',
        'node_modules는 Docker가 읽을 수 없는 형식이라서',
      ],
      answer: 2,
      explanation:
        '의존성은 이미지 안에서 리눅스용으로 설치해야 합니다. 호스트의 node_modules를 보내면 느리고, macOS·Windows용 네이티브 모듈처럼 다른 플랫폼용 바이너리가 섞일 수 있습니다.',
    },
    {
      prompt: '같은 이미지를 개발과 운영에서 다른 포트로 쓰려면?',
      choices: [
        '실행할 때 -e PORT=8080처럼 환경 변수를 준다',
        '개발용과 운영용 Dockerfile을 따로 만들어 포트를 각각 적는다',
        '이미지 안의 설정 파일을 docker exec로 고친다',
        'EXPOSE를 두 번 쓴다',
      ],
      answer: 0,
      explanation:
        '설정은 이미지에 굳히지 않고 실행할 때 환경 변수로 넣습니다. 그래야 하나의 이미지를 모든 환경에서 씁니다.',
    },
    {
      prompt:
        'docker stop greeter를 실행하자 곧바로 로그에 "SIGTERM received, shutting down"이 찍히고 컨테이너가 멈췄습니다. 무엇을 뜻합니까?',
      choices: [
        '유예 시간이 지나 Docker가 SIGKILL로 앱을 강제 종료했다',
        '재시작 정책 때문에 컨테이너가 다시 시작되었다',
        '포트가 충돌했다',
        '앱이 SIGTERM을 받아 스스로 정리하고 끝났다',
      ],
      answer: 3,
      explanation:
        'exec 형식 CMD 덕분에 node가 PID 1이 되어 SIGTERM을 직접 받았고, 서버를 닫고 종료했습니다. SIGKILL로 끝났다면 앱은 아무것도 찍지 못합니다.',
    },
  ],
};

export default quiz;
