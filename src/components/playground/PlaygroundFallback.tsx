import type {ReactNode} from 'react';
import type {Scenario} from '@site/src/data/playground-scenarios';
import {stepCommand} from '@site/src/lib/playground/steps';
import styles from './styles.module.css';

/** The steps of a scenario as plain text: what to do and the commands to type. */
export function ScenarioSteps({
  scenario,
  className,
}: {
  readonly scenario: Scenario;
  readonly className?: string;
}): ReactNode {
  return (
    <ol className={className}>
      {scenario.steps.map((step) => {
        const command = stepCommand(step);
        return (
          <li key={step.id}>
            {step.instruction}{' '}
            {command ? (
              <span className={styles.stepCommand}>
                입력할 명령: <code>{command}</code>
              </span>
            ) : (
              <span className={styles.stepCommand}>({step.hint})</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}

interface PlaygroundFallbackProps {
  readonly scenario?: Scenario;
  /** An id that matched no scenario. */
  readonly unknownId?: string;
  /** The browser is about to load the terminal. */
  readonly status: 'static' | 'loading' | 'failed';
}

export const LOAD_FAILED_NOTICE =
  '터미널을 불러오지 못했습니다. 네트워크 연결을 확인하고 페이지를 새로 고쳐 주세요.';

export const NO_JS_NOTICE =
  '플레이그라운드는 JavaScript가 필요합니다. JavaScript를 켜면 이 자리에서 Docker 명령을 직접 입력해 볼 수 있습니다.';

/**
 * What readers see before the terminal runs: in the static HTML, without JavaScript, and while
 * the terminal's code loads. It never imports the engine.
 */
export default function PlaygroundFallback({
  scenario,
  unknownId,
  status,
}: PlaygroundFallbackProps): ReactNode {
  return (
    <div className={styles.fallback} data-testid="playground-fallback">
      <p className={styles.appTitle}>
        도커 플레이그라운드 <span className={styles.badge}>시뮬레이션</span>
      </p>
      <noscript>
        <p className={styles.notice}>
          {NO_JS_NOTICE}
          {scenario ? ' 아래 단계는 설치한 Docker에서 그대로 따라 할 수도 있습니다.' : ''}
        </p>
      </noscript>
      {status === 'loading' && (
        <p className={styles.loading} role="status">
          터미널을 불러오는 중입니다…
        </p>
      )}
      {status === 'failed' && (
        <p className={styles.notice} role="status">
          {LOAD_FAILED_NOTICE}
        </p>
      )}
      {unknownId && !scenario && <p>「{unknownId}」 과제를 찾지 못했습니다.</p>}
      {scenario && (
        <>
          <p className={styles.guideTitle}>연습 과제: {scenario.title}</p>
          <p>{scenario.description}</p>
          <ScenarioSteps scenario={scenario} className={styles.fallbackSteps} />
        </>
      )}
    </div>
  );
}
