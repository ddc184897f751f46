import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'compose-cluster/compose-practice',
  questions: [
    {
      prompt:
        '.env의 POSTGRES_PASSWORD를 바꾸고 docker compose up -d를 했더니 web이 password authentication failed로 죽습니다. 이유는?',
      choices: [
        '기존 볼륨에 처음 비밀번호로 만든 데이터가 남아 있어서',
        'Compose는 .env를 처음 up할 때만 읽고 그 뒤로는 캐시한 값을 쓰므로',
        'Redis가 PostgreSQL의 비밀번호를 바꿔서',
        'web 이미지를 다시 빌드하지 않아서',
      ],
      answer: 0,
      explanation:
        '공식 postgres 이미지는 빈 데이터 디렉터리를 초기화할 때만 POSTGRES_PASSWORD를 씁니다. 기존 볼륨에는 옛 비밀번호가 남아 있습니다. 개발 환경이라면 down -v로 볼륨을 지우고 다시 띄웁니다.',
    },
    {
      prompt: 'down 후 다시 up하면 글은 남는데 방문 수는 처음부터 셉니다. 왜 그렇습니까?',
      choices: [
        'web 앱이 시작할 때마다 Redis에 저장된 방문 수 키를 0으로 되돌려서',
        'down이 Redis 이미지를 지워서',
        'cache에는 이름 있는 볼륨이 없어서',
        'Redis에 버그가 있어서',
      ],
      answer: 2,
      explanation:
        'db에는 이름 있는 볼륨(db-data)을 붙였지만 cache에는 붙이지 않았습니다. redis 이미지가 /data를 VOLUME으로 선언하므로 컨테이너마다 익명 볼륨이 생기지만, down 뒤의 up은 새 컨테이너와 새 익명 볼륨을 만들고 옛 익명 볼륨은 쓰이지 않은 채 남습니다. 남길 데이터에는 이름 있는 볼륨을 붙입니다.',
    },
    {
      prompt: 'postgres 이미지의 /docker-entrypoint-initdb.d/에 넣은 init.sql은 언제 실행됩니까?',
      choices: [
        'up을 할 때마다',
        '데이터 디렉터리가 비어 있을 때 한 번',
        'web이 데이터베이스에 처음 접속할 때',
        'down을 할 때',
      ],
      answer: 1,
      explanation:
        'postgres 이미지는 빈 데이터 디렉터리를 초기화할 때만 /docker-entrypoint-initdb.d/의 스크립트를 실행합니다. 볼륨에 데이터가 있으면 건너뜁니다.',
    },
    {
      prompt: 'adminer 화면에서 데이터베이스 서버 주소로 무엇을 적습니까?',
      choices: ['localhost', '127.0.0.1:5432', 'compose-app', 'db'],
      answer: 3,
      explanation:
        'adminer도 back 네트워크에 있으므로 서비스 이름 db로 PostgreSQL에 접속합니다. adminer 컨테이너 안의 localhost는 adminer 자신입니다.',
    },
    {
      prompt: 'docker compose up -d --scale web=2가 실패하는 이유는?',
      choices: [
        '두 web 컨테이너가 호스트 포트 8080을 함께 쓰려 해서',
        'Compose v5에서는 --scale이 없어져 docker compose scale만 써야 해서',
        'PostgreSQL이 연결을 하나만 받아서',
        'web에 헬스체크가 있어서',
      ],
      answer: 0,
      explanation:
        '호스트 포트는 하나의 컨테이너만 쓸 수 있습니다. 여러 개를 띄우려면 ports를 빼고 앞에 리버스 프록시를 둡니다. --scale과 docker compose scale은 둘 다 쓸 수 있습니다.',
    },
  ],
};

export default quiz;
