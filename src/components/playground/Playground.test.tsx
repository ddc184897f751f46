import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import type {ReactElement} from 'react';
import {
  act,
  cleanup,
  fireEvent,
  render,
  screen,
  waitFor,
  type RenderResult,
} from '@testing-library/react';
import {renderToHtml, textOf} from '@site/tests/utils/ssr';
import Playground from '.';
import PlaygroundApp from './PlaygroundApp';
import {
  PLAYGROUND_SCENARIOS,
  findScenario,
  type ScenarioStep,
} from '@site/src/data/playground-scenarios';
import {stepCommand} from '@site/src/lib/playground/steps';
import {storageKey} from './savedSession';

const progress = vi.hoisted(() => ({markTaskDone: vi.fn()}));
vi.mock('@site/src/lib/progress', () => progress);

afterEach(cleanup);
beforeEach(() => window.localStorage.clear());

/** Renders, comes to the terminal (focus) and waits for the engine (its own chunk) to arrive. */
async function renderApp(ui: ReactElement): Promise<RenderResult> {
  const result = render(ui);
  await waitFor(() => expect(input().disabled).toBe(false));
  act(() => input().focus());
  await waitFor(() => expect(engineState()).toBe('ready'));
  return result;
}

const engineState = (): string | null =>
  screen.getByTestId('playground-app').getAttribute('data-engine');

const input = (): HTMLInputElement => screen.getByTestId('terminal-input') as HTMLInputElement;
const log = (): HTMLElement => screen.getByRole('log');

function run(line: string): void {
  fireEvent.change(input(), {target: {value: line}});
  input().setSelectionRange(line.length, line.length);
  fireEvent.keyDown(input(), {key: 'Enter'});
}

/** Commands that solve the steps whose hint is prose, by scenario and step. */
const PROSE_HINT_SOLUTIONS: Readonly<Record<string, readonly string[]>> = {
  'debug-loopback/fix': [
    'docker rm -f api',
    'docker run -d --name api -p 8080:8000 -e PYTHONUNBUFFERED=1 -v ./site:/srv -w /srv python:3.13 python -m http.server 8000 --bind 0.0.0.0',
    'curl http://localhost:8080',
  ],
};

/** The commands that solve a step: its hint, unless the hint is prose. */
function solution(scenarioId: string, step: ScenarioStep): readonly string[] {
  const command = stepCommand(step);
  if (command) return [command];
  const commands = PROSE_HINT_SOLUTIONS[`${scenarioId}/${step.id}`];
  if (commands) return commands;
  throw new Error(`no solution for ${scenarioId}/${step.id}: ${step.hint}`);
}

function containerRow(name: string): HTMLTableRowElement | undefined {
  const rows = Array.from(screen.getByTestId('panel-containers').querySelectorAll('tbody tr'));
  return rows.find((row) => row.querySelector('th')?.textContent === name) as
    HTMLTableRowElement | undefined;
}

describe('Playground on the server (no JavaScript)', () => {
  it('shows the Korean notice and every step of the scenario, without the engine', () => {
    const scenario = findScenario('nginx-port')!;
    const html = renderToHtml(<Playground scenario={scenario.id} />);
    const text = textOf(html);
    expect(text).toContain('플레이그라운드는 JavaScript가 필요합니다');
    expect(text).toContain(scenario.title);
    for (const step of scenario.steps) {
      expect(text).toContain(step.instruction);
      expect(text).toContain(step.hint);
    }
    expect(html).toContain('<ol');
    expect(html).not.toContain('role="log"');
  });

  it('in free mode shows the notice only', () => {
    const text = textOf(renderToHtml(<Playground />));
    expect(text).toContain('플레이그라운드는 JavaScript가 필요합니다');
  });
});

describe('PlaygroundApp on the server (the /playground page)', () => {
  it('draws the terminal, prompt and state panel of a new session, with the command line off until the engine runs', () => {
    const html = renderToHtml(<PlaygroundApp variant="page" />);
    const text = textOf(html);
    expect(html).toContain('role="log"');
    expect(text).toContain('docker run hello-world 로 시작해 보세요');
    expect(text).toContain('user@playground:~$');
    expect(text).toContain('네트워크 3개');
    expect(text).toContain('플레이그라운드는 JavaScript가 필요합니다');
    expect(html).toMatch(
      /<input[^>]*data-testid="terminal-input"[^>]*disabled=""|<input[^>]*disabled=""[^>]*data-testid="terminal-input"/,
    );
  });
});

