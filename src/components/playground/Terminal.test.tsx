import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import {useState} from 'react';
import Terminal from './Terminal';
import type {TranscriptEntry} from './savedSession';
import styles from './styles.module.css';
import {infoNote} from '../../lib/docker-sim/commands/login';

afterEach(cleanup);

function Harness({
  complete,
  onSubmit = () => undefined,
  onInterrupt,
  history = [],
}: {
  readonly complete?: (line: string, cursor: number) => readonly string[];
  readonly onSubmit?: (line: string) => void;
  readonly onInterrupt?: () => void;
  readonly history?: readonly string[];
}) {
  const [transcript, setTranscript] = useState<readonly TranscriptEntry[]>([
    {kind: 'stdout', text: 'hello'},
    {kind: 'stderr', text: 'docker: oops'},
  ]);
  return (
    <>
      <Terminal
        transcript={transcript}
        prompt="user@playground:~$"
        history={history}
        onSubmit={onSubmit}
        complete={complete}
        onEcho={(entries) => setTranscript((previous) => [...previous, ...entries])}
        onInterrupt={onInterrupt}
      />
      <button type="button">after</button>
    </>
  );
}

const input = (): HTMLInputElement => screen.getByTestId('terminal-input') as HTMLInputElement;
const type = (value: string): void => {
  fireEvent.change(input(), {target: {value}});
  input().setSelectionRange(value.length, value.length);
};

