import {flushSync} from 'react-dom';
import {createRoot, type Root} from 'react-dom/client';
import RunTerminal from './RunTerminal';
import {RunSession} from './runSession';
import {loadEngine} from './loadEngine';
import {runStorageKey} from './savedSession';
import {commandsOf} from '@site/src/lib/playground/commands';
import {planRun} from '@site/src/lib/playground/catchUp';
import {runButtonsOf} from '@site/src/client/runButton';
import {TRANSCRIPT_START_STATES} from '@site/src/data/transcript-start-states';

// One terminal per page: a React root of its own, outside the page's tree, moved below the
// block whose button was pressed. Code blocks themselves never re-render.
let mounted: {root: Root; container: HTMLElement; session: RunSession; docId: string} | undefined;
// The button that opened or last moved the terminal: 닫기 returns the focus there.
let lastButton: HTMLElement | undefined;

/** The chapter's doc id from the URL ('/docs/start/first-container' → 'start/first-container'). */
function docIdOf(pathname: string): string {
  return (
    /\/docs\/(.+?)\/?(?:\.html)?$/.exec(pathname)?.[1] ??
    (pathname.replace(/^\/|\/$/g, '') || 'home')
  );
}

function close(): void {
  if (!mounted) return;
  const {root, container} = mounted;
  mounted = undefined;
  root.unmount();
  container.remove();
}

/** Unmounts a terminal whose page has gone (client-side navigation). */
export function forgetDetachedTerminal(): void {
  if (mounted && !mounted.container.isConnected) close();
}

/** What a run button does: catch the chapter's session up, open the terminal, type the block. */
export async function runBlock(button: HTMLElement): Promise<void> {
  const block = button.closest<HTMLElement>('.dg-code');
  if (!block) return;
  const scope = button.closest('article') ?? document.body;
  const buttons = runButtonsOf(scope);
  const clicked = buttons.indexOf(button);
  if (clicked < 0) return;
  const blocks = buttons.map((each) =>
    commandsOf(each.closest('.dg-code')?.querySelector('pre')?.textContent ?? ''),
  );
  // A block in a tab the reader did not choose (another OS) is not part of their way through.
  const skipped = new Set(
    buttons.flatMap((each, index) =>
      each.closest('[role=tabpanel]')?.hasAttribute('hidden') ? [index] : [],
    ),
  );

  const engine = await loadEngine();
  const docId = docIdOf(window.location.pathname);
  forgetDetachedTerminal();
  if (mounted && mounted.docId !== docId) close();
  if (!mounted) {
    const container = document.createElement('div');
    container.className = 'dg-run-terminal';
    block.after(container);
    const session = new RunSession(engine, runStorageKey(docId), TRANSCRIPT_START_STATES[docId]);
    const root = createRoot(container);
    mounted = {root, container, session, docId};
    // Drawn at once, so its aria-live status exists before the run's summary fills it.
    flushSync(() => root.render(<RunTerminal session={session} onClose={closeAndReturn} />));
  }
  const {container, session} = mounted;
  if (block.nextElementSibling !== container) block.after(container);
  lastButton = button;
  const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  await session.play((ranBlocks) => planRun(blocks, clicked, ranBlocks, skipped), reducedMotion);
}

function closeAndReturn(): void {
  close();
  if (lastButton?.isConnected) lastButton.focus();
}
