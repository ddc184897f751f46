/* 도커 길잡이 service worker. The post-build pipeline (precache.ts) writes it to
 * sw.js, with workbox-build's injectManifest putting the list of every page,
 * asset and search-index file in place of the manifest placeholder. Plain JS on
 * purpose: no bundler step, no runtime library.
 *
 * Model (the same as workbox-precaching): one cache; each file's cache key is
 * its URL plus its revision, so a new build downloads only what changed. The
 * new worker waits until the page asks it to take over (update notice).
 */
const MANIFEST = self.__WB_MANIFEST;
const CACHE = 'dg-precache-v1';
const scope = new URL(self.registration.scope);

/** URL without query or hash → cache key (URL, plus ?__rev=<revision> for files without a hash in their name). */
const keys = new Map();
for (const entry of MANIFEST) {
  const url = new URL(entry.url, scope);
  const key = new URL(url);
  if (entry.revision) key.searchParams.set('__rev', entry.revision);
  keys.set(url.href, key.href);
}

/*
 * Scripts are stored under a neutral type and get theirs back when served. Chromium compiles
 * every script a worker stores during its install event, to keep V8's code cache beside it
 * (Cache::PutImpl, ShouldGenerateV8CodeCache): for this site's 9 MB of scripts that was about
 * 1.4 s of CPU on the worker's thread (Lighthouse trace of /search?q=도커), right while the
 * page the reader had just opened was starting, on a phone's shared cores.
 */
const STORED_TYPE = 'x-dg-content-type';

/** The response with its content-type set to `type`, and the stored real type (or none). */
function retyped(response, type, storedType) {
  const headers = new Headers(response.headers);
  headers.set('content-type', type);
  if (storedType) headers.set(STORED_TYPE, storedType);
  else headers.delete(STORED_TYPE);
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

function storable(response) {
  const type = response.headers.get('content-type') || '';
  return /javascript/i.test(type) ? retyped(response, 'application/octet-stream', type) : response;
}

function servable(response) {
  const type = response && response.headers.get(STORED_TYPE);
  return type ? retyped(response, type, null) : response;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const cached = new Set((await cache.keys()).map((request) => request.url));
      const missing = [...keys.entries()].filter(([, key]) => !cached.has(key));
      // A few requests at a time: the whole site is a few hundred files.
      for (let i = 0; i < missing.length; i += 8) {
        await Promise.all(
          missing.slice(i, i + 8).map(async ([url, key]) => {
            const response = await fetch(url, {cache: 'no-cache', credentials: 'same-origin'});
            if (!response.ok) throw new Error(`precache: ${url} answered ${response.status}`);
            await cache.put(key, storable(response));
          }),
        );
      }
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const wanted = new Set(keys.values());
      const cache = await caches.open(CACHE);
      for (const request of await cache.keys()) {
        if (!wanted.has(request.url)) await cache.delete(request);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

/** The precached key for a request: exact file, then trailingSlash:false pages (`/docs/x` → `/docs/x.html`), then directory indexes. */
function keyFor(requestUrl) {
  const url = new URL(requestUrl);
  url.search = '';
  url.hash = '';
  const base = url.href;
  const candidates = [
    base,
    `${base}.html`,
    base.endsWith('/') ? `${base}index.html` : `${base}/index.html`,
  ];
  for (const candidate of candidates) {
    const key = keys.get(candidate);
    if (key) return key;
  }
  return null;
}

self.addEventListener('fetch', (event) => {
  const {request} = event;
  if (request.method !== 'GET' || !request.url.startsWith(scope.href)) return;
  const key = keyFor(request.url);
  if (key) {
    event.respondWith(
      caches
        .open(CACHE)
        .then((cache) => cache.match(key))
        .then((response) => servable(response) || fetch(request)),
    );
    return;
  }
  if (request.mode === 'navigate') {
    // A page the build does not have: the network's answer, or the cached 404 page offline.
    event.respondWith(
      fetch(request).catch(async () => {
        const notFound = keys.get(new URL('404.html', scope).href);
        const response =
          notFound && (await caches.open(CACHE).then((cache) => cache.match(notFound)));
        return response || Response.error();
      }),
    );
  }
});
