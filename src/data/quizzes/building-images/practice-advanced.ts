import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'building-images/practice-advanced',
  questions: [
    {
      prompt: 'RUN --mount=type=cache,target=/root/.cache/go-build 에 쓴 파일은 어디에 남습니까?',
      choices: [
        '이미지의 새 레이어',
        'BuildKit이 빌드 사이에 보관하는 캐시(이미지에는 들어가지 않음)',
        '호스트의 현재 디렉터리',
        '레지스트리',
      ],
      answer: 1,
      explanation:
        '캐시 마운트는 그 RUN 동안만 붙는 디렉터리입니다. 내용은 다음 빌드를 위해 보관되지만 이미지 레이어에는 들어가지 않습니다.',
    },
    {
      prompt: '레이어 캐시가 있는데도 캐시 마운트가 도움이 되는 경우는?',
      choices: [
        '아무것도 바뀌지 않았을 때',
        '소스가 바뀌어 go build 단계가 다시 실행될 때, 바뀐 패키지만 다시 컴파일하게 해 준다',
        '베이스 이미지를 바꿀 때만',
        '이미지를 푸시할 때',
      ],
      answer: 1,
      explanation:
        '레이어 캐시는 단계를 통째로 건너뛸 때만 쓰입니다. 단계가 다시 실행되면 캐시 마운트에 남은 컴파일·패키지 캐시가 시간을 줄여 줍니다.',
    },
    {
      prompt:
        'distroless 이미지에서 HEALTHCHECK CMD curl -f http://localhost:8080/healthz가 동작하지 않는 이유는?',
      choices: [
        'distroless는 헬스체크를 지원하지 않아서',
        '이미지에 curl(과 셸)이 없어서',
        '8080 포트를 쓸 수 없어서',
        'nonroot 사용자는 네트워크를 못 써서',
      ],
      answer: 1,
      explanation:
        'distroless에는 셸도 curl도 없습니다. 그래서 예제는 서버 바이너리에 -healthcheck 플래그를 두어 exec 형식으로 자기 자신을 검사합니다.',
    },
    {
      prompt: 'HEALTHCHECK의 --start-period=5s는 무엇을 합니까?',
      choices: [
        '5초마다 검사한다',
        '컨테이너 시작 후 5초 동안의 실패는 재시도 횟수에 세지 않는다',
        '5초 안에 응답이 없으면 실패로 본다',
        '5초 뒤 컨테이너를 재시작한다',
      ],
      answer: 1,
      explanation:
        '시작 유예 기간입니다. 간격은 --interval, 응답 제한 시간은 --timeout입니다. 헬스체크 실패만으로 Docker가 컨테이너를 재시작하지는 않습니다.',
    },
    {
      prompt: 'USER nonroot 대신 USER 65532:65532처럼 숫자로 적으면 좋은 점은?',
      choices: [
        '더 빠르다',
        '/etc/passwd에 이름이 없는 이미지에서도 동작하고, Kubernetes의 runAsNonRoot 검사가 UID로 비루트임을 확인할 수 있다',
        '루트 권한을 얻는다',
        '포트 80을 열 수 있다',
      ],
      answer: 1,
      explanation:
        '이름은 이미지 안의 /etc/passwd로 풀어야 하지만 숫자 UID는 그대로 쓰입니다. 오케스트레이터도 숫자로 비루트 여부를 판단합니다.',
    },
  ],
};

export default quiz;
