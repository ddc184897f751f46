import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'building-images/practice-node',
  questions: [
    {
      prompt: 'npm install 대신 npm ci를 쓰는 이유로 알맞은 것은?',
      choices: [
        '더 최신 버전의 패키지를 받으려고',
        'package-lock.json에 적힌 버전을 정확히 설치하고, 잠금 파일과 package.json이 어긋나면 실패하게 하려고',
        'node_modules를 이미지 밖에 두려고',
        '개발 의존성까지 모두 설치하려고',
      ],
      answer: 1,
      explanation:
        'npm ci는 잠금 파일을 그대로 따르므로 언제 빌드해도 같은 의존성이 들어갑니다. 재현 가능한 이미지의 기본입니다.',
    },
    {
      prompt: 'CMD ["npm", "start"] 대신 CMD ["node", "src/server.js"]를 권하는 이유는?',
      choices: [
        'npm이 이미지에 없어서',
        'npm이 PID 1이 되면 SIGTERM 전달이 한 단계 늘어나고, 앱이 신호를 제대로 못 받을 수 있어서',
        'node가 더 빨라서',
        'npm start는 포트를 열 수 없어서',
      ],
      answer: 1,
      explanation:
        '컨테이너에서는 종료 신호를 받을 프로세스가 PID 1이어야 깔끔하게 끝납니다. node를 직접 실행하면 SIGTERM을 바로 받습니다.',
    },
    {
      prompt: '.dockerignore에 node_modules를 적는 이유로 가장 알맞은 것은?',
      choices: [
        'node_modules는 Docker가 읽을 수 없어서',
        '호스트에서 설치한 모듈(특히 macOS·Windows용 네이티브 모듈)이 이미지에 섞이지 않게 하고 컨텍스트를 줄이려고',
        'npm ci가 node_modules를 싫어해서',
        'USER node가 node_modules를 읽을 수 없어서',
      ],
      answer: 1,
      explanation:
        '의존성은 이미지 안에서 리눅스용으로 설치해야 합니다. 호스트의 node_modules를 보내면 느리고, 다른 플랫폼용 바이너리가 섞일 수 있습니다.',
    },
    {
      prompt: '같은 이미지를 개발과 운영에서 다른 포트로 쓰려면?',
      choices: [
        '환경마다 Dockerfile을 따로 만든다',
        'docker run -e PORT=8080처럼 실행할 때 환경 변수를 준다',
        '이미지 안의 파일을 고친다',
        'EXPOSE를 두 번 쓴다',
      ],
      answer: 1,
      explanation:
        '설정은 이미지에 굳히지 않고 실행할 때 환경 변수로 넣습니다. 그래야 하나의 이미지를 모든 환경에서 씁니다.',
    },
    {
      prompt:
        'docker stop greeter 후 로그에 "SIGTERM received, shutting down"이 찍혔습니다. 무엇을 뜻합니까?',
      choices: [
        '앱이 강제 종료(SIGKILL)되었다',
        '앱이 PID 1로서 SIGTERM을 받아 스스로 정리하고 끝났다',
        '컨테이너가 재시작되었다',
        '포트가 충돌했다',
      ],
      answer: 1,
      explanation:
        'exec 형식 CMD 덕분에 node가 PID 1이 되어 SIGTERM을 직접 받았고, 서버를 닫고 종료했습니다.',
    },
  ],
};

export default quiz;
