import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'building-images/security',
  questions: [
    {
      prompt:
        '기본 설정의 Docker에서 docker run --rm alpine id가 uid=0(root)를 출력했습니다. 호스트 커널이 보기에 이 프로세스는?',
      choices: [
        'dockremap처럼 호스트의 권한 없는 부하 UID 범위에 속한 사용자다',
        'docker 그룹의 일반 사용자다',
        'UID 0이지만 케이퍼빌리티 일부와 seccomp로 제한된 프로세스다',
        'PID 네임스페이스 안에 있으므로 호스트에서는 UID를 따로 갖지 않는 프로세스다',
      ],
      answer: 2,
      explanation:
        '기본 설정은 사용자 네임스페이스를 쓰지 않으므로 컨테이너의 UID 0은 호스트에서도 UID 0입니다. 네임스페이스가 보이는 범위를, 케이퍼빌리티와 seccomp가 할 수 있는 일을 줄일 뿐입니다. 권한 없는 UID로 바꾸는 것은 userns-remap이나 루트리스 모드입니다.',
    },
    {
      prompt:
        'docker run --cap-drop ALL alpine chown 1000 /etc/hosts가 Operation not permitted로 실패했습니다. 왜입니까?',
      choices: [
        'UID가 0이어도 커널은 CAP_CHOWN을 검사하는데, 그것이 빠졌다',
        '--cap-drop ALL이 사용자를 nobody로 바꿨다',
        '/etc/hosts는 항상 읽기 전용으로 마운트된다',
        'seccomp 기본 프로필이 chown 시스템 콜을 늘 막는다',
      ],
      answer: 0,
      explanation:
        '소유자 바꾸기는 CAP_CHOWN이 있어야 합니다. Docker의 기본 14개에는 들어 있지만 --cap-drop ALL로 모두 뺐습니다. 사용자는 그대로 root이고, 기본 seccomp 프로필은 chown을 허용합니다.',
    },
    {
      prompt:
        '--cap-drop ALL로 실행한 컨테이너의 웹 서버가 기본 bridge 네트워크에서 80번 포트를 여는 데 성공했습니다. 가능한 이유는?',
      choices: [
        '1024 아래 포트는 리눅스 커널이 어떤 케이퍼빌리티로도 따로 검사하지 않는 포트 범위다',
        '-p 80:80을 주면 Docker가 CAP_NET_BIND_SERVICE를 자동으로 더한다',
        '--cap-drop ALL은 네트워크 관련 케이퍼빌리티를 빼지 않는다',
        'Docker가 컨테이너의 네트워크 네임스페이스에서 ip_unprivileged_port_start를 0으로 둔다',
      ],
      answer: 3,
      explanation:
        '자기 네트워크 네임스페이스를 만드는 컨테이너에는 Docker가 net.ipv4.ip_unprivileged_port_start=0 sysctl을 설정해, 어느 포트든 케이퍼빌리티 없이 열 수 있습니다. --network host에서는 이 설정이 없으므로 CAP_NET_BIND_SERVICE가 필요합니다.',
    },
    {
      prompt:
        'CI 러너 컨테이너에 -v /var/run/docker.sock:/var/run/docker.sock:ro를 주었습니다. 이 설정의 의미는?',
      choices: [
        ':ro이므로 컨테이너는 도커 상태를 읽기만 할 수 있다',
        '그 컨테이너에 호스트 root 권한을 준 것과 같다',
        '루트리스 모드에서만 위험하다',
        'seccomp가 소켓 통신을 막으므로 안전하다',
      ],
      answer: 1,
      explanation:
        '소켓으로는 데몬의 API를 모두 호출할 수 있고 :ro는 파일 쓰기만 막을 뿐 API 호출은 막지 못합니다. 호스트의 /를 마운트한 특권 컨테이너를 띄울 수 있으므로 호스트 root를 준 것과 같습니다.',
    },
    {
      prompt:
        '스캔 보고서에서 openssl의 CRITICAL 취약점에 Fixed Version이 적혀 있고, openssl은 베이스 이미지에서 왔습니다. 먼저 할 일은?',
      choices: [
        'CVE 번호를 .trivyignore에 넣어 CI의 스캔 단계가 다시 통과하게 만든다',
        '컨테이너를 --read-only로 실행한다',
        '베이스 이미지를 새 빌드나 새 태그로 갱신해 다시 빌드하고 다시 스캔한다',
        'Dockerfile 끝에 RUN apk del openssl을 더해 마지막 레이어에서 취약한 패키지를 지운다',
      ],
      answer: 2,
      explanation:
        '고쳐진 버전이 있는 OS 패키지 취약점은 대개 베이스 이미지를 갱신(docker build --pull 또는 새 태그)하면 사라집니다. 다음 레이어에서 지우는 것은 아래 레이어에 파일을 남기고 런타임을 깨뜨릴 수 있으며, 무시 목록은 고칠 방법이 없을 때 이유와 함께 쓰는 것입니다.',
    },
  ],
};

export default quiz;
