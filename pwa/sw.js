// Service worker of the hosted planner (dist/): once the planner has been opened over http(s),
// it opens again with no network. boot.js registers it over http(s) only, never from file://.
// scripts/build.sh prepends two constants to this file:
//   BUILD  a hash of the contents of every file in FILES and of this one. A new build gets a new
//          cache name, and this script changes byte for byte, which is what makes the browser
//          install the new worker.
//   FILES  the app's own files, relative to this script ('./' is the page itself).
//
// Scenario data stays out of this worker's storage:
// - A share link keeps the scenario in the address's fragment (#s=…). The fragment is never
//   sent over the network, but Chromium does show it to a service worker: a navigation to
//   `./#s=…` arrives here as FetchEvent.request.url with the fragment (the Fetch standard keeps
//   fragments in Request.url; checked in Chromium 156). So this worker drops the fragment
//   before looking at the URL, only ever reads the cache filled at install, and never stores
//   or logs a request; on a cache miss it goes to the network, where no fragment is sent.
// - Work in progress lives in localStorage, which is not a request at all.
// - Anything else falls through to the browser untouched (no respondWith, no caching): other
//   methods than GET, other origins, any URL with a query string, files not in FILES.
const PREFIX = 'marsoc-planner-';
const CACHE = `${PREFIX}${BUILD}`;
// Absolute URLs of the app's files under this worker's own folder, so any sub-path works.
const OWN = new Set(FILES.map((file) => new URL(file, self.location.href).href));

self.addEventListener('install', (event) => {
  // cache: 'reload' skips the HTTP cache, so the new cache holds exactly this build's files.
  // skipWaiting: a new build takes over as soon as it is cached, so the next opening shows it,
  // instead of waiting until every planner tab has been closed (a pinned tab would never
  // update). Pages already open are unaffected: they loaded all they need at start.
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([...OWN].map((url) => new Request(url, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Only our own old caches: another app on the same origin keeps its caches.
      const names = await caches.keys();
      await Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)));
      // On the very first visit, take over the open page so it works offline without a reload.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.search !== '') return;
  url.hash = ''; // the fragment may hold a scenario: never used, never kept
  if (!OWN.has(url.href)) return;
  // Cache first; the network only if the browser evicted the cache (HTTP never carries a fragment).
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(url.href))
      .then((cached) => cached ?? fetch(request)),
  );
});
