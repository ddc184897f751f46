import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'docker-basics/architecture',
  questions: [
    {
      prompt:
        '`Cannot connect to the Docker daemon at unix:///var/run/docker.sock` 오류가 뜻하는 것은?',
      choices: [
        '이미지가 레지스트리에 없어 pull이 실패했다',
        '컨테이너 이름이 겹친다',
        '클라이언트가 소켓으로 dockerd에 닿지 못했다',
        'runc가 설치되어 있지 않아 컨테이너를 만들지 못했다',
      ],
      answer: 2,
      explanation:
        'docker 클라이언트는 유닉스 소켓 위의 REST API로 dockerd와 대화합니다. 데몬이 꺼져 있거나 소켓에 접근할 권한이 없으면 이 오류가 납니다.',
    },
    {
      prompt: 'docker run으로 컨테이너가 시작된 뒤 컨테이너 프로세스의 부모로 남는 것은?',
      choices: ['containerd-shim-runc-v2', 'docker 클라이언트', 'runc', '레지스트리'],
      answer: 0,
      explanation:
        'runc는 프로세스를 시작하고 종료합니다. 그 뒤 부모로 남아 입출력과 종료 코드를 지키는 것은 컨테이너마다 하나씩 뜨는 shim입니다.',
    },
    {
      prompt: '네 명령 중 이미지가 이미 로컬에 있을 때 레지스트리와 통신하는 것은?',
      choices: [
        'docker run nginx',
        'docker exec -it web sh',
        'docker stop web',
        'docker pull nginx',
      ],
      answer: 3,
      explanation:
        'pull은 항상 레지스트리에 태그가 가리키는 manifest를 확인합니다. run은 이미지가 없을 때만 pull을 하고, exec와 stop은 로컬에서 끝납니다.',
    },
    {
      prompt: 'docker exec가 하는 일로 옳은 것은?',
      choices: [
        '같은 이미지로 새 컨테이너를 만들어 그 안에서 명령을 실행한다',
        '실행 중인 컨테이너의 네임스페이스에 새 프로세스를 넣는다',
        '컨테이너를 재시작한다',
        '컨테이너의 파일 시스템을 복사한다',
      ],
      answer: 1,
      explanation:
        'exec는 runc exec로 이미 있는 네임스페이스와 cgroup에 들어가 프로세스를 하나 더 실행합니다. 그래서 같은 파일과 네트워크가 보입니다.',
    },
    {
      prompt: '사용자를 docker 그룹에 넣는 것을 신중히 해야 하는 이유는?',
      choices: [
        'Docker 소켓을 쓸 수 있으면 사실상 root라서',
        '그룹에 든 사용자의 컨테이너는 cgroup 한도 없이 실행되어 느려져서',
        '그룹이 디스크를 많이 차지해서',
        '그룹은 사용자 하나만 가질 수 있어서',
      ],
      answer: 0,
      explanation:
        '소켓으로 dockerd에 무엇이든 시킬 수 있고, 호스트의 /를 마운트한 컨테이너도 띄울 수 있습니다. Docker 문서도 docker 그룹이 root 수준 권한을 준다고 경고합니다.',
    },
  ],
};

export default quiz;