describe('Playground in the browser', () => {
  it('loads the terminal lazily and runs hello-world', async () => {
    render(<Playground />);
    await screen.findByTestId('terminal-input');
    await waitFor(() => expect(input().disabled).toBe(false));
    run('docker run hello-world');
    await waitFor(() => expect(log().textContent).toContain('Hello from Docker!'));
    expect(log().textContent).toContain('docker run hello-world');
    // As in a real terminal, the pull lines (stderr) come before the program's output.
    const text = log().textContent ?? '';
    expect(text.indexOf("Unable to find image 'hello-world:latest' locally")).toBeGreaterThan(-1);
    expect(text.indexOf("Unable to find image 'hello-world:latest' locally")).toBeLessThan(
      text.indexOf('Hello from Docker!'),
    );
  });
});

describe('PlaygroundApp', () => {
  it('prints stdout and stderr apart and keeps the state panel in step', async () => {
    await renderApp(<PlaygroundApp />);
    run('docker pull nginx');
    expect(log().textContent).toContain('Status: Downloaded newer image for nginx:latest');
    run('docker run -d -p 8080:80 --name web nginx');
    const row = containerRow('web');
    expect(row?.querySelector('[data-state]')?.getAttribute('data-state')).toBe('running');
    expect(row?.textContent).toContain('실행 중');
    expect(row?.textContent).toContain('0.0.0.0:8080->80/tcp');
    run('docker rm web');
    const errors = Array.from(log().querySelectorAll('[data-stream="stderr"]'))
      .map((node) => node.textContent)
      .join('\n');
    expect(errors).toContain('Error response from daemon');
    run('docker stop web');
    expect(containerRow('web')?.querySelector('[data-state]')?.getAttribute('data-state')).toBe(
      'exited',
    );
  });

  it('recalls history with ↑ and completes names with Tab', async () => {
    await renderApp(<PlaygroundApp />);
    run('docker pull nginx');
    run('docker images');
    fireEvent.keyDown(input(), {key: 'ArrowUp'});
    expect(input().value).toBe('docker images');
    fireEvent.keyDown(input(), {key: 'ArrowUp'});
    expect(input().value).toBe('docker pull nginx');
    fireEvent.change(input(), {target: {value: 'docker ima'}});
    input().setSelectionRange(10, 10);
    fireEvent.keyDown(input(), {key: 'Tab'});
    expect(input().value.startsWith('docker image')).toBe(true);
    run('docker run -d --name web nginx');
    fireEvent.change(input(), {target: {value: 'docker stop w'}});
    input().setSelectionRange(13, 13);
    fireEvent.keyDown(input(), {key: 'Tab'});
    expect(input().value).toBe('docker stop web ');
  });

  it('lets the keyboard leave the terminal with Esc, then Tab', async () => {
    await renderApp(<PlaygroundApp />);
    fireEvent.change(input(), {target: {value: 'docker'}});
    expect(fireEvent.keyDown(input(), {key: 'Tab'})).toBe(false);
    fireEvent.keyDown(input(), {key: 'Escape'});
    expect(fireEvent.keyDown(input(), {key: 'Tab'})).toBe(true);
  });

  it('clears the screen on clear, but not the state', async () => {
    await renderApp(<PlaygroundApp />);
    run('docker run -d --name web nginx');
    run('clear');
    expect(log().textContent).not.toContain('docker run -d --name web nginx');
    expect(containerRow('web')).toBeDefined();
  });

  it('keeps the session across a reload and forgets it on 초기화', async () => {
    const first = await renderApp(<PlaygroundApp />);
    run('docker run -d --name web -p 8080:80 nginx');
    first.unmount();
    await renderApp(<PlaygroundApp />);
    expect(containerRow('web')?.querySelector('[data-state]')?.getAttribute('data-state')).toBe(
      'running',
    );
    expect(log().textContent).toContain('docker run -d --name web -p 8080:80 nginx');
    fireEvent.keyDown(input(), {key: 'ArrowUp'});
    expect(input().value).toBe('docker run -d --name web -p 8080:80 nginx');
    fireEvent.click(screen.getByRole('button', {name: '초기화'}));
    expect(containerRow('web')).toBeUndefined();
    expect(window.localStorage.getItem(storageKey(undefined))).toBeNull();
  });

  it('still works when storage throws', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    try {
      await renderApp(<PlaygroundApp />);
      run('docker run hello-world');
      expect(log().textContent).toContain('Hello from Docker!');
      expect(screen.getByText(/저장을 막고 있어/)).toBeDefined();
    } finally {
      vi.restoreAllMocks();
    }
  });

  it.each(PLAYGROUND_SCENARIOS.map((scenario) => [scenario.id, scenario] as const))(
    'ticks every step of %s from the engine state and reports completion',
    async (id, scenario) => {
      const onComplete = vi.fn();
      await renderApp(<PlaygroundApp scenario={id} onScenarioComplete={onComplete} />);
      const guide = screen.getByTestId('scenario-guide');
      const statuses = (): (string | null)[] =>
        Array.from(guide.querySelectorAll('ol > li')).map((item) =>
          item.getAttribute('data-status'),
        );
      expect(statuses()[0]).toBe('current');
      scenario.steps.forEach((step, index) => {
        const commands = solution(id, step);
        for (const command of commands) act(() => run(command));
        expect(statuses()[index], `${id} step ${index + 1}: ${commands.join(' ; ')}`).toBe('done');
      });
      expect(screen.getByTestId('scenario-status').textContent).toMatch(/완료|마쳤습니다/);
      expect(onComplete).toHaveBeenCalledWith(id);
      expect(onComplete).toHaveBeenCalledTimes(1);
    },
  );

  it('shows hints behind a button', async () => {
    const scenario = findScenario('nginx-port')!;
    await renderApp(<PlaygroundApp scenario={scenario.id} />);
    const button = screen.getAllByRole('button', {name: '힌트 보기'})[0]!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText(scenario.steps[0]!.hint)).toBeDefined();
  });

  it("records a finished scenario in the reader's progress, under its chapter when embedded", async () => {
    progress.markTaskDone.mockClear();
    await renderApp(<PlaygroundApp scenario="first-container" />);
    run('docker run hello-world');
    expect(progress.markTaskDone).not.toHaveBeenCalled();
    run('docker container prune -f');
    expect(progress.markTaskDone).toHaveBeenCalledWith(
      'first-container',
      'docker-basics/basic-commands',
    );
    cleanup();
    window.localStorage.clear();
    progress.markTaskDone.mockClear();
    await renderApp(<PlaygroundApp scenario="first-container" variant="page" />);
    run('docker run hello-world');
    run('docker container prune -f');
    expect(progress.markTaskDone).toHaveBeenCalledWith('first-container', undefined);
  });
});

