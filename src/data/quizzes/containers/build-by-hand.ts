import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'containers/build-by-hand',
  questions: [
    {
      prompt:
        'sudo unshare --pid --fork --mount-proc=rootfs/proc chroot rootfs /bin/sh로 만든 상자 안에서 ps를 실행하면 PID 1은 무엇입니까?',
      choices: ['호스트의 systemd', 'unshare', '/bin/sh', 'chroot'],
      answer: 2,
      explanation:
        '--fork로 만든 자식이 새 PID 네임스페이스의 PID 1이 되고, 그 자식이 chroot를 실행하며, chroot는 다시 exec로 /bin/sh가 됩니다. unshare 자신은 원래 네임스페이스에 남아 기다리고, 호스트의 systemd는 상자 안에서 보이지 않습니다.',
    },
    {
      prompt: '--mount-proc 없이 sudo unshare --pid --fork ps -ef를 실행했습니다. 무엇이 보입니까?',
      choices: [
        '호스트의 프로세스가 모두 보인다',
        'ps 자신 하나만 PID 1로 보인다',
        'unshare가 --mount-proc 없이는 PID 네임스페이스를 만들 수 없다는 오류로 끝난다',
        '아무것도 출력되지 않는다',
      ],
      answer: 0,
      explanation:
        'ps는 /proc를 읽어 목록을 만듭니다. PID 네임스페이스는 새로 생겼지만 /proc는 여전히 호스트의 PID 네임스페이스용으로 마운트된 것이라 호스트의 프로세스가 보입니다. 새 마운트 네임스페이스에 /proc를 다시 마운트하는 것이 --mount-proc의 일입니다.',
    },
    {
      prompt:
        'memory.max가 64 MiB인 cgroup 안의 상자에서, 하위 셸이 100 MB 문자열을 만들다 Killed로 끝났습니다. 그런데 상자의 셸(PID 1)은 살아 있습니다. 왜 그렇습니까?',
      choices: [
        'memory.max는 cgroup.procs에 처음 쓴 프로세스, 즉 PID 1에는 적용되지 않는 값이기 때문',
        '한도를 넘은 메모리는 커널이 스왑으로 옮기기 때문',
        'PID 1은 커널이 보내는 SIGKILL도 무시하기 때문',
        'OOM 킬러가 cgroup 안에서 하위 셸 하나만 골라 끝냈기 때문',
      ],
      answer: 3,
      explanation:
        'memory.max는 cgroup의 모든 프로세스를 합한 사용량에 걸립니다. 회수로도 모자라면 OOM 킬러가 그 cgroup 안에서 프로세스를 골라 끝내는데, 메모리를 가장 많이 쓰던 하위 셸이 골라졌습니다. memory.oom.group이 기본값 0이므로 나머지는 살아 있습니다. PID 1이 죽었다면 상자 전체가 끝났을 것입니다.',
    },
    {
      prompt: '손으로 만든 상자에는 없고 docker run으로 만든 컨테이너에는 있는 것은?',
      choices: [
        '새 PID 네임스페이스',
        '케이퍼빌리티 제한과 seccomp 필터',
        '자기만의 호스트 이름',
        'memory.max로 건 메모리 한도',
      ],
      answer: 1,
      explanation:
        'PID 네임스페이스, 호스트 이름, 메모리 한도는 unshare와 cgroup 파일로 직접 만들었습니다. 손으로 만든 상자 안의 root는 모든 케이퍼빌리티를 가진 진짜 root입니다. Docker는 여기에 케이퍼빌리티 제한, seccomp, AppArmor나 SELinux를 더합니다.',
    },
    {
      prompt:
        'docker run --rm --memory 64m alpine cat /sys/fs/cgroup/memory.max는 무엇을 출력합니까?',
      choices: ['64m', 'max', '67108864', '64000000'],
      answer: 2,
      explanation:
        'Docker의 단위 접미사는 1024 배수이고, memory.max에는 바이트로 쓰입니다. 64 × 1024 × 1024 = 67108864입니다. 컨테이너는 cgroup 네임스페이스 덕분에 자기 cgroup을 /sys/fs/cgroup의 맨 위로 봅니다.',
    },
    {
      prompt: 'runc가 루트를 바꿀 때 chroot 대신 pivot_root를 쓰는 까닭은?',
      choices: [
        'chroot는 root 권한이 필요하지만 pivot_root는 일반 사용자도 부를 수 있는 시스템 콜이라서',
        '옛 루트를 떼어 내 호스트 파일로 가는 길을 없애려고',
        'pivot_root가 파일을 더 빨리 읽어서',
        'chroot는 리눅스 커널에 없는 기능이라서',
      ],
      answer: 1,
      explanation:
        'chroot는 보이는 루트 디렉터리만 바꾸므로 옛 루트가 그대로 마운트되어 있고, root는 빠져나갈 수 있습니다. pivot_root는 마운트 네임스페이스 안에서 루트 마운트를 바꾸고, runc는 옛 루트를 마운트 해제합니다. 두 호출 모두 특권이 필요합니다.',
    },
  ],
};

export default quiz;
