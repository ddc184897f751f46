import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'containers/limits',
  questions: [
    {
      prompt: 'macOS에서 docker run --rm alpine uname -s를 실행하면 무엇이 나오며, 그 이유는?',
      choices: [
        'Darwin — 컨테이너가 macOS 커널을 함께 쓰므로',
        'Alpine — 이미지 이름이 나오므로',
        'Linux — Docker Desktop이 띄운 리눅스 VM의 커널이라서',
        '오류 — macOS에서는 리눅스 이미지를 실행할 수 없으므로',
      ],
      answer: 2,
      explanation:
        '리눅스 컨테이너에는 리눅스 커널이 필요합니다. Docker Desktop은 macOS 위에 작은 리눅스 VM을 띄우고 그 안에서 엔진을 돌리므로 uname은 그 VM의 리눅스 커널을 보여 줍니다.',
    },
    {
      prompt: 'WSL 1과 WSL 2의 차이 가운데 Docker Desktop에 중요한 것은?',
      choices: [
        'WSL 2는 리눅스 시스템 콜을 Windows 커널 호출로 번역한다',
        'WSL 2는 경량 VM에서 실제 리눅스 커널을 실행한다',
        'WSL 2는 Windows 컨테이너만 실행한다',
        '차이가 없다',
      ],
      answer: 1,
      explanation:
        '번역 방식은 WSL 1입니다. WSL 2는 실제 리눅스 커널을 경량 VM에서 돌리므로 네임스페이스와 cgroup을 포함한 커널 기능을 그대로 쓸 수 있고, Docker Desktop의 기본 백엔드가 되었습니다.',
    },
    {
      prompt:
        'Docker 기본 설정의 컨테이너 안에서 root로 ip link add dummy0 type dummy를 실행하면 Operation not permitted가 나옵니다. 이유는?',
      choices: [
        '컨테이너 안의 root는 사실 UID 1000인 일반 사용자라서',
        '네트워크 네임스페이스가 없어서',
        'cgroup이 네트워크 장치 수를 제한해서',
        'Docker가 CAP_NET_ADMIN을 빼고 실행해서',
      ],
      answer: 3,
      explanation:
        'Docker의 기본 설정은 사용자 네임스페이스를 쓰지 않으므로 컨테이너의 root는 UID 0이지만, 케이퍼빌리티 일부만 남기고 CAP_NET_ADMIN 같은 것은 뺍니다. --cap-add NET_ADMIN으로 그것만 더할 수 있습니다.',
    },
    {
      prompt: '다음 중 컨테이너 격리를 사실상 포기하는 설정이 아닌 것은?',
      choices: [
        '--cap-drop ALL --cap-add NET_BIND_SERVICE로 실행',
        '--privileged로 실행',
        '/var/run/docker.sock을 컨테이너에 마운트',
        '아무 사용자나 docker 그룹에 추가',
      ],
      answer: 0,
      explanation:
        '케이퍼빌리티를 모두 빼고 필요한 것만 더하는 것은 권한을 줄이는 좋은 습관입니다. 나머지 셋은 호스트 root와 다름없는 권한을 줍니다.',
    },
    {
      prompt:
        '여러 고객이 올린 믿을 수 없는 코드를 한 서버에서 실행해야 합니다. 가장 알맞은 선택은?',
      choices: [
        '기본 설정의 runc 컨테이너에 --read-only만 더하면 충분하다',
        'chroot로 나눈다',
        'VM이나 gVisor·Kata 같은 더 강한 격리를 쓴다',
        '--network host로 실행해 감시를 쉽게 한다',
      ],
      answer: 2,
      explanation:
        '일반 컨테이너는 커널 하나를 공유하므로 커널 취약점 하나로 경계가 무너질 수 있습니다. 하이퍼바이저의 벽(VM, Kata)이나 시스템 콜을 가로채는 사용자 공간 커널(gVisor)이 더 두꺼운 격리를 줍니다.',
    },
    {
      prompt: '데이터베이스를 컨테이너로 돌릴 때 맞는 설명은?',
      choices: [
        '컨테이너는 상태를 저장할 수 없어 데이터베이스는 불가능하다',
        '데이터를 볼륨에 두면 남지만 백업은 따로 한다',
        'docker export로 볼륨까지 함께 백업된다',
        '쓰기 가능 레이어가 볼륨보다 빨라 그대로 두는 편이 좋다',
      ],
      answer: 1,
      explanation:
        '컨테이너에도 쓰기 가능한 레이어가 있지만 docker rm과 함께 사라지고 쓰기 성능도 좋지 않습니다. 볼륨은 수명이 따로이므로 데이터를 지키기에 알맞고, docker export에는 볼륨 내용이 포함되지 않으므로 백업은 별도로 합니다.',
    },
  ],
};

export default quiz;
