import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'building-images/practice-java',
  questions: [
    {
      prompt: '멀티 스테이지 빌드에서 최종 이미지에 남는 것은?',
      choices: [
        '모든 단계의 레이어',
        'AS로 이름 붙인 단계의 레이어만',
        'COPY --from으로 참조된 단계의 레이어 전체',
        '마지막 단계의 레이어만',
      ],
      answer: 3,
      explanation:
        '최종 이미지는 마지막 단계(또는 --target으로 고른 단계)입니다. 앞 단계는 COPY --from으로 파일을 건네줄 뿐 최종 이미지에 레이어를 남기지 않습니다.',
    },
    {
      prompt: 'COPY --from=build /src/target/hello.jar ./hello.jar는 무엇을 합니까?',
      choices: [
        '앞 단계 build에서 jar 하나를 복사한다',
        '레지스트리에서 build라는 이미지를 받아 그 안의 jar를 복사한다',
        '호스트의 build 디렉터리에서 복사한다',
        'build 단계를 다시 실행해 jar를 새로 만든다',
      ],
      answer: 0,
      explanation:
        'COPY --from은 빌드 컨텍스트 대신 앞 단계(또는 다른 이미지)의 파일 시스템에서 복사합니다. 여기서 build는 FROM … AS build로 이름 붙인 단계입니다.',
    },
    {
      prompt: 'pom.xml만 먼저 복사하고 mvn dependency:go-offline을 실행하는 이유는?',
      choices: [
        'Maven은 소스 파일 없이 실행되어야 의존성을 정확히 계산하므로',
        '테스트를 건너뛰려고',
        '소스만 바뀌면 의존성 받기를 캐시에서 가져오려고',
        '최종 이미지에서 Maven 저장소를 빼서 이미지를 작게 하려고',
      ],
      answer: 2,
      explanation:
        '캐시는 앞 단계가 그대로일 때만 쓰입니다. 자주 바뀌지 않는 pom.xml로 의존성을 먼저 받아 두면 소스 변경에도 그 단계가 재사용됩니다.',
    },
    {
      prompt:
        '빌드 단계(FROM … AS build) 안에 들어가 살펴보고 싶습니다. 어떤 명령으로 그 단계를 이미지로 만듭니까?',
      choices: [
        'docker build --stage build',
        'docker build --target build',
        'docker run --from build',
        'docker build --only build',
      ],
      answer: 1,
      explanation: '--target은 지정한 단계까지만 빌드하고 그 단계를 이미지로 만듭니다.',
    },
    {
      prompt: '실행 단계에 JDK가 아닌 JRE 이미지(eclipse-temurin의 -jre 태그)를 쓴 이유는?',
      choices: [
        'jar 실행에는 JRE면 되어 이미지가 작아서',
        '실행 단계에서도 javac로 소스를 다시 컴파일해야 해서',
        'JRE 이미지에만 Maven이 들어 있어서',
        'latest 태그를 피하려고',
      ],
      answer: 0,
      explanation:
        'jar를 실행하는 데는 JRE면 충분합니다. 컴파일러와 빌드 도구가 없는 이미지는 작고 공격 표면도 좁습니다.',
    },
  ],
};

export default quiz;
