import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'docker-basics/what-is-docker',
  questions: [
    {
      prompt: 'Docker가 2013년에 새로 가져온 것으로 가장 알맞은 것은?',
      choices: [
        '리눅스 네임스페이스',
        'cgroup',
        '이미지 형식·레지스트리·쉬운 CLI를 묶은 포장과 배포 방식',
        '하이퍼바이저',
      ],
      answer: 2,
      explanation:
        '네임스페이스와 cgroup은 Docker 이전부터 커널에 있었습니다. Docker의 핵심은 애플리케이션을 이미지로 포장하고 레지스트리로 나르고 한 줄로 실행하게 한 것입니다.',
    },
    {
      prompt: 'amd64 서버에서 만든 이미지를 Apple silicon Mac에서 실행할 때 생길 수 있는 일은?',
      choices: [
        '아무 차이 없이 항상 같은 속도로 돈다',
        'CPU 아키텍처가 달라 에뮬레이션이 필요하거나 실행되지 않을 수 있다',
        'Docker가 자동으로 소스를 다시 컴파일한다',
        'macOS 커널에서 직접 실행된다',
      ],
      answer: 1,
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
      prompt: 'Docker가 LXC 대신 자체 라이브러리 libcontainer를 기본으로 쓰기 시작한 버전은?',
      choices: ['0.9 (2014년)', '1.11 (2016년)', '20.10 (2020년)', '29.0 (2025년)'],
      answer: 0,
      explanation:
        '0.9(2014-03-10)부터 libcontainer가 기본이 되었고, 1.11(2016-04)부터는 containerd와 runc 위에서 동작합니다. 29.0은 containerd 이미지 스토어가 새 설치의 기본이 된 버전입니다.',
    },
    {
      prompt: '"Docker는 리눅스에서만 동작한다"는 문장이 정확하지 않은 이유는?',
      choices: [
        'Docker는 커널이 필요 없기 때문',
        'Windows 커널을 공유하는 Windows 컨테이너도 있고, macOS·Windows에서는 리눅스 VM으로 리눅스 컨테이너를 돌리기 때문',
        'Docker는 모든 OS의 시스템 콜을 번역하기 때문',
        'macOS에도 네임스페이스가 있기 때문',
      ],
      answer: 1,
      explanation:
        '리눅스 컨테이너는 리눅스 커널이 필요하지만, Docker Desktop은 VM 안의 리눅스 커널을 씁니다. 그리고 Windows 컨테이너라는 별도의 종류도 있습니다.',
    },
  ],
};

export default quiz;
