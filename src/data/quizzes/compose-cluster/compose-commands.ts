import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'compose-cluster/compose-commands',
  questions: [
    {
      prompt: 'docker compose down을 한 뒤 다시 up -d를 하면 방명록의 글은?',
      choices: [
        '사라진다. down은 컨테이너·네트워크와 함께 볼륨도 모두 지운다',
        '절반만 남는다',
        '남아 있다. down은 이름 있는 볼륨을 지우지 않는다',
        'down 후에는 up을 할 수 없다',
      ],
      answer: 2,
      explanation:
        'down은 컨테이너와 네트워크를 지우지만 이름 있는 볼륨(db-data)은 남깁니다. 볼륨까지 지우려면 down -v를 씁니다.',
    },
    {
      prompt: 'web의 소스를 고쳤습니다. 새 코드로 컨테이너를 바꾸는 명령은?',
      choices: [
        'docker compose up -d --build',
        'docker compose start',
        'docker compose restart web',
        'docker compose pull && docker compose restart',
      ],
      answer: 0,
      explanation:
        '--build로 이미지를 다시 빌드하면 up이 바뀐 이미지를 쓰는 서비스의 컨테이너를 새로 만듭니다. start와 restart는 기존 컨테이너를 그대로 쓰고, pull은 빌드하는 서비스의 이미지를 만들지 않습니다.',
    },
    {
      prompt: 'docker compose stop과 docker compose down의 차이는?',
      choices: [
        'stop은 컨테이너와 볼륨을 지우고, down은 컨테이너를 멈추기만 한다',
        '같은 명령이다',
        'down은 이미지까지 지운다',
        'stop은 멈추기만 하고, down은 컨테이너와 네트워크를 지운다',
      ],
      answer: 3,
      explanation:
        'stop 후에는 start로 같은 컨테이너를 다시 띄웁니다. down은 컨테이너를 지우므로 다음 up에서 새로 만듭니다.',
    },
    {
      prompt: 'docker compose exec db psql …에서 db는 무엇입니까?',
      choices: ['컨테이너 ID', '서비스 이름(services: 아래의 키)', '이미지 이름', '네트워크 이름'],
      answer: 1,
      explanation:
        'Compose 명령은 서비스 이름으로 컨테이너를 찾습니다. 실제 컨테이너 이름은 compose-app-db-1입니다.',
    },
    {
      prompt: 'develop.watch에서 package.json이 바뀌었을 때 알맞은 action은?',
      choices: ['sync', 'sync+restart', 'rebuild', 'action이 필요 없다'],
      answer: 2,
      explanation:
        '의존성 목록이 바뀌면 이미지 안에서 npm ci를 다시 해야 하므로 이미지를 다시 빌드합니다. 소스 파일은 sync나 sync+restart로 충분합니다.',
    },
    {
      prompt: '.env의 값이 compose.yaml에 제대로 치환되었는지 확인하는 명령은?',
      choices: [
        'docker compose ps',
        'docker compose logs',
        'docker compose ls',
        'docker compose config',
      ],
      answer: 3,
      explanation: 'config는 변수 치환과 파일 병합을 끝낸 최종 설정을 보여 줍니다.',
    },
  ],
};

export default quiz;
