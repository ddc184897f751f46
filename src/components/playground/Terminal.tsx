import {
  Fragment,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
} from 'react';
import clsx from 'clsx';
import {splitInfoNotes} from '@site/src/lib/playground/infoNotes';
import {applyCompletion} from './tabCompletion';
import type {TranscriptEntry} from './savedSession';
import styles from './styles.module.css';

export interface TerminalProps {
  /** Everything the terminal has printed so far (typed lines, output, notes). */
  readonly transcript: readonly TranscriptEntry[];
  /** The prompt in front of the input, e.g. `user@playground:~$`. */
  readonly prompt: string;
  /** Earlier lines, oldest first, for ↑/↓. */
  readonly history: readonly string[];
  readonly onSubmit: (line: string) => void;
  /** Candidates for Tab at the cursor; the terminal completes or lists them. */
  readonly complete?: (line: string, cursor: number) => readonly string[];
  /** Adds lines to the transcript without running anything (Tab listings, ^C). */
  readonly onEcho: (entries: readonly TranscriptEntry[]) => void;
  /** Ctrl+C: drop a command that waits for more lines at the `> ` prompt. */
  readonly onInterrupt?: () => void;
  readonly inputRef?: Ref<HTMLInputElement>;
  /** Accessible name of the whole terminal. */
  readonly label?: string;
  readonly disabled?: boolean;
  /**
   * A program asks for a password: the field hides what is typed, keeps it out of React state,
   * the history and the page (an uncontrolled `type="password"` field, emptied on Enter).
   */
  readonly secret?: boolean;
}

function setRef<T>(ref: Ref<T> | undefined, value: T | null): void {
  if (typeof ref === 'function') ref(value);
  else if (ref) (ref as {current: T | null}).current = value;
}

/** The prompt as shown: always followed by one space. */
export const shownPrompt = (prompt: string): string => (/\s$/.test(prompt) ? prompt : `${prompt} `);

/**
 * A terminal-like view: a live log of real, selectable text and a real text field.
 * Keys: Enter runs (never while an IME is composing), ↑/↓ walk the history, Tab completes,
 * Esc and then Tab leaves the terminal, Ctrl+C drops the line (and a command waiting at `> `).
 * A paste of several lines runs them one after another.
 */
