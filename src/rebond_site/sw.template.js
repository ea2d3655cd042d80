// Rebond's service worker, written into the site root by hooks/offline.py (do not edit sw.js:
// edit this template). It answers from versioned caches, so that after a first visit the whole
// site works with the network cut. Glue only: it knows files, not content.
//
// - MANIFEST lists every file of this build with its sha256 (Subresource Integrity form), in two
//   groups: "core" (pages of both languages, styles, scripts, search), precached on install;
//   "runtime" (the Python runtime and the engine), cached when a tool first uses it (a page
//   asks with {type: "cache-runtime"}, and every runtime file fetched through here is kept),
//   so reading the guide never downloads Python; its "lazy" files (the spelling check's wheel)
//   are never fetched ahead, only once the page fetched them ({type: "cache-runtime", lazy: true});
// - only the manifest's URLs are answered from the cache; anything else goes to the network
//   and is never kept;
// - what goes into a cache is this build's bytes: fetched with `integrity` (the browser refuses
//   other bytes) and `cache: "no-cache"` (the server confirms that the HTTP cache's copy is
//   current), or copied from an earlier version's cache once its digest matches;
// - what comes out of a cache is checked against its digest before use, except the
//   WebAssembly (see `checked`): Cache Storage belongs to the whole origin, and on a GitHub
//   Pages site the owner's other projects share it;
// - what it answers carries the headers the build assigns to that URL (MANIFEST.headers: type,
//   the page's or the worker's policy...), never those stored beside a cached copy, which any
//   page of the origin can write (a worker script stored without its policy would run under
//   none);
// - a new version installs beside the old one and waits; the page offers to reload, then sends
//   {type: "skip-waiting"}; on activation, caches of other versions are deleted;
// - {type: "forget"} ("delete my data", forget.js): copies nothing more and deletes every cache
//   of the site; the page then unregisters it.
// URLs are relative to this file: the site works under any sub-path.

const MANIFEST = /*__REBOND_MANIFEST__*/null;
const PREFIX = "rebond-";
const SNAPSHOT = `${PREFIX}snapshot`; // the engine's worker's own cache (engine/pyodide.js)
const BASE = new URL("./", self.location.href);
/** @type {ServiceWorkerGlobalScope} */
const sw = /** @type {any} */ (self); // a service worker's global scope, typed as one

