import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'docker-basics/images-and-layers',
  questions: [
    {
      prompt: 'Dockerfile의 다음 명령 중 새 파일시스템 레이어를 만들지 않는 것은?',
      choices: [
        'COPY app.py /app/',
        'ENV PORT=8080',
        'RUN apt-get install -y curl',
        'ADD site.tar.gz /srv/',
      ],
      answer: 1,
      explanation:
        'ENV는 이미지 config의 Env에만 기록되고 파일시스템을 바꾸지 않습니다. RUN, COPY, ADD는 파일을 바꾸므로 레이어를 만듭니다.',
    },
    {
      prompt: '이미지 레이어에 있는 500 MB 파일의 한 줄을 컨테이너 안에서 고치면?',
      choices: [
        '바뀐 한 줄만 차이(diff)로 계산되어 쓰기 가능 레이어에 저장된다',
        '이미지 레이어가 직접 수정된다',
        '쓰기가 거부된다',
        '파일 전체가 쓰기 가능 레이어로 복사된 뒤 고쳐진다',
      ],
      answer: 3,
      explanation:
        'OverlayFS는 파일 단위로 copy-up합니다. 처음 쓸 때 파일 전체를 upperdir로 복사하고 그 복사본을 고칩니다. 이미지 레이어는 읽기 전용이라 바뀌지 않습니다.',
    },
    {
      prompt:
        '어제와 오늘 같은 nginx:latest를 pull했는데 다른 이미지가 왔다. 이유로 가장 알맞은 것은?',
      choices: [
        '태그가 다른 manifest로 옮겨 붙을 수 있어서',
        'digest가 시간에 따라 바뀌어서',
        'Docker Hub가 pull할 때마다 이미지를 새로 빌드해서',
        '레이어가 압축되어 있어서',
      ],
      answer: 0,
      explanation:
        '태그는 사람이 붙인 이름표라 새 버전을 가리키도록 옮겨질 수 있습니다. 내용이 같아야 한다면 바뀌지 않는 digest(nginx@sha256:…)로 고정합니다.',
    },
    {
      prompt: '같은 alpine 바탕 위에 만든 두 이미지를 받을 때 바탕 레이어는?',
      choices: [
        '이미지마다 따로 받아 디스크에 두 벌 저장된다',
        '두 번째 이미지에서는 바탕 레이어가 빠진다',
        '한 번만 받고 한 벌만 저장된다',
        '압축을 풀지 않은 채로 저장된다',
      ],
      answer: 2,
      explanation:
        '레이어는 내용의 digest로 식별되므로 같은 레이어는 이미 있으면 내려받지 않고 디스크에도 한 벌만 둡니다.',
    },
    {
      prompt: '하나의 태그로 amd64와 arm64 컴퓨터가 각자 맞는 이미지를 받을 수 있게 해 주는 것은?',
      choices: ['화이트아웃 파일', 'docker 그룹', 'upperdir', 'image index(매니페스트 목록)'],
      answer: 3,
      explanation:
        '태그가 image index를 가리키고, index에는 플랫폼별 manifest가 들어 있습니다. pull할 때 Docker가 내 플랫폼의 manifest를 고릅니다.',
    },
    {
      prompt: 'Docker 29에서 docker image ls를 옵션 없이 실행했을 때의 출력은?',
      choices: [
        'IMAGE, ID, DISK USAGE, CONTENT SIZE, EXTRA 열의 새 보기',
        'REPOSITORY, TAG, IMAGE ID, CREATED, SIZE 열의 예전 표',
        'JSON 배열',
        '레이어마다 한 줄씩 나오는 history',
      ],
      answer: 0,
      explanation:
        'Docker 29 CLI는 옵션이 없으면 새 보기를 씁니다. --format, --quiet, --digests, --no-trunc 중 하나를 주면 예전 표가 나옵니다.',
    },
  ],
};

export default quiz;