describe('Terminal', () => {
  it("shows docker/cli's `i Info →` notes on stderr plainly and other stderr as errors", () => {
    const note = infoNote('A Personal Access Token (PAT) can be used instead.');
    const transcript: TranscriptEntry[] = [
      {kind: 'stderr', text: `${note}Error: password is required\n`},
    ];
    render(
      <Terminal
        transcript={transcript}
        prompt="user@playground:~$"
        history={[]}
        onSubmit={() => undefined}
        onEcho={() => undefined}
      />,
    );
    const parts = Array.from(screen.getByRole('log').querySelectorAll('[data-stream="stderr"]'));
    expect(parts.map((p) => p.textContent)).toEqual([note, 'Error: password is required\n']);
    expect(parts[0]!.getAttribute('data-note')).toBe('info');
    expect(parts[0]!.className).toContain(styles.note);
    expect(parts[0]!.className).not.toContain(styles.stderr);
    expect(parts[1]!.className).toContain(styles.stderr);
    expect(parts[1]!.hasAttribute('data-note')).toBe(false);
  });

  it('has a live log of real text and a real, labelled text field for any keyboard', () => {
    render(<Harness />);
    const log = screen.getByRole('log');
    expect(log.getAttribute('aria-live')).toBe('polite');
    expect(log.textContent).toContain('hello');
    expect(log.querySelector('[data-stream="stderr"]')?.textContent).toBe('docker: oops');
    const field = screen.getByRole('textbox', {name: /명령 입력 user@playground:~\$/});
    expect(field.getAttribute('type')).toBe('text');
    expect(field.getAttribute('autocapitalize')).toBe('off');
    expect(field.getAttribute('autocorrect')).toBe('off');
    expect(field.getAttribute('spellcheck')).toBe('false');
    expect(field.getAttribute('enterkeyhint')).toBe('send');
    expect(screen.getByText('user@playground:~$', {exact: false}).tagName).toBe('LABEL');
  });

  it('runs the line on Enter and empties the field', () => {
    const onSubmit = vi.fn();
    render(<Harness onSubmit={onSubmit} />);
    type('docker ps');
    fireEvent.keyDown(input(), {key: 'Enter'});
    expect(onSubmit).toHaveBeenCalledWith('docker ps');
    expect(input().value).toBe('');
  });

  it('never runs on the Enter that commits a Korean IME composition', () => {
    const onSubmit = vi.fn();
    render(<Harness onSubmit={onSubmit} />);
    type('echo 안녕');
    fireEvent.keyDown(input(), {key: 'Enter', isComposing: true});
    fireEvent.keyDown(input(), {key: 'Enter', keyCode: 229});
    fireEvent.compositionStart(input());
    fireEvent.keyDown(input(), {key: 'Enter'});
    expect(onSubmit).not.toHaveBeenCalled();
    fireEvent.compositionEnd(input());
    fireEvent.keyDown(input(), {key: 'Enter'});
    expect(onSubmit).toHaveBeenCalledWith('echo 안녕');
  });

  it('walks the history with ↑ and ↓ and gives back the draft', () => {
    render(<Harness history={['docker pull nginx', 'docker ps']} />);
    type('dra');
    fireEvent.keyDown(input(), {key: 'ArrowUp'});
    expect(input().value).toBe('docker ps');
    fireEvent.keyDown(input(), {key: 'ArrowUp'});
    expect(input().value).toBe('docker pull nginx');
    fireEvent.keyDown(input(), {key: 'ArrowUp'});
    expect(input().value).toBe('docker pull nginx');
    fireEvent.keyDown(input(), {key: 'ArrowDown'});
    expect(input().value).toBe('docker ps');
    fireEvent.keyDown(input(), {key: 'ArrowDown'});
    expect(input().value).toBe('dra');
  });

  it('completes a unique candidate with Tab and lists ambiguous ones', () => {
    const complete = vi.fn((line: string) =>
      line.endsWith('ngi') ? ['nginx'] : ['start', 'stats', 'stop'],
    );
    render(<Harness complete={complete} />);
    type('docker run ngi');
    expect(fireEvent.keyDown(input(), {key: 'Tab'})).toBe(false);
    expect(input().value).toBe('docker run nginx ');
    type('docker st');
    fireEvent.keyDown(input(), {key: 'Tab'});
    expect(input().value).toBe('docker st');
    expect(screen.getByRole('log').textContent).toContain('start  stats  stop');
  });

  it('lets keyboard users leave: Esc, then Tab is not taken by completion', () => {
    const complete = vi.fn(() => ['nginx']);
    render(<Harness complete={complete} />);
    type('docker run ngi');
    fireEvent.keyDown(input(), {key: 'Escape'});
    // fireEvent returns true when the default action (moving focus) was not prevented.
    expect(fireEvent.keyDown(input(), {key: 'Tab'})).toBe(true);
    expect(complete).not.toHaveBeenCalled();
    expect(input().value).toBe('docker run ngi');
    // Shift+Tab always goes back out.
    expect(fireEvent.keyDown(input(), {key: 'Tab', shiftKey: true})).toBe(true);
    // Escape only arms the very next key.
    fireEvent.keyDown(input(), {key: 'Escape'});
    fireEvent.keyDown(input(), {key: 'a'});
    expect(fireEvent.keyDown(input(), {key: 'Tab'})).toBe(false);
  });

  it('runs each line of a multi-line paste in order and keeps the text after the last break', () => {
    const onSubmit = vi.fn();
    render(<Harness onSubmit={onSubmit} />);
    type('echo ');
    const pasted = fireEvent.paste(input(), {
      clipboardData: {getData: () => "one\r\ncat <<'EOF'\nbody\nEOF\nls -"},
    });
    expect(pasted).toBe(false);
    expect(onSubmit.mock.calls.map(([line]) => line)).toEqual([
      'echo one',
      "cat <<'EOF'",
      'body',
      'EOF',
    ]);
    expect(input().value).toBe('ls -');
  });

  it('keeps the cursor where typing goes after a paste that ends with a line break', () => {
    const onSubmit = vi.fn();
    render(<Harness onSubmit={onSubmit} />);
    fireEvent.paste(input(), {clipboardData: {getData: () => 'docker ps\n'}});
    expect(onSubmit).toHaveBeenCalledWith('docker ps');
    fireEvent.change(input(), {target: {value: 'c'}});
    expect(input().selectionStart).toBe(1);
  });

  it('leaves a paste without a line break to the text field', () => {
    const onSubmit = vi.fn();
    render(<Harness onSubmit={onSubmit} />);
    const pasted = fireEvent.paste(input(), {clipboardData: {getData: () => 'docker ps'}});
    expect(pasted).toBe(true);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('drops the line on Ctrl+C like a shell', () => {
    const onSubmit = vi.fn();
    const onInterrupt = vi.fn();
    render(<Harness onSubmit={onSubmit} onInterrupt={onInterrupt} />);
    type('docker rm -f web');
    fireEvent.keyDown(input(), {key: 'c', ctrlKey: true});
    expect(input().value).toBe('');
    expect(screen.getByRole('log').textContent).toContain('docker rm -f web^C');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(onInterrupt).toHaveBeenCalledTimes(1);
  });

  it('tells tests the exit code of each finished command, and nothing for an unfinished one', () => {
    render(
      <Terminal
        transcript={[
          {kind: 'input', prompt: '$ ', text: 'cat missing', exitCode: 1},
          {kind: 'input', prompt: '$ ', text: 'for n in 1 2'},
        ]}
        prompt="> "
        history={[]}
        onSubmit={() => undefined}
        onEcho={() => undefined}
      />,
    );
    const echoes = screen.getByRole('log').children;
    expect(echoes[0]?.getAttribute('data-exit-code')).toBe('1');
    expect(echoes[1]?.hasAttribute('data-exit-code')).toBe(false);
  });
});
