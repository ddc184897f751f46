import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'docker-basics/data-storage',
  questions: [
    {
      prompt: '데이터베이스 파일을 두기에 Docker 문서가 권장하는 곳은?',
      choices: ['컨테이너의 쓰기 가능 레이어', 'tmpfs 마운트', '이미지 레이어', '이름 있는 볼륨'],
      answer: 3,
      explanation:
        '볼륨은 Docker가 관리하는 영속 저장소로, 컨테이너를 지워도 남고 백업·이동이 쉬우며 copy-up 부담도 없습니다.',
    },
    {
      prompt: '컨테이너를 멈추기만 해도 내용이 사라지는 저장 방식은?',
      choices: ['tmpfs 마운트', '볼륨', '바인드 마운트', '컨테이너의 쓰기 가능 레이어'],
      answer: 0,
      explanation:
        'tmpfs는 호스트 메모리에만 있으므로 컨테이너가 멈추면 사라집니다. 쓰기 가능 레이어는 멈춰도 남고 rm할 때 사라집니다.',
    },
    {
      prompt: '호스트에 없는 경로를 바인드 마운트로 연결할 때 -v와 --mount의 차이는?',
      choices: [
        '둘 다 오류를 낸다',
        '둘 다 볼륨을 만든다',
        '-v는 빈 디렉터리를 만들고, --mount는 오류를 낸다',
        '-v는 오류를 내고, --mount는 없는 경로를 빈 디렉터리로 만들어 연결한다',
      ],
      answer: 2,
      explanation:
        '-v는 없는 호스트 경로를 디렉터리로 만들어 버립니다. --mount type=bind는 경로가 없으면 오류를 내서 오타를 잡아 줍니다.',
    },
    {
      prompt: '`docker run --rm -v /data alpine …`으로 생긴 볼륨은 컨테이너가 끝나면?',
      choices: [
        '남는다. 볼륨은 docker volume rm으로만 지울 수 있다',
        '익명 볼륨이라 컨테이너와 함께 지워진다',
        '이름 있는 볼륨으로 바뀐다',
        '호스트 홈 디렉터리로 옮겨진다',
      ],
      answer: 1,
      explanation:
        '경로만 준 -v는 익명 볼륨을 만들고, --rm은 컨테이너를 지울 때 익명 볼륨도 함께 지웁니다. 이름 있는 볼륨은 남습니다.',
    },
    {
      prompt: '바인드 마운트한 폴더에서 Permission denied가 날 때 가장 흔한 원인은?',
      choices: [
        '바인드 마운트는 언제나 읽기 전용이라 어떤 사용자도 쓸 수 없어서',
        '이미지가 오래되어서',
        '포트가 겹쳐서',
        '컨테이너 사용자와 파일 소유자의 UID가 달라서',
      ],
      answer: 3,
      explanation:
        '리눅스 권한은 숫자 UID로 판단합니다. --user로 UID를 맞추거나, 이미지에서 소유자를 정하거나, 볼륨을 써서 해결합니다. SELinux 환경이라면 :z/:Z도 확인합니다.',
    },
  ],
};

export default quiz;
