import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'compose-cluster/compose-file',
  questions: [
    {
      prompt: 'web 서비스가 PostgreSQL에 접속할 때 쓰는 호스트 이름은?',
      choices: ['localhost', 'db(서비스 이름)', '호스트의 IP 주소', 'postgres:17-alpine'],
      answer: 1,
      explanation:
        'Compose는 같은 네트워크의 서비스 이름을 DNS 이름으로 풀어 줍니다. 컨테이너 안의 localhost는 그 컨테이너 자신입니다.',
    },
    {
      prompt: 'db 서비스에 ports를 적지 않았습니다. web은 db에 접속할 수 있습니까?',
      choices: [
        '없다. ports로 호스트에 게시해야 다른 서비스도 접속할 수 있다',
        'localhost:5432로만 접속된다',
        'network_mode: host를 주어야 접속된다',
        '있다. 서비스끼리는 ports 없이 통신한다',
      ],
      answer: 3,
      explanation:
        'ports는 호스트의 포트를 컨테이너로 연결하는 설정입니다. 서비스 사이의 통신은 네트워크 안에서 이루어지므로 ports가 필요 없습니다.',
    },
    {
      prompt:
        '${POSTGRES_PASSWORD:?.env에 POSTGRES_PASSWORD를 설정하세요}는 값이 없을 때 어떻게 됩니까?',
      choices: [
        '메시지를 보이고 Compose가 실패한다',
        '빈 문자열로 치환되어 PostgreSQL이 비밀번호 없이 시작된다',
        '이미지에 정해진 기본 비밀번호를 쓴다',
        '경고만 하고 계속한다',
      ],
      answer: 0,
      explanation:
        ':?는 값이 없거나 비었을 때 오류로 멈추게 합니다. 빠뜨리면 안 되는 비밀에 씁니다.',
    },
    {
      prompt: 'depends_on: db: condition: service_healthy가 기다리는 것은?',
      choices: [
        'db 컨테이너가 만들어지고 프로세스가 시작될 때까지',
        'db가 종료될 때까지',
        'db의 헬스체크가 healthy가 될 때까지',
        '정해진 10초',
      ],
      answer: 2,
      explanation:
        'service_healthy는 의존 서비스의 헬스체크가 통과할 때까지 기다립니다. 그래서 db에 healthcheck를 정의해야 합니다. 조건 없이 쓰면 컨테이너가 시작되기만 기다립니다.',
    },
    {
      prompt: 'healthcheck의 test에 $${POSTGRES_USER}처럼 $를 두 번 쓴 이유는?',
      choices: [
        'YAML에서 $ 하나는 주석 기호라서 두 번 써야 글자로 남기 때문에',
        'Compose 대신 컨테이너 안의 셸이 변수를 풀게 하려고',
        '변수를 두 번 치환하려고',
        '오타다',
      ],
      answer: 1,
      explanation:
        '$$는 Compose의 치환을 막는 이스케이프입니다. $가 그대로 넘어가 CMD-SHELL로 실행되는 셸이 컨테이너의 환경 변수로 풀어 줍니다.',
    },
    {
      prompt: 'profiles: [debug]인 adminer 서비스를 실행하려면?',
      choices: [
        'docker compose --profile debug up -d',
        'docker compose up -d',
        'docker compose up -d --all',
        'profiles가 있는 서비스는 실행할 수 없다',
      ],
      answer: 0,
      explanation:
        '프로필이 있는 서비스는 그 프로필을 켤 때만 실행됩니다. --profile 또는 COMPOSE_PROFILES 환경 변수로 켭니다.',
    },
  ],
};

export default quiz;
