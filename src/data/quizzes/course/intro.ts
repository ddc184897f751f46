import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'intro',
  questions: [
    {
      prompt: '이 과정이 기준으로 삼는 Compose 명령의 형태는 무엇입니까?',
      choices: [
        'docker compose up',
        'docker-compose up',
        'compose-docker up',
        'docker swarm compose up',
      ],
      answer: 0,
      explanation:
        '지금의 Compose(이 과정의 기준은 v5)는 Docker CLI의 플러그인으로 동작하므로 `docker compose`처럼 띄어 씁니다. 하이픈이 붙은 `docker-compose`는 이제 지원이 끝난 v1의 명령입니다.',
    },
    {
      prompt: '이 과정을 어느 길로 읽든 처음 읽기를 권하는 장은?',
      choices: [
        '1부 가상화의 역사부터 차례대로',
        '0부의 첫 컨테이너',
        '설치 가이드로 Docker를 먼저 설치',
        '3부 도커 기초의 기본 명령',
      ],
      answer: 1,
      explanation:
        '어느 길로 가든 첫 컨테이너에서 출발합니다. 설치 없이 브라우저에서 웹 서버 컨테이너를 띄우고, 접속하고, 멈추고 지워 보면 뒤의 설명이 훨씬 잘 읽힙니다.',
    },
    {
      prompt:
        '장 맨 위에 "Docker Engine 29 기준 · 2026년 11월 확인"이라고 적혀 있습니다. 내 컴퓨터의 Docker가 27이라면 어떻게 읽으면 됩니까?',
      choices: [
        '그 장의 명령은 Docker 29에서만 실행되므로 읽지 않는다',
        '버전 줄은 장을 쓴 날짜일 뿐 내용과 관계없다',
        '출력이나 옵션이 다를 수 있음을 알고 읽는다',
        '사이트가 내 버전에 맞게 내용을 바꿔 보여 준다',
      ],
      answer: 2,
      explanation:
        '버전 줄은 그 장이 기준으로 삼은 Docker 버전과 내용을 확인한 시기입니다. 대부분의 명령은 이전 버전에서도 같지만, 출력의 모양이나 일부 옵션은 다를 수 있으니 버전 차이를 염두에 두고 읽습니다. 가능하면 Docker를 최신판으로 올리는 편이 좋습니다.',
    },
    {
      prompt: '에러 메시지를 검색할 때 가장 좋은 방법은 무엇입니까?',
      choices: [
        '에러 메시지를 한국어로 번역해서 검색한다',
        '에러 메시지의 첫 단어만 검색한다',
        '검색하지 않고 Docker를 다시 설치한다',
        '에러 메시지를 그대로 복사해 검색창에 붙여 넣는다',
      ],
      answer: 3,
      explanation:
        '이 사이트는 에러 메시지를 Docker가 출력하는 원문 그대로 싣습니다. 메시지를 그대로 붙여 넣으면 문제 해결 항목을 바로 찾을 수 있습니다.',
    },
  ],
};

export default quiz;
