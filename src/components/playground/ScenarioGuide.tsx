import {useState, type ReactNode} from 'react';
import clsx from 'clsx';
import type {Scenario, ScenarioStep} from '@site/src/data/playground-scenarios';
import {stepCommand} from '@site/src/lib/playground/steps';
import styles from './styles.module.css';

interface ScenarioGuideProps {
  readonly scenario: Scenario;
  /** How many steps are done (in order). */
  readonly done: number;
}

function Step({
  step,
  status,
}: {
  readonly step: ScenarioStep;
  readonly status: 'done' | 'current' | 'pending';
}): ReactNode {
  const [showHint, setShowHint] = useState(false);
  const command = stepCommand(step);
  return (
    <li className={clsx(styles.step, styles[status])} data-status={status}>
      <span className={styles.check} aria-hidden="true">
        {status === 'done' ? '✓' : ''}
      </span>
      <div className={styles.stepBody}>
        <span className={styles.srOnly}>
          {status === 'done' ? '완료: ' : status === 'current' ? '지금 할 단계: ' : ''}
        </span>
        {step.instruction}
        {status !== 'done' && (
          <div className={styles.hint}>
            <button
              type="button"
              className={clsx('button button--link button--sm', styles.hintButton)}
              aria-expanded={showHint}
              onClick={() => setShowHint((value) => !value)}
            >
              {showHint ? '힌트 숨기기' : '힌트 보기'}
            </button>
            {showHint && (
              <p className={styles.hintText}>
                {command ? (
                  <>
                    입력해 볼 명령: <code>{command}</code>
                  </>
                ) : (
                  step.hint
                )}
              </p>
            )}
          </div>
        )}
      </div>
    </li>
  );
}

/** The scenario's steps, ticked from the engine's state after every command. */
export default function ScenarioGuide({scenario, done}: ScenarioGuideProps): ReactNode {
  const total = scenario.steps.length;
  const finished = done >= total;
  return (
    <section
      className={styles.guide}
      aria-label={`연습 과제: ${scenario.title}`}
      data-testid="scenario-guide"
    >
      <p className={styles.guideTitle}>연습 과제: {scenario.title}</p>
      <p className={styles.guideSummary}>{scenario.description}</p>
      <ol className={styles.steps}>
        {scenario.steps.map((step, index) => (
          <Step
            key={step.id}
            step={step}
            status={index < done ? 'done' : index === done ? 'current' : 'pending'}
          />
        ))}
      </ol>
      <p
        className={clsx(styles.guideStatus, finished && styles.finished)}
        aria-live="polite"
        data-testid="scenario-status"
      >
        {finished
          ? `모든 단계를 마쳤습니다. 「${scenario.title}」 과제를 완료했습니다!`
          : `${total}단계 중 ${done}단계를 마쳤습니다.`}
      </p>
    </section>
  );
}
