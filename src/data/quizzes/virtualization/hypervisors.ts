import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'virtualization/hypervisors',
  questions: [
    {
      prompt: '다음 가운데 Type 1 하이퍼바이저이면서 고치지 않은 게스트를 돌리는(전가상화) 것은?',
      choices: ['Hyper-V', 'VirtualBox', 'Xen의 PV 게스트', 'User-mode Linux'],
      answer: 0,
      explanation:
        'Hyper-V는 하드웨어 위에서 실행되는 Type 1이고, 하드웨어 지원으로 고치지 않은 Windows와 리눅스를 돌립니다. VirtualBox는 Type 2, Xen PV 게스트와 User-mode Linux는 고친 커널을 씁니다. Type 1이라고 반가상화인 것은 아닙니다.',
    },
    {
      prompt: 'VirtualBox의 게스트에 Guest Additions를 설치했습니다. 바른 설명은?',
      choices: [
        'VirtualBox가 호스트 OS 없이 실행되는 Type 1 하이퍼바이저로 바뀐다',
        '게스트 커널 본체를 Xen PV처럼 고쳐 하이퍼콜을 쓰게 된다',
        '하드웨어 지원 가상화가 꺼지고 바이너리 변환으로 돈다',
        '반가상화 드라이버가 더해질 뿐, 게스트 커널 본체는 그대로다',
      ],
      answer: 3,
      explanation:
        'Guest Additions는 화면, 디스크, 네트워크를 빠르게 하는 반가상화 드라이버와 도구입니다. 커널 본체는 고치지 않으므로 게스트는 여전히 하드웨어 지원 전가상화로 실행됩니다. 설치 위치(Type 2)도 바뀌지 않습니다.',
    },
    {
      prompt:
        'Windows 11 Pro에서 Hyper-V를 켜고 재부팅했습니다. 평소 쓰는 Windows 데스크톱은 이제 어디서 실행됩니까?',
      choices: [
        '하드웨어 위에서 그대로 돌고, Hyper-V는 그 위의 앱으로 돈다',
        '하이퍼바이저 위의 루트 파티션에서 돈다',
        'WSL 2의 경량 VM 안에서 돈다',
        '게스트와 같은 자식 파티션에서 돈다',
      ],
      answer: 1,
      explanation:
        'Hyper-V를 켜면 하이퍼바이저가 먼저 올라오고, 원래의 Windows는 그 위의 루트 파티션으로 실행됩니다. 루트 파티션은 장치 드라이버와 VM 관리를 맡고, 게스트 VM은 자식 파티션입니다.',
    },
    {
      prompt:
        'Ubuntu 서버에 Docker Engine만 설치하고 docker run을 실행하면, 가상 머신은 몇 개 뜹니까?',
      choices: [
        '컨테이너마다 하나씩 뜬다',
        'LinuxKit VM이 하나 뜬다',
        '하나도 뜨지 않는다',
        'KVM VM이 하나 뜬다',
      ],
      answer: 2,
      explanation:
        '리눅스의 Docker Engine은 VM 없이 호스트 커널 위에서 바로 컨테이너를 돌립니다. 리눅스 VM을 띄우는 것은 macOS, Windows, 리눅스의 Docker Desktop입니다.',
    },
  ],
};

export default quiz;