describe('multi-line input in the terminal', () => {
  it('runs a pasted here-document and for loop line by line, echoing > for continued lines', async () => {
    await renderApp(<PlaygroundApp />);
    fireEvent.paste(input(), {
      clipboardData: {
        getData: () =>
          [
            "cat > Dockerfile <<'EOF'",
            'FROM alpine:3.22',
            '',
            'CMD ["echo", "hi"]',
            'EOF',
            'for f in Dockerfile; do',
            '  echo "file: $f"',
            'done',
            '',
          ].join('\n'),
      },
    });
    const echoed = Array.from(log().querySelectorAll('div')).map((line) => line.textContent);
    expect(echoed.slice(-8)).toEqual([
      "user@playground:~$ cat > Dockerfile <<'EOF'",
      '> FROM alpine:3.22',
      '> ',
      '> CMD ["echo", "hi"]',
      '> EOF',
      'user@playground:~$ for f in Dockerfile; do',
      '>   echo "file: $f"',
      '> done',
    ]);
    expect(log().textContent).toMatch(/> donefile: Dockerfile\n?$/);
    expect(input().value).toBe('');
    run('cat Dockerfile');
    expect(log().textContent).toContain('FROM alpine:3.22\n\nCMD ["echo", "hi"]');
  });

  it('shows the > prompt on Enter in an unfinished command, and Ctrl+C returns to the shell', async () => {
    await renderApp(<PlaygroundApp />);
    run('echo "one');
    expect(screen.getByRole('textbox', {name: /명령 입력 >/})).toBe(input());
    run('two"');
    expect(log().textContent).toContain('one\ntwo');
    run('if true');
    expect(screen.getByText('>', {selector: 'label'})).toBeTruthy();
    fireEvent.change(input(), {target: {value: 'then'}});
    fireEvent.keyDown(input(), {key: 'c', ctrlKey: true});
    expect(log().textContent).toContain('> then^C');
    expect(screen.getByText('user@playground:~$', {selector: 'label', exact: false})).toBeTruthy();
    run('echo after');
    expect(log().textContent).toMatch(/after\n?$/);
  });
});
