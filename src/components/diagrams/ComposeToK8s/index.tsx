import {useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {COMPOSE_TO_K8S, type KeyMapping} from '@site/src/lib/diagrams/compose-to-k8s';
import {useRovingFocus} from '@site/src/components/useRovingFocus';
import styles from './styles.module.css';

const ALL = 'all';
const CHOICES = [ALL, ...COMPOSE_TO_K8S.map((mapping) => mapping.id)];

function announce(selected: string): string {
  const mapping = COMPOSE_TO_K8S.find((candidate) => candidate.id === selected);
  return mapping
    ? `${mapping.composeKey} → ${mapping.target}`
    : `Compose 키 ${COMPOSE_TO_K8S.length}개를 모두 보여 줍니다.`;
}

function Card({mapping}: {readonly mapping: KeyMapping}): ReactNode {
  return (
    <>
      <p className={styles.cardTitle}>
        <code>{mapping.composeKey}</code>
        <span aria-hidden="true"> ⇒ </span>
        <span className={styles.visuallyHidden}>: </span>
        <span className={styles.target}>{mapping.target}</span>
      </p>
      <div className={styles.sides}>
        <div className={clsx(styles.side, styles.compose)}>
          <p className={styles.sideLabel}>Compose · compose.yaml</p>
          <pre className={styles.snippet}>{mapping.compose}</pre>
        </div>
        <span className={styles.arrow} aria-hidden="true">
          →
        </span>
        <div className={clsx(styles.side, styles.kubernetes)}>
          <p className={styles.sideLabel}>Kubernetes · {mapping.file ?? '해당 파일 없음'}</p>
          <pre className={styles.snippet}>{mapping.kubernetes}</pre>
        </div>
      </div>
      <p className={styles.change}>
        <strong>바뀌는 점: </strong>
        {mapping.change}
      </p>
    </>
  );
}

/**
 * Compose keys of examples/k8s/compose.yaml and what each becomes in the manifests beside it.
 * Every card is in the server HTML; the buttons narrow the list to one key.
 */
export default function ComposeToK8s(): ReactNode {
  const [selected, setSelected] = useState(ALL);
  const {getItemProps} = useRovingFocus<HTMLButtonElement>({
    count: CHOICES.length,
    activeIndex: CHOICES.indexOf(selected),
    orientation: 'both',
    onActivate: (index) => setSelected(CHOICES[index]!),
  });

  return (
    <figure className="dg-figure" data-testid="compose-to-k8s">
      <div className={styles.toolbar} role="group" aria-label="Compose 키 고르기">
        {CHOICES.map((id, index) => (
          <button
            key={id}
            {...getItemProps(index)}
            type="button"
            className={styles.keyButton}
            aria-pressed={selected === id}
            data-choice={id}
            onClick={() => setSelected(id)}
          >
            {id === ALL ? '모두' : COMPOSE_TO_K8S[index - 1]!.composeKey}
          </button>
        ))}
      </div>
      <p className={styles.status} aria-live="polite" data-testid="compose-to-k8s-status">
        {announce(selected)}
      </p>
      <ul className={styles.cards}>
        {COMPOSE_TO_K8S.map((mapping) => (
          <li
            key={mapping.id}
            className={styles.card}
            data-mapping={mapping.id}
            hidden={selected !== ALL && selected !== mapping.id}
          >
            <Card mapping={mapping} />
          </li>
        ))}
      </ul>
      <figcaption className={styles.caption}>
        node-app의 compose.yaml에 있던 키가 Kubernetes 매니페스트의 어느 오브젝트와 필드로 가는지,
        그리고 옮기면 무엇이 달라지는지 보여 줍니다. 이미지 빌드와 depends_on처럼 그대로 옮겨지지
        않는 키도 있습니다. 키를 고르면 그 키만 남고, 모두를 누르면 전체가 다시 보입니다.
      </figcaption>
    </figure>
  );
}
