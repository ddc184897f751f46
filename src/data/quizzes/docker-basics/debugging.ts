import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'docker-basics/debugging',
  questions: [
    {
      prompt:
        '`docker run -d --name api myapp`은 ID를 출력하고 끝났는데 `docker ps`에 api가 없다. 가장 먼저 할 일은?',
      choices: [
        '이미지를 지우고 다시 받는다',
        '`docker ps -a`로 상태와 종료 코드를 본다',
        '`docker exec -it api sh`로 들어가 본다',
        '`--restart always`를 붙여 다시 실행한다',
      ],
      answer: 1,
      explanation:
        '`docker ps`는 실행 중인 컨테이너만 보여 줍니다. 곧바로 끝난 컨테이너는 `-a`를 붙여야 보이고, STATUS의 `Exited (N)`이 첫 단서입니다. 끝난 컨테이너에는 exec로 들어갈 수 없고, 재시작 정책은 원인을 고치지 않습니다.',
    },
    {
      prompt:
        '`docker run --name t alpine slep 5`가 실패했다. `docker ps -a`에서 t의 STATUS와 `docker run`의 종료 코드는?',
      choices: ['`Exited (1)`, 1', '`Exited (127)`, 125', '`Created`, 127', '`Up`, 0'],
      answer: 2,
      explanation:
        '`slep`이라는 실행 파일이 없어 runc가 프로세스를 시작하지 못했습니다. 컨테이너는 만들어졌지만 시작되지 않은 `Created`로 남고, CLI는 "executable file not found"를 보고 127로 끝납니다. `.State.Error`에 같은 메시지가 남습니다.',
    },
    {
      prompt:
        "`docker inspect --format '{{.State.Status}} {{.State.OOMKilled}}' app`이 `running true`를 출력했다. 무슨 일이 있었나?",
      choices: [
        'PID 1이 아닌 프로세스가 OOM으로 죽었다',
        '메인 프로세스가 OOM으로 죽었으니 컨테이너가 곧 멈춘다',
        'Docker가 한도를 넘은 컨테이너의 메모리 한도를 자동으로 늘렸다',
        '메모리 한도가 걸려 있지 않아 OOM 킬러가 동작하지 않는다',
      ],
      answer: 0,
      explanation:
        'OOM 킬러가 cgroup 안의 프로세스 하나를 죽이면 Docker는 OOMKilled를 true로 표시합니다. 죽은 것이 PID 1이 아니면 컨테이너는 계속 실행됩니다. 플래그는 다음 시작 때 false로 돌아갑니다.',
    },
    {
      prompt:
        '컨테이너의 서버는 실행 중이고 `-p 8080:8000`도 보이는데, 호스트의 `curl localhost:8080`은 `(56) Recv failure`로 끊긴다. 도우미 컨테이너에서 `wget -qO- localhost:8000`은 페이지를 받는다. 원인은?',
      choices: [
        '호스트의 방화벽이 8080을 막았다',
        '컨테이너가 8000번 포트를 EXPOSE하지 않았다',
        'busybox의 wget이 curl보다 너그럽다',
        '서버가 127.0.0.1에서만 기다린다',
      ],
      answer: 3,
      explanation:
        '컨테이너 안의 localhost에서는 응답하지만 게시한 포트로 들어온 연결(컨테이너의 eth0 주소)에는 응답하지 않으면, 서버가 루프백에 묶인 것입니다. 0.0.0.0에서 기다리게 하면 됩니다. EXPOSE는 문서일 뿐 -p의 동작을 막지 않습니다.',
    },
    {
      prompt:
        '`docker run -d --name db --restart always postgres` 뒤 `docker ps -a`의 STATUS가 `Restarting (1) 3 seconds ago`다. 옳은 것은?',
      choices: [
        'Docker가 원인을 고치는 중이니 기다리면 된다',
        '종료 코드 1로 끝난 뒤 재시작을 기다리는 중이며, 원인은 `docker logs db`에서 찾는다',
        '1은 지금까지 재시작한 횟수다',
        '`docker exec -it db sh`로 들어가 비밀번호를 설정하면 된다',
      ],
      answer: 1,
      explanation:
        '괄호 안은 마지막 종료 코드이고, 횟수는 `docker inspect`의 RestartCount에 있습니다. 재시작 중인 컨테이너에는 exec로 들어갈 수 없습니다. 로그의 POSTGRES_PASSWORD 메시지를 보고 -e로 변수를 주어 컨테이너를 새로 만듭니다.',
    },
    {
      prompt: '시작하자마자 죽는 이미지 안의 파일을 보고 싶다. 어떤 명령이 맞나?',
      choices: [
        '`docker exec -it 이름 sh`로 끝난 컨테이너 안에 들어간다',
        '`docker logs -f 이름`으로 파일 목록이 나올 때까지 기다린다',
        '`docker run --rm -it --entrypoint sh 이미지`',
        '`docker start -a 이름`으로 다시 시작하며 붙는다',
      ],
      answer: 2,
      explanation:
        '죽은 컨테이너에는 exec를 쓸 수 없습니다. --entrypoint sh는 같은 이미지로 메인 프로세스 대신 셸을 띄우므로, 죽지 않은 채 파일과 환경 변수를 볼 수 있습니다. --rm은 빠져나오면 그 컨테이너를 지웁니다.',
    },
  ],
};

export default quiz;
