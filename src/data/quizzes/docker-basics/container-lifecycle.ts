import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'docker-basics/container-lifecycle',
  questions: [
    {
      prompt: 'docker ps -a에 `Exited (137) 5 minutes ago`가 보인다. 가장 그럴듯한 원인은?',
      choices: [
        '애플리케이션이 오류 없이 정상 종료하고 코드 137을 돌려주었다',
        '컨테이너가 일시 정지되었다',
        'SIGKILL로 강제 종료되었다',
        '이미지가 삭제되었다',
      ],
      answer: 2,
      explanation:
        '137 = 128 + 9(SIGKILL)입니다. docker kill, stop의 유예 시간 초과, 메모리 한도 초과로 인한 OOM kill이 이 코드를 남깁니다.',
    },
    {
      prompt: '멈춘(exited) 컨테이너 web을 같은 데이터 그대로 다시 실행하려면?',
      choices: [
        'docker start web',
        'docker run --name web nginx',
        'docker create web',
        'docker unpause web',
      ],
      answer: 0,
      explanation:
        'start는 같은 컨테이너를 쓰기 가능 레이어 그대로 다시 실행합니다. run은 새 컨테이너를 만들므로 이름이 겹쳐 Conflict 오류가 납니다.',
    },
    {
      prompt: '실행 중인 컨테이너에 docker rm web을 실행하면?',
      choices: [
        '유예 시간 10초를 기다린 뒤 SIGKILL로 끝내고 삭제한다',
        '실행 중이라며 삭제를 거부한다',
        '즉시 삭제된다',
        '일시 정지된다',
      ],
      answer: 1,
      explanation:
        'Docker는 실행 중인 컨테이너의 삭제를 "cannot remove container …: container is running: stop the container before removing or force remove" 오류로 거부합니다. 먼저 stop하거나 docker rm -f로 강제 삭제해야 합니다.',
    },
    {
      prompt: 'docker pause의 효과로 옳은 것은?',
      choices: [
        '프로세스를 종료하고 메모리를 비운 뒤 상태를 디스크에 저장한다',
        '네트워크만 끊는다',
        '컨테이너를 디스크에 저장한다',
        '프로세스를 얼린다. 메모리는 그대로, STATUS는 Paused',
      ],
      answer: 3,
      explanation:
        'pause는 cgroup freezer로 프로세스를 얼릴 뿐 끝내지 않습니다. STATUS는 "Up … (Paused)"로 보이고, unpause하면 멈춘 지점부터 계속 실행됩니다.',
    },
    {
      prompt:
        '직접 stop한 컨테이너는 데몬이 재시작되어도 멈춘 채로 두고, 그 밖의 경우엔 항상 다시 띄우는 정책은?',
      choices: ['no', 'on-failure', 'unless-stopped', 'always'],
      answer: 2,
      explanation:
        'always는 데몬이 재시작되면 직접 멈춘 컨테이너도 다시 시작합니다. unless-stopped는 사용자가 멈춘 것은 존중합니다.',
    },
    {
      prompt: '컨테이너 안에 만든 파일이 사라지는 시점은?',
      choices: ['docker stop', '호스트 재부팅', 'docker pause', 'docker rm'],
      answer: 3,
      explanation:
        '쓰기 가능 레이어는 컨테이너와 수명이 같아서 stop이나 재부팅에는 남고, rm으로 컨테이너를 지울 때 함께 사라집니다.',
    },
  ],
};

export default quiz;
