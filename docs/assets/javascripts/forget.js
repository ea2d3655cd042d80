// "Delete my data": removes from this browser everything the site keeps, and says what it was.
//   import { forgetAll } from ".../forget.js";
//   const deleted = await forgetAll({ engine });   // {storage, offline, snapshot, worker}
// What the site keeps: keys in local and session storage (the draft, its opt-in, checklist ticks,
// the light/dark choice: "rebond:" and the theme's own keys), the service worker's caches (the
// pages and the Python runtime, "rebond-core-*", "rebond-runtime-*"), the engine's memory
// snapshot ("rebond-snapshot") and the service worker's registration.
// Order matters: first whatever could write more stops (the engine's worker, the service worker,
// this page's offline.js), then everything is deleted, so that nothing comes back behind it.
// Only what is this site's goes: other sites on the same origin keep their own.
// Every other open tab of the site hears it (a BroadcastChannel, `onForgetElsewhere`): their
// engines keep no snapshot, their offline.js registers nothing, their drafts stop being saved,
// so nothing comes back from another tab seconds later.
// The HTTP cache (the runtime's 15 MB among the rest) is out of a page's reach: where the host
// sends headers, a request for `forget.txt` answers with `Clear-Site-Data: "cache"` (_headers,
// host_headers.py) and the browser empties it; elsewhere the page says it could not.
const PREFIX = "rebond:";
const CACHE_PREFIX = "rebond-";
const ROOT = new URL("../../", import.meta.url); // this file is assets/javascripts/forget.js

function ours(key) {
  // Material keys its settings by the site's path (window.__md_scope, set in every page).
  const theme = window.__md_scope ? `${window.__md_scope.pathname}.` : null;
  return key.startsWith(PREFIX) || (theme !== null && key.startsWith(theme));
}

function forgetStorage() {
  let removed = 0;
  for (const kind of ["localStorage", "sessionStorage"]) {
    try {
      const store = window[kind]; // reading the property itself throws when storage is forbidden
      for (const key of Object.keys(store)) if (ours(key)) { store.removeItem(key); removed += 1; }
    } catch { /* nothing stored there that we can reach */ }
  }
  return removed;
}

// Asks the service worker to stop copying and delete its caches; waits for its answer (or 3 s:
// a worker that does not answer is unregistered and its caches deleted from here all the same).
function askToForget(worker) {
  if (!worker) return Promise.resolve();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    setTimeout(resolve, 3000);
    worker.postMessage({ type: "forget" }, [channel.port2]);
  });
}

const CHANNEL = "rebond:forget";

/** Calls `handler` when "delete my data" was asked in another tab or window of the site. */
export function onForgetElsewhere(handler) {
  if (typeof BroadcastChannel !== "function") return;
  new BroadcastChannel(CHANNEL).addEventListener("message", () => {
    window.dispatchEvent(new Event("rebond:forget")); // this page's offline.js registers nothing
    handler();
  });
}

/** Asks the browser to empty the site's HTTP cache: true when the host's answer said so (a
 *  host without headers, such as GitHub Pages, cannot). */
async function clearHttpCache() {
  try {
    const response = await fetch(new URL("forget.txt", ROOT), { cache: "no-store" });
    // The host's rule for that file also sends X-Rebond-Forget (host_headers.py): scripts do
    // not see Clear-Site-Data itself.
    return response.ok && response.headers.get("x-rebond-forget") === "cache";
  } catch {
    return false;
  }
}

export async function forgetAll({ engine = null } = {}) {
  const deleted = { storage: 0, offline: false, snapshot: false, worker: false, httpCache: false };
  window.dispatchEvent(new Event("rebond:forget")); // offline.js registers nothing more
  if (typeof BroadcastChannel === "function") {
    const channel = new BroadcastChannel(CHANNEL); // other tabs stop writing first
    channel.postMessage("forget");
    channel.close();
  }
  const cacheNames = async () => (typeof caches === "object" ? (await caches.keys()).filter((n) => n.startsWith(CACHE_PREFIX)) : []);
  let before = [];
  try {
    before = await cacheNames();
  } catch { /* no Cache API here */ }
  if (engine) deleted.snapshot = (await engine.forget()).snapshot;
  if ("serviceWorker" in navigator) {
    try {
      for (const registration of await navigator.serviceWorker.getRegistrations()) {
        if (registration.scope !== ROOT.href) continue;
        await askToForget(registration.active);
        deleted.worker = (await registration.unregister()) || deleted.worker;
      }
    } catch { /* service workers unavailable (private mode, file://) */ }
  }
  try {
    for (const name of new Set([...before, ...(await cacheNames())])) await caches.delete(name);
  } catch { /* no Cache API here */ }
  deleted.offline = before.some((n) => n !== `${CACHE_PREFIX}snapshot`);
  deleted.snapshot ||= before.includes(`${CACHE_PREFIX}snapshot`);
  deleted.storage = forgetStorage();
  deleted.httpCache = await clearHttpCache();
  return deleted;
}
