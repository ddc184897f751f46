import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'building-images/practice-advanced',
  questions: [
    {
      prompt: 'RUN --mount=type=cache,target=/root/.cache/go-build 에 쓴 파일은 어디에 남습니까?',
      choices: [
        '호스트의 현재 디렉터리',
        'BuildKit의 빌드 캐시(이미지에는 안 들어감)',
        '이미지의 새 레이어로 저장되어 푸시할 때 함께 올라간다',
        '레지스트리의 캐시 저장소',
      ],
      answer: 1,
      explanation:
        '캐시 마운트는 그 RUN 동안만 붙는 디렉터리입니다. 내용은 다음 빌드를 위해 BuildKit이 보관하지만 이미지 레이어에는 들어가지 않습니다.',
    },
    {
      prompt: '레이어 캐시가 있는데도 캐시 마운트가 빌드 시간을 줄여 주는 경우는?',
      choices: [
        '아무것도 바뀌지 않아 모든 단계를 캐시에서 가져올 때',
        '이미지를 레지스트리에 푸시하며 레이어를 압축하는 동안',
        '소스가 바뀌어 go build 단계가 다시 실행될 때',
        'docker run으로 컨테이너를 시작할 때',
      ],
      answer: 2,
      explanation:
        '레이어 캐시는 단계를 통째로 건너뛸 때만 쓰입니다. 단계가 다시 실행되면 캐시 마운트에 남은 컴파일·패키지 캐시 덕분에 바뀐 패키지만 다시 컴파일합니다.',
    },
    {
      prompt:
        'distroless 이미지에서 HEALTHCHECK CMD curl -f http://localhost:8080/healthz가 동작하지 않는 이유는?',
      choices: [
        'distroless 이미지는 HEALTHCHECK 명령을 지원하지 않아서',
        'nonroot 사용자는 localhost에 접속할 수 없어서',
        '8080 포트를 쓸 수 없어서',
        '이미지에 curl과 셸이 없어서',
      ],
      answer: 3,
      explanation:
        'distroless에는 셸도 curl도 없습니다. 그래서 예제는 서버 바이너리에 -healthcheck 플래그를 두어 exec 형식으로 자기 자신을 검사합니다.',
    },
    {
      prompt: 'HEALTHCHECK의 --start-period=5s는 무엇을 합니까?',
      choices: [
        '시작 후 5초 동안의 실패는 재시도 횟수에 세지 않는다',
        '5초 안에 응답하지 않으면 그 검사를 실패로 본다',
        '첫 검사 뒤 5초가 지나도 unhealthy면 컨테이너를 다시 시작한다',
        '5초마다 검사한다',
      ],
      answer: 0,
      explanation:
        '시작 유예 기간입니다. 간격은 --interval, 응답 제한 시간은 --timeout입니다. 헬스체크 실패만으로 Docker가 컨테이너를 재시작하지는 않습니다.',
    },
    {
      prompt: 'USER nonroot 대신 USER 65532:65532처럼 숫자로 적으면 좋은 점은?',
      choices: [
        '숫자 UID로는 루트 권한 없이도 포트 80을 열 수 있다',
        '더 빠르다',
        '/etc/passwd에 이름이 없어도 되고, 비루트임을 UID로 확인할 수 있다',
        '이미지 안 모든 파일의 소유자가 자동으로 그 UID로 바뀌어 권한 문제가 사라진다',
      ],
      answer: 2,
      explanation:
        '이름은 이미지 안의 /etc/passwd로 풀어야 하지만 숫자 UID는 그대로 쓰입니다. Kubernetes의 runAsNonRoot 같은 검사도 숫자로 비루트 여부를 판단합니다.',
    },
  ],
};

export default quiz;
