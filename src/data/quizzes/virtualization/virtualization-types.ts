import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'virtualization/virtualization-types',
  questions: [
    {
      prompt:
        '디스크 네 개를 RAID로 묶어 하나의 큰 볼륨처럼 쓰는 것은 가상화의 어떤 모양에 해당합니까?',
      choices: ['나누기(하나 → 여럿)', '묶기(여럿 → 하나)', '에뮬레이션', '시분할'],
      answer: 1,
      explanation:
        '여러 물리 디스크를 하나의 논리 자원으로 보여 주므로 묶기입니다. 서버 한 대에서 VM 여러 대를 돌리는 것이 나누기입니다.',
    },
    {
      prompt: '다음 중 하이퍼바이저가 아닌 것끼리 묶은 것은?',
      choices: ['VirtualBox, VMware Workstation', 'RDP, VNC', 'ESXi, Hyper-V', 'Xen, KVM'],
      answer: 1,
      explanation:
        'RDP와 VNC는 화면을 네트워크로 보내는 원격 화면 프로토콜입니다. VDI에서 하이퍼바이저와 함께 쓰이지만 가상 머신을 실행하지는 않습니다.',
    },
    {
      prompt: 'JVM(Java Virtual Machine)에 대한 설명으로 가장 정확한 것은?',
      choices: [
        '하드웨어 전체를 가상화해 게스트 OS를 부팅하는 시스템 가상 머신이다',
        '자바 바이트코드를 실행하는 프로세스(언어) 가상 머신이다',
        '레지스트리를 격리해 설치 없이 앱을 실행하는 App-V의 한 종류이다',
        '커널을 공유하는 OS 수준 가상화이다',
      ],
      answer: 1,
      explanation:
        'JVM은 OS 위에서 한 프로세스로 돌며 자바 바이트코드를 실행하는 언어 가상 머신입니다. 시스템 가상 머신, 애플리케이션 가상화, 컨테이너와 모두 다릅니다.',
    },
    {
      prompt:
        '가상 머신 안의 게스트 OS도 자기 가상 메모리를 쓰기 때문에 생기는 "두 번의 주소 변환"을 하드웨어로 처리하는 기능은?',
      choices: ['TLB', 'SLAT(Intel EPT, AMD RVI)', 'VLAN', 'RAID'],
      answer: 1,
      explanation:
        'SLAT(Second Level Address Translation)는 게스트 가상 주소 → 게스트 물리 주소 → 실제 물리 주소 변환을 CPU가 처리하게 합니다. TLB는 가상 메모리 일반의 변환 캐시입니다.',
    },
    {
      prompt: '가상화와 에뮬레이션의 차이로 맞는 것은?',
      choices: [
        '가상화는 다른 CPU 아키텍처용 프로그램을 돌리고, 에뮬레이션은 같은 아키텍처만 돌린다',
        '가상화에서는 게스트 명령어 대부분이 실제 CPU에서 그대로 실행되고, 에뮬레이션은 명령어를 소프트웨어로 해석하거나 번역한다',
        '둘은 같은 말이다',
        '컨테이너는 하드웨어를 에뮬레이션한다',
      ],
      answer: 1,
      explanation:
        '가상화는 같은 종류의 하드웨어를 나눠 주므로 게스트 코드가 거의 그대로 실행됩니다. 에뮬레이션은 다른 하드웨어를 흉내 내므로 다른 아키텍처도 돌릴 수 있지만 느립니다. 컨테이너는 아무것도 흉내 내지 않습니다.',
    },
  ],
};

export default quiz;
