import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'virtualization/history',
  questions: [
    {
      prompt:
        'Docker Engine을 설치한 Ubuntu 서버에서 uname -r이 6.8.0-60-generic을 출력합니다. 같은 서버에서 docker run --rm alpine uname -r은 무엇을 출력합니까?',
      choices: [
        'Alpine 이미지에 들어 있는 Alpine 전용 커널의 버전',
        '6.8.0-60-generic',
        '아무것도 출력하지 않는다. 컨테이너에는 커널이 없기 때문이다',
        '6.10.14-linuxkit',
      ],
      answer: 1,
      explanation:
        '이미지에는 커널이 없습니다. 컨테이너 안의 uname도 시스템 콜로 커널에 묻고, 그 커널은 호스트의 커널입니다. 그래서 호스트와 같은 6.8.0-60-generic이 나옵니다. linuxkit으로 끝나는 커널은 Docker Desktop이 띄운 VM에서 봅니다.',
    },
    {
      prompt:
        'Mac의 터미널에서 docker run --rm alpine uname -r을 실행했더니 linuxkit으로 끝나는 버전이 나왔습니다. 이유로 맞는 것은?',
      choices: [
        'Alpine 이미지가 Mac에서도 돌 수 있도록 LinuxKit 커널을 함께 담아 배포되기 때문이다',
        'macOS 커널이 컨테이너 안에서만 리눅스 커널인 척하기 때문이다',
        'Docker Desktop이 띄운 리눅스 VM의 커널을 컨테이너가 함께 쓰기 때문이다',
        'docker run이 실행할 때마다 새 커널을 내려받아 부팅하기 때문이다',
      ],
      answer: 2,
      explanation:
        '컨테이너는 리눅스 커널이 있어야 실행됩니다. macOS에는 리눅스 커널이 없으므로 Docker Desktop은 LinuxKit으로 만든 리눅스 VM을 띄우고, 컨테이너는 그 VM의 커널을 함께 씁니다. 이미지에는 커널이 들어 있지 않습니다.',
    },
    {
      prompt:
        'Windows에서 Docker Desktop(WSL 2 백엔드)을 쓰고 있습니다. WSL의 Ubuntu 창에서 uname -r을, 이어서 docker run --rm alpine uname -r을 실행하면 어떻게 됩니까?',
      choices: [
        '두 명령 모두 microsoft-standard-WSL2로 끝나는 같은 커널 버전을 출력한다',
        'Ubuntu는 Windows의 버전을, 컨테이너는 리눅스 커널의 버전을 출력한다',
        '두 명령 모두 Windows 커널의 버전을 출력한다',
        '컨테이너 쪽은 Windows에 커널이 없어서 오류로 끝난다',
      ],
      answer: 0,
      explanation:
        'WSL 2는 경량 VM에서 Microsoft가 빌드한 리눅스 커널 하나를 돌리고, WSL의 배포판들과 Docker Desktop이 그 커널을 함께 씁니다. 그래서 두 명령의 출력이 같습니다.',
    },
    {
      prompt:
        '1990년대에 퍼진 "애플리케이션 하나에 서버 한 대" 관행이 남긴 문제로, 가상화를 다시 불러온 것은?',
      choices: [
        '프로그램끼리 라이브러리 버전이 부딪쳤다',
        '메인프레임 값이 올라 PC를 살 수 없게 되었다',
        '컨테이너가 너무 무거워 서버 한 대에 하나만 올릴 수 있었다',
        '대부분의 시간 동안 노는 서버가 전기와 자리를 차지했다',
      ],
      answer: 3,
      explanation:
        '라이브러리 충돌은 그 관행을 만든 이유였고, 관행이 남긴 문제는 사용률이 낮은 서버가 넘쳐 난 것입니다. 서버 여러 대를 VM으로 만들어 한 대에 모으는 통합이 그 답이었습니다.',
    },
  ],
};

export default quiz;
