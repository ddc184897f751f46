import React, {useEffect, useId, useRef, useState, type CSSProperties, type ReactNode} from 'react';
import clsx from 'clsx';
import type {HostReason} from '../../../plugins/code-highlight/meta';
import {markOverflow} from '@site/src/lib/dom/overflowMark';
import styles from './styles.module.css';
import runStyles from './run.module.css';

// Props come from plugins/code-highlight, which reads them from the fence's
// meta words (STYLE.md, "Code-fence meta words") and checks them at build time.
export interface CodeBlockProps {
  /** Highlighted HTML from plugins/code-highlight (build time), split into lines when needed. */
  readonly html?: string;
  readonly language?: string;
  readonly title?: ReactNode;
  readonly className?: string;
  /** Number the lines; a number is the first line's number. */
  readonly showLineNumbers?: boolean | number;
  /** The block runs on the reader's own machine, not in the playground, for this reason. */
  readonly host?: HostReason;
  /** The text is the output of the previous block's last command. */
  readonly output?: boolean;
  /** `repo@tag path` of the source file the text comes from. */
  readonly source?: string;
  /** The text is an illustration, not a real run. */
  readonly example?: boolean;
  /** Plain text, shown uncoloured when no `html` was made at build time. */
  readonly children?: ReactNode;
}

const COPIED_FOR_MS = 2000;

// 24×24 Material-style glyphs, drawn in the text colour.
const COPY_ICON =
  'M16 1H4a2 2 0 0 0-2 2v14h2V3h12V1Zm3 4H8a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h11a2 2 0 0 0 2-2V7a2 2 0 0 0-2-2Zm0 16H8V7h11v14Z';
const CHECK_ICON = 'M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4L9 16.2Z';
const WRAP_ICON =
  'M4 19h6v-2H4v2ZM20 5H4v2h16V5Zm-3 6H4v2h13.25c1.1 0 2 .9 2 2s-.9 2-2 2H15v-2l-3 3 3 3v-2h2a4 4 0 0 0 0-8Z';

function Icon({path}: {readonly path: string}): ReactNode {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path fill="currentColor" d={path} />
    </svg>
  );
}

async function copyText(text: string): Promise<void> {
  if (navigator.clipboard) {
    await navigator.clipboard.writeText(text);
    return;
  }
  // Plain http on a LAN has no Clipboard API: copy through a hidden textarea.
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  if (!copied) throw new Error('copy failed');
}

/** The counter start and the width of the number column, from the first number and the line count. */
function lineNumberStyle(start: number, html: string | undefined): CSSProperties {
  const lastLine = start + (html?.split('\n').length ?? 1) - 1;
  return {
    counterReset: `dg-line ${start - 1}`,
    ['--dg-line-number-digits' as string]: String(lastLine).length,
  };
}

/**
 * A code block whose colours were computed at build time: the browser only
 * inserts HTML, and hydration never walks the tokens. Copy reads the text
 * from the page, so the code is shipped once.
 */
export default function CodeBlock({
  html,
  language,
  title,
  className,
  showLineNumbers,
  host,
  output,
  source,
  example,
  children,
}: CodeBlockProps): ReactNode {
  const id = useId();
  const hostLabelId = `${id}-host`;
  const captionId = `${id}-caption`;
  const caption = example ? (
    <>
      <strong>예시:</strong> 설명을 위한 출력으로, 실제로 실행한 결과가 아닙니다.
    </>
  ) : source ? (
    <>
      <strong>출처:</strong> {source}
    </>
  ) : null;
  const lineNumbersStart =
    typeof showLineNumbers === 'number' ? showLineNumbers : showLineNumbers ? 1 : undefined;
  const describedBy = [host && hostLabelId, caption && captionId].filter(Boolean).join(' ');
  const Wrapper = caption ? 'figure' : 'div';
  const wrapperRef = useRef<HTMLElement & HTMLDivElement>(null);
  const preRef = useRef<HTMLPreElement>(null);
  const [copied, setCopied] = useState(false);
  const [wrapped, setWrapped] = useState(false);
  const lang = language ?? className?.match(/language-(\S+)/)?.[1];
  // STYLE.md: a `bash` block without `host=` runs in the playground.
  const runnable = lang === 'bash' && !host;

  // The wrap button shows (CSS) while a line overflows or the block is wrapped.
  useEffect(() => {
    const pre = preRef.current;
    const wrapper = wrapperRef.current;
    return pre && wrapper ? markOverflow(pre, wrapper) : undefined;
  }, []);

  useEffect(() => {
    if (!copied) return undefined;
    const timer = window.setTimeout(() => setCopied(false), COPIED_FOR_MS);
    return () => window.clearTimeout(timer);
  }, [copied]);

  const copy = () => {
    const text = preRef.current?.textContent ?? '';
    copyText(text).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };

  return (
    <Wrapper
      ref={wrapperRef}
      className={clsx(
        'dg-code',
        styles.codeBlock,
        lang && `language-${lang}`,
        wrapped && styles.wrapped,
      )}
      data-host={host}
      data-output={output ? '' : undefined}
      data-source={source}
      data-example={example ? '' : undefined}
    >
      {title || host ? (
        <div className={styles.header}>
          {title ? <div className={styles.title}>{title}</div> : null}
          {host ? (
            <span id={hostLabelId} className={styles.hostLabel}>
              내 컴퓨터에서
              <span className="dg-sr-only">
                {' '}
                실행하는 명령입니다(연습장에서는 실행할 수 없습니다).
              </span>
            </span>
          ) : null}
        </div>
      ) : null}
      <div className={styles.body}>
        {/* A long line scrolls sideways: the block takes focus so the keyboard can scroll it too. */}
        <pre
          ref={preRef}
          className={styles.pre}
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          tabIndex={0}
          aria-describedby={describedBy || undefined}
        >
          {html !== undefined ? (
            <code
              className={lineNumbersStart !== undefined ? styles.numbered : undefined}
              style={
                lineNumbersStart !== undefined ? lineNumberStyle(lineNumbersStart, html) : undefined
              }
              dangerouslySetInnerHTML={{__html: html}}
            />
          ) : (
            <code>{children}</code>
          )}
        </pre>
        <div className={clsx('dg-code__buttons', styles.buttons)}>
          <button
            type="button"
            className={clsx(styles.button, styles.wrapButton)}
            aria-pressed={wrapped}
            aria-label="긴 줄 접어 보기"
            title="긴 줄 접어 보기"
            onClick={() => setWrapped((value) => !value)}
          >
            <Icon path={WRAP_ICON} />
          </button>
          <button
            type="button"
            className={clsx(styles.button, copied && styles.copied)}
            aria-label={copied ? '복사했습니다' : '코드 복사'}
            title="코드 복사"
            onClick={copy}
          >
            <Icon path={copied ? CHECK_ICON : COPY_ICON} />
          </button>
        </div>
        <span className="dg-sr-only" role="status">
          {copied ? '코드를 클립보드에 복사했습니다.' : ''}
        </span>
      </div>
      {runnable ? (
        // Named after its place in the chapter by src/client/runButton.ts, which also handles
        // the click: the block renders the same on the server and after hydration.
        <button
          type="button"
          className={clsx('dg-js-only', 'button button--sm button--secondary', runStyles.runButton)}
          data-dg-run=""
        >
          <span aria-hidden="true">▶ </span>실행해 보기
        </button>
      ) : null}
      {caption ? (
        <figcaption id={captionId} className={styles.caption}>
          {caption}
        </figcaption>
      ) : null}
    </Wrapper>
  );
}
