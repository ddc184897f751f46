import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'docker-basics/what-is-docker',
  questions: [
    {
      prompt: 'Docker가 새로 가져온 것으로 가장 알맞은 것은?',
      choices: [
        '이미지·레지스트리·CLI로 앱을 포장하고 나르는 방식',
        '리눅스 네임스페이스',
        'cgroup',
        '하이퍼바이저',
      ],
      answer: 0,
      explanation:
        '네임스페이스와 cgroup은 Docker 이전부터 커널에 있었습니다. Docker의 핵심은 애플리케이션을 이미지로 포장하고 레지스트리로 나르고 한 줄로 실행하게 한 것입니다.',
    },
    {
      prompt: 'amd64 서버에서 만든 이미지를 Apple silicon Mac에서 실행할 때 생길 수 있는 일은?',
      choices: [
        'Docker가 소스를 받아 arm64용으로 자동으로 다시 컴파일한다',
        'macOS 커널에서 직접 실행된다',
        '아무 차이 없이 같은 속도로 실행된다',
        '에뮬레이션으로 느리게 실행되거나 실행되지 않을 수 있다',
      ],
      answer: 3,
      explanation:
        '컨테이너는 CPU 명령을 직접 실행하므로 아키텍처가 맞아야 합니다. 멀티 플랫폼 이미지를 쓰거나 에뮬레이션으로 느리게 돌려야 합니다. 또 Mac에서는 리눅스 VM 안에서 실행됩니다.',
    },
    {
      prompt: '불변 인프라(immutable infrastructure) 방식으로 애플리케이션을 고치는 방법은?',
      choices: [
        '실행 중인 컨테이너에 접속해 패키지를 올린다',
        '새 이미지를 만들어 컨테이너를 갈아 끼운다',
        '호스트에 라이브러리를 설치한다',
        '컨테이너를 pause했다가 unpause한다',
      ],
      answer: 1,
      explanation:
        '불변 인프라에서는 돌고 있는 것을 고치지 않고, 바뀐 내용을 담은 새 이미지로 새 컨테이너를 만들어 교체합니다. 되돌리기도 이전 이미지로 다시 만들면 됩니다.',
    },
    {
      prompt: '"내 컴퓨터에서는 되는데 서버에서는 안 된다"는 문제를 Docker가 줄이는 까닭은?',
      choices: [
        'Docker가 모든 OS의 시스템 콜을 같은 모양으로 번역해 주므로',
        'Docker Hub가 올라온 코드의 버그를 자동으로 고쳐 주므로',
        '앱과 라이브러리를 이미지에 담아 어디서나 같은 파일로 실행하므로',
        'Docker가 컨테이너마다 가상 머신을 띄워 하드웨어까지 똑같이 흉내 내므로',
      ],
      answer: 2,
      explanation:
        '이미지에는 앱과 그 앱이 쓰는 라이브러리, 설정 파일이 함께 들어 있습니다. 노트북과 서버가 같은 이미지로 컨테이너를 만들면 같은 파일로 실행되므로, 호스트마다 설치된 라이브러리 버전이 달라 생기는 문제가 사라집니다. 커널은 호스트의 것을 쓰므로 CPU 아키텍처와 커널 기능은 여전히 맞아야 합니다.',
    },
    {
      prompt: '"Docker는 리눅스에서만 동작한다"는 문장이 정확하지 않은 이유는?',
      choices: [
        'Docker는 모든 OS의 시스템 콜을 리눅스 시스템 콜로 번역하기 때문',
        'Docker는 커널이 필요 없기 때문',
        'macOS에도 네임스페이스가 있기 때문',
        '리눅스 VM으로 실행하고, Windows 컨테이너도 있어서',
      ],
      answer: 3,
      explanation:
        '리눅스 컨테이너는 리눅스 커널이 필요하지만, Docker Desktop은 VM 안의 리눅스 커널을 씁니다. 그리고 Windows 컨테이너라는 별도의 종류도 있습니다.',
    },
  ],
};

export default quiz;
