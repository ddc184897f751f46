import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'building-images/practice-python',
  questions: [
    {
      prompt: 'requirements.txt에 Flask 대신 Flask==3.1.2라고 적는 이유는?',
      choices: [
        'pip는 버전이 없는 패키지 이름을 거부하고 설치를 멈추므로',
        '버전을 적으면 pip가 캐시를 써서 설치가 빨라지므로',
        '언제 빌드해도 같은 버전이 설치되게',
        '이미지가 작아져서',
      ],
      answer: 2,
      explanation:
        '버전을 적지 않으면 빌드하는 날의 최신 버전이 들어갑니다. 고정하면 같은 Dockerfile에서 같은 결과가 나옵니다.',
    },
    {
      prompt: 'Python 앱의 베이스로 alpine보다 slim을 먼저 권하는 이유는?',
      choices: [
        'slim 이미지가 언제나 alpine보다 작아서',
        'musl용 휠이 없는 패키지는 소스에서 컴파일해야 해서',
        'Alpine에는 Python 패키지 관리자 pip를 설치할 수 없어서',
        'slim만 비루트 사용자로 실행할 수 있어서',
      ],
      answer: 1,
      explanation:
        '많은 패키지의 휠은 glibc용(manylinux)으로 배포됩니다. musl 기반 Alpine에서는 컴파일러를 설치해 소스에서 빌드해야 할 수 있어 빌드가 느려지고 이미지도 커집니다.',
    },
    {
      prompt: 'PYTHONUNBUFFERED=1을 설정하면 무엇이 달라집니까?',
      choices: [
        'pip가 내려받은 패키지를 캐시에 남기지 않는다',
        '.pyc 파일을 미리 만들어 시작이 빨라진다',
        '표준 입력을 닫아 docker run -it 없이도 앱이 멈추지 않게 한다',
        '출력을 모으지 않아 docker logs에 바로 나타난다',
      ],
      answer: 3,
      explanation:
        '표준 출력이 터미널이 아니면 Python은 출력을 버퍼에 모아서 내보냅니다. 이 변수를 켜면 로그가 즉시 나옵니다.',
    },
    {
      prompt: '컨테이너를 지우고 새로 띄웠더니 메모 목록이 비었습니다. 이유는?',
      choices: [
        '메모가 컨테이너 안에만 있어 함께 지워졌다',
        'gunicorn이 시작할 때마다 데이터 디렉터리를 비우기 때문',
        '새 컨테이너가 다른 포트로 떠서 다른 목록을 보여 주기 때문',
        '이미지가 손상되어서',
      ],
      answer: 0,
      explanation:
        '메모는 프로세스 메모리(또는 컨테이너의 쓰기 가능 레이어)에만 있었고 컨테이너와 함께 사라졌습니다. 남겨야 하는 데이터는 데이터베이스에 두고, 데이터베이스 파일은 볼륨에 둡니다.',
    },
    {
      prompt: '운영용 컨테이너의 CMD로 알맞은 것은?',
      choices: [
        '["flask", "--app", "app.main", "run", "--debug", "--host", "0.0.0.0"]',
        '["gunicorn", "--bind", "0.0.0.0:8000", "app.main:app"]',
        'python app/main.py',
        '["python", "-m", "pip", "install", "-r", "requirements.txt"]',
      ],
      answer: 1,
      explanation:
        'flask run은 개발용 서버입니다. gunicorn 같은 WSGI 서버를 exec 형식으로 실행합니다. 0.0.0.0에 바인드해야 컨테이너 밖에서 접속됩니다(기본값 127.0.0.1이면 컨테이너 안에서만 응답합니다).',
    },
  ],
};

export default quiz;
