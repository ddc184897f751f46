import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'compose-cluster/compose-intro',
  questions: [
    {
      prompt:
        '오래된 글을 따라 docker-compose up을 입력했더니 command not found가 나옵니다. Docker Desktop이나 docker-compose-plugin이 설치된 환경에서 같은 일을 하는 명령은?',
      choices: ['compose-docker up', 'docker up -c', 'docker swarm up', 'docker compose up'],
      answer: 3,
      explanation:
        '지금의 Compose는 Docker CLI 플러그인이라 docker 뒤에 compose를 띄어 씁니다. 하이픈이 든 docker-compose는 2023년 7월에 업데이트가 끝난 V1의 명령이라 새 환경에는 없습니다.',
    },
    {
      prompt:
        '오래된 compose 파일에 version: "3.8"이 있습니다. 지금의 Compose는 어떻게 처리합니까?',
      choices: [
        '3.8 형식에 있던 기능만 쓸 수 있게 제한한다',
        '오류를 내고 실행을 멈춘다',
        '무시하고 obsolete 경고를 낸다',
        'V1 호환 모드로 바꿔 실행한다',
      ],
      answer: 2,
      explanation:
        '지금의 Compose는 Compose Specification 하나를 따르므로 version 키를 쓰지 않습니다. 적혀 있으면 무시하고 "the attribute `version` is obsolete"라고 지우라고 경고합니다.',
    },
    {
      prompt:
        '한 폴더에 compose.yaml과 docker-compose.yml이 둘 다 있습니다. docker compose up은 어느 파일을 씁니까?',
      choices: [
        'compose.yaml',
        'docker-compose.yml',
        '두 파일을 합쳐서 쓴다',
        '어느 것을 쓸지 묻는다',
      ],
      answer: 0,
      explanation:
        'compose.yaml(또는 compose.yml)이 권장 이름입니다. 하위 호환으로 docker-compose.yml도 읽지만, 둘 다 있으면 compose.yaml을 씁니다.',
    },
    {
      prompt: 'compose.yaml의 web 서비스를 컨테이너 3개로 늘리는 명령은?',
      choices: [
        'docker compose run --replicas 3 web',
        'docker compose up -d --scale web=3',
        'docker scale web=3',
        'docker compose up -d web=3',
      ],
      answer: 1,
      explanation:
        'up의 --scale 서비스=개수로 서비스의 컨테이너 수를 정합니다. web이 호스트 포트를 고정해 게시하면 두 번째 컨테이너부터 포트가 겹치므로, 그때는 ports를 빼고 앞에 프록시를 둡니다.',
    },
    {
      prompt: 'Ubuntu에서 docker compose version이 unknown command로 실패합니다. 알맞은 조치는?',
      choices: [
        'pip install docker-compose로 Python판 Compose를 설치한다',
        '배포판 저장소의 docker-compose 패키지를 설치한다',
        'Docker Engine을 지우고 다시 설치한다',
        'Docker 저장소의 docker-compose-plugin을 설치한다',
      ],
      answer: 3,
      explanation:
        'Linux에서 Compose 플러그인은 Docker 공식 저장소의 docker-compose-plugin 패키지입니다. pip나 배포판의 docker-compose는 옛 V1인 경우가 많고, 설치해도 docker compose 명령은 생기지 않습니다.',
    },
  ],
};

export default quiz;
