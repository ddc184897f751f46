import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'building-images/good-images',
  questions: [
    {
      prompt:
        'RUN apt-get install -y build-essential 다음 줄에 RUN apt-get purge -y build-essential을 두었습니다. 이미지 크기는?',
      choices: [
        '설치하기 전 크기로 돌아간다',
        '지운 파일의 복사본이 더해져 두 배 가까이 커진다',
        '빌드가 실패한다',
        '거의 줄지 않는다',
      ],
      answer: 3,
      explanation:
        '레이어는 차이를 쌓습니다. 다음 레이어에서 지우면 "지웠다"는 표시가 더해질 뿐 앞 레이어에 설치된 파일은 남습니다. 설치와 정리는 한 RUN에서 하거나 멀티 스테이지로 분리합니다.',
    },
    {
      prompt: '비공개 npm 저장소 토큰이 빌드 중에만 필요합니다. 가장 안전한 방법은?',
      choices: [
        'ENV NPM_TOKEN=…으로 넣고 마지막 단계에서 ENV NPM_TOKEN=으로 비운다',
        'RUN --mount=type=secret과 docker build --secret',
        'ARG NPM_TOKEN으로 넘기고 같은 RUN 끝에서 .npmrc를 지운다',
        '.npmrc를 COPY한 뒤 다음 RUN에서 지운다',
      ],
      answer: 1,
      explanation:
        'RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci처럼 쓴 비밀 마운트는 그 RUN 동안만 파일을 붙이며 레이어와 빌드 기록에 남기지 않습니다. ENV와 COPY는 레이어나 설정에, ARG는 빌드 기록에 흔적을 남길 수 있습니다.',
    },
    {
      prompt: '토큰이 든 이미지를 이미 Docker Hub에 푸시했습니다. 가장 먼저 할 일은?',
      choices: [
        '토큰을 폐기하고 새로 발급한다',
        'Docker Hub에서 그 태그와 이미지를 지운다',
        '저장소를 비공개로 바꿔 더는 받지 못하게 한다',
        '토큰을 뺀 이미지를 새 태그로 푸시한다',
      ],
      answer: 0,
      explanation:
        '이미 누군가 받아 갔을 수 있습니다. 이미지를 지우거나 숨겨도 유출된 토큰은 유효하므로, 토큰 자체를 폐기해야 합니다.',
    },
    {
      prompt: 'FROM node:24-alpine@sha256:…처럼 digest로 고정했을 때 함께 해야 할 일은?',
      choices: [
        '아무것도 하지 않아도 보안 패치는 같은 digest 아래로 계속 들어온다',
        'latest 태그도 함께 적어 새 버전을 따라가게 한다',
        'Renovate 같은 도구로 digest를 정기적으로 갱신한다',
        'USER root를 추가한다',
      ],
      answer: 2,
      explanation:
        'digest는 내용의 해시라서 고정하면 재현 가능하지만 보안 패치도 들어오지 않습니다. Renovate·Dependabot 같은 도구로 고정한 digest를 갱신하는 변경을 정기적으로 받습니다.',
    },
    {
      prompt: 'docker history 출력의 IMAGE 열에 <missing>이 보입니다. 무엇을 뜻합니까?',
      choices: [
        '레이어가 손상되어 다시 받아야 한다',
        '레이어를 내려받지 못해 크기만 알고 있다',
        '비밀이 들어 있어 Docker가 가렸다',
        '그 레이어에 따로 붙은 이미지 ID가 없다',
      ],
      answer: 3,
      explanation:
        '중간 레이어는 독립된 이미지가 아니므로 ID 자리에 <missing>이 표시됩니다. 정상입니다.',
    },
  ],
};

export default quiz;
