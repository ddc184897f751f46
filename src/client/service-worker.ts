import siteConfig from '@generated/docusaurus.config';

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
  const start = () =>
    void register().catch(() => {
      // Offline reading is an extra: a failed registration changes nothing else.
    });
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, {once: true});
}
