import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'building-images/practice-static-site',
  questions: [
    {
      prompt: 'nginx 공식 이미지에서 정적 파일을 복사해 넣을 기본 문서 루트는?',
      choices: ['/var/www/html', '/etc/nginx/html', '/srv/static', '/usr/share/nginx/html'],
      answer: 3,
      explanation: 'nginx 공식 이미지의 기본 설정은 /usr/share/nginx/html을 문서 루트로 씁니다.',
    },
    {
      prompt: 'CMD ["nginx", "-g", "daemon off;"]에서 daemon off;가 필요한 이유는?',
      choices: [
        'daemon 모드의 nginx는 포트 80 대신 임의의 포트를 열기 때문에',
        '로그를 끄려고',
        'nginx가 백그라운드로 가면 PID 1이 끝나 컨테이너도 멈춰서',
        'nginx를 더 빠르게 하려고',
      ],
      answer: 2,
      explanation:
        '컨테이너는 PID 1 프로세스가 살아 있는 동안만 실행됩니다. nginx가 데몬으로 분리되면 처음 프로세스가 끝나 컨테이너가 멈춥니다.',
    },
    {
      prompt:
        'docker run -d -p 8080:80 static-site:1.0을 실행했습니다. 호스트의 브라우저에서 어느 주소로 접속합니까?',
      choices: [
        'http://localhost:80',
        'http://localhost:8080',
        'http://localhost',
        'http://static-site:80',
      ],
      answer: 1,
      explanation:
        '-p 호스트포트:컨테이너포트입니다. 브라우저는 호스트의 8080으로 접속하고, Docker가 컨테이너의 80으로 넘겨 줍니다. 컨테이너 이름은 호스트의 DNS 이름이 아닙니다.',
    },
    {
      prompt: '배포한 컨테이너의 페이지 문구를 바꾸는 올바른 방법은?',
      choices: [
        'docker exec로 들어가 vi로 /usr/share/nginx/html/index.html을 고친다',
        'docker commit으로 컨테이너를 저장한다',
        'index.html을 고쳐 새 태그로 빌드하고 컨테이너를 바꾼다',
        'nginx를 다시 시작한다',
      ],
      answer: 2,
      explanation:
        '컨테이너 안에서 고친 내용은 컨테이너를 지우면 사라지고 기록도 남지 않습니다. 변경은 이미지에 담아 새 컨테이너로 배포합니다.',
    },
    {
      prompt: '-v "$(pwd)/site:/usr/share/nginx/html:ro" 바인드 마운트는 언제 알맞습니까?',
      choices: [
        '개발 중 고친 파일을 빌드 없이 바로 볼 때',
        '운영 서버에 배포해 어디서든 같은 결과를 낼 때',
        '이미지를 작게 만들 때',
        '레지스트리에 올릴 때',
      ],
      answer: 0,
      explanation:
        '바인드 마운트는 호스트의 디렉터리를 그대로 보여 주므로 개발 중에 편합니다. 배포용 이미지에는 파일이 들어 있어야 어디서든 같은 결과가 나옵니다.',
    },
  ],
};

export default quiz;
