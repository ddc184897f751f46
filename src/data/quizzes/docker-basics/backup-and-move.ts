import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'docker-basics/backup-and-move',
  questions: [
    {
      prompt: '인터넷이 없는 서버로 nginx:1.29 이미지를 레이어와 태그 그대로 옮기려면?',
      choices: [
        'docker save와 docker load',
        'docker export와 docker import',
        'docker commit과 docker push',
        'docker cp',
      ],
      answer: 0,
      explanation:
        'save는 이미지를 레이어, config, 태그까지 tar로 담고, load는 그것을 원래 이름:태그로 복원합니다.',
    },
    {
      prompt: 'docker export 후 docker import로 만든 이미지에서 잃는 것이 아닌 것은?',
      choices: ['레이어 구조', '이미지 기록(history)', '컨테이너에서 바꾼 파일', 'CMD와 ENV 설정'],
      answer: 2,
      explanation:
        'export는 컨테이너가 보는 파일시스템 전체를 담으므로 바꾼 파일은 들어갑니다. 대신 레이어, 기록, 태그, CMD·ENV 같은 설정은 사라집니다.',
    },
    {
      prompt: 'docker save로 만든 tar 파일에 들어 있지 않은 것은?',
      choices: ['이미지 레이어', '컨테이너가 쓰던 볼륨의 데이터', '이미지 태그', '이미지 config'],
      answer: 1,
      explanation:
        'save도 export도 볼륨 내용은 담지 않습니다. 볼륨은 도우미 컨테이너로 따로 백업해야 합니다.',
    },
    {
      prompt: 'docker commit보다 Dockerfile로 이미지를 만드는 편이 나은 가장 큰 이유는?',
      choices: [
        'commit으로 만든 이미지는 레이어가 없어 다른 컴퓨터로 옮길 수 없어서',
        'commit은 실행 중인 컨테이너에만 되어서',
        'Dockerfile 이미지는 항상 더 작아서',
        '절차가 남아 누구나 다시 만들고 검토할 수 있어서',
      ],
      answer: 3,
      explanation:
        'commit은 무엇을 어떻게 했는지 남기지 않고 임시 파일까지 굳힙니다. Dockerfile은 재현, 보안 패치 후 재빌드, 코드 리뷰가 가능합니다.',
    },
    {
      prompt:
        '`docker run --rm -v vol:/data -v "$(pwd)":/backup alpine tar czf /backup/vol.tgz -C /data .`에서 -C /data의 역할은?',
      choices: [
        '압축률을 높인다',
        '백업이 끝나면 /data 볼륨을 비운다',
        'tar가 /data로 옮겨 그 안을 상대 경로로 담는다',
        '/data를 읽기 전용으로 다시 마운트해 백업 중 변경을 막는다',
      ],
      answer: 2,
      explanation:
        '-C로 디렉터리를 바꾼 뒤 .을 담으면 tar 안의 경로가 ./로 시작해, 다른 볼륨의 /data에 그대로 풀 수 있습니다.',
    },
  ],
};

export default quiz;
