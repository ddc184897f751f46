import {useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {
  STACKS,
  STACK_IDS,
  kernelSummary,
  layerDetail,
  showOnly,
  toggleStack,
  visibleSummary,
  type ArchitectureStackData,
  type StackId,
} from '@site/src/lib/diagrams/architecture-stack';
import {useRovingFocus} from '@site/src/components/useRovingFocus';
import styles from './styles.module.css';

interface Props {
  /** Stacks shown once the page is interactive; all four by default. The server HTML always shows all four. */
  readonly initial?: readonly StackId[];
  readonly caption?: string;
}

interface Selection {
  readonly stack: StackId;
  readonly layer: string;
}

const PRESETS: readonly {readonly label: string; readonly ids: readonly StackId[]}[] = [
  {label: '모두 보기', ids: STACK_IDS},
  {label: 'Type 1과 Type 2 비교', ids: ['type1', 'type2']},
  {label: 'Type 1과 컨테이너 비교', ids: ['type1', 'containers']},
];

const DEFAULT_CAPTION =
  '물리 서버, Type 1 하이퍼바이저, Type 2 하이퍼바이저, 컨테이너의 계층을 위에서 아래로 쌓은 그림입니다. 하이퍼바이저가 하드웨어 바로 위에 있는지 호스트 OS 위에 있는지, 커널이 몇 개인지를 비교해 보세요. 층을 누르거나 포커스하면 설명이 나옵니다.';

/** One stack's layers: buttons that explain themselves on focus; Up/Down, Home and End move. */
function StackLayers({
  stack,
  selectedLayer,
  onSelect,
}: {
  readonly stack: ArchitectureStackData;
  readonly selectedLayer: string | undefined;
  readonly onSelect: (layerId: string) => void;
}): ReactNode {
  // Every layer stays a tab stop; focusing one (by Tab or by an arrow) selects it.
  const {getItemProps} = useRovingFocus<HTMLButtonElement>({
    count: stack.layers.length,
    activeIndex: stack.layers.findIndex((layer) => layer.id === selectedLayer),
    orientation: 'vertical',
    wrap: false,
    roving: false,
  });
  const sideBy = stack.layers.findIndex((layer) => layer.beside) - 1;
  return (
    <ol className={clsx(styles.layers, sideBy >= 0 && styles.withSide)}>
      {stack.layers.map((layer, index) => (
        <li
          key={layer.id}
          className={clsx(layer.beside && styles.side, index === sideBy && styles.paired)}
        >
          <button
            {...getItemProps(index)}
            type="button"
            className={clsx(styles.layer, styles[layer.tone])}
            aria-pressed={selectedLayer === layer.id}
            data-layer={layer.id}
            onFocus={() => onSelect(layer.id)}
            onClick={() => onSelect(layer.id)}
          >
            {layer.label}
          </button>
        </li>
      ))}
    </ol>
  );
}

/** Four layer stacks side by side; the reader picks which to show and each layer explains itself. */
export default function ArchitectureStack({
  initial = STACK_IDS,
  caption = DEFAULT_CAPTION,
}: Props): ReactNode {
  // The server HTML already shows the starting view, so hydration changes nothing. Without
  // JavaScript the <noscript> style hides the controls and reveals every stack
  // (.dg-js-only, .dg-nojs-reveal in docusaurus.config.ts).
  const [visible, setVisible] = useState<StackId[]>(() => showOnly(...initial));
  const [selection, setSelection] = useState<Selection | undefined>();
  const [announce, setAnnounce] = useState('');

  const change = (next: StackId[]) => {
    setVisible(next);
    setAnnounce(visibleSummary(next));
    if (selection && !next.includes(selection.stack)) setSelection(undefined);
  };

  return (
    <figure className="dg-figure dg-figure--sunken" data-testid="architecture-stack">
      <div className={clsx(styles.controls, 'dg-js-only')}>
        <div role="group" aria-label="보일 구조 고르기" className={styles.toggles}>
          {STACKS.map((stack) => {
            const on = visible.includes(stack.id);
            return (
              <button
                key={stack.id}
                type="button"
                className={styles.toggle}
                aria-pressed={on}
                data-stack-toggle={stack.id}
                onClick={() => change(toggleStack(visible, stack.id))}
              >
                {stack.label}
              </button>
            );
          })}
        </div>
        <div role="group" aria-label="빠른 비교" className={styles.presets}>
          {PRESETS.map((preset) => (
            <button
              key={preset.label}
              type="button"
              className={styles.preset}
              data-preset={preset.ids.join('+')}
              onClick={() => change(showOnly(...preset.ids))}
            >
              {preset.label}
            </button>
          ))}
        </div>
        <p className={styles.announce} aria-live="polite" data-testid="stack-summary">
          {announce}
        </p>
      </div>

      <div className={styles.stacks} data-count={visible.length}>
        {STACKS.map((stack) => (
          <section
            key={stack.id}
            className={clsx(styles.stack, 'dg-nojs-reveal')}
            aria-label={`${stack.label} 계층`}
            data-stack={stack.id}
            hidden={!visible.includes(stack.id)}
          >
            <p className={styles.title}>{stack.label}</p>
            <p className={styles.examples}>{stack.examples}</p>
            <p className={styles.kernels}>{kernelSummary(stack.id)}</p>
            <StackLayers
              stack={stack}
              selectedLayer={selection?.stack === stack.id ? selection.layer : undefined}
              onSelect={(layer) => setSelection({stack: stack.id, layer})}
            />
            <details className={styles.all}>
              <summary>층별 설명 모두 보기</summary>
              <dl>
                {stack.layers.map((layer) => (
                  <div key={layer.id}>
                    <dt>{layer.label}</dt>
                    <dd>{layer.description}</dd>
                  </div>
                ))}
              </dl>
            </details>
          </section>
        ))}
      </div>

      <div className={styles.detail} aria-live="polite" data-testid="stack-detail">
        {selection
          ? layerDetail(selection.stack, selection.layer)
          : '층을 누르거나 Tab 키로 옮겨 가면 그 층의 설명이 여기에 나옵니다. 위아래 화살표로 같은 구조 안의 층을 오갈 수 있습니다.'}
      </div>
      <figcaption className={styles.caption}>{caption}</figcaption>
    </figure>
  );
}
