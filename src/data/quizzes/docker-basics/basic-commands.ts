import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'docker-basics/basic-commands',
  questions: [
    {
      prompt: '`docker run nginx -p 8080:80`을 실행했더니 포트가 열리지 않았다. 이유는?',
      choices: [
        'nginx 이미지는 80번이 아니라 8080번에서 듣도록 되어 있어서',
        '-p는 -d와 함께만 동작해서',
        '8080번은 예약된 포트라서',
        '-p가 이미지 뒤에 있어 컨테이너 명령의 인자가 되어서',
      ],
      answer: 3,
      explanation:
        'IMAGE 뒤의 모든 것은 컨테이너 안에서 실행할 명령과 인자입니다. Docker 옵션은 docker run -p 8080:80 nginx처럼 이미지 앞에 써야 합니다.',
    },
    {
      prompt: '한 번 실행하고 끝나면 컨테이너가 남지 않게 하려면 어떤 옵션을 쓰나요?',
      choices: ['-d', '--rm', '--restart no', '-q'],
      answer: 1,
      explanation:
        '--rm은 컨테이너가 끝날 때 자동으로 지웁니다. -d는 백그라운드 실행, -q는 ID만 출력하는 ps·images의 옵션입니다.',
    },
    {
      prompt: 'docker ps와 docker container ls의 관계는?',
      choices: [
        '같은 명령의 두 이름이다',
        'ps는 이미지를, container ls는 컨테이너를 보여 준다',
        'container ls는 멈춘 컨테이너만 보여 준다',
        'ps는 Docker 29에서 제거되었다',
      ],
      answer: 0,
      explanation:
        'Docker 1.13부터 대상별로 묶은 관리 명령이 생겼고, 짧은 형태와 완전히 같은 일을 합니다.',
    },
    {
      prompt: '애플리케이션 로그의 마지막 50줄부터 새 로그를 계속 따라 보려면?',
      choices: [
        'docker exec app tail -50',
        'docker inspect app',
        'docker logs --tail 50 -f app',
        'docker stats app',
      ],
      answer: 2,
      explanation: '--tail 50은 마지막 50줄부터, -f는 새로 쓰이는 로그를 계속 보여 줍니다.',
    },
    {
      prompt: 'Docker 29 CLI와 Docker 28 CLI 모두에서 같은 모양의 이미지 목록을 얻는 방법은?',
      choices: [
        'docker images만 쓴다',
        'docker image ls --format으로 열을 정한다',
        'docker system df -v의 Images 절을 잘라 쓴다',
        'docker search로 목록을 얻는다',
      ],
      answer: 1,
      explanation:
        'Docker 29는 옵션이 없으면 새 보기를 쓰지만 --format을 주면 지정한 표를 출력합니다. 스크립트는 언제나 --format을 쓰는 편이 안전합니다.',
    },
    {
      prompt: '옵션 없이 docker volume prune을 실행하면 지워지는 것은?',
      choices: [
        '어떤 컨테이너도 쓰지 않는 익명 볼륨',
        '이름 붙은 볼륨을 포함해 쓰지 않는 모든 볼륨',
        '실행 중인 컨테이너의 볼륨',
        '모든 볼륨',
      ],
      answer: 0,
      explanation:
        '현재 Docker는 기본으로 쓰지 않는 익명 볼륨만 지우고, -a를 주어야 이름 붙은 볼륨까지 지웁니다. 그래도 데이터 삭제이므로 조심해야 합니다.',
    },
  ],
};

export default quiz;