if (MANIFEST === null) {
  // `mkdocs serve`: no offline cache. Remove any worker and cache a previous build left here.
  sw.addEventListener("install", () => sw.skipWaiting());
  sw.addEventListener("activate", (event) => {
    event.waitUntil((async () => {
      for (const name of await caches.keys()) if (name.startsWith(PREFIX)) await caches.delete(name);
      await sw.registration.unregister();
    })());
  });
} else {
  const absolute = (url) => new URL(url, BASE).href;
  // Every file of this build: absolute URL -> {cache (its group's), integrity}.
  const FILES = new Map();
  const CACHES = {};
  for (const group of ["core", "runtime"]) {
    CACHES[group] = `${PREFIX}${group}-${MANIFEST[group].version}`;
    for (const [url, integrity] of Object.entries(MANIFEST[group].files)) {
      FILES.set(absolute(url), { cache: CACHES[group], integrity });
    }
  }
  const urlsOf = (group) => [...FILES].filter(([, file]) => file.cache === CACHES[group]).map(([url]) => url);
  // Never fetched ahead: the spelling check's wheel waits for the reader to ask for it.
  const LAZY = new Set((MANIFEST.runtime.lazy || []).map(absolute));
  const HEADERS = MANIFEST.headers;
  // The headers of this build's `url` (an absolute URL of FILES), from the build's rules.
  const headersFor = (url) => {
    const rel = url.slice(BASE.href.length) || "./";
    const path = new URL(url).pathname;
    const type = path.endsWith("/") ? HEADERS.types[".html"] : HEADERS.types[(path.match(/\.[a-z0-9]+$/i) || [""])[0].toLowerCase()];
    const headers = new Headers(HEADERS.common);
    if (type) headers.set("content-type", type);
    headers.set("content-security-policy", HEADERS.policies[HEADERS.pages[rel] ?? HEADERS.site]);
    return headers;
  };
  let forgotten = false; // "delete my data": nothing is copied any more
  const copying = new Set(); // copies under way, which "forget" waits for

  sw.addEventListener("install", (event) => {
    // The pages now; the runtime's files only when an earlier version holds them already (a
    // deploy keeps the offline engine without downloading it again).
    event.waitUntil(Promise.all([...urlsOf("core").map((url) => fill(url)),
      ...urlsOf("runtime").map((url) => fill(url, { download: false }))]));
  });

  sw.addEventListener("activate", (event) => {
    const keep = new Set([...Object.values(CACHES), SNAPSHOT]);
    event.waitUntil((async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && !keep.has(name)) await caches.delete(name);
      }
      await sw.clients.claim();
    })());
  });

  sw.addEventListener("message", (event) => {
    const type = event.data && event.data.type;
    if (type === "skip-waiting") sw.skipWaiting();
    else if (type === "cache-runtime") {
      const urls = urlsOf("runtime").filter((url) => event.data.lazy || !LAZY.has(url));
      event.waitUntil(Promise.all(urls.map((url) => fill(url).catch(() => {}))));
    }
    else if (type === "forget") event.waitUntil(forget(event.ports[0]));
  });

  async function digest(buffer) {
    const bytes = new Uint8Array(await crypto.subtle.digest("SHA-256", buffer));
    return `sha256-${btoa(String.fromCharCode(...bytes))}`;
  }

  // A copy read back from a cache, if it is this build's: a new response with the same bytes
  // and the build's headers. The WebAssembly's bytes are passed on unread: the engine's worker
  // reads it whole and checks its digest before compiling a byte (engine/pyodide.js), and
  // hashing 9.6 MB here too would add to every start.
  async function checked(url, response) {
    if (url.endsWith(".wasm")) return new Response(response.body, { status: 200, headers: headersFor(url) });
    const body = await response.arrayBuffer();
    if ((await digest(body)) !== FILES.get(url).integrity) return null;
    return new Response(body, { status: 200, headers: headersFor(url) });
  }

  function keep(cache, url, response) {
    if (forgotten) return Promise.resolve();
    const put = cache.put(url, response).catch(() => {});
    copying.add(put);
    return put.finally(() => copying.delete(put));
  }

  // Puts this build's `url` into its cache: an earlier version's copy when its digest matches
  // (a deploy downloads only what changed), else (unless `download` is false) the network's.
  async function fill(url, { download = true } = {}) {
    const file = FILES.get(url);
    const cache = await caches.open(file.cache);
    if (forgotten || (await cache.match(url))) return;
    for (const name of await caches.keys()) {
      if (!name.startsWith(PREFIX) || name === file.cache || name === SNAPSHOT) continue;
      const old = await (await caches.open(name)).match(url);
      if (!old) continue;
      const body = await old.arrayBuffer();
      if ((await digest(body)) === file.integrity) {
        return keep(cache, url, new Response(body, { status: old.status, statusText: old.statusText, headers: old.headers }));
      }
    }
    if (!download) return;
    const response = await fetch(new Request(url, { cache: "no-cache", integrity: file.integrity }));
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    await keep(cache, url, response);
  }

  function cacheKey(request) {
    // Pages are cached under their directory URL; "a/index.html" is the same page, and a page
    // opened with a query string (the generator's prefill links) too.
    const url = new URL(request.url);
    url.hash = "";
    if (request.mode === "navigate") url.search = "";
    if (url.pathname.endsWith("/index.html")) url.pathname = url.pathname.slice(0, -"index.html".length);
    return url.href;
  }

  async function respond(request, url) {
    const file = FILES.get(url);
    const cache = await caches.open(file.cache);
    const hit = await cache.match(url);
    if (hit) {
      const good = await checked(url, hit);
      if (good) return good;
      await cache.delete(url); // not this build's bytes: never served, fetched again below
    }
    let response;
    try {
      response = await fetch(new Request(url, { cache: "no-cache", integrity: file.integrity }));
    } catch {
      // Offline, or the server already holds another build (this page's new version is then on
      // its way, and the page offers it): the network's answer, kept nowhere.
      return fromNetwork(request);
    }
    if (response.ok) keep(cache, url, response.clone());
    return response;
  }

  async function fromNetwork(request) {
    try {
      return await fetch(request);
    } catch (error) {
      if (request.mode !== "navigate") throw error;
      // Offline, on a page that is not in the cache: the site's own "not found" page.
      const url = absolute("404.html");
      const hit = await (await caches.open(FILES.get(url).cache)).match(url);
      const page = hit && (await checked(url, hit));
      if (!page) throw error;
      return new Response(page.body, { status: 404, headers: page.headers });
    }
  }

  async function forget(port) {
    forgotten = true;
    await Promise.all(copying);
    let deleted = 0;
    for (const name of await caches.keys()) if (name.startsWith(PREFIX) && (await caches.delete(name))) deleted += 1;
    if (port) port.postMessage({ caches: deleted }); // the page then unregisters this worker
  }

  sw.addEventListener("fetch", (event) => {
    const { request } = event;
    if (request.method !== "GET" || request.headers.has("range")) return;
    const url = cacheKey(request);
    if (FILES.has(url)) event.respondWith(respond(request, url));
    else if (request.mode === "navigate" && request.url.startsWith(BASE.href)) event.respondWith(fromNetwork(request));
    // Anything else is not this build's: the browser fetches it as if this worker did not exist.
  });
}
