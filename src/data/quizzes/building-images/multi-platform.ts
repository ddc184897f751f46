import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'building-images/multi-platform',
  questions: [
    {
      prompt:
        'Apple silicon Mac에서 --platform 없이 빌드해 올린 이미지를 amd64 서버에서 docker pull 했습니다. 무슨 일이 생깁니까?',
      choices: [
        '서버가 자동으로 amd64용으로 다시 빌드해 받는다',
        'arm64 매니페스트를 받아 에뮬레이션 없이도 정상 실행된다',
        '서버의 플랫폼에 맞는 매니페스트가 없어 pull이 실패한다',
        '이미지 크기가 두 배가 되지만 실행에는 문제가 없다',
      ],
      answer: 2,
      explanation:
        'Mac에서 평범하게 빌드하면 linux/arm64용 매니페스트만 생깁니다. 서버는 인덱스에서 linux/amd64 매니페스트를 찾다가 없으므로 no matching manifest for linux/amd64 …로 실패합니다. 이미 받아 둔 경우라면 실행할 때 exec format error가 납니다.',
    },
    {
      prompt:
        'Go 예제에서 FROM --platform=$BUILDPLATFORM golang:1.27-alpine AS build 를 쓰는 이유는?',
      choices: [
        'go build를 빌드하는 기계의 CPU에서 에뮬레이션 없이 실행하려고',
        '최종 이미지를 빌드하는 기계의 플랫폼 하나로만 만들어 크기를 줄이기 위해서',
        'golang 이미지가 arm64를 지원하지 않아서',
        'TARGETARCH 인자를 쓸 수 없게 막으려고',
      ],
      answer: 0,
      explanation:
        '빌드 단계를 빌드 기계의 플랫폼으로 받으면 컴파일러가 네이티브로 실행됩니다. 대상 플랫폼용 바이너리는 GOOS=$TARGETOS GOARCH=$TARGETARCH로 교차 컴파일하고, 실행 단계는 플랫폼마다 그 플랫폼의 베이스를 받습니다.',
    },
    {
      prompt:
        'docker buildx create --driver docker-container --use로 만든 빌더에서 docker buildx build -t app . 만 실행했습니다. docker image ls에 app이 없는 이유는?',
      choices: [
        '빌드가 오류 메시지 없이 조용히 실패했고 종료 코드만 0이었기 때문',
        'docker-container 빌더는 여러 플랫폼을 지정해야만 이미지를 만들기 때문',
        '이미지가 레지스트리로 자동으로 올라갔기 때문',
        '결과가 빌더의 캐시에만 남고 --load나 --push가 없었기 때문',
      ],
      answer: 3,
      explanation:
        'docker-container 빌더는 엔진 밖의 컨테이너에서 실행됩니다. 결과를 엔진 이미지 목록으로 가져오려면 --load, 레지스트리로 보내려면 --push를 붙여야 하며, 둘 다 없으면 buildx가 No output specified 경고를 냅니다.',
    },
    {
      prompt:
        'amd64 서버에서 exec /server: exec format error가 나며 컨테이너가 끝났습니다. 가장 먼저 확인할 것은?',
      choices: [
        '서버의 디스크가 가득 차서 이미지 레이어를 끝까지 풀지 못했는지 df 명령으로 확인하기',
        '이미지의 플랫폼(docker image inspect의 Architecture)',
        '컨테이너의 포트가 다른 프로세스와 겹치는지',
        '/server 파일에 실행 권한이 있는지',
      ],
      answer: 1,
      explanation:
        'exec format error는 커널이 그 실행 파일의 형식(다른 CPU용 기계어)을 실행할 수 없다는 뜻입니다. 이미지의 플랫폼이 서버와 다른지 보고, 교차 컴파일이라면 GOARCH처럼 대상 아키텍처를 넘겼는지 확인합니다. 실행 권한 문제는 permission denied로 나옵니다.',
    },
    {
      prompt: '리눅스 amd64 서버에서 arm64 이미지의 RUN 단계를 빌드하려면 무엇이 필요합니까?',
      choices: [
        'Docker Desktop을 설치하는 것',
        '셸에서 DOCKER_DEFAULT_PLATFORM=linux/arm64를 export 해 두는 것',
        'binfmt_misc에 QEMU를 등록하는 것(tonistiigi/binfmt)',
        'Compose 파일의 서비스마다 platform: linux/arm64를 적어 두는 것',
      ],
      answer: 2,
      explanation:
        '다른 CPU의 프로그램을 실행하려면 에뮬레이터가 필요합니다. docker run --privileged --rm tonistiigi/binfmt --install all이 커널의 binfmt_misc에 QEMU를 등록합니다. DOCKER_DEFAULT_PLATFORM과 platform:은 어느 플랫폼을 고를지 정할 뿐 실행 능력을 주지 않습니다.',
    },
  ],
};

export default quiz;
