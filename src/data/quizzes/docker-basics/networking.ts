import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'docker-basics/networking',
  questions: [
    {
      prompt:
        '`docker run -d --name db redis`와 `docker run -d --name web nginx`로 띄운 뒤, web 안에서 `db`라는 이름으로 접속하지 못했다. 이유는?',
      choices: [
        'redis가 아직 시작되지 않아서',
        '기본 bridge에는 이름을 풀어 주는 DNS가 없어서',
        'db의 포트를 -p로 게시하지 않아 다른 컨테이너가 접속할 수 없어서',
        '컨테이너 이름에는 대문자가 있어야 해서',
      ],
      answer: 1,
      explanation:
        '기본 bridge에는 내장 DNS가 없어 IP로만 닿습니다. docker network create로 만든 네트워크에 둘을 붙이면 127.0.0.11의 내장 DNS가 이름에 답합니다. 컨테이너끼리의 통신에는 -p가 필요 없습니다.',
    },
    {
      prompt:
        '`docker run --rm --network app busybox nslookup db`의 출력 첫 줄 `Server: 127.0.0.11`은 무엇인가요?',
      choices: [
        'Docker가 컨테이너마다 넣어 주는 내장 DNS 서버',
        '호스트의 공유기',
        'db 컨테이너의 주소',
        '호스트가 공유기에서 받아 온 인터넷 공개 DNS 서버의 주소',
      ],
      answer: 0,
      explanation:
        '사용자 정의 네트워크의 컨테이너는 /etc/resolv.conf에 nameserver 127.0.0.11을 받습니다. 이 내장 DNS가 컨테이너 이름에 답하고, 다른 이름은 호스트의 DNS 서버에 넘깁니다.',
    },
    {
      prompt:
        '컨테이너 안의 앱이 `127.0.0.1:8000`에서만 듣는다. `-p 8000:8000`으로 게시하고 호스트에서 `curl localhost:8000`을 하면?',
      choices: [
        '정상적으로 응답한다',
        '호스트의 다른 프로그램이 대신 응답한다',
        'Docker가 앱의 주소를 0.0.0.0으로 바꿔 컨테이너를 다시 시작한다',
        '연결이 끊긴다(curl 오류 56)',
      ],
      answer: 3,
      explanation:
        '게시한 포트로 온 연결은 컨테이너의 eth0 주소로 들어옵니다. 앱은 컨테이너 자신의 루프백에서만 기다리므로 닿지 않습니다. 서버는 0.0.0.0에서 듣게 해야 합니다.',
    },
    {
      prompt: '개발용 데이터베이스를 같은 컴퓨터에서만 접속되게 게시하려면?',
      choices: ['-p 5432:5432', '-P', '-p 127.0.0.1:5432:5432', '--network none'],
      answer: 2,
      explanation:
        '주소 없는 -p 5432:5432와 -P는 호스트의 모든 인터페이스에서 엽니다. Linux에서는 ufw 규칙도 거치지 않습니다. --network none은 컨테이너의 네트워크를 아예 없앱니다.',
    },
    {
      prompt:
        'Linux의 Docker Engine에서 컨테이너가 호스트에서 실행 중인 API 서버에 `host.docker.internal`로 접속하려면?',
      choices: [
        '아무것도 하지 않아도 된다',
        '--add-host host.docker.internal:host-gateway를 준다',
        '--network none으로 실행한다',
        '-p로 API 서버의 포트를 게시한다',
      ],
      answer: 1,
      explanation:
        'Docker Desktop은 이 이름을 미리 제공하지만 Linux의 Docker Engine은 그렇지 않습니다. host-gateway는 호스트의 주소(기본값은 172.17.0.1)로 바뀌어 /etc/hosts에 적힙니다.',
    },
    {
      prompt:
        '`docker run -d --network host -p 8080:80 nginx`를 실행하면 nginx에는 어떻게 접속하나요?',
      choices: [
        '호스트의 8080번',
        'docker port로 확인한 임의의 포트',
        '호스트의 80번',
        '접속할 수 없다',
      ],
      answer: 2,
      explanation:
        'host 네트워크에서는 컨테이너가 호스트의 네트워크를 그대로 씁니다. -p는 "Published ports are discarded" 경고와 함께 버려지고, nginx는 호스트의 80번에서 바로 듣습니다.',
    },
    {
      prompt: '실행 중인 컨테이너 web을 네트워크 app에 붙이는 명령은?',
      choices: [
        'docker network connect app web',
        'docker network create app web',
        'docker run --network app web',
        'docker container update --network app web',
      ],
      answer: 0,
      explanation:
        'docker network connect NETWORK CONTAINER는 실행 중인 컨테이너를 네트워크에 붙입니다. 떼려면 docker network disconnect app web을 씁니다.',
    },
  ],
};

export default quiz;
