import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'building-images/build-tag-push',
  questions: [
    {
      prompt: 'docker build -t node-app:1.0 . 에서 마지막 점(.)은 무엇입니까?',
      choices: [
        '빌드 컨텍스트',
        '현재 디렉터리의 이름을 이미지 이름으로 쓰라는 표시',
        '태그가 끝났음을 알리는 구분 기호',
        '빌드 결과를 쓸 출력 디렉터리',
      ],
      answer: 0,
      explanation:
        '마지막 인자는 빌드 컨텍스트입니다. 빌더는 이 디렉터리의 파일을 받아 COPY에 쓰고, Dockerfile도 기본으로 여기서 찾습니다.',
    },
    {
      prompt: 'docker pull redis를 하면 실제로 어떤 이름의 이미지를 받습니까?',
      choices: [
        'docker.io/redis:stable',
        'hub.docker.com/_/redis:latest',
        'registry-1.docker.io/redis/redis:stable',
        'docker.io/library/redis:latest',
      ],
      answer: 3,
      explanation:
        '레지스트리를 생략하면 docker.io, 네임스페이스를 생략하면 공식 이미지의 library, 태그를 생략하면 latest가 채워집니다.',
    },
    {
      prompt:
        'FROM에 적은 베이스 이미지가 언제 빌드해도 똑같은 내용이게 하려면 무엇으로 가리킵니까?',
      choices: ['latest 태그', 'digest(sha256:…)', '버전 태그(1.0)', 'IMAGE ID의 앞 12자리'],
      answer: 1,
      explanation:
        '태그는 다른 이미지로 옮길 수 있는 이름표라서 버전 태그도 다시 붙을 수 있습니다. digest는 내용의 해시라서 내용이 바뀌면 값도 바뀝니다. IMAGE ID는 내 컴퓨터의 이미지를 가리킬 뿐 레지스트리에서 받을 이름이 아닙니다.',
    },
    {
      prompt: 'docker push 출력의 "Mounted from library/node"는 무슨 뜻입니까?',
      choices: [
        '업로드가 한 번 실패해 library/node 저장소를 거쳐 다시 보냈다',
        '로컬의 node 이미지를 빌드 컨테이너에 마운트했다',
        '레지스트리에 있는 같은 레이어를 보내지 않고 연결했다',
        '볼륨을 이미지와 함께 올렸다',
      ],
      answer: 2,
      explanation:
        '레이어는 내용 해시로 식별되므로, 같은 레지스트리의 다른 저장소에 이미 있는 레이어는 전송하지 않고 연결(mount)만 합니다.',
    },
    {
      prompt:
        'Apple silicon Mac에서 만든 이미지를 amd64 서버에서 실행하니 exec format error가 납니다. 알맞은 해결책은?',
      choices: [
        '--platform linux/amd64,linux/arm64로 빌드해 올린다',
        '서버에서 docker run --privileged로 실행해 CPU 검사를 건너뛴다',
        'latest 태그를 붙여 서버가 맞는 이미지를 고르게 한다',
        'Dockerfile에 EXPOSE를 추가한다',
      ],
      answer: 0,
      explanation:
        '이미지는 CPU 아키텍처에 묶여 있습니다. docker buildx build --platform으로 두 플랫폼용 이미지를 한 이름에 묶어 올리면 서버는 자기 플랫폼에 맞는 것을 받습니다. 이렇게 여러 플랫폼을 한 번에 빌드하려면 containerd 이미지 저장소나 docker-container 드라이버의 빌더가 필요합니다.',
    },
    {
      prompt: 'CI에서 Docker Hub에 로그인할 때 권장되는 방법은?',
      choices: [
        'docker login -u 사용자 -p 비밀번호를 CI 스크립트에 적는다',
        '액세스 토큰을 --password-stdin으로 넘긴다',
        'Dockerfile에 ENV DOCKER_PASSWORD로 비밀번호를 넣는다',
        '로그인 없이 push한다',
      ],
      answer: 1,
      explanation:
        '-p로 주면 프로세스 목록과 셸 기록에 남습니다. 비밀번호 대신 권한을 좁힌 개인 액세스 토큰을 echo "$TOKEN" | docker login -u 사용자 --password-stdin처럼 표준 입력으로 넘깁니다.',
    },
  ],
};

export default quiz;
