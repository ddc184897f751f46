import siteConfig from '@generated/docusaurus.config';
import {whenIdle} from '@site/src/lib/dom/whenIdle';

/** At the latest this long after the load event, even if the page never becomes idle. */
const REGISTER_TIMEOUT_MS = 5000;

/**
 * Registers the service worker (production builds only) and, when a new
 * version is waiting, shows a small notice whose button activates it and
 * reloads. Plain DOM: this ships on every page.
 */
function showUpdateNotice(waiting: ServiceWorker): void {
  if (document.getElementById('dg-update')) return;
  const notice = document.createElement('div');
  notice.id = 'dg-update';
  notice.className = 'dg-update';
  notice.setAttribute('role', 'status');
  const text = document.createElement('span');
  text.textContent = '새 버전이 있습니다';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button button--primary button--sm';
  button.textContent = '새로 고침';
  button.addEventListener('click', () => {
    button.disabled = true;
    waiting.postMessage({type: 'SKIP_WAITING'});
  });
  notice.append(text, ' — ', button);
  document.body.append(notice);
}

async function register(): Promise<void> {
  const registration = await navigator.serviceWorker.register(`${siteConfig.baseUrl}sw.js`, {
    scope: siteConfig.baseUrl,
  });
  const hadController = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // The first install takes control silently; a later one was asked for by the button.
    if (hadController) window.location.reload();
  });
  const watch = (worker: ServiceWorker | null) => {
    if (!worker) return;
    const check = () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller)
        showUpdateNotice(worker);
    };
    check();
    worker.addEventListener('statechange', check);
  };
  watch(registration.waiting);
  watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));
}

if (
  process.env.NODE_ENV === 'production' &&
  typeof window !== 'undefined' &&
  'serviceWorker' in navigator
) {
  // The worker's install downloads the whole site for offline reading. Started at the load
  // event, it ran while the page hydrated (the scripts load after the first paint, so load comes
  // with them) and competed for the CPU and the network: Lighthouse's main.js time on /docs/intro
  // fell from about 1 000 to 630 ms without it. It waits for the first idle period instead.
  const start = () =>
    whenIdle(
      () =>
        void register().catch(() => {
          // Offline reading is an extra: a failed registration changes nothing else.
        }),
      REGISTER_TIMEOUT_MS,
      REGISTER_TIMEOUT_MS,
    );
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, {once: true});
}
