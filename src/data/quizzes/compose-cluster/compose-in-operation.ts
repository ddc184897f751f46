import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'compose-cluster/compose-in-operation',
  questions: [
    {
      prompt:
        '.env에 WEB_PORT=8080이 있고, 셸에서 export WEB_PORT=9090을 한 뒤 docker compose up -d를 했습니다. ports에 "${WEB_PORT:-8080}:3000"이라고 적었다면 web은 호스트의 몇 번 포트에 게시됩니까?',
      choices: [
        '8080: 프로젝트 폴더의 .env가 셸보다 우선하므로',
        '9090',
        '둘 다: 같은 변수가 두 곳에 있으면 Compose가 포트를 둘 게시하므로',
        '3000: 보간 변수는 컨테이너 포트에만 쓰이므로',
      ],
      answer: 1,
      explanation:
        '보간에서는 셸 환경 변수가 .env 파일의 값보다 이깁니다. 그래서 9090이 쓰입니다. 헷갈리면 docker compose config로 최종 결과를 봅니다.',
    },
    {
      prompt:
        '같은 서비스에 env_file: ./app.env(NODE_ENV=test)와 environment: NODE_ENV: production이 함께 있습니다. 컨테이너 안의 NODE_ENV는?',
      choices: [
        'test: 파일에서 읽은 값이 나중에 적용되므로',
        '이미지의 ENV 값: Compose 파일보다 Dockerfile이 우선하므로',
        '빈 값: 두 곳이 충돌하면 Compose가 변수를 지우므로',
        'production',
      ],
      answer: 3,
      explanation:
        'Docker 문서의 우선순위에서 environment: 속성은 env_file: 속성보다 위에 있습니다. 이미지의 ENV는 가장 아래입니다.',
    },
    {
      prompt:
        '데이터베이스 비밀번호를 environment: 대신 secrets:와 POSTGRES_PASSWORD_FILE로 넘기면 무엇이 달라집니까?',
      choices: [
        'docker inspect의 Env에 비밀번호가 보이지 않는다',
        '비밀번호 파일이 호스트에서 자동으로 암호화되어 root도 읽을 수 없게 된다',
        '비밀번호를 바꿀 때 볼륨을 지우지 않아도 데이터베이스가 새 값을 쓴다',
        'PostgreSQL이 비밀번호 없이 접속을 받아들인다',
      ],
      answer: 0,
      explanation:
        'secret은 컨테이너의 /run/secrets/ 아래에 같은 이름의 읽기 전용 파일(db_password라면 /run/secrets/db_password)로 연결되고, 설정에는 파일 경로만 남습니다. Swarm이 아닌 Compose에서는 호스트 파일의 바인드 마운트일 뿐이므로 파일 자체는 권한으로 지켜야 하고, 기존 볼륨의 비밀번호가 바뀌지도 않습니다.',
    },
    {
      prompt:
        '폴더에 compose.yaml, compose.override.yaml, compose.prod.yaml이 있습니다. docker compose -f compose.yaml -f compose.prod.yaml up -d는 어떤 파일을 읽습니까?',
      choices: [
        '세 파일 모두: override 파일은 언제나 마지막에 자동으로 합쳐지므로',
        'compose.prod.yaml만: 뒤에 준 -f가 앞의 -f를 대신하므로',
        'compose.yaml과 compose.prod.yaml',
        'compose.yaml과 compose.override.yaml: prod 파일은 --profile prod로 켜야 하므로',
      ],
      answer: 2,
      explanation:
        'compose.override.yaml은 -f를 하나도 주지 않았을 때만 자동으로 읽힙니다. -f로 고른 파일들은 순서대로 합쳐지고, 뒤 파일의 값이 앞 파일 위에 덮입니다.',
    },
    {
      prompt:
        'logging: 설정 없이 몇 달 돌린 컨테이너 때문에 디스크가 찼습니다. 가장 알맞은 설명은?',
      choices: [
        'Docker는 로그를 메모리에만 두므로 디스크와는 관계가 없다',
        '기본 json-file 드라이버는 로그 파일을 회전하지 않고 계속 키운다',
        'docker compose logs를 실행할 때마다 로그 파일이 한 벌씩 복사된다',
        '로그는 컨테이너를 다시 시작할 때마다 두 배로 늘어난다',
      ],
      answer: 1,
      explanation:
        'json-file 드라이버는 기본으로 회전하지 않습니다. max-size와 max-file 옵션을 주거나, 기본으로 회전하는 local 드라이버를 쓰거나, daemon.json에서 기본값을 정합니다.',
    },
    {
      prompt:
        'memory: 512M 제한을 건 Java 서비스가 가끔 OOM으로 죽습니다. 힙 설정으로 먼저 확인할 것은?',
      choices: [
        '제한을 없애면 JVM이 알아서 적당히 쓰므로 제한부터 지운다',
        'restart: always를 주면 OOM이 생기지 않으므로 재시작 정책을 본다',
        '힙 상한이 제한보다 크면 GC가 늦어지므로 -Xmx를 1g로 올린다',
        '-XX:MaxRAMPercentage나 -Xmx로 정한 힙 상한이 제한 안에서 힙 밖의 메모리까지 남기는지',
      ],
      answer: 3,
      explanation:
        '힙 상한이 제한에 너무 가까우면 스레드 스택, 메타스페이스, 버퍼 같은 힙 밖의 메모리 때문에 컨테이너 제한을 넘습니다. 컨테이너를 아는 JVM의 기본 힙은 제한의 25%이고, MaxRAMPercentage로 비율을 정하되 여유를 남깁니다.',
    },
  ],
};

export default quiz;
