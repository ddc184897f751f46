import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'intro',
  questions: [
    {
      prompt: '이 과정이 기준으로 삼는 Compose 명령의 형태는 무엇입니까?',
      choices: [
        'docker-compose up',
        'docker compose up',
        'compose-docker up',
        'docker swarm compose up',
      ],
      answer: 1,
      explanation:
        'Compose v2는 Docker CLI의 플러그인으로 동작하므로 `docker compose`처럼 띄어 씁니다. 하이픈이 붙은 `docker-compose`는 이제 지원이 끝난 v1의 명령입니다.',
    },
    {
      prompt: '명령어를 거의 쓰지 않고 원리를 다루는 부는 어디입니까?',
      choices: ['1부와 2부', '3부와 4부', '4부와 5부', '5부만'],
      answer: 0,
      explanation:
        '1부(가상화의 역사와 종류)와 2부(컨테이너의 원리)는 개념 편입니다. 3부부터 Docker 명령어를 직접 다룹니다.',
    },
    {
      prompt: '장 맨 위의 버전 줄은 무엇을 알려 줍니까?',
      choices: [
        '그 장을 쓴 사람의 이름',
        '그 장이 기준으로 삼은 Docker 버전과 내용을 확인한 시기',
        '독자가 설치해야 하는 최소 브라우저 버전',
        '장을 읽는 데 걸리는 시간',
      ],
      answer: 1,
      explanation:
        'Docker는 자주 바뀌기 때문에 장마다 어느 버전을 기준으로 했고 언제 확인했는지 적어 두었습니다. 오래된 자료와 비교할 때 기준이 됩니다.',
    },
    {
      prompt: '에러 메시지를 검색할 때 가장 좋은 방법은 무엇입니까?',
      choices: [
        '에러 메시지를 한국어로 번역해서 검색한다',
        '에러 메시지의 첫 단어만 검색한다',
        '에러 메시지를 그대로 복사해 검색창에 붙여 넣는다',
        '검색하지 않고 Docker를 다시 설치한다',
      ],
      answer: 2,
      explanation:
        '이 사이트는 에러 메시지를 Docker가 출력하는 원문 그대로 싣습니다. 메시지를 그대로 붙여 넣으면 문제 해결 항목을 바로 찾을 수 있습니다.',
    },
  ],
};

export default quiz;
