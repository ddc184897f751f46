import {useEffect, useRef, useSyncExternalStore, type ReactNode} from 'react';
import HostView from './HostView';
import Terminal from './Terminal';
import type {RunSession} from './runSession';
import styles from './runTerminal.module.css';

export interface RunTerminalProps {
  readonly session: RunSession;
  readonly onClose: () => void;
}

/** The terminal a run button opens below its code block: one per page. */
export default function RunTerminal({session, onClose}: RunTerminalProps): ReactNode {
  const view = useSyncExternalStore(session.subscribe, session.getView, session.getView);
  const input = useRef<HTMLInputElement | null>(null);

  useEffect(() => {
    if (view.focusRequest > 0 && !view.busy) input.current?.focus({preventScroll: true});
  }, [view.focusRequest, view.busy]);

  return (
    <section className={styles.runTerminal} aria-label="명령 블록 실행 터미널">
      <div className={styles.toolbar}>
        <p className={styles.title}>
          도커 플레이그라운드 <span className={styles.badge}>시뮬레이션</span>
        </p>
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={() => session.reset()}
          disabled={view.busy}
        >
          초기화
        </button>
        <button type="button" className="button button--secondary button--sm" onClick={onClose}>
          닫기
        </button>
      </div>
      <Terminal
        transcript={view.transcript}
        prompt={view.prompt}
        history={view.history}
        onSubmit={session.type}
        onEcho={session.echo}
        onInterrupt={session.interrupt}
        complete={session.complete}
        inputRef={input}
        disabled={view.busy}
        secret={view.secret}
        label="명령 블록 실행 터미널"
      />
      <details className={styles.host} data-testid="run-host">
        <summary>호스트 그림: 컨테이너, 네트워크, 볼륨</summary>
        <HostView data={view.panel} revision={view.revision} />
      </details>
      <p className="dg-sr-only" role="status" data-testid="run-status">
        {view.status}
      </p>
      {view.storageFailed && (
        <p className={styles.notice} role="status">
          이 브라우저가 저장을 막고 있어, 새로 고치면 처음 상태로 돌아갑니다.
        </p>
      )}
    </section>
  );
}
