import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'compose-cluster/compose-practice',
  questions: [
    {
      prompt:
        '.env의 POSTGRES_PASSWORD를 바꾸고 docker compose up -d를 했더니 web이 password authentication failed로 죽습니다. 이유는?',
      choices: [
        'Compose가 .env를 읽지 않아서',
        'PostgreSQL의 비밀번호는 볼륨이 처음 만들어질 때 한 번 정해지고, 기존 볼륨에는 옛 비밀번호가 남아 있어서',
        'Redis가 비밀번호를 바꿔서',
        'web 이미지를 다시 빌드하지 않아서',
      ],
      answer: 1,
      explanation:
        '공식 postgres 이미지는 빈 데이터 디렉터리를 초기화할 때만 POSTGRES_PASSWORD를 씁니다. 개발 환경이라면 down -v로 볼륨을 지우고 다시 띄웁니다.',
    },
    {
      prompt: 'down 후 다시 up하면 글은 남는데 방문 수는 처음부터 셉니다. 왜 그렇습니까?',
      choices: [
        'Redis가 버그가 있어서',
        'db에는 볼륨(db-data)을 붙였지만 cache(Redis)에는 붙이지 않았기 때문',
        'web이 방문 수를 지워서',
        'down이 Redis 이미지를 지워서',
      ],
      answer: 1,
      explanation:
        '볼륨을 붙인 데이터만 컨테이너보다 오래 삽니다. 어떤 데이터를 남길지는 볼륨을 붙이는 것으로 정합니다.',
    },
    {
      prompt: 'init.sql은 언제 실행됩니까?',
      choices: [
        'up을 할 때마다',
        '데이터 디렉터리가 비어 있을 때(볼륨을 처음 만들었을 때) 한 번',
        'web이 시작할 때',
        'down을 할 때',
      ],
      answer: 1,
      explanation:
        'postgres 이미지는 초기화할 때만 /docker-entrypoint-initdb.d/의 스크립트를 실행합니다.',
    },
    {
      prompt: 'adminer에서 데이터베이스 서버 주소로 무엇을 적습니까?',
      choices: ['localhost', 'db', '127.0.0.1:5432', 'compose-app'],
      answer: 1,
      explanation: 'adminer도 back 네트워크에 있으므로 서비스 이름 db로 PostgreSQL에 접속합니다.',
    },
    {
      prompt: 'docker compose up -d --scale web=2가 실패하는 이유는?',
      choices: [
        'Compose는 scale을 지원하지 않아서',
        '두 web 컨테이너가 같은 호스트 포트 8080을 쓰려고 해서',
        'PostgreSQL이 연결을 하나만 받아서',
        'web에 헬스체크가 있어서',
      ],
      answer: 1,
      explanation:
        '호스트 포트는 하나의 컨테이너만 쓸 수 있습니다. 여러 개를 띄우려면 ports를 빼고 앞에 리버스 프록시를 둡니다.',
    },
  ],
};

export default quiz;
