import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'building-images/good-images',
  questions: [
    {
      prompt:
        'RUN apt-get install -y build-essential 다음 줄에 RUN apt-get purge -y build-essential을 두었습니다. 이미지 크기는?',
      choices: [
        '설치 전과 같아진다',
        '거의 줄지 않는다. 앞 레이어에 설치된 파일이 그대로 남기 때문',
        '두 배가 된다',
        '빌드가 실패한다',
      ],
      answer: 1,
      explanation:
        '레이어는 차이를 쌓습니다. 다음 레이어에서 지우면 "지웠다"는 표시가 더해질 뿐 앞 레이어의 파일은 남습니다. 설치와 정리는 한 RUN에서 하거나 멀티 스테이지로 분리합니다.',
    },
    {
      prompt: '비공개 npm 저장소 토큰이 빌드 중에만 필요합니다. 가장 안전한 방법은?',
      choices: [
        'ENV NPM_TOKEN=…',
        'ARG NPM_TOKEN으로 넘기고 RUN 끝에서 .npmrc를 지운다',
        'RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci 와 docker build --secret',
        '.npmrc를 COPY한다',
      ],
      answer: 2,
      explanation:
        '비밀 마운트는 그 RUN 동안만 파일을 붙이며 레이어와 빌드 기록에 남기지 않습니다. ENV, ARG, COPY는 모두 흔적을 남길 수 있습니다.',
    },
    {
      prompt: '토큰이 든 이미지를 이미 Docker Hub에 푸시했습니다. 가장 먼저 할 일은?',
      choices: [
        '이미지를 지운다',
        '태그를 바꾼다',
        '토큰을 폐기하고 새로 발급한다',
        '비공개 저장소로 바꾼다',
      ],
      answer: 2,
      explanation:
        '이미 누군가 받아 갔을 수 있습니다. 이미지를 지워도 유출된 토큰은 유효하므로, 토큰 자체를 폐기해야 합니다.',
    },
    {
      prompt: 'FROM node:24-alpine@sha256:…처럼 digest로 고정했을 때 함께 해야 할 일은?',
      choices: [
        '아무것도 없다',
        'Renovate·Dependabot 같은 도구로 digest를 정기적으로 갱신해 보안 패치를 받는다',
        'latest 태그도 함께 적는다',
        'USER root를 추가한다',
      ],
      answer: 1,
      explanation:
        '고정하면 재현 가능하지만 보안 패치도 들어오지 않습니다. 고정과 갱신은 함께 가야 합니다.',
    },
    {
      prompt: 'docker history 출력의 <missing>은 무엇을 뜻합니까?',
      choices: [
        '레이어가 손상됨',
        '그 레이어가 별도의 이미지 ID를 갖지 않음',
        '레이어를 내려받지 못함',
        '비밀이 숨겨짐',
      ],
      answer: 1,
      explanation:
        '중간 레이어는 독립된 이미지가 아니므로 ID 자리에 <missing>이 표시됩니다. 정상입니다.',
    },
  ],
};

export default quiz;
