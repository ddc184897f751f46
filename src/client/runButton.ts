/**
 * The ▶ 실행해 보기 buttons of runnable code blocks (src/theme/CodeBlock): one delegated
 * listener for the page, so code blocks keep no state of their own. The terminal and the
 * engine load on the first click (prefetched on hover or focus); a page only read loads nothing.
 */

export const RUN_BUTTON_SELECTOR = 'button[data-dg-run]';

/** The runnable blocks' buttons in document order. */
export function runButtonsOf(scope: ParentNode): HTMLElement[] {
  return Array.from(scope.querySelectorAll<HTMLElement>(RUN_BUTTON_SELECTOR));
}

/** Names each button after its block's place in the chapter ("3번째 명령 블록 실행해 보기"). */
export function labelRunButtons(scope: ParentNode): void {
  runButtonsOf(scope).forEach((button, index) => {
    button.setAttribute('aria-label', `${index + 1}번째 명령 블록 실행해 보기`);
  });
}

type RunBlockModule = typeof import('../components/playground/runBlock');
let runBlockModule: Promise<RunBlockModule> | undefined;

function loadRunBlock(): Promise<RunBlockModule> {
  runBlockModule ??= import('../components/playground/runBlock').catch((error: unknown) => {
    runBlockModule = undefined;
    throw error;
  });
  return runBlockModule;
}

function runButtonAt(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(RUN_BUTTON_SELECTOR) : null;
}

function prefetch(event: Event): void {
  if (runButtonAt(event.target)) void loadRunBlock().catch(() => undefined);
}

function run(event: Event): void {
  const button = runButtonAt(event.target);
  if (!button) return;
  button.setAttribute('aria-busy', 'true');
  // Kept outside the block's React tree, right after the block, so nothing re-renders.
  const block = button.closest('.dg-code');
  const failure = block?.nextElementSibling?.matches('[data-dg-run-failed]')
    ? block.nextElementSibling
    : null;
  failure?.remove();
  loadRunBlock()
    .then((module) => module.runBlock(button))
    .catch(() => {
      const note = document.createElement('p');
      note.setAttribute('role', 'status');
      note.setAttribute('data-dg-run-failed', '');
      note.textContent = '플레이그라운드를 불러오지 못했습니다. 다시 눌러 보세요.';
      block?.after(note);
    })
    .finally(() => button.removeAttribute('aria-busy'));
}

if (typeof document !== 'undefined') {
  // Capture: a <details> (a chapter's 풀이) stops its clicks from bubbling (Docusaurus Details
  // isolates nested summaries), which would leave the buttons inside it dead.
  document.addEventListener('click', run, {capture: true});
  document.addEventListener('pointerover', prefetch, {passive: true});
  document.addEventListener('focusin', prefetch);
}

export function onRouteDidUpdate(): void {
  if (typeof document === 'undefined') return;
  labelRunButtons(document);
  // A terminal left on the previous page goes with it.
  if (runBlockModule) void runBlockModule.then((module) => module.forgetDetachedTerminal());
}
