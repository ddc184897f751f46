import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'docker-basics/docker-hub-practice',
  questions: [
    {
      prompt: '`docker pull postgres`에서 Docker가 실제로 받는 이미지 이름은?',
      choices: [
        'postgres',
        'docker.io/postgres/postgres:stable',
        'docker.io/library/postgres:latest',
        'hub.docker.com/postgres:18',
      ],
      answer: 2,
      explanation:
        '레지스트리가 없으면 docker.io, 슬래시가 없으면 library/(공식 이미지), 태그가 없으면 latest가 붙습니다.',
    },
    {
      prompt: '운영 환경에서 이미지를 고를 때 가장 알맞은 것은?',
      choices: [
        'latest 태그',
        '정확한 버전 태그나 digest',
        '아무 사용자 이미지',
        '태그 없이 이름만',
      ],
      answer: 1,
      explanation:
        'latest와 부 버전 태그는 다른 이미지로 옮겨 갈 수 있습니다. 운영에서는 정확한 버전, 완전히 고정하려면 digest를 씁니다.',
    },
    {
      prompt: '로그인하지 않은 사용자의 Docker Hub pull 한도(2025년 4월 이후)는?',
      choices: ['IP당 시간당 10회', '계정당 하루 100회', '무제한', 'IP당 6시간에 200회'],
      answer: 0,
      explanation:
        '로그인하지 않으면 IPv4 주소(또는 IPv6 /64)당 시간당 10회, 무료 계정으로 로그인하면 시간당 100회입니다.',
    },
    {
      prompt:
        'postgres 컨테이너를 docker rm -f로 지운 뒤 같은 볼륨으로 새 컨테이너를 만들면 데이터는?',
      choices: [
        '사라진다',
        '볼륨에 있으므로 그대로 남아 있다',
        '읽기 전용이 된다',
        'POSTGRES_PASSWORD를 바꾸면 복구된다',
      ],
      answer: 1,
      explanation:
        '데이터는 컨테이너의 쓰기 가능 레이어가 아니라 볼륨에 있습니다. 컨테이너를 지워도 볼륨은 남고, 새 컨테이너가 기존 데이터를 씁니다.',
    },
    {
      prompt: 'nginx에 호스트 폴더를 바인드 마운트한 뒤 호스트에서 index.html을 고치면?',
      choices: [
        '컨테이너를 다시 만들어야 반영된다',
        '같은 파일을 함께 보므로 바로 반영된다',
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
