import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'building-images/practice-python',
  questions: [
    {
      prompt: 'requirements.txt에 Flask 대신 Flask==3.1.2라고 적는 이유는?',
      choices: [
        '설치가 빨라져서',
        '언제 빌드해도 같은 버전이 설치되어 이미지가 재현 가능해지도록',
        'pip가 버전 없는 이름을 거부해서',
        '이미지가 작아져서',
      ],
      answer: 1,
      explanation:
        '버전을 적지 않으면 빌드하는 날의 최신 버전이 들어갑니다. 고정하면 같은 Dockerfile에서 같은 결과가 나옵니다.',
    },
    {
      prompt: 'Python 앱의 베이스로 alpine보다 slim을 먼저 권하는 이유는?',
      choices: [
        'slim이 항상 더 작아서',
        'Alpine(musl)에서는 미리 빌드된 휠을 못 쓰는 패키지가 있어 소스 컴파일로 빌드가 느려지고 커질 수 있어서',
        'Alpine에는 Python이 없어서',
        'slim만 비루트 실행을 지원해서',
      ],
      answer: 1,
      explanation:
        '많은 패키지의 휠은 glibc용(manylinux)으로 배포됩니다. musl 기반 Alpine에서는 컴파일러를 설치해 소스에서 빌드해야 할 수 있습니다.',
    },
    {
      prompt: 'PYTHONUNBUFFERED=1을 설정하면?',
      choices: [
        'pip 캐시를 끈다',
        '출력을 버퍼에 모으지 않아 docker logs에 바로 나타난다',
        '.pyc 파일을 만든다',
        '디버그 모드를 켠다',
      ],
      answer: 1,
      explanation:
        '표준 출력이 터미널이 아니면 Python은 출력을 모아서 내보냅니다. 이 변수를 켜면 로그가 즉시 나옵니다.',
    },
    {
      prompt: '컨테이너를 지우고 새로 띄웠더니 메모 목록이 비었습니다. 이유는?',
      choices: [
        '이미지가 손상되어서',
        '메모가 프로세스 메모리(또는 컨테이너의 쓰기 가능 레이어)에만 있었고 컨테이너와 함께 사라졌기 때문',
        '포트가 바뀌어서',
        'gunicorn이 메모를 지워서',
      ],
      answer: 1,
      explanation: '남겨야 하는 데이터는 데이터베이스에 두고, 데이터베이스 파일은 볼륨에 둡니다.',
    },
    {
      prompt: '운영용 컨테이너의 CMD로 알맞은 것은?',
      choices: [
        '["flask", "run", "--debug"]',
        '["gunicorn", "--bind", "0.0.0.0:8000", "app.main:app"]',
        'python app/main.py',
        '["python", "-m", "pip", "install"]',
      ],
      answer: 1,
      explanation:
        'flask run은 개발용 서버입니다. gunicorn 같은 WSGI 서버를 exec 형식으로 실행합니다. 0.0.0.0에 바인드해야 컨테이너 밖에서 접속됩니다.',
    },
  ],
};

export default quiz;
