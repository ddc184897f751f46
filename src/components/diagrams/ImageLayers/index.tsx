import {useId, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {
  EDITED_FILE,
  IMAGE_APP,
  IMAGE_TOOLS,
  LAYERS,
  sharedLayers,
  writableLayerAfterEdit,
  type ImageDef,
} from '@site/src/lib/diagrams/image-layers';
import {useRovingFocus} from '@site/src/components/useRovingFocus';
import styles from './styles.module.css';

const SHARED = new Set(sharedLayers(IMAGE_APP, IMAGE_TOOLS));

function Stack({
  image,
  selected,
  highlightCopy,
}: {
  readonly image: ImageDef;
  readonly selected: string | null;
  readonly highlightCopy: string | null;
}): ReactNode {
  return (
    <ul className={styles.stack} aria-label={`${image.name} 이미지의 레이어 (위가 나중 레이어)`}>
      {[...image.layers].reverse().map((id) => {
        const layer = LAYERS[id]!;
        return (
          <li
            key={id}
            className={clsx(
              styles.layer,
              SHARED.has(id) && styles.shared,
              selected === id && styles.selected,
              highlightCopy === id && styles.copySource,
            )}
            data-layer={id}
            data-selected={selected === id ? 'true' : undefined}
          >
            <span className={styles.layerLabel}>{layer.label}</span>
            <span className={styles.meta}>
              {layer.size} · <code>{layer.digest}</code>
              {SHARED.has(id) && <span className={styles.badge}>공유</span>}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

export default function ImageLayers(): ReactNode {
  const baseId = useId().replace(/:/g, '');
  const [line, setLine] = useState(1);
  const [edited, setEdited] = useState(false);
  const current = IMAGE_APP.dockerfile[line]!;
  const selectedLayer = current.layer;
  const copy = writableLayerAfterEdit(IMAGE_APP, EDITED_FILE);

  // Up/Down, Home and End pick a line; every line stays a tab stop (a list of toggle buttons).
  const {getItemProps} = useRovingFocus<HTMLButtonElement>({
    count: IMAGE_APP.dockerfile.length,
    activeIndex: line,
    orientation: 'vertical',
    wrap: false,
    roving: false,
    onActivate: setLine,
  });

  const detail = selectedLayer
    ? `${current.text} → 이 줄이 만든 레이어: 크기 ${LAYERS[selectedLayer]!.size}, digest ${LAYERS[selectedLayer]!.digest}${SHARED.has(selectedLayer) ? ', tools:1.0 이미지와 공유' : ''}.`
    : `${current.text} → ${current.configNote}`;

  return (
    <figure className="dg-figure" data-diagram="image-layers">
      <div className={styles.grid}>
        <div className={styles.dockerfile}>
          <p className={styles.heading} id={`${baseId}-df`}>
            myapp의 Dockerfile
          </p>
          <ol className={styles.lines} aria-labelledby={`${baseId}-df`}>
            {IMAGE_APP.dockerfile.map((l, index) => (
              <li key={l.text}>
                <button
                  {...getItemProps(index)}
                  type="button"
                  className={clsx(styles.line, index === line && styles.lineSelected)}
                  aria-pressed={index === line}
                  data-line={index}
                  onClick={() => setLine(index)}
                >
                  <code>{l.text}</code>
                  <span className={styles.lineNote}>
                    {l.layer ? `→ ${LAYERS[l.layer]!.size} 레이어` : '→ 설정만'}
                  </span>
                </button>
              </li>
            ))}
          </ol>
          <p className={styles.detail} aria-live="polite" data-testid="layers-detail">
            {detail}
          </p>
          <p className={styles.heading}>tools의 Dockerfile</p>
          <pre className={styles.otherDockerfile}>
            {IMAGE_TOOLS.dockerfile.map((l) => l.text).join('\n')}
          </pre>
        </div>

        <div className={styles.stacks}>
          <div className={styles.column}>
            <p className={styles.heading}>컨테이너 app-1 (myapp:1.0에서 실행)</p>
            <div
              className={clsx(styles.layer, styles.writable)}
              data-layer="writable"
              data-testid="writable-layer"
            >
              <span className={styles.layerLabel}>쓰기 가능 레이어 (컨테이너 전용)</span>
              {edited ? (
                <span className={styles.meta}>
                  <code>{EDITED_FILE}</code> — {copy.entries[0]!.note}
                </span>
              ) : (
                <span className={styles.meta}>비어 있음: 아직 바뀐 파일이 없습니다.</span>
              )}
            </div>
            <Stack
              image={IMAGE_APP}
              selected={selectedLayer}
              highlightCopy={edited ? copy.copiedFrom : null}
            />
            <button
              type="button"
              className={styles.editButton}
              aria-pressed={edited}
              onClick={() => setEdited((value) => !value)}
              data-testid="edit-file"
            >
              파일 수정: <code>{EDITED_FILE}</code>
            </button>
            <p className={styles.detail} aria-live="polite" data-testid="copyup-status">
              {edited
                ? `${EDITED_FILE}을 고쳤습니다. 원본은 "${LAYERS[copy.copiedFrom!]!.label}" 레이어에 그대로 있고, 수정본이 쓰기 가능 레이어에 생겼습니다.`
                : '버튼을 누르면 컨테이너 안에서 파일을 고쳤을 때 일어나는 copy-up을 보여 줍니다.'}
            </p>
          </div>
          <div className={styles.column}>
            <p className={styles.heading}>이미지 tools:1.0</p>
            <Stack image={IMAGE_TOOLS} selected={selectedLayer} highlightCopy={null} />
          </div>
        </div>
      </div>
      <figcaption>
        Dockerfile의 각 줄이 어떤 레이어를 만드는지, 같은 alpine 기반 레이어를 두 이미지가 나눠 쓰는
        모습, 그리고 컨테이너가 파일을 고칠 때 쓰기 가능 레이어로 copy-up되는 과정을 보여 줍니다.
        크기와 digest는 설명을 위한 예시 값입니다.
      </figcaption>
    </figure>
  );
}
