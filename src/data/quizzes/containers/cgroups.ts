import type {QuizData} from '../types';

const quiz: QuizData = {
  id: 'containers/cgroups',
  questions: [
    {
      prompt:
        'docker run --cpus=1.5로 시작한 컨테이너의 cgroup v2 파일 cpu.max에는 무엇이 들어 있습니까?',
      choices: ['150000 100000', '1.5', '100000 150000', '1536'],
      answer: 0,
      explanation:
        'cpu.max는 "할당량 주기"를 마이크로초로 적습니다. Docker의 기본 주기는 100000 µs이고 코어 1.5개분의 할당량은 150000 µs이므로 "150000 100000"입니다.',
    },
    {
      prompt: '--memory=512m일 때 memory.max의 값은?',
      choices: ['512', '524288', '512000000', '536870912'],
      answer: 3,
      explanation:
        'Docker의 단위는 1024 배수입니다. 512 × 1024 × 1024 = 536870912 바이트가 memory.max에 쓰입니다.',
    },
    {
      prompt: 'cgroup v1과 비교한 cgroup v2의 가장 큰 구조적 차이는?',
      choices: [
        '네트워크 대역폭을 제한하는 컨트롤러가 새로 생겼다',
        '메모리 컨트롤러가 없다',
        '모든 컨트롤러가 하나의 통합 계층을 쓴다',
        'root만 cgroup 파일을 읽을 수 있다',
      ],
      answer: 2,
      explanation:
        'v1은 컨트롤러마다 계층이 따로 있었지만 v2는 통합 계층(unified hierarchy) 하나를 씁니다. v2에는 네트워크 대역폭을 제한하는 컨트롤러가 없습니다.',
    },
    {
      prompt:
        '컨테이너가 종료 코드 137로 끝났습니다. 메모리 한도 때문인지 확인하는 가장 확실한 방법은?',
      choices: [
        '137은 언제나 OOM이므로 따로 확인할 필요가 없다',
        'State.OOMKilled가 true인지 본다',
        'docker logs에 137이 찍혔는지 본다',
        'cpu.stat의 nr_throttled가 늘었는지 본다',
      ],
      answer: 1,
      explanation:
        '137은 128 + 9(SIGKILL)라는 뜻이라 docker kill로 끝내도 나옵니다. 메모리 한도로 OOM 킬을 당했는지는 State.OOMKilled가 true인지로 확인합니다.',
    },
    {
      prompt: '--cpus=0.5인 컨테이너에서 CPU를 계속 쓰는 프로그램을 돌리면 무슨 일이 일어납니까?',
      choices: [
        '할당량을 넘는 순간 커널이 프로그램을 SIGKILL로 끝낸다',
        'fork가 실패한다',
        '아무 일도 없이 코어 하나를 다 쓴다',
        '죽지 않고, 주기마다 멈췄다가 다시 실행된다(스로틀링)',
      ],
      answer: 3,
      explanation:
        'CPU는 기다리면 다시 생기는 자원이므로 커널은 죽이지 않고 멈춰 세웁니다. 그 횟수가 cpu.stat의 nr_throttled에 쌓입니다.',
    },
    {
      prompt: '--memory=512m --memory-swap=512m로 실행했을 때 memory.swap.max의 값은?',
      choices: ['max', '0', '536870912', '1073741824'],
      answer: 1,
      explanation:
        'Docker의 --memory-swap은 메모리와 스왑의 합계입니다. 합계가 메모리와 같으면 스왑 몫은 0이므로 runc는 memory.swap.max에 0을 써서 스왑을 막습니다.',
    },
  ],
};

export default quiz;
