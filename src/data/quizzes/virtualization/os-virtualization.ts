import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'virtualization/os-virtualization',
  questions: [
    {
      prompt:
        'Alpine의 파일을 푼 디렉터리로 sudo chroot한 셸에서 mount -t proc proc /proc을 하고 ps를 실행합니다. 무엇이 보입니까?',
      choices: [
        '셸과 ps, 두 프로세스만 보인다',
        '새로 마운트한 /proc이 비어 있어서 아무것도 보이지 않는다',
        'ps가 권한 오류로 실패한다',
        '호스트의 init과 커널 스레드까지 모든 프로세스가 보인다',
      ],
      answer: 3,
      explanation:
        'chroot는 경로를 찾는 기준인 루트 디렉터리만 바꿉니다. 프로세스 목록은 나누지 않으므로, 새로 마운트한 /proc에는 호스트의 모든 프로세스가 나옵니다. 프로세스를 나누는 것은 PID 네임스페이스입니다.',
    },
    {
      prompt: '리눅스 호스트의 Docker Engine에서 Windows 컨테이너를 돌릴 수 없는 까닭은?',
      choices: [
        'Windows 이미지는 라이선스 때문에 Docker Hub에 올릴 수 없어서',
        '컨테이너는 호스트 커널을 쓰는데, Windows 프로그램은 Windows 커널이 필요해서',
        'Windows 이미지는 수십 GB라 리눅스 파일 시스템에 담을 수 없어서',
        '리눅스에는 하드웨어 가상화 기능이 없어서',
      ],
      answer: 1,
      explanation:
        '컨테이너에는 커널이 없고 시스템 콜을 모두 호스트 커널이 받습니다. Windows 프로그램의 시스템 콜은 리눅스 커널이 처리할 수 없습니다. 다른 종류의 커널이 필요하면 VM을 써야 합니다.',
    },
    {
      prompt: 'chroot를 보안 경계로 믿으면 안 되는 이유로 맞는 것은?',
      choices: [
        'chroot는 디렉터리를 통째로 복사하므로 원본이 노출되기 때문',
        'chroot 안에서는 어떤 프로그램도 실행할 수 없기 때문',
        '안의 root 프로세스가 작업 디렉터리를 이용해 밖으로 나올 수 있기 때문',
        'chroot는 일반 사용자도 마음대로 풀 수 있기 때문',
      ],
      answer: 2,
      explanation:
        'chroot는 작업 디렉터리를 바꾸지 않습니다. 안의 root는 하위 디렉터리로 다시 chroot한 뒤 cd ..를 반복해 진짜 루트에 닿을 수 있습니다. chroot(2) 매뉴얼도 보안 목적으로 쓰도록 의도되지 않았다고 밝힙니다.',
    },
    {
      prompt: 'Docker가 LXC 같은 앞선 도구에 새로 더한 것으로 가장 알맞은 것은?',
      choices: [
        '이미지로 묶어 주고받고 같은 명령으로 실행하는 경험',
        '프로세스를 나누는 PID 네임스페이스',
        '자원을 제한하는 cgroup',
        '컨테이너마다 따로 부팅해 쓰는 작고 가벼운 리눅스 커널',
      ],
      answer: 0,
      explanation:
        '네임스페이스와 cgroup은 리눅스 커널의 기능이고, Docker 이전부터 있었습니다. Docker가 더한 것은 애플리케이션을 이미지로 묶고, 레지스트리로 주고받고, 어디서나 같은 명령으로 실행하는 경험입니다. 컨테이너에는 커널이 없습니다.',
    },
  ],
};

export default quiz;
