import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'virtualization/os-virtualization',
  questions: [
    {
      prompt:
        'chroot로 루트 디렉터리를 바꾼 셸 안에서 /proc을 마운트하고 ps를 실행하면 어떻게 됩니까?',
      choices: [
        '셸 자신과 ps만 보인다',
        '호스트의 모든 프로세스가 보인다',
        'ps 명령이 권한 오류로 실패한다',
        'PID 1이 셸이 된다',
      ],
      answer: 1,
      explanation:
        'chroot는 파일 경로 해석의 기준점만 바꿉니다. 프로세스 목록, 네트워크, 호스트 이름, 사용자는 전혀 나누지 않으므로 호스트의 모든 프로세스가 보입니다.',
    },
    {
      prompt: 'chroot에 대한 설명으로 맞는 것은?',
      choices: [
        '컨테이너의 기술 표준이다',
        '1979년 7판 유닉스에 들어간 시스템 콜로, 보안 목적으로 쓰도록 의도되지 않았다',
        '리눅스 2.6.24에서 처음 도입되었다',
        'root 권한을 가진 프로세스도 절대 빠져나올 수 없다',
      ],
      answer: 1,
      explanation:
        'chroot는 1979년 V7 유닉스의 시스템 콜입니다. chroot(2) 매뉴얼은 보안 목적으로 쓰도록 의도되지 않았다고 밝히며, root는 하위 디렉터리로 다시 chroot하는 방법 등으로 빠져나올 수 있습니다.',
    },
    {
      prompt: 'FreeBSD jail이 chroot에 더한 것이 아닌 것은?',
      choices: [
        'jail 안의 프로세스는 같은 jail의 프로세스만 볼 수 있다',
        'jail마다 IP 주소와 호스트 이름을 정한다',
        'jail 안의 root는 커널 모듈 적재 같은 시스템 전체 작업을 할 수 없다',
        'jail마다 별도의 FreeBSD 커널을 부팅한다',
      ],
      answer: 3,
      explanation:
        'jail은 OS 수준 가상화이므로 모든 jail이 호스트 커널 하나를 함께 씁니다. 커널을 따로 부팅하는 것은 가상 머신입니다.',
    },
    {
      prompt: 'LXC와 Docker의 관계로 맞는 것은?',
      choices: [
        'LXC는 리눅스 커널 기능이고 Docker는 지금도 그것을 호출한다',
        'LXC는 네임스페이스와 cgroup을 묶는 사용자 공간 도구이며, Docker는 0.9부터 libcontainer를 기본으로 썼고 지금은 containerd와 runc를 쓴다',
        'Docker는 처음부터 runc만 썼고 LXC를 쓴 적이 없다',
        'LXC는 FreeBSD의 jail을 리눅스로 옮긴 커널 패치이다',
      ],
      answer: 1,
      explanation:
        'LXC는 커널 기능이 아니라 사용자 공간 도구와 라이브러리입니다. Docker는 처음에 LXC를 썼지만 0.9(2014)에서 libcontainer를 기본으로 바꾸고 1.10에서 LXC 드라이버를 없앴으며, 1.11(2016)부터 containerd와 runc를 씁니다. 공통 기반은 커널의 네임스페이스와 cgroup입니다.',
    },
    {
      prompt: '리눅스 호스트에서 docker run --rm alpine uname -r을 실행하면 무엇이 나옵니까?',
      choices: [
        'Alpine 배포판의 기본 커널 버전',
        '호스트 커널의 버전',
        '컨테이너 ID',
        'Docker Engine의 버전',
      ],
      answer: 1,
      explanation:
        '컨테이너에는 커널이 없고, 모든 시스템 콜을 호스트 커널이 처리합니다. 그래서 uname -r은 호스트 커널 버전을 보여 줍니다. 이것이 OS 수준 가상화의 "커널 하나를 공유한다"는 뜻입니다.',
    },
    {
      prompt: '커널을 공유하는 OS 수준 가상화의 대가(단점)에 해당하는 것은?',
      choices: [
        '시작할 때 게스트 커널을 부팅해야 해서 느리다',
        '이미지마다 커널과 드라이버가 들어 있어 크다',
        '커널 취약점 하나가 모든 컨테이너에 영향을 주고, 호스트와 다른 종류의 커널을 쓸 수 없다',
        'CPU 명령어를 에뮬레이션하므로 성능이 떨어진다',
      ],
      answer: 2,
      explanation:
        '커널이 하나이므로 그 커널의 결함은 모든 컨테이너에 미치고, 다른 OS 커널을 쓸 수 없습니다. 나머지 보기는 가상 머신이나 에뮬레이션의 특징입니다.',
    },
  ],
};

export default quiz;
