import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'docker-basics/docker-hub-practice',
  questions: [
    {
      prompt: '`docker pull postgres`에서 Docker가 실제로 받는 이미지 이름은?',
      choices: [
        'postgres',
        'docker.io/library/postgres:latest',
        'docker.io/postgres/postgres:stable',
        'hub.docker.com/postgres:18',
      ],
      answer: 1,
      explanation:
        '레지스트리가 없으면 docker.io, 슬래시가 없으면 library/(공식 이미지), 태그가 없으면 latest가 붙습니다.',
    },
    {
      prompt: '운영 환경에서 이미지를 고를 때 가장 알맞은 것은?',
      choices: [
        'latest 태그(가장 최근에 검증된 버전을 가리키므로)',
        '별이 많은 사용자 이미지',
        '정확한 버전 태그나 digest',
        '태그 없이 이름만',
      ],
      answer: 2,
      explanation:
        'latest와 부 버전 태그는 다른 이미지로 옮겨 갈 수 있습니다. 운영에서는 정확한 버전, 완전히 고정하려면 digest를 씁니다.',
    },
    {
      prompt:
        '회사의 여러 PC가 공인 IP 하나로 인터넷에 나갑니다. 로그인하지 않고 docker pull을 하다가 toomanyrequests 오류가 났습니다. 알맞은 설명과 조치는?',
      choices: [
        '한도는 이미지마다 세어지므로 다른 태그를 받으면 된다',
        'Docker Hub에서 그 이미지가 지워진 것이므로 다른 레지스트리에서 같은 이미지를 찾는다',
        '한도는 컴퓨터마다 세어지므로 컴퓨터를 다시 시작한다',
        '한도가 IP마다 세어지므로 docker login으로 계정 한도를 쓴다',
      ],
      answer: 3,
      explanation:
        '로그인하지 않은 pull은 IPv4 주소(IPv6는 /64 대역)마다 6시간에 100회로 세어지므로, 같은 공인 IP를 쓰는 PC들이 한도를 나눠 씁니다. 무료 Personal 계정으로 로그인하면 그 계정 기준으로 6시간에 200회입니다(Docker 문서 "Docker Hub usage and limits"; 한도는 여러 번 바뀌었으니 그 페이지를 확인하세요). pull이 많은 곳은 사내 미러(pull-through cache)도 씁니다.',
    },
    {
      prompt:
        'postgres 컨테이너를 docker rm -f로 지운 뒤 같은 볼륨으로 새 컨테이너를 만들면 데이터는?',
      choices: [
        '볼륨에 있으므로 그대로 남아 있다',
        '사라진다. rm -f는 컨테이너가 쓰던 볼륨도 함께 지운다',
        '읽기 전용이 된다',
        'POSTGRES_PASSWORD를 바꾸면 복구된다',
      ],
      answer: 0,
      explanation:
        '데이터는 컨테이너의 쓰기 가능 레이어가 아니라 볼륨에 있습니다. 컨테이너를 지워도 볼륨은 남고, 새 컨테이너가 기존 데이터를 씁니다.',
    },
    {
      prompt: 'nginx에 호스트 폴더를 바인드 마운트한 뒤 호스트에서 index.html을 고치면?',
      choices: [
        '컨테이너를 다시 만들어야 바뀐 파일이 복사되어 반영된다',
        '같은 파일을 보므로 바로 반영된다',
        'docker cp로 복사해야 한다',
        ':ro 옵션 때문에 고칠 수 없다',
      ],
      answer: 1,
      explanation:
        '바인드 마운트는 복사가 아니라 같은 파일을 연결한 것입니다. :ro는 컨테이너 쪽에서의 쓰기만 막습니다.',
    },
  ],
};

export default quiz;
