import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'virtualization/hypervisors',
  questions: [
    {
      prompt: 'Type 1과 Type 2 하이퍼바이저를 가르는 기준은 무엇입니까?',
      choices: [
        '게스트 커널을 수정하는지 여부',
        '하이퍼바이저가 하드웨어 바로 위에서 도는지, 호스트 운영체제 위에서 도는지',
        'CPU에 VT-x가 있는지 여부',
        '상용 제품인지 오픈 소스인지',
      ],
      answer: 1,
      explanation:
        'Type 1/Type 2는 하이퍼바이저가 어디서 도는가의 분류입니다. 게스트 커널 수정 여부는 전가상화와 반가상화를 가르는 별개의 축입니다.',
    },
    {
      prompt: '다음 중 "두 축은 독립이다"를 보여 주는 예로 알맞은 것은?',
      choices: [
        'Type 1인 Hyper-V가 수정하지 않은 Windows 게스트를 전가상화로 돌린다',
        'Type 2는 언제나 바이너리 변환만 쓴다',
        'Type 1은 언제나 반가상화만 쓴다',
        '반가상화는 Type 2에서만 가능하다',
      ],
      answer: 0,
      explanation:
        'Type 1 하이퍼바이저도 하드웨어 지원으로 수정하지 않은 게스트를 돌립니다. 반대로 Type 2인 VirtualBox도 반가상화 드라이버를 씁니다. 그래서 "Type 1 = 반가상화, Type 2 = 전가상화"는 틀린 정리입니다.',
    },
    {
      prompt:
        'Xen에서 가상 디스크와 가상 네트워크의 백엔드를 제공하고 물리 장치 드라이버를 가진 도메인은?',
      choices: ['DomU', 'Dom0', '자식 파티션', 'VMkernel'],
      answer: 1,
      explanation:
        'Dom0는 하이퍼바이저와 함께 먼저 올라오는 특권 도메인으로, 물리 장치와 다른 도메인의 관리, 가상 디스크·네트워크 백엔드를 맡습니다. DomU는 비특권 게스트입니다. 자식 파티션은 Hyper-V, VMkernel은 ESXi의 용어입니다.',
    },
    {
      prompt: 'KVM에 대한 설명으로 맞는 것은?',
      choices: [
        'Windows에서만 도는 Type 2 하이퍼바이저이다',
        'Xen의 Dom0 위에서 도는 관리 도구이다',
        '리눅스 커널 모듈로서 리눅스를 하이퍼바이저로 만들며, 가상 머신 하나가 리눅스 프로세스 하나이다',
        '게스트 커널을 반드시 수정해야 하는 반가상화 전용 기술이다',
      ],
      answer: 2,
      explanation:
        'KVM은 2007년 리눅스 2.6.20에 들어간 커널 모듈입니다. VT-x/AMD-V로 수정하지 않은 게스트를 돌리며, 보통 QEMU 프로세스가 가상 머신 하나를 맡습니다. Red Hat은 이를 Type 1으로 설명합니다.',
    },
    {
      prompt: 'Hyper-V를 켠 Windows 11 PC에서 평소 쓰는 Windows는 어디에서 돌고 있습니까?',
      choices: [
        '하이퍼바이저 위의 루트 파티션에서',
        'Hyper-V 아래, 하드웨어 바로 위에서',
        'VirtualBox 안에서',
        'WSL 2의 리눅스 커널 위에서',
      ],
      answer: 0,
      explanation:
        'Hyper-V를 켜면 하이퍼바이저가 먼저 올라오고 기존 Windows는 그 위의 루트 파티션이 됩니다. 게스트 VM과 WSL 2의 경량 VM은 자식 파티션 쪽입니다.',
    },
  ],
};

export default quiz;
