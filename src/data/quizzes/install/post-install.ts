import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'install/post-install',
  questions: [
    {
      prompt: '사용자를 docker 그룹에 넣으면 보안상 무엇과 같아집니까?',
      choices: [
        '읽기 전용 권한만 얻는 것',
        '컨테이너 안에서만 쓰는 별도 계정을 얻는 것',
        '호스트의 root 권한을 얻는 것',
        '아무 변화가 없는 것',
      ],
      answer: 2,
      explanation:
        'docker 그룹 구성원은 root로 실행되는 데몬에 무엇이든 요청할 수 있습니다. 호스트의 / 를 마운트한 컨테이너를 띄우면 호스트 파일을 root로 고칠 수 있으므로, Docker 문서는 이 그룹이 root 수준 권한을 준다고 경고합니다.',
    },
    {
      prompt:
        'usermod -aG docker $USER 직후 같은 터미널에서 docker ps가 여전히 permission denied를 내는 이유는 무엇입니까?',
      choices: [
        '그룹 변경은 새 로그인 세션부터 적용되어서',
        'Docker를 다시 설치해야 해서',
        '그룹 이름을 대문자로 써야 해서',
        '컴퓨터의 시간이 맞지 않아서',
      ],
      answer: 0,
      explanation:
        '프로세스의 그룹 목록은 로그인할 때 정해집니다. 로그아웃 후 다시 로그인하거나, 지금 셸에서 newgrp docker를 실행해야 새 그룹이 적용됩니다.',
    },
    {
      prompt: '루트리스 모드가 userns-remap과 다른 점은 무엇입니까?',
      choices: [
        '루트리스 모드에서는 컨테이너가 네트워크를 전혀 쓸 수 없다',
        '루트리스 모드는 Windows에서만 동작한다',
        '루트리스 모드에서는 이미지를 받을 수 없다',
        '데몬까지 일반 사용자 권한으로 실행된다',
      ],
      answer: 3,
      explanation:
        'userns-remap은 데몬을 root로 둔 채 컨테이너의 UID만 옮깁니다. 루트리스 모드는 데몬과 컨테이너 모두 일반 사용자 권한의 사용자 네임스페이스 안에서 실행합니다.',
    },
    {
      prompt:
        'Windows의 WSL 2 백엔드에서 Docker Desktop이 쓰는 메모리 한도를 바꾸는 곳은 어디입니까?',
      choices: [
        '/etc/docker/daemon.json',
        '사용자 폴더의 .wslconfig 파일',
        'compose.yaml의 version 키',
        '레지스트리 편집기의 Docker 키',
      ],
      answer: 1,
      explanation:
        'WSL 2 백엔드에서는 가상 머신의 자원을 WSL이 관리하므로 %USERPROFILE%\\.wslconfig의 [wsl2] 절에서 memory, processors를 정하고 wsl --shutdown 뒤 다시 시작합니다.',
    },
  ],
};

export default quiz;