export default function Terminal({
  transcript,
  prompt,
  history,
  onSubmit,
  complete,
  onEcho,
  onInterrupt,
  inputRef,
  label = '터미널',
  disabled = false,
  secret = false,
}: TerminalProps): ReactNode {
  const id = useId();
  const inputId = `${id}-input`;
  const hintId = `${id}-hint`;
  const nameId = `${id}-name`;
  const promptId = `${id}-prompt`;
  const [value, setValue] = useState('');
  const [historyIndex, setHistoryIndex] = useState<number | null>(null);
  const draft = useRef('');
  const escaped = useRef(false);
  const composing = useRef(false);
  const pendingCursor = useRef<number | null>(null);
  const input = useRef<HTMLInputElement | null>(null);
  const log = useRef<HTMLDivElement | null>(null);
  const secretInput = useRef<HTMLInputElement | null>(null);

  // The password field replaces the command line: keep the keyboard focus where it was.
  const hadFocus = useRef(false);
  useLayoutEffect(() => {
    if (!hadFocus.current) return;
    hadFocus.current = false;
    (secret ? secretInput.current : input.current)?.focus({preventScroll: true});
  }, [secret]);

  // Keep the newest output in view.
  useEffect(() => {
    const element = log.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [transcript]);

  // Place the cursor after programmatic changes (history, completion).
  useLayoutEffect(() => {
    const element = input.current;
    const cursor = pendingCursor.current;
    if (element && cursor !== null) {
      element.setSelectionRange(cursor, cursor);
      pendingCursor.current = null;
    }
  }, [value]);

  const show = (next: string, cursor = next.length): void => {
    pendingCursor.current = cursor;
    setValue(next);
  };

  const submit = (): void => {
    hadFocus.current = true;
    const line = value;
    setValue('');
    setHistoryIndex(null);
    draft.current = '';
    onSubmit(line);
  };

  // A paste of several lines runs each complete line in order, as a terminal does; the text
  // after the last line break stays in the field to be edited.
  const onPaste = (event: ClipboardEvent<HTMLInputElement>): void => {
    const pasted = event.clipboardData.getData('text');
    if (!/[\r\n]/.test(pasted)) return;
    event.preventDefault();
    const element = event.currentTarget;
    const start = element.selectionStart ?? value.length;
    const end = element.selectionEnd ?? start;
    const lines = `${value.slice(0, start)}${pasted}`.split(/\r\n?|\n/);
    const rest = lines.pop()!;
    setHistoryIndex(null);
    draft.current = '';
    for (const line of lines) onSubmit(line);
    const next = `${rest}${value.slice(end)}`;
    // An unchanged value never re-renders: a cursor left pending would jump on the next key.
    if (next !== value) show(next, rest.length);
    else element.setSelectionRange(rest.length, rest.length);
  };

  const walkHistory = (direction: -1 | 1): void => {
    if (history.length === 0) return;
    if (direction === -1) {
      if (historyIndex === null) draft.current = value;
      const next = historyIndex === null ? history.length - 1 : Math.max(0, historyIndex - 1);
      setHistoryIndex(next);
      show(history[next]!);
    } else {
      if (historyIndex === null) return;
      const next = historyIndex + 1;
      if (next >= history.length) {
        setHistoryIndex(null);
        show(draft.current);
      } else {
        setHistoryIndex(next);
        show(history[next]!);
      }
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const native = event.nativeEvent;
    const isComposing = native.isComposing || native.keyCode === 229 || composing.current;
    const wasEscaped = escaped.current;
    escaped.current = false;
    if (isComposing) return;
    switch (event.key) {
      case 'Enter':
        event.preventDefault();
        submit();
        return;
      case 'ArrowUp':
        event.preventDefault();
        walkHistory(-1);
        return;
      case 'ArrowDown':
        event.preventDefault();
        walkHistory(1);
        return;
      case 'Escape':
        // The next Tab leaves the terminal instead of completing.
        escaped.current = true;
        return;
      case 'Tab': {
        if (
          wasEscaped ||
          event.shiftKey ||
          event.altKey ||
          event.ctrlKey ||
          event.metaKey ||
          !complete
        )
          return;
        event.preventDefault();
        const element = event.currentTarget;
        const cursor = element.selectionStart ?? value.length;
        const result = applyCompletion(value, cursor, complete(value, cursor));
        if (result.listed.length > 0) {
          onEcho([
            {kind: 'input', prompt, text: value},
            {kind: 'info', text: result.listed.join('  ')},
          ]);
        }
        if (result.value !== value) show(result.value, result.cursor);
        return;
      }
      case 'c':
      case 'C': {
        const element = event.currentTarget;
        if (event.ctrlKey && !event.metaKey && element.selectionStart === element.selectionEnd) {
          event.preventDefault();
          onEcho([{kind: 'input', prompt, text: `${value}^C`}]);
          onInterrupt?.();
          setValue('');
          setHistoryIndex(null);
        }
        return;
      }
      default:
    }
  };

  // Enter sends the password and empties the field at once; Ctrl+C drops it. Nothing is echoed.
  const onSecretKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const element = event.currentTarget;
    if (event.nativeEvent.isComposing || composing.current) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      const typed = element.value;
      element.value = '';
      hadFocus.current = true;
      onSubmit(typed);
    } else if ((event.key === 'c' || event.key === 'C') && event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      element.value = '';
      hadFocus.current = true;
      onEcho([{kind: 'input', prompt, text: '^C'}]);
      onInterrupt?.();
    }
  };

  // What the command line and the password field share.
  const fieldProps = {
    id: inputId,
    className: styles.input,
    onCompositionStart: (): void => {
      composing.current = true;
    },
    onCompositionEnd: (): void => {
      composing.current = false;
    },
    'aria-labelledby': `${id}-sr ${promptId}`,
    'aria-describedby': hintId,
    autoComplete: 'off',
    spellCheck: false,
    enterKeyHint: 'send' as const,
    disabled,
  };

  const inputLabel = secret
    ? '비밀번호 입력 (입력한 글자는 화면에 나타나지 않습니다)'
    : '명령 입력';

  return (
    <div className={styles.terminal} role="group" aria-labelledby={nameId} data-testid="terminal">
      <span id={nameId} className={styles.srOnly}>
        {label}
      </span>
      <div
        ref={log}
        className={styles.log}
        role="log"
        aria-live="polite"
        aria-label={`${label} 출력`}
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable log must be reachable by keyboard to scroll and select
        tabIndex={0}
      >
        {transcript.map((entry, index) =>
          entry.kind === 'input' ? (
            <div key={index} className={styles.echo} data-exit-code={entry.exitCode}>
              <span className={styles.prompt}>{shownPrompt(entry.prompt ?? prompt)}</span>
              {entry.text}
            </div>
          ) : entry.kind === 'stderr' ? (
            // docker/cli's `i Info →` notes are hints: shown plainly, not as errors.
            <Fragment key={index}>
              {splitInfoNotes(entry.text).map((part, i) => (
                <pre
                  key={i}
                  className={clsx(styles.output, part.note ? styles.note : styles.stderr)}
                  data-stream="stderr"
                  data-note={part.note ? 'info' : undefined}
                >
                  {part.text}
                </pre>
              ))}
            </Fragment>
          ) : (
            <pre
              key={index}
              className={clsx(styles.output, styles[entry.kind])}
              data-stream={entry.kind}
            >
              {entry.text}
            </pre>
          ),
        )}
      </div>
      <div className={styles.inputRow}>
        <span id={`${id}-sr`} className={styles.srOnly}>
          {inputLabel}
        </span>
        <label htmlFor={inputId} id={promptId} className={styles.prompt}>
          {shownPrompt(prompt)}
        </label>
        {secret ? (
          <input
            ref={(element) => {
              secretInput.current = element;
              setRef(inputRef, element);
            }}
            key="secret"
            type="password"
            defaultValue=""
            onKeyDown={onSecretKeyDown}
            {...fieldProps}
            data-testid="terminal-secret-input"
          />
        ) : (
          <input
            ref={(element) => {
              input.current = element;
              setRef(inputRef, element);
            }}
            type="text"
            value={value}
            onChange={(event) => {
              setValue(event.target.value);
              setHistoryIndex(null);
            }}
            onKeyDown={onKeyDown}
            onPaste={onPaste}
            {...fieldProps}
            autoCapitalize="off"
            autoCorrect="off"
            data-testid="terminal-input"
          />
        )}
      </div>
      <p className={styles.srOnly} aria-live="polite" data-testid="terminal-secret-status">
        {secret ? '비밀번호를 묻고 있습니다. 입력한 글자는 화면에 나타나지 않습니다.' : ''}
      </p>
      <p id={hintId} className={styles.keys}>
        {secret ? (
          <>Enter 보내기 · Ctrl+C 취소 · 입력한 비밀번호는 화면과 기록에 남지 않습니다</>
        ) : (
          <>
            Enter 실행 · ↑/↓ 이전 명령 · Tab 자동 완성 · Esc 다음 Tab 터미널 밖으로 이동 ·{' '}
            <code>help</code> 도움말
          </>
        )}
      </p>
    </div>
  );
}
