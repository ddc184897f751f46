import {useId, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {
  CACHE_SCENARIOS,
  PIPELINE_STEPS,
  layerResults,
  pipelineSummary,
  stepCacheNote,
  type CacheScenarioId,
} from '@site/src/lib/diagrams/ci-pipeline';
import styles from './styles.module.css';

const LAYER_BADGE = {cached: '캐시 적중', rebuilt: '실행', config: '설정만'} as const;

/**
 * The CI chapter's pipeline from push to registry, with the GitHub Actions cache beside it: the
 * reader walks the steps (buttons, or 이전/다음) and picks what changed since the last run.
 */
export default function CiPipeline(): ReactNode {
  const baseId = useId().replace(/:/g, '');
  const [current, setCurrent] = useState(0);
  const [scenario, setScenario] = useState<CacheScenarioId>('source');
  const layers = layerResults(scenario);
  const step = PIPELINE_STEPS[current]!;
  const last = PIPELINE_STEPS.length - 1;

  return (
    <figure className="dg-figure" data-diagram="ci-pipeline" data-testid="ci-pipeline">
      <fieldset className={clsx('dg-choices', styles.group)}>
        <legend>지난 실행 이후 바뀐 것</legend>
        {CACHE_SCENARIOS.map((s) => (
          <label key={s.id} className={clsx('dg-choice', styles.option)}>
            <input
              type="radio"
              name={`${baseId}-scenario`}
              value={s.id}
              checked={scenario === s.id}
              onChange={() => setScenario(s.id)}
              data-scenario={s.id}
            />
            {s.label}
          </label>
        ))}
      </fieldset>

      <div className={styles.layout}>
        <ol className={styles.steps} aria-label="워크플로의 단계 (위에서 아래로 실행)">
          {PIPELINE_STEPS.map((s, index) => {
            const note = stepCacheNote(s, scenario);
            return (
              <li
                key={s.id}
                className={clsx(
                  styles.step,
                  index === current && styles.current,
                  s.cache !== 'none' && styles.cacheStep,
                  s.gate && styles.gate,
                )}
                data-step={s.id}
              >
                <button
                  type="button"
                  className={styles.stepButton}
                  aria-current={index === current ? 'step' : undefined}
                  onClick={() => setCurrent(index)}
                >
                  <span className={styles.number}>{index + 1}</span> {s.label}
                </button>
                {s.action && <code className={styles.action}>{s.action}</code>}
                {s.cache !== 'none' && <span className={styles.cacheBadge}>⇄ 캐시</span>}
                {s.gate && <span className={styles.gateBadge}>실패하면 중단</span>}
                <p className={styles.detail}>{s.detail}</p>
                {note && (
                  <p className={styles.note} data-testid="cache-note">
                    {note}
                  </p>
                )}
              </li>
            );
          })}
        </ol>

        <aside className={styles.cache} aria-labelledby={`${baseId}-cache`}>
          <p id={`${baseId}-cache`} className={styles.cacheTitle}>
            GitHub Actions 캐시 (type=gha)
          </p>
          <p className={styles.cacheText}>
            빌드 단계가 시작할 때 읽고(cache-from), 끝날 때 새 레이어를 씁니다(cache-to). 한
            플랫폼의 Dockerfile 단계는 이렇게 됩니다.
          </p>
          <ul className={styles.layers} aria-label="node-app Dockerfile 단계와 캐시 결과">
            {layers.map((layer) => (
              <li
                key={layer.step.text}
                className={clsx(styles.layer, styles[layer.status])}
                data-status={layer.status}
              >
                <code>{layer.step.text}</code>
                <span className={styles.layerBadge}>{LAYER_BADGE[layer.status]}</span>
              </li>
            ))}
          </ul>
        </aside>
      </div>

      <div className={styles.nav}>
        <button
          type="button"
          onClick={() => setCurrent((i) => Math.max(0, i - 1))}
          disabled={current === 0}
        >
          이전 단계
        </button>
        <button
          type="button"
          onClick={() => setCurrent((i) => Math.min(last, i + 1))}
          disabled={current === last}
        >
          다음 단계
        </button>
      </div>
      <p className={styles.summary} aria-live="polite" data-testid="ci-pipeline-status">
        {`${current + 1}/${PIPELINE_STEPS.length} ${step.label}. ${pipelineSummary(scenario)}`}
      </p>

      <figcaption>
        예제 워크플로가 푸시부터 레지스트리까지 거치는 단계와, 두 빌드 단계가 GitHub Actions 캐시를
        읽고 쓰는 자리입니다. 소스만 바뀐 푸시에서는 npm ci 레이어를 캐시에서 가져와, 가장 오래
        걸리는 의존성 설치(arm64는 에뮬레이션)를 건너뜁니다.
      </figcaption>
    </figure>
  );
}
