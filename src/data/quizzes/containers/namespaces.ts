import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'containers/namespaces',
  questions: [
    {
      prompt:
        'sudo unshare --uts bash로 연 셸에서 hostname box를 실행했습니다. 다른 터미널에서 hostname을 실행하면 무엇이 나옵니까?',
      choices: [
        'box가 나온다. 호스트 이름은 커널에 하나뿐이라서',
        '권한 오류가 난다',
        '두 이름이 함께 나온다',
        '원래 호스트 이름이 그대로 나온다',
      ],
      answer: 3,
      explanation:
        'unshare --uts로 만든 새 UTS 네임스페이스 안에서 바꾼 호스트 이름은 그 네임스페이스에만 보입니다. 다른 터미널의 셸은 원래 UTS 네임스페이스에 있으므로 원래 이름을 봅니다. 컨테이너마다 호스트 이름이 다른 것도 이 덕분입니다.',
    },
    {
      prompt:
        '두 프로세스에서 readlink /proc/self/ns/net을 실행했더니 둘 다 net:[4026531840]이 나왔습니다. 무엇을 뜻합니까?',
      choices: [
        '두 프로세스가 같은 네트워크 네임스페이스에 있다',
        '두 프로세스가 4026531840번 포트를 함께 쓴다',
        '둘 다 root 권한으로 실행 중이다',
        '두 프로세스의 /etc/network 설정 파일 내용이 같다',
      ],
      answer: 0,
      explanation:
        '/proc/PID/ns의 링크가 가리키는 번호는 네임스페이스의 inode 번호입니다. 번호가 같으면 같은 네임스페이스에 있으므로 같은 네트워크 인터페이스와 포트를 봅니다. lsns도 이 번호로 네임스페이스를 구분합니다.',
    },
    {
      prompt:
        'sudo unshare --pid ps -ef 만으로는 기대한 결과가 나오지 않습니다. 가장 알맞은 이유는?',
      choices: [
        'PID 네임스페이스는 root라도 systemd의 허락 없이는 만들 수 없어서',
        'ps 명령은 네임스페이스를 지원하지 않아서',
        '자식부터 새 PID 네임스페이스에 들고, ps는 /proc를 읽어서',
        'PID 네임스페이스는 Linux 5.6 이후에만 있어서',
      ],
      answer: 2,
      explanation:
        'PID 네임스페이스는 호출자의 자식부터 적용되므로 --fork로 자식을 만들어야 그 자식이 PID 1이 됩니다. 또 ps는 /proc를 읽으므로 새 PID 네임스페이스에 맞는 /proc를 --mount-proc으로 다시 마운트해야 합니다.',
    },
    {
      prompt: '시간 네임스페이스에 대한 설명으로 맞는 것은?',
      choices: [
        '컨테이너마다 date가 보여 주는 현재 시각과 시간대를 따로 정할 수 있다',
        'MONOTONIC·BOOTTIME 시계에만 오프셋을 주고 현재 시각은 그대로다',
        'UTS 네임스페이스의 다른 이름이다',
        'Docker가 모든 컨테이너에 기본으로 만든다',
      ],
      answer: 1,
      explanation:
        '시간 네임스페이스(Linux 5.6)는 단조 시계와 부팅 시계에 오프셋을 줄 뿐 현재 시각은 바꾸지 않습니다. Docker는 기본으로 시간 네임스페이스를 만들지 않습니다.',
    },
    {
      prompt:
        'Docker가 기본 설정으로 컨테이너를 만들 때 호스트와 공유하는(새로 만들지 않는) 네임스페이스 두 가지는?',
      choices: ['사용자와 시간', '네트워크와 PID', '마운트와 UTS', 'IPC와 cgroup'],
      answer: 0,
      explanation:
        'lsns -p로 컨테이너 프로세스를 보면 mnt, uts, ipc, pid, net, cgroup은 새 번호이고 user와 time은 호스트 init과 같은 번호입니다. 사용자 네임스페이스는 userns-remap이나 루트리스 모드에서만 씁니다.',
    },
    {
      prompt:
        '이미지에 ip 명령이 없는 컨테이너의 네트워크 설정을 호스트의 ip 명령으로 보고 싶습니다. 알맞은 도구는?',
      choices: [
        'unshare --net',
        'lsns -t net',
        'chroot /proc/PID/root',
        'nsenter --target PID --net',
      ],
      answer: 3,
      explanation:
        'nsenter는 setns()로 이미 있는 네임스페이스에 들어갑니다. 네트워크 네임스페이스만 들어가면 파일 시스템은 호스트의 것이어서 호스트의 ip 명령을 쓰면서 컨테이너의 네트워크를 볼 수 있습니다. unshare --net은 비어 있는 새 네임스페이스를 만듭니다.',
    },
  ],
};

export default quiz;
