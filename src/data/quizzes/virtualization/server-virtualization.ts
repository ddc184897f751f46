import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'virtualization/server-virtualization',
  questions: [
    {
      prompt: '1990년대 x86에서 트랩과 에뮬레이트만으로는 올바른 VM을 만들 수 없었던 이유는?',
      choices: [
        'x86에는 특권 모드와 사용자 모드의 구분이 아예 없었기 때문',
        'VM마다 물리 메모리를 통째로 따로 꽂아야 했기 때문',
        '일부 민감한 명령어가 트랩 없이 조용히 다르게 동작했기 때문',
        '인텔이 라이선스로 하이퍼바이저 개발을 막고 있었기 때문',
      ],
      answer: 2,
      explanation:
        'POPF처럼 낮은 특권 수준에서 실행하면 트랩 없이 일부 효과만 무시되는 명령어가 있었습니다. 트랩이 없으니 하이퍼바이저는 게스트가 무엇을 했는지 알 수 없습니다. x86에는 링 0~3의 특권 수준이 있습니다.',
    },
    {
      prompt:
        "논리 CPU가 8개인 Intel 리눅스에서 grep -c -E 'vmx|svm' /proc/cpuinfo가 16을 출력했습니다. 왜 그렇습니까?",
      choices: [
        'CPU마다 flags 줄과 vmx flags 줄이 있어 두 번씩 세었기 때문',
        'vmx와 svm을 모두 지원하는 CPU여서 두 번씩 세었기 때문',
        '하이퍼스레딩이 켜져 논리 CPU가 16개로 보였기 때문',
        'VM 안에서 실행해 가상 CPU가 두 배로 보였기 때문',
      ],
      answer: 0,
      explanation:
        "Intel CPU의 /proc/cpuinfo에는 vmx flags 줄이 따로 있어서 파일 전체를 세면 CPU마다 두 줄이 걸립니다. grep -E '^flags' /proc/cpuinfo | grep -cwE 'vmx|svm'처럼 flags 줄만 골라 세어야 합니다. 한 CPU가 vmx와 svm을 함께 갖지는 않습니다.",
    },
    {
      prompt: 'x86 가상화의 세 해법 가운데 게스트 운영체제를 고치지 않는 것끼리 묶은 것은?',
      choices: [
        '반가상화와 하드웨어 지원',
        '바이너리 변환과 반가상화',
        '셋 모두 게스트 커널을 조금씩은 고친다',
        '바이너리 변환과 하드웨어 지원',
      ],
      answer: 3,
      explanation:
        '바이너리 변환은 실행 직전에 게스트 코드를 바꿔 쓰고, 하드웨어 지원은 CPU가 민감한 동작을 하이퍼바이저로 넘깁니다. 둘 다 게스트 OS를 고치지 않는 전가상화입니다. 반가상화는 게스트 커널을 고쳐 하이퍼바이저를 직접 부르게 합니다.',
    },
    {
      prompt: 'SLAT(Intel EPT, AMD RVI)가 하는 일은?',
      choices: [
        '가상 디스크 파일의 블록을 실제 디스크의 블록에 빠르게 대응시킨다',
        '게스트 물리 주소를 실제 물리 주소로 바꾸는 일을 CPU가 맡는다',
        '게스트 커널을 사용자 모드로 내려 돌린다',
        '여러 VM이 같은 메모리 페이지를 공유하게 압축한다',
      ],
      answer: 1,
      explanation:
        '게스트의 주소는 게스트 가상 → 게스트 물리 → 실제 물리로 두 번 바뀝니다. SLAT는 두 번째 변환을 하드웨어로 처리해, 게스트가 페이지 테이블을 고칠 때마다 하이퍼바이저가 끼어들 필요를 없앱니다.',
    },
  ],
};

export default quiz;
