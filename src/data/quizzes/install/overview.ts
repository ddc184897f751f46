import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'install/index',
  questions: [
    {
      prompt: 'macOS에서 Docker Desktop이 내부에 Linux 가상 머신을 띄우는 이유는 무엇입니까?',
      choices: [
        'macOS에는 컨테이너가 쓰는 리눅스 커널 기능이 없어서',
        'macOS 보안 정책이 앱의 네트워크를 막아서',
        '가상 머신이 컨테이너보다 빠르기 때문에',
        'Docker Hub가 macOS 접속을 막고 있어서',
      ],
      answer: 0,
      explanation:
        'Linux 컨테이너는 네임스페이스와 cgroup 같은 Linux 커널 기능으로 만들어집니다. macOS와 Windows에는 그 커널이 없으므로 Docker Desktop이 Linux 가상 머신을 띄우고 그 안에서 Docker Engine을 실행합니다.',
    },
    {
      prompt: '다음 중 Docker Desktop을 상업적으로 쓰려면 유료 구독이 필요한 회사는 어디입니까?',
      choices: [
        '직원 40명, 연 매출 300만 달러인 회사',
        '직원 240명, 연 매출 900만 달러인 중견 회사',
        '직원 3명인 비영리 오픈 소스 프로젝트',
        '직원 90명, 연 매출 1,500만 달러인 회사',
      ],
      answer: 3,
      explanation:
        '조건은 "직원 250명 초과 또는 연 매출 1,000만 달러 초과"입니다. 둘 중 하나만 넘어도 해당하므로, 직원이 90명이어도 매출이 1,500만 달러면 유료 구독이 필요합니다.',
    },
    {
      prompt: 'Ubuntu 서버에 Docker를 설치할 때 알맞은 선택은 무엇입니까?',
      choices: [
        'Docker Desktop for Linux를 설치해 서버에서도 GUI로 관리한다',
        'Docker apt 저장소의 Docker Engine(docker-ce)',
        'Homebrew로 docker-desktop 설치',
        'OrbStack 설치',
      ],
      answer: 1,
      explanation:
        '서버에는 가상 머신이나 그래픽 앱이 필요 없습니다. Docker의 공식 apt 저장소에서 docker-ce 등 엔진 패키지를 설치합니다. OrbStack은 macOS 전용이고 Homebrew cask는 macOS용입니다.',
    },
    {
      prompt: 'Apple silicon Mac에서 Docker가 보는 기본 플랫폼 이름은 무엇입니까?',
      choices: ['linux/amd64', 'darwin/arm64', 'linux/arm64', 'windows/arm64'],
      answer: 2,
      explanation:
        'Apple silicon은 64비트 Arm CPU이고, Docker Desktop의 Linux 가상 머신도 Arm64로 실행되므로 기본 플랫폼은 linux/arm64입니다. 컨테이너는 Linux에서 실행되기 때문에 darwin 플랫폼은 쓰지 않습니다.',
    },
  ],
};

export default quiz;
