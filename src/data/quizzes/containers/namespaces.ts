import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'containers/namespaces',
  questions: [
    {
      prompt: '현재 리눅스 커널의 네임스페이스는 몇 종입니까?',
      choices: ['6종', '7종', '8종', '9종'],
      answer: 2,
      explanation:
        '마운트, UTS, IPC, PID, 네트워크, 사용자, cgroup, 시간의 8종입니다. /proc/PID/ns에 링크가 10개 보이는 것은 pid_for_children과 time_for_children이 더 있기 때문이지 종류가 10개라서가 아닙니다.',
    },
    {
      prompt: '호스트 이름(hostname)을 컨테이너마다 다르게 보이게 하는 네임스페이스는?',
      choices: ['시간 네임스페이스', 'UTS 네임스페이스', 'IPC 네임스페이스', '마운트 네임스페이스'],
      answer: 1,
      explanation:
        'UTS 네임스페이스(Linux 2.6.19)가 호스트 이름과 NIS 도메인 이름을 격리합니다. 시간 네임스페이스(Linux 5.6)는 별개이며, 부팅 후 경과 시계와 단조 시계의 오프셋만 다룹니다.',
    },
    {
      prompt:
        'sudo unshare --pid ps -ef 만으로는 기대한 결과가 나오지 않습니다. 가장 알맞은 이유는?',
      choices: [
        'PID 네임스페이스는 root도 만들 수 없어서',
        'unshare를 호출한 프로세스 자신은 원래 PID 네임스페이스에 남고 자식부터 새 네임스페이스에 들어가며, ps는 /proc를 읽기 때문에 --fork와 --mount-proc이 필요해서',
        'ps 명령은 네임스페이스를 지원하지 않아서',
        'PID 네임스페이스는 Linux 5.6 이후에만 있어서',
      ],
      answer: 1,
      explanation:
        'PID 네임스페이스는 호출자의 자식부터 적용되므로 --fork로 자식을 만들어야 그 자식이 PID 1이 됩니다. 또 ps는 /proc를 읽으므로 새 PID 네임스페이스에 맞는 /proc를 --mount-proc으로 다시 마운트해야 합니다.',
    },
    {
      prompt: '시간 네임스페이스에 대한 설명으로 맞는 것은?',
      choices: [
        '컨테이너마다 date가 보여 주는 현재 시각을 다르게 할 수 있다',
        'CLOCK_MONOTONIC과 CLOCK_BOOTTIME의 오프셋을 바꿀 수 있고, 벽시계(CLOCK_REALTIME)는 격리하지 않는다',
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
      choices: ['네트워크와 PID', '마운트와 UTS', '사용자와 시간', 'IPC와 cgroup'],
      answer: 2,
      explanation:
        'lsns -p로 컨테이너 프로세스를 보면 mnt, uts, ipc, pid, net, cgroup은 새 번호이고 user와 time은 호스트 init과 같은 번호입니다. 사용자 네임스페이스는 userns-remap이나 루트리스 모드에서만 씁니다.',
    },
    {
      prompt:
        '이미지에 ip 명령이 없는 컨테이너의 네트워크 설정을 호스트의 ip 명령으로 보고 싶습니다. 알맞은 도구는?',
      choices: ['unshare --net', 'nsenter --target PID --net', 'lsns -t net', 'chroot'],
      answer: 1,
      explanation:
        'nsenter는 setns()로 이미 있는 네임스페이스에 들어갑니다. 네트워크 네임스페이스만 들어가면 파일 시스템은 호스트의 것이어서 호스트의 ip 명령을 쓰면서 컨테이너의 네트워크를 볼 수 있습니다. unshare --net은 비어 있는 새 네임스페이스를 만듭니다.',
    },
  ],
};

export default quiz;
