import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'building-images/ci-and-registries',
  questions: [
    {
      prompt:
        '워크플로에서 uses: docker/login-action@v4 대신 uses: docker/login-action@<40자리 SHA> # v4.1.0으로 적는 이유는?',
      choices: [
        '태그는 다른 커밋으로 옮겨질 수 있지만 SHA가 가리키는 코드는 바뀌지 않는다',
        'SHA로 적어야 GitHub이 액션을 캐시해 워크플로가 빨라진다',
        '태그로 적으면 GITHUB_TOKEN이 그 액션에 전달되지 않는다',
        'v4 같은 메이저 태그는 GitHub Actions 스키마가 허용하지 않는다',
      ],
      answer: 0,
      explanation:
        '태그는 저장소 주인이나 저장소를 빼앗은 사람이 다른 커밋으로 옮길 수 있습니다. 커밋 SHA는 내용의 해시라서, 고정한 뒤에는 검토한 그 코드만 실행됩니다. 주석의 버전은 사람과 Dependabot이 읽습니다.',
    },
    {
      prompt: '풀 리퀘스트 이벤트에서 이 장의 워크플로가 하는 일로 옳은 것은?',
      choices: [
        '로그인하고 pr-번호 태그로 이미지를 올린 뒤 검사한다',
        '빌드하고 검사하지만 로그인하거나 올리지 않는다',
        '캐시를 읽기만 하고 빌드는 건너뛴다',
        '아무 단계도 실행하지 않는다',
      ],
      answer: 1,
      explanation:
        "로그인 단계에는 if: github.event_name != 'pull_request'가, 마지막 빌드에는 같은 조건의 push: 값이 있습니다. 풀 리퀘스트에서도 이미지가 빌드되고 검사를 통과하는지는 확인하지만, 레지스트리에는 아무것도 올라가지 않습니다.",
    },
    {
      prompt: 'GitHub Actions에서 cache-from/cache-to에 type=gha를 주는 까닭은?',
      choices: [
        'GHCR에 이미지를 올리려면 type=gha 캐시가 있어야 한다',
        '러너가 가진 Docker의 로컬 캐시를 다음 실행이 그대로 물려받게 하려고',
        'mode=max가 최종 이미지의 크기를 줄여 주기 때문에',
        '러너는 매번 새로 만들어져 이전 실행의 빌드 캐시가 없기 때문에',
      ],
      answer: 3,
      explanation:
        '러너는 실행마다 새 가상 머신이므로 로컬 빌드 캐시가 남지 않습니다. 빌드가 끝날 때 레이어를 GitHub Actions 캐시에 써 두고(cache-to), 다음 실행에서 읽어 오면(cache-from) 바뀌지 않은 단계를 다시 실행하지 않습니다. mode=max는 캐시에 저장하는 범위를 정할 뿐 이미지 크기와는 상관없습니다.',
    },
    {
      prompt:
        'docker run -d -p 5000:5000 registry:3으로 띄운 레지스트리에 이미지를 올리려고 합니다. 먼저 해야 할 일은?',
      choices: [
        'docker login localhost:5000으로 Docker Hub 계정으로 로그인한다',
        'daemon.json의 insecure-registries에 localhost:5000을 추가한다',
        'docker tag로 localhost:5000/이미지:태그 이름을 붙인다',
        'docker push --registry localhost:5000 옵션을 쓴다',
      ],
      answer: 2,
      explanation:
        '이미지 이름의 첫 부분이 레지스트리 주소입니다. localhost:5000/node-app:1.0처럼 이름을 붙이면 push가 그 주소로 갑니다. 기본 설정의 registry 이미지는 인증이 없고, 루프백 주소는 처음부터 HTTP 접속이 허용되므로 로그인이나 insecure-registries 설정이 필요 없습니다.',
    },
    {
      prompt:
        '사내 서버 수십 대가 Docker Hub 한도에 걸립니다. registry-mirrors에 사내 미러를 적었을 때 기대할 수 있는 것은?',
      choices: [
        'Docker Hub 이미지는 미러에서 받아 Hub로 가는 요청이 줄어든다',
        'ghcr.io와 ECR의 이미지도 모두 미러를 거쳐 빨라진다',
        '미러가 Hub에서 받아 오는 요청은 Docker Hub의 사용 정책과 한도에서 빠진다',
        '서버마다 docker login을 하지 않아도 비공개 저장소를 받을 수 있다',
      ],
      answer: 0,
      explanation:
        'dockerd의 registry-mirrors는 Docker Hub 이미지에만 쓰입니다. 한 번 받은 이미지는 미러가 보관해 돌려주므로 Hub로 가는 요청이 줄어들지만, 미러가 Hub에서 받아 오는 요청도 Docker Hub의 사용 정책을 따릅니다.',
    },
  ],
};

export default quiz;
