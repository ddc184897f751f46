import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'compose-cluster/compose-intro',
  questions: [
    {
      prompt: '지금 권장되는 Compose 명령의 모양은?',
      choices: [
        'docker-compose up',
        'docker compose up',
        'compose-docker up',
        'docker up --compose',
      ],
      answer: 1,
      explanation:
        '지금의 Compose는 Docker CLI 플러그인이라 docker 뒤에 compose를 띄어 씁니다. 하이픈이 든 docker-compose는 2023년 7월에 업데이트가 끝난 V1입니다.',
    },
    {
      prompt:
        '오래된 compose 파일에 version: "3.8"이 있습니다. 지금의 Compose는 어떻게 처리합니까?',
      choices: [
        '3.8 형식의 기능만 허용한다',
        '무시하고 "the attribute `version` is obsolete" 경고를 낸다',
        '오류로 실행을 멈춘다',
        'Compose V1으로 전환한다',
      ],
      answer: 1,
      explanation:
        '지금의 Compose는 Compose Specification 하나를 따르므로 version 키를 쓰지 않습니다. 적혀 있으면 무시하고 지우라고 경고합니다.',
    },
    {
      prompt: 'Compose가 권장하는 파일 이름은?',
      choices: ['docker-compose.yml', 'compose.yaml', 'Composefile', 'docker.yaml'],
      answer: 1,
      explanation:
        'compose.yaml(또는 compose.yml)이 권장 이름입니다. 하위 호환으로 docker-compose.yml도 읽으며, 둘 다 있으면 compose.yaml을 씁니다.',
    },
    {
      prompt: 'Compose의 버전 번호가 v2에서 v5로 건너뛴 이유는?',
      choices: [
        '기능이 크게 바뀌어서',
        '파일 형식의 "version 2/3"과 도구의 버전이 혼동되는 것을 피하려고',
        'Python으로 다시 써서',
        'Swarm과 합쳐져서',
      ],
      answer: 1,
      explanation:
        'v5의 기능은 v2와 같고 공식 Go SDK가 더해졌습니다. 파일 형식 버전과 헷갈리지 않도록 번호를 건너뛰었습니다.',
    },
    {
      prompt: 'Ubuntu에서 docker compose version이 unknown command로 실패합니다. 알맞은 조치는?',
      choices: [
        'pip install docker-compose',
        'Docker 공식 저장소에서 docker-compose-plugin 패키지를 설치한다',
        '배포판의 docker-compose 패키지를 설치한다',
        'Docker Engine을 지운다',
      ],
      answer: 1,
      explanation:
        'Linux에서 Compose 플러그인은 docker-compose-plugin 패키지입니다. pip나 배포판의 docker-compose는 옛 V1인 경우가 많습니다.',
    },
  ],
};

export default quiz;
