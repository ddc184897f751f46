import {Component, lazy, Suspense, type ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import PlaygroundFallback from './PlaygroundFallback';
import {findScenario} from '@site/src/data/playground-scenarios';
import {useNearViewport} from '../useNearViewport';

// Only the terminal: the engine follows when the reader comes to it (PlaygroundApp).
const PlaygroundApp = lazy(() => import('./PlaygroundApp'));

export interface PlaygroundProps {
  /** A scenario id from src/data/playground-scenarios.ts; none for free practice. */
  readonly scenario?: string;
}

class LoadBoundary extends Component<
  {readonly fallback: ReactNode; readonly children: ReactNode},
  {failed: boolean}
> {
  override state = {failed: false};
  static getDerivedStateFromError(): {failed: boolean} {
    return {failed: true};
  }
  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/**
 * `<Playground scenario="nginx-port" />` in a chapter. The page's own JavaScript holds only this
 * wrapper and the scenario's text: the server HTML shows the steps and a no-JavaScript notice,
 * the browser loads the real terminal when the block comes near the viewport, and its engine
 * when the reader comes to the terminal.
 */
export default function Playground({scenario: scenarioId}: PlaygroundProps): ReactNode {
  const isBrowser = useIsBrowser();
  const {ref: box, near} = useNearViewport<HTMLDivElement>('400px 0px');
  const canObserve = typeof IntersectionObserver !== 'undefined';
  const active = isBrowser && (near || !canObserve);

  const scenario = scenarioId ? findScenario(scenarioId) : undefined;
  const fallback = (status: 'static' | 'loading' | 'failed'): ReactNode => (
    <PlaygroundFallback scenario={scenario} unknownId={scenarioId} status={status} />
  );

  return (
    <div ref={box} data-playground={scenarioId ?? 'free'}>
      {active ? (
        <LoadBoundary fallback={fallback('failed')}>
          <Suspense fallback={fallback('loading')}>
            <PlaygroundApp scenario={scenarioId} />
          </Suspense>
        </LoadBoundary>
      ) : (
        fallback(isBrowser ? 'loading' : 'static')
      )}
    </div>
  );
}
