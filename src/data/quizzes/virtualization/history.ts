import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'virtualization/history',
  questions: [
    {
      prompt: 'ARPANET으로 오간 첫 메시지에 대한 설명으로 맞는 것은?',
      choices: [
        '1962년 국방부가 SRI에서 UCLA로 "hello"를 보냈다',
        '1969년 10월 29일 UCLA에서 SRI로 "login"을 보내다가 "LO"만 전달되었다',
        '1969년 UCLA가 "that\'s us!"라는 메시지를 받았다',
        '1983년 TCP/IP 전환 기념으로 "internet"을 보냈다',
      ],
      answer: 1,
      explanation:
        '1969년 10월 29일 UCLA의 찰리 클라인이 SRI 컴퓨터에 login을 입력하던 중 L과 O 두 글자가 건너간 뒤 시스템이 멈췄습니다. 그래서 첫 메시지는 "LO"입니다.',
    },
    {
      prompt: '"internet"이라는 낱말의 유래로 가장 정확한 것은?',
      choices: [
        'International Network의 줄임말이다',
        'Interactive Network의 줄임말이다',
        '네트워크들을 서로 잇는 inter-network(internetworking)에서 왔고, 1974년 RFC 675에 쓰였다',
        '1991년 웹이 공개될 때 CERN이 만든 말이다',
      ],
      answer: 2,
      explanation:
        '인터넷은 여러 네트워크를 하나로 잇는다는 inter-networking에서 온 말입니다. 문서상 초기 용례는 1974년 12월의 TCP 사양 RFC 675입니다. "International Network의 약어"는 속설입니다.',
    },
    {
      prompt:
        '시분할(time-sharing)이 풀려고 한 문제와, 오늘날 하이퍼바이저와 컨테이너가 이어받은 과제를 가장 잘 짝지은 것은?',
      choices: [
        '비싼 컴퓨터 한 대를 여러 사용자가 나눠 쓰기 — 자원 배분과 격리',
        '네트워크 속도 높이기 — 압축과 캐시',
        '천공 카드 줄이기 — 그래픽 사용자 인터페이스',
        '전력 줄이기 — 냉방 설비 개선',
      ],
      answer: 0,
      explanation:
        '시분할은 CPU 시간을 잘게 나눠 여러 사용자가 동시에 쓰게 하는 방식입니다. 공정하게 나누고 서로를 보호해야 한다는 과제는 지금의 가상 머신과 컨테이너가 하는 일과 같습니다.',
    },
    {
      prompt: '1990년대 말부터 x86 서버에서 가상화가 다시 주목받은 직접적인 이유가 아닌 것은?',
      choices: [
        '애플리케이션마다 서버를 한 대씩 두다 보니 놀고 있는 서버가 많았다',
        '새 서버를 준비하는 데 몇 주가 걸렸다',
        'VM은 파일 묶음이라 복사와 이동이 쉬웠다',
        '메인프레임 값이 올라 PC를 쓸 수 없게 되었다',
      ],
      answer: 3,
      explanation:
        '가상화가 돌아온 이유는 서버 급증과 낮은 사용률, 느린 준비, 하드웨어 독립의 필요였습니다. 메인프레임 가격 상승은 관련이 없습니다.',
    },
    {
      prompt:
        'IEA 『Energy and AI』(2025)가 밝힌 2024년 전 세계 데이터 센터 전력 사용량으로 맞는 것은?',
      choices: [
        '약 200 TWh, 세계 전력의 약 1%',
        '약 415 TWh, 세계 전력의 약 1.5%',
        '약 945 TWh, 세계 전력의 약 10%',
        '약 50 TWh, 세계 전력의 약 0.1%',
      ],
      answer: 1,
      explanation:
        'IEA는 2024년 데이터 센터가 약 415 TWh, 세계 전력의 약 1.5%를 썼다고 밝혔습니다. 945 TWh는 2030년 전망치이고, "약 200 TWh, 1%"는 오래된 추정치입니다.',
    },
  ],
};

export default quiz;
