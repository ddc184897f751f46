import {useEffect, useRef, useState, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
// The terminal is in this page's HTML; the engine loads when the reader comes to it (PlaygroundApp).
import PlaygroundApp from '@site/src/components/playground/PlaygroundApp';
import {ScenarioSteps} from '@site/src/components/playground/PlaygroundFallback';
import {findScenario, PLAYGROUND_SCENARIOS} from '@site/src/data/playground-scenarios';
import styles from '@site/src/components/playground/styles.module.css';

function scenarioFromUrl(): string | undefined {
  if (typeof window === 'undefined') return undefined;
  const id = new URLSearchParams(window.location.search).get('scenario');
  return id && findScenario(id) ? id : undefined;
}

const HELP: ReadonlyArray<readonly [string, string]> = [
  ['help', '플레이그라운드가 이해하는 명령(셸 명령과 docker 명령)의 목록을 보여 줍니다.'],
  [
    'docker --help',
    'Docker CLI가 보여 주는 것과 같은 도움말입니다(실제 CLI 28.2.2에서 기록하고, 29.7.2에서 바뀐 설명은 docker/cli 소스에서 고쳐 넣었습니다). docker run --help처럼 명령마다 볼 수도 있습니다.',
  ],
  [
    'docker run hello-world',
    '첫 컨테이너를 실행합니다. 이미지가 없으면 먼저 내려받는 과정까지 흉내 냅니다.',
  ],
  [
    'ls, cat, echo … > 파일',
    'Dockerfile이나 compose.yaml을 만들 수 있는 작은 셸입니다. history로 입력한 명령을 다시 봅니다.',
  ],
  ['clear', '터미널 화면을 지웁니다. 엔진 상태(이미지, 컨테이너)는 그대로입니다.'],
  ['exit', 'docker run -it나 docker exec -it로 들어간 컨테이너의 셸에서 빠져나옵니다.'],
];

/** /playground: free practice, every guided scenario, and how to use the terminal. */
export default function PlaygroundPage(): ReactNode {
  const [scenario, setScenario] = useState<string | undefined>(undefined);
  const [focusRequest, setFocusRequest] = useState(0);
  const top = useRef<HTMLDivElement>(null);

  // Read ?scenario= once in the browser (the static HTML is the same for every query).
  useEffect(() => {
    const fromUrl = scenarioFromUrl();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the URL is only readable after hydration
    if (fromUrl) setScenario(fromUrl);
  }, []);

  const choose = (id: string | undefined): void => {
    setScenario(id);
    setFocusRequest((count) => count + 1);
    const url = new URL(window.location.href);
    if (id) url.searchParams.set('scenario', id);
    else url.searchParams.delete('scenario');
    window.history.replaceState(window.history.state, '', url);
    top.current?.scrollIntoView({block: 'start'});
  };

  const active = scenario ? findScenario(scenario) : undefined;

  return (
    <Layout
      title="플레이그라운드"
      description="설치도 로그인도 없이 브라우저에서 Docker 명령을 입력해 보는 시뮬레이터입니다. 컨테이너와 이미지의 상태가 그림처럼 바뀌는 것을 보며 연습 과제를 풀 수 있습니다."
    >
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">플레이그라운드</Heading>
        <div className={styles.intro}>
          <p>
            이 페이지의 터미널은 containerd 이미지 스토어를 쓰는 Docker Engine 29.7 데몬과
            이야기하는 <strong>Docker CLI 29.7</strong>과 <strong>Docker Compose v5.5</strong>를
            흉내 낸 시뮬레이션입니다. 진짜 Docker는 돌지 않지만, 명령의 출력과 에러 메시지는 실제
            Docker가 내는 형식을 그대로 따릅니다. 설치할 것도, 로그인할 것도 없고, 입력한 내용은 이
            브라우저 밖으로 나가지 않습니다. 작업 내용은 이 브라우저에만 저장되어 새로 고쳐도
            이어지고, 초기화 버튼으로 처음 상태로 돌릴 수 있습니다.
          </p>
          <p>
            본문은 Docker Engine 29를 기준으로 쓰였습니다. 28과 29가 다르게 동작하는 곳은 각 장에서
            따로 설명합니다.
          </p>
        </div>

        <div ref={top} className={styles.practice}>
          <Heading as="h2" id="practice">
            {active ? `연습: ${active.title}` : '자유 연습'}
          </Heading>
          {active && (
            <p>
              <button
                type="button"
                className="button button--link button--sm"
                onClick={() => choose(undefined)}
              >
                자유 연습으로 돌아가기
              </button>
            </p>
          )}
          <PlaygroundApp
            key={scenario ?? 'free'}
            scenario={scenario}
            variant="page"
            focusOnLoad={focusRequest > 0}
          />
        </div>

        <section aria-labelledby="scenarios">
          <Heading as="h2" id="scenarios">
            연습 과제
          </Heading>
          <p>
            과제마다 해야 할 일이 단계로 나뉘어 있고, 명령을 입력할 때마다 엔진의 상태를 보고 끝낸
            단계에 표시가 붙습니다. 명령을 그대로 따라 써도 되고, 다른 방법으로 같은 상태를 만들어도
            됩니다.
          </p>
          <ul className={styles.scenarioList}>
            {PLAYGROUND_SCENARIOS.map((item) => (
              <li key={item.id} className={styles.scenarioCard} data-scenario={item.id}>
                <h3 id={`scenario-${item.id}`}>{item.title}</h3>
                <p>{item.description}</p>
                <ScenarioSteps scenario={item} />
                <p>
                  <Link to={item.chapter}>이 과제를 다루는 장 읽기</Link>
                </p>
                {/* In the server HTML too (hidden without JavaScript), so the cards do not grow after load. */}
                <div className={`${styles.scenarioActions} dg-js-only`}>
                  {scenario === item.id ? (
                    <span className={styles.activeMark}>지금 연습 중</span>
                  ) : (
                    <button
                      type="button"
                      className="button button--primary button--sm"
                      aria-describedby={`scenario-${item.id}`}
                      onClick={() => choose(item.id)}
                    >
                      이 과제 시작
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="help">
          <Heading as="h2" id="help">
            사용법
          </Heading>
          <dl className={styles.help}>
            {HELP.map(([term, text]) => (
              <div key={term}>
                <dt>{term}</dt>
                <dd>{text}</dd>
              </div>
            ))}
          </dl>
          <p>
            키보드: Enter로 실행하고, ↑/↓로 앞서 입력한 명령을 불러오며, Tab으로 명령과
            이미지·컨테이너 이름을 자동 완성합니다. 터미널에서 Tab은 자동 완성에 쓰이므로, 터미널
            밖으로 나가려면 Esc를 누른 다음 Tab을 누르세요. 출력은 일반 텍스트라 마우스로 골라
            복사할 수 있습니다.
          </p>
          <p>
            흉내 내는 범위에는 한계가 있습니다. 네트워크로 실제 이미지를 받지 않으며, 준비된
            이미지(hello-world, alpine, ubuntu, nginx, postgres 등)와 장에서 다루는 명령과 옵션만
            동작합니다. 그 밖의 명령에는 실제 셸처럼 찾을 수 없다고 답합니다.
          </p>
        </section>
      </main>
    </Layout>
  );
}
