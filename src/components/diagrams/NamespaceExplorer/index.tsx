import {useId, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {
  NAMESPACES,
  type NamespaceInfo,
  type NamespaceKind,
  type NamespaceView,
} from '@site/src/data/namespaces';
import {useRovingFocus} from '@site/src/components/useRovingFocus';
import styles from './styles.module.css';

interface NamespaceExplorerProps {
  /** Kind selected at first. */
  readonly initial?: NamespaceKind;
}

/**
 * Host view next to container view for each of the eight namespace kinds.
 * The server HTML holds all eight panels and the tab list: with JavaScript the
 * tabs show one panel at a time; without it the <noscript> style hides the
 * tabs and reveals every panel (.dg-js-only, .dg-nojs-reveal). Hydration
 * therefore changes nothing on the page.
 */
export default function NamespaceExplorer({initial = 'pid'}: NamespaceExplorerProps): ReactNode {
  const baseId = useId().replace(/:/g, '');
  const [selected, setSelected] = useState<NamespaceKind>(initial);
  // Announced only after the reader picks a kind, not on load.
  const [announced, setAnnounced] = useState(false);
  const current = NAMESPACES.find((ns) => ns.kind === selected) ?? NAMESPACES[0]!;

  const choose = (kind: NamespaceKind) => {
    setSelected(kind);
    setAnnounced(true);
  };

  // Automatic activation: arrows, Home and End select as they move, wrapping around.
  const {getItemProps} = useRovingFocus<HTMLButtonElement>({
    count: NAMESPACES.length,
    activeIndex: NAMESPACES.indexOf(current),
    orientation: 'both',
    onActivate: (index) => choose(NAMESPACES[index]!.kind),
  });

  return (
    <figure className={styles.explorer} data-testid="namespace-explorer">
      <div
        role="tablist"
        aria-label="네임스페이스 종류"
        className={clsx(styles.tabs, 'dg-js-only')}
      >
        {NAMESPACES.map((ns, index) => {
          const isSelected = ns.kind === selected;
          return (
            <button
              key={ns.kind}
              {...getItemProps(index)}
              type="button"
              role="tab"
              id={`${baseId}-tab-${ns.kind}`}
              aria-selected={isSelected}
              aria-controls={`${baseId}-panel-${ns.kind}`}
              className={clsx(styles.tab, isSelected && styles.tabSelected)}
              onClick={() => choose(ns.kind)}
            >
              {ns.name}
            </button>
          );
        })}
      </div>
      {NAMESPACES.map((ns) => (
        <Panel
          key={ns.kind}
          ns={ns}
          id={`${baseId}-panel-${ns.kind}`}
          tabId={`${baseId}-tab-${ns.kind}`}
          hidden={ns.kind !== selected}
        />
      ))}
      <p className="dg-sr-only" aria-live="polite">
        {announced
          ? `${current.name} 네임스페이스: ${current.unshareLong} (${current.unshareShort}), ${current.kernel}`
          : ''}
      </p>
      <figcaption className={styles.caption}>
        리눅스 네임스페이스 8종을 하나씩 골라, 같은 명령을 호스트에서 실행했을 때와 컨테이너(새
        네임스페이스) 안에서 실행했을 때 무엇이 다르게 보이는지 나란히 비교합니다.
      </figcaption>
    </figure>
  );
}

interface PanelProps {
  readonly ns: NamespaceInfo;
  readonly id: string;
  readonly tabId: string;
  readonly hidden: boolean;
}

function Panel({ns, id, tabId, hidden}: PanelProps): ReactNode {
  return (
    <section
      id={id}
      role="tabpanel"
      aria-labelledby={tabId}
      hidden={hidden}
      tabIndex={0}
      className={clsx(styles.panel, 'dg-nojs-reveal')}
      data-kind={ns.kind}
    >
      <p className={styles.panelTitle}>
        <strong>
          {ns.name} 네임스페이스 <span lang="en">({ns.en})</span>
        </strong>
      </p>
      <dl className={styles.facts}>
        <div>
          <dt>격리하는 것</dt>
          <dd>{ns.isolates}</dd>
        </div>
        <div>
          <dt>unshare 옵션</dt>
          <dd>
            <code>{ns.unshareLong}</code> / <code>{ns.unshareShort}</code>
            {ns.kind === 'pid' && (
              <>
                {' '}
                (<code>--fork</code>와 함께)
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>clone 플래그</dt>
          <dd>
            <code>{ns.cloneFlag}</code>
          </dd>
        </div>
        <div>
          <dt>도입 커널</dt>
          <dd>{ns.kernel}</dd>
        </div>
      </dl>
      <div className={styles.views}>
        <View title="호스트에서" view={ns.host} tone="host" />
        <View title="컨테이너(새 네임스페이스) 안에서" view={ns.container} tone="inside" />
      </div>
      <p className={styles.point}>{ns.point}</p>
      <p className={styles.tryIt}>
        직접 해 보기: <code>{ns.tryIt}</code>
      </p>
    </section>
  );
}

function View({
  title,
  view,
  tone,
}: {
  readonly title: string;
  readonly view: NamespaceView;
  readonly tone: 'host' | 'inside';
}): ReactNode {
  return (
    <div className={clsx(styles.view, tone === 'host' ? styles.viewHost : styles.viewInside)}>
      <p className={styles.viewTitle}>{title}</p>
      <pre className={clsx('dg-terminal', styles.terminal)}>
        <code>
          <span className="dg-terminal-command">{view.command}</span>
          {'\n'}
          {view.output.join('\n')}
        </code>
      </pre>
    </div>
  );
}
