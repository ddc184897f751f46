/**
 * Questions a command asks on the reader's terminal: docker/cli v29.7.2 internal/prompt
 * (`Confirm`, `ReadInput`) and docker/buildx v0.36.1 commands/util.go (`promptForConfirmation`).
 */
import type {Output} from '../cli';
import {chunksOf} from '../coreutils';
import * as msg from '../messages';
import type {AwaitingInput, Ctx} from './common';

/** How an answer counts as "yes": docker/cli trims it and ignores case; buildx only lowercases. */
export type YesRule = 'cli' | 'buildx';

const isYes = (answer: string, rule: YesRule): boolean =>
  rule === 'cli' ? answer.trim().toLowerCase() === 'y' : answer.toLowerCase() === 'y';

/** Prepends what was printed before the answer to a command's output. */
export function after(before: string, out: Output): Output {
  return {
    ...out,
    stdout: before + out.stdout,
    chunks: [{stream: 'stdout' as const, text: before}, ...chunksOf(out)].filter(
      (c) => c.text !== '',
    ),
  };
}

/** The text before a question's last line (printed), and that line (the prompt). */
export function splitPrompt(message: string): {before: string; prompt: string} {
  const cut = message.lastIndexOf('\n') + 1;
  return {before: message.slice(0, cut), prompt: message.slice(cut)};
}

/**
 * `MESSAGE [y/N] `, unless `-f`: on "y" the command goes on (`proceed`), on anything else it
 * ends without a word and status 0 (a "cancelled" error, which cmd/docker/docker.go does not
 * print). Typed alone at the terminal the reader answers; from a pipe the first line answers.
 */
export function confirmThen(
  ctx: Ctx,
  force: boolean,
  message: string,
  proceed: () => Output,
  rule: YesRule = 'cli',
): Output {
  if (force) return proceed();
  const question = `${message} [y/N] `;
  const {before, prompt} = splitPrompt(question);
  const decide = (answer: string, shown: string): Output =>
    isYes(answer, rule)
      ? after(shown, proceed())
      : after(shown, {stdout: '', stderr: '', exitCode: 0});
  if (ctx.ask) {
    ctx.ask({kind: 'confirm', prompt, answer: (text) => decide(text, '')});
    return {stdout: before, stderr: '', exitCode: 0};
  }
  if (ctx.stdin) return decide(ctx.stdin.split('\n')[0]!, question);
  return {
    stdout: `${question}\n`,
    stderr: `${msg.PLAYGROUND_NOTE_PREFIX}y/N 질문에는 명령을 한 줄에 하나만 입력했을 때 답할 수 있습니다. 확인 없이 진행하려면 -f (--force)를 붙입니다.\n`,
    exitCode: 0,
  };
}

/**
 * What a terminal shows for an answered question: the prompt, the answer as typed (nothing for
 * a password: echo is off) and the line end.
 */
export function shownAnswer(awaiting: AwaitingInput, answer: string): string {
  return `${awaiting.prompt}${awaiting.kind === 'password' ? '' : answer}\n`;
}
