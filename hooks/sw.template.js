// Rebond's service worker, written into the site root by hooks/offline.py (do not edit sw.js:
// edit this template). Cache-first from versioned caches, so that after a first visit the whole
// site works with the network cut. Glue only: it knows files, not content.
//
// - "core" (pages of both languages, styles, scripts, search) is precached on install;
// - "runtime" (the Python runtime and the engine) is cached when a tool first uses it (a page
//   asks with {type: "cache-runtime"}, and every runtime file fetched through here is kept),
//   so reading the guide never downloads Python; its lazy files (the spelling check's wheel)
//   only once the page says it fetched them ({type: "cache-runtime", lazy: true});
// - a new version installs beside the old one and waits; the page offers to reload, then sends
//   {type: "skip-waiting"}; on activation, caches of other versions are deleted.
// URLs are relative to this file: the site works under any sub-path.

const MANIFEST = /*__REBOND_MANIFEST__*/null;
const PREFIX = "rebond-";
const BASE = new URL("./", self.location.href);

if (MANIFEST === null) {
  // `mkdocs serve`: no offline cache. Remove any worker and cache a previous build left here.
  self.addEventListener("install", () => self.skipWaiting());
  self.addEventListener("activate", (event) => {
    event.waitUntil((async () => {
      for (const name of await caches.keys()) if (name.startsWith(PREFIX)) await caches.delete(name);
      await self.registration.unregister();
    })());
  });
} else {
  const CACHES = {
    core: `${PREFIX}core-${MANIFEST.core.version}`,
    runtime: `${PREFIX}runtime-${MANIFEST.runtime.version}`,
  };
  const absolute = (url) => new URL(url, BASE).href;
  const RUNTIME_URLS = new Set(MANIFEST.runtime.urls.map(absolute));
  // Kept once fetched, never fetched ahead: the spelling check's wheel waits for the reader to ask.
  const LAZY_URLS = new Set((MANIFEST.runtime.lazy || []).map(absolute));

  self.addEventListener("install", (event) => {
    // Bypass the HTTP cache: a new version must not be assembled from stale copies.
    event.waitUntil(caches.open(CACHES.core).then((cache) =>
      cache.addAll(MANIFEST.core.urls.map((url) => new Request(absolute(url), { cache: "reload" })))));
  });

  self.addEventListener("activate", (event) => {
    // "rebond-snapshot" belongs to the engine's worker (its memory snapshot, checked by its own
    // version key): not a cache of this worker's.
    const keep = new Set([...Object.values(CACHES), `${PREFIX}snapshot`]);
    event.waitUntil((async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && !keep.has(name)) await caches.delete(name);
      }
      await self.clients.claim();
    })());
  });

  self.addEventListener("message", (event) => {
    const type = event.data && event.data.type;
    if (type === "skip-waiting") self.skipWaiting();
    else if (type === "cache-runtime") event.waitUntil(cacheRuntime(Boolean(event.data.lazy)));
  });

  async function cacheRuntime(withLazy) {
    // Only what is missing; "default" lets an immutable HTTP-cache copy (the one the engine's
    // worker just downloaded) serve instead of a second download.
    const cache = await caches.open(CACHES.runtime);
    await Promise.all([...RUNTIME_URLS].map(async (url) => {
      // A lazy file only once the page has fetched it: the reader asked for it.
      if ((LAZY_URLS.has(url) && !withLazy) || await cache.match(url)) return;
      try {
        const response = await fetch(url);
        if (response.ok) await cache.put(url, response);
      } catch {
        // Offline or interrupted: the next visit of a tool tries again.
      }
    }));
  }

  function cacheKey(request) {
    // Pages are cached under their directory URL; "a/index.html" is the same page.
    const url = new URL(request.url);
    url.hash = "";
    if (url.pathname.endsWith("/index.html")) url.pathname = url.pathname.slice(0, -"index.html".length);
    return url;
  }

  async function fromCache(request) {
    const url = cacheKey(request).href;
    // A page opened with a query string (the generator's prefill links) is the same page.
    const options = { ignoreSearch: request.mode === "navigate" };
    // One look-up in the one cache that can hold the file. The cached response is returned
    // as it is (never rebuilt or cloned): Chromium keeps the WebAssembly it compiles from a
    // Cache API response, so later starts skip compiling the runtime.
    const cache = await caches.open(RUNTIME_URLS.has(url) ? CACHES.runtime : CACHES.core);
    return (await cache.match(url, options)) || null;
  }

  async function respond(request) {
    const cached = await fromCache(request);
    if (cached) return cached;
    try {
      const response = await fetch(request);
      const key = cacheKey(request).href;
      if (response.ok && RUNTIME_URLS.has(key)) {
        const copy = response.clone();
        caches.open(CACHES.runtime).then((cache) => cache.put(key, copy)).catch(() => {});
      }
      return response;
    } catch (error) {
      if (request.mode !== "navigate") throw error;
      // Offline, on a page that is not in the cache: the site's own "not found" page.
      const page = await caches.match(absolute("404.html"), { cacheName: CACHES.core });
      if (!page) throw error;
      return new Response(page.body, { status: 404, headers: page.headers });
    }
  }

  self.addEventListener("fetch", (event) => {
    const { request } = event;
    if (request.method !== "GET" || request.headers.has("range")) return;
    if (!request.url.startsWith(BASE.href)) return;
    event.respondWith(respond(request));
  });
}
