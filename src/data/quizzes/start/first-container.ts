import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'start/first-container',
  questions: [
    {
      prompt:
        '`docker run -d -p 8080:80 --name web nginx`에서 `8080`과 `80`은 각각 무엇을 가리키나요?',
      choices: [
        '8080은 컨테이너 안의 포트이고, 80은 브라우저가 접속할 호스트의 포트',
        '8080은 호스트의 포트, 80은 컨테이너 안 nginx의 포트',
        '둘 다 호스트의 포트이고, 8080이 막혀 있으면 Docker가 80을 대신 쓴다',
        '8080은 받을 nginx 이미지의 버전 번호이고, 80은 nginx가 듣는 포트',
      ],
      answer: 1,
      explanation:
        '-p는 호스트:컨테이너 순서입니다. 브라우저나 curl은 호스트의 8080번으로 접속하고, Docker가 그 연결을 컨테이너 안 nginx가 듣는 80번으로 넘깁니다.',
    },
    {
      prompt:
        'web 컨테이너가 실행 중일 때 `docker run -d -p 8080:80 --name web2 nginx`를 실행했더니 `Bind for 0.0.0.0:8080 failed: port is already allocated`로 실패했습니다. 이유는?',
      choices: [
        '두 컨테이너가 모두 컨테이너 안의 80 포트를 쓰기 때문',
        'nginx 이미지로는 컨테이너를 하나만 만들 수 있기 때문',
        '호스트의 8080 포트를 이미 web이 쓰고 있기 때문',
        '--name web2가 web과 너무 비슷하기 때문',
      ],
      answer: 2,
      explanation:
        '컨테이너마다 자기 80 포트를 따로 가지므로 컨테이너 쪽은 겹쳐도 됩니다. 겹치면 안 되는 것은 호스트 쪽 포트입니다. -p 8081:80처럼 다른 호스트 포트를 고르면 됩니다.',
    },
    {
      prompt: '`docker stop web` 바로 뒤에 `docker ps`를 실행하면 무엇이 보이나요?',
      choices: [
        '열 이름 줄만 나온다. 멈춘 web은 docker ps -a에서 보인다',
        'web이 STATUS 열에 Exited (0)으로 표시된 채 목록에 그대로 나온다',
        'web이 목록에서 사라지고, docker ps -a로 봐도 더는 나오지 않는다',
        'Error response from daemon 오류가 나고 아무 목록도 나오지 않는다',
      ],
      answer: 0,
      explanation:
        'docker ps는 실행 중인 컨테이너만 보여 줍니다. 멈춘 컨테이너는 지우기 전까지 남아 있고, docker ps -a로 봐야 Exited (0)과 함께 나옵니다.',
    },
    {
      prompt:
        '`docker stop web`으로 멈춘 뒤 지우지 않고 `docker run -d -p 8080:80 --name web nginx`를 다시 실행하면 어떻게 되나요?',
      choices: [
        '멈춰 있던 web이 같은 설정으로 다시 시작되어 8080 포트로 접속된다',
        '같은 이름 web을 가진 컨테이너가 하나 더 생겨 둘 다 목록에 보인다',
        '이미지를 Docker Hub에서 다시 내려받은 뒤 새 web 컨테이너로 실행된다',
        'The container name "/web" is already in use 오류로 실패한다',
      ],
      answer: 3,
      explanation:
        'docker run은 언제나 새 컨테이너를 만듭니다. 멈춘 web이 이름을 계속 차지하고 있으므로 이름 충돌로 실패합니다. 멈춘 것을 다시 쓰려면 docker start web, 새로 만들려면 먼저 docker rm web을 합니다.',
    },
    {
      prompt:
        '`curl http://localhost:8080`을 한 뒤 `docker logs web`의 마지막 줄에 `"GET / HTTP/1.1" 200`이 보이는 까닭은?',
      choices: [
        'curl이 보낸 요청 기록을 Docker 데몬에게 따로 한 번 더 보내 주기 때문',
        'nginx가 접근 로그를 표준 출력에 쓰고, Docker가 그 출력을 모아 두기 때문',
        'docker logs가 호스트의 네트워크 연결 기록을 직접 읽어서 보여 주기 때문',
        '-d 옵션이 컨테이너가 받은 모든 네트워크 요청을 로그 파일로 저장하기 때문',
      ],
      answer: 1,
      explanation:
        'docker logs는 컨테이너 메인 프로세스가 표준 출력과 표준 오류에 쓴 내용을 보여 줍니다. 공식 nginx 이미지는 접근 로그를 표준 출력으로 보내도록 되어 있어서 요청마다 한 줄씩 남습니다.',
    },
    {
      prompt: '멈춘 web 컨테이너에 `docker exec web nginx -v`를 실행하면?',
      choices: [
        'nginx version: nginx/… 가 정상으로 출력된다',
        'Docker가 web을 잠깐 시작해 명령을 실행하고 다시 멈춘다',
        'container … is not running 오류가 난다',
        '새 컨테이너가 만들어져 명령을 실행한다',
      ],
      answer: 2,
      explanation:
        'exec는 실행 중인 컨테이너 안에서 프로세스를 하나 더 띄우는 명령입니다. 멈춘 컨테이너에는 쓸 수 없으니 먼저 docker start web을 해야 합니다.',
    },
  ],
};

export default quiz;
