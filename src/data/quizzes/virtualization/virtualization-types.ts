import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'virtualization/virtualization-types',
  questions: [
    {
      prompt:
        'Apple silicon Mac의 Docker Desktop에서 docker run --rm --platform linux/amd64 alpine uname -m을 실행하면 무엇이 출력됩니까?',
      choices: ['aarch64', 'x86_64', 'arm64', 'exec format error'],
      answer: 1,
      explanation:
        '--platform linux/amd64로 amd64판 이미지를 골랐으므로 컨테이너 안의 프로그램은 x86-64용입니다. Docker Desktop이 그 명령어를 Arm 명령어로 번역(에뮬레이션)해 실행하므로, 프로그램은 자기가 x86_64에서 돈다고 봅니다.',
    },
    {
      prompt: 'Apple silicon Mac에서 amd64 이미지가 arm64 이미지보다 눈에 띄게 느린 이유는?',
      choices: [
        'x86-64 명령어를 Arm 명령어로 번역하며 실행하기 때문',
        'amd64 이미지는 두 배 크기라 받는 데 오래 걸리기 때문',
        'amd64 컨테이너마다 리눅스 VM을 하나씩 새로 띄우기 때문',
        'Apple silicon에는 하드웨어 가상화 기능이 전혀 없기 때문',
      ],
      answer: 0,
      explanation:
        '같은 종류의 CPU를 나눠 주는 가상화는 명령어를 그대로 실행하지만, 다른 종류의 CPU를 흉내 내는 에뮬레이션은 명령어를 번역해야 합니다. Rosetta 2나 QEMU가 이 번역을 맡습니다. VM은 하나뿐이고, Apple silicon에도 가상화 기능이 있습니다.',
    },
    {
      prompt:
        '클라우드에서 빌린 리눅스 서버에서 lscpu | grep -i virtualization을 실행했더니 Virtualization type: full만 나왔습니다. 바르게 읽은 것은?',
      choices: [
        '이 서버에서 KVM으로 VM을 얼마든지 띄울 수 있다',
        '이 서버에서는 컨테이너를 실행할 수 없다',
        'CPU가 VT-x와 AMD-V를 모두 지원한다',
        '이 서버 자체가 전가상화된 가상 머신이다',
      ],
      answer: 3,
      explanation:
        'Virtualization type: full은 지금 이 리눅스가 전가상화된 VM의 게스트라는 뜻입니다. VM을 다시 띄우려면 중첩 가상화가 켜져 있어야 합니다. 컨테이너는 VM이 아니므로 이런 서버에서도 잘 실행됩니다.',
    },
    {
      prompt: '다음 가운데 OS 수준 가상화에 속하는 것은?',
      choices: [
        'VirtualBox에서 띄운 Ubuntu VM',
        '자바 바이트코드를 실행하는 JVM',
        'Docker 컨테이너',
        '스위치 하나를 나눈 VLAN',
      ],
      answer: 2,
      explanation:
        'OS 수준 가상화는 커널 하나를 두고 그 위의 사용자 공간을 나눕니다. Docker 컨테이너가 여기에 속합니다. VirtualBox의 VM은 서버(하드웨어) 가상화, JVM은 언어 가상 머신, VLAN은 네트워크 가상화입니다.',
    },
  ],
};

export default quiz;
