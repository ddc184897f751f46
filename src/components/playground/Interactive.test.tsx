import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {act, cleanup, fireEvent, render, screen, waitFor} from '@testing-library/react';
import PlaygroundApp from './PlaygroundApp';
import Terminal from './Terminal';
import {storageKey} from './savedSession';

const progress = vi.hoisted(() => ({markTaskDone: vi.fn()}));
vi.mock('@site/src/lib/progress', () => progress);

afterEach(cleanup);
beforeEach(() => window.localStorage.clear());

const PASSWORD = 'hunter2-not-shown';
const input = (): HTMLInputElement => screen.getByTestId('terminal-input') as HTMLInputElement;
const secretInput = (): HTMLInputElement =>
  screen.getByTestId('terminal-secret-input') as HTMLInputElement;
const log = (): HTMLElement => screen.getByRole('log');
const promptText = (): string =>
  screen.getByTestId('terminal').querySelector('label')?.textContent ?? '';

function run(line: string): void {
  fireEvent.change(input(), {target: {value: line}});
  fireEvent.keyDown(input(), {key: 'Enter'});
}

function typeSecret(value: string): void {
  // An uncontrolled field: the browser keeps what is typed, React never sees it.
  secretInput().value = value;
  fireEvent.keyDown(secretInput(), {key: 'Enter'});
}

async function openApp(): Promise<void> {
  render(<PlaygroundApp />);
  await waitFor(() => expect(input().disabled).toBe(false), {timeout: 20000});
  act(() => input().focus());
  await waitFor(
    () => expect(screen.getByTestId('playground-app').getAttribute('data-engine')).toBe('ready'),
    {timeout: 20000},
  );
}

describe('Terminal in password mode', () => {
  it('hides what is typed, sends it on Enter, keeps no value attribute and says so to screen readers', () => {
    const onSubmit = vi.fn();
    render(
      <Terminal
        transcript={[]}
        prompt="Password: "
        history={['docker login']}
        onSubmit={onSubmit}
        onEcho={() => undefined}
        secret
      />,
    );
    const field = secretInput();
    expect(field.type).toBe('password');
    expect(screen.queryByTestId('terminal-input')).toBeNull();
    expect(screen.getByTestId('terminal-secret-status').textContent).toContain('비밀번호를 묻고');
    field.value = PASSWORD;
    fireEvent.keyDown(field, {key: 'Enter'});
    expect(onSubmit).toHaveBeenCalledWith(PASSWORD);
    expect(field.value).toBe('');
    expect(field.getAttribute('value')).toBe('');
    // ↑ does not bring back commands into a password field.
    fireEvent.keyDown(field, {key: 'ArrowUp'});
    expect(field.value).toBe('');
  });
});

describe('questions in the playground', () => {
  it('logs in with a name and an unseen password that is never shown, kept or stored', async () => {
    await openApp();
    run('docker login');
    expect(log().textContent).toContain('Failed to start web-based login');
    await waitFor(() => expect(promptText()).toBe('Username: '));
    run('kim');
    await waitFor(() => expect(secretInput().type).toBe('password'));
    expect(document.activeElement).toBe(secretInput());
    expect(screen.getByTestId('terminal-secret-status').textContent).not.toBe('');
    typeSecret(PASSWORD);
    await waitFor(() => expect(log().textContent).toContain('Login Succeeded'));
    expect(input().type).toBe('text');
    expect(document.activeElement).toBe(input());
    expect(log().textContent).toContain('Password: ');
    expect(document.body.innerHTML).not.toContain(PASSWORD);
    const stored = window.localStorage.getItem(storageKey(undefined)) ?? '';
    expect(stored).toContain('Login Succeeded');
    expect(stored).not.toContain(PASSWORD);
    // Answers are not shell history: ↑ brings back the command only.
    fireEvent.keyDown(input(), {key: 'ArrowUp'});
    expect(input().value).toBe('docker login');
    fireEvent.keyDown(input(), {key: 'ArrowUp'});
    expect(input().value).toBe('docker login');
  });

  it('shows a y/N question as the prompt and prunes on y', async () => {
    await openApp();
    run('docker run hello-world');
    run('docker container prune');
    await waitFor(() => expect(promptText()).toBe('Are you sure you want to continue? [y/N] '));
    run('y');
    await waitFor(() => expect(log().textContent).toContain('Deleted Containers:'));
    expect(promptText()).toBe('user@playground:~$ ');
  });

  it('Ctrl+C at the password question returns to the shell and the login is not replayed', async () => {
    await openApp();
    run('docker login -u kim');
    await waitFor(() => expect(secretInput()).toBeDefined());
    fireEvent.keyDown(secretInput(), {key: 'c', ctrlKey: true});
    await waitFor(() => expect(promptText()).toBe('user@playground:~$ '));
    const stored = JSON.parse(window.localStorage.getItem(storageKey(undefined)) ?? '{}') as {
      commands?: string[];
    };
    expect(stored.commands ?? []).not.toContain('docker login -u kim');
  });
});
