// The engine's worker: loads the self-hosted Pyodide and the `rebond` wheel (by name, from the
// site's own lock file, which carries the wheel's sha256), then answers calls by passing JSON
// to `rebond.api.handle`. No message logic lives here: it is all in the Python engine.
// The runtime's own files live in a folder named after its version (hooks/pyodide_runtime.py),
// so hosts can cache them for good; keep this version equal to package.json's "pyodide".
// @ts-expect-error -- the runtime is copied beside the site's scripts at build time (hooks/), not in docs/
import { loadPyodide } from "../../pyodide/314.0.7/pyodide.mjs";
import { pack, unpack } from "./sparse.js";

// This build's engine, written here by hooks/pyodide_runtime.py: the folder of the files that
// change with the engine (lock file, wheel, trimmed standard library), named after the lock
// file's digest, and the digests (Subresource Integrity form) of what Pyodide loads. A new
// build is at new URLs, so no cache can hand the previous engine over under this one's name.
const BUILD = /*__REBOND_BUILD__*/null;
const RUNTIME = new URL("../../pyodide/", import.meta.url);
const CORE = new URL("314.0.7/", RUNTIME); // = package.json's "pyodide" and the import above
const ENGINE = new URL(`${BUILD?.folder}/`, RUNTIME);
// The trimmed standard library (hooks/stdlib_zip.py): the only one the site ships.
const STDLIB_URL = new URL("python_stdlib_min.zip", ENGINE).href;
const WASM_URL = new URL("pyodide.asm.wasm", CORE).href;
const SITE = new URL("../../../", import.meta.url);
let handle = null;
let python = null; // the started runtime, for the spelling check's wheel (loaded on request)
let lockFile = null; // the site's lock data: it names and checks every wheel
let spelling = null; // the spelling check's load, once asked for

// Pyodide's own script (1.2 MB), requested as soon as the worker exists, while it reads the lock
// file and looks for a kept snapshot. loadPyodide later imports the same URL (one module, one
// download) and reports any failure.
import(new URL("pyodide.asm.mjs", CORE).href).catch(() => {});

// What can stop the start from inside Pyodide, which would otherwise log it and wait for ever:
// a WebAssembly download cut midway, or a file that fails its check. The start races this.
/** @type {(error: unknown) => void} */
let startFailed = () => {};
const startFailure = new Promise((_, reject) => { startFailed = reject; });
startFailure.catch(() => {});

// --- Checking what is loaded ---------------------------------------------------------------
// Every file is checked against the digest the build published (BUILD, then the lock file),
// whether it comes from the network, the HTTP cache or the service worker's cache: anything
// else on this origin could have written the last two. With crypto.subtle (a secure context)
// the worker hashes the bytes itself and can say "integrity"; without it, fetch's
// `integrity` option makes the browser refuse other bytes.
const digestable = typeof crypto === "object" && Boolean(crypto.subtle);

async function sri(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return `sha256-${btoa(String.fromCharCode(...digest))}`;
}

async function fetchChecked(url, integrity) {
  const name = new URL(url).pathname.split("/").at(-1);
  let bytes;
  try {
    const response = await fetchUnchecked(url, digestable ? {} : { integrity });
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
    bytes = await response.arrayBuffer();
  } catch (error) {
    throw failure(digestable ? "load" : "integrity", String(error));
  }
  if (digestable && (await sri(bytes)) !== integrity) {
    await forgetCachedCopy(url);
    throw failure("integrity", `${name}: sha256 mismatch`);
  }
  return bytes;
}

async function forgetCachedCopy(url) {
  // A copy that failed its check is not used again: the next start fetches the file anew.
  try {
    for (const name of await caches.keys()) if (name.startsWith("rebond-runtime-")) await (await caches.open(name)).delete(url);
  } catch {
    // No Cache API here: nothing kept.
  }
}

// Pyodide fetches the standard library itself (without checking it): that one request gets
// the checked bytes instead.
const fetchUnchecked = self.fetch.bind(self);
self.fetch = (input, init) => {
  if (String(input) !== STDLIB_URL) return fetchUnchecked(input, init);
  const checked = fetchChecked(STDLIB_URL, BUILD.stdlib);
  checked.catch(startFailed); // Pyodide only logs a failed standard library
  return checked.then((bytes) => new Response(bytes, { headers: { "content-type": "application/zip" } }));
};

// The WebAssembly (9.6 MB) is compiled as it downloads, from the response itself, so that the
// browser reuses the code it compiled from a cached copy: a copy of the same bytes is hashed
// meanwhile, and the start fails unless both succeed.
if (typeof WebAssembly === "object" && WebAssembly.instantiateStreaming) {
  /** @type {typeof WebAssembly.instantiateStreaming} */
  const streaming = WebAssembly.instantiateStreaming.bind(WebAssembly);
  WebAssembly.instantiateStreaming = async (source, imports) => {
    try {
      const response = await source;
      const check = !digestable ? Promise.resolve() : response.clone().arrayBuffer().then(async (bytes) => {
        if ((await sri(bytes)) === BUILD.wasm) return;
        await forgetCachedCopy(WASM_URL);
        throw failure("integrity", "pyodide.asm.wasm: sha256 mismatch");
      });
      return (await Promise.all([streaming(response, imports), check]))[0];
    } catch (error) {
      startFailed(error);
      throw error;
    }
  };
}
// Without crypto.subtle, the browser checks the WebAssembly (fetch's `integrity`).
if (!digestable) {
  const plain = self.fetch;
  self.fetch = (input, init) => plain(input, String(input) === WASM_URL ? { ...init, integrity: BUILD.wasm } : init);
}

// --- The memory snapshot -------------------------------------------------------------------
// After its first start in a browser, the worker keeps a copy of Python's memory as it stands
// once the runtime has started and imported the engine (Pyodide's private `_makeSnapshot` /
// `_loadSnapshot`, pinned version only): a later visit restores it instead of starting Python
// again (the slow part: ~3 s becomes ~0.5 s). It is made before the first call is answered, so
// it holds no text of the reader's (tests/browser/test_offline.py searches it for one).
// It is never downloaded: it is made here and kept in the Cache API without its empty pages
// (engine/sparse.js), under a key named after this build's engine (BUILD.folder, the lock
// file's digest, which covers the runtime, the engine and the standard library), with the
// sha256 of the stored bytes; both are checked before use, and anything wrong means a normal
// start.
// What this protects against: a snapshot of another build or runtime (a deploy), a copy damaged
// in storage, one written by anything that does not recompute the digest. What it does not:
// a script of the same origin that writes a snapshot of its own with a matching digest (a
// snapshot is made in each browser and differs from one to the next, so no build can publish
// its digest). Sites under a sub-path (a GitHub Pages project site shares its origin with the
// owner's other projects) therefore keep no snapshot at all; at the root of a dedicated origin
// only this site's own scripts run (README, "Deploying").
const SNAPSHOT_CACHE = "rebond-snapshot";
const SNAPSHOT_URL = new URL("snapshot.bin", ENGINE).href;
const SNAPSHOT_MAGIC = 1886286592; // Pyodide 314.0.7's snapshot header (pyodide.asm.mjs)
const SNAPSHOT_HEADER = 48;
// The snapshot is stored once the reader pauses (no call for this long): packing, hashing and
// writing it beside the answers to their typing would slow those answers down.
const SAVE_PAUSE_MS = 1500;
let lastCall = 0; // performance.now() of the latest call
// "Delete my data" (engine/client.js's forget): no snapshot is kept any more from this page.
let keepSnapshot = true;
let saving = Promise.resolve();

async function pause(ms) {
  for (let wait = ms; wait > 0; wait = lastCall + ms - performance.now()) {
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

async function sha256(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

function snapshotsUsable() {
  return keepSnapshot && SITE.pathname === "/" && typeof caches === "object" && digestable;
}

async function readSnapshot(url) {
  try {
    const cache = await caches.open(SNAPSHOT_CACHE);
    const hit = await cache.match(url);
    if (!hit) return null;
    // Kept without its empty pages (engine/sparse.js). The stored bytes must be the ones kept
    // (a copy damaged in storage, or written by anything else, is not restored), and Pyodide's
    // snapshot header starts with its magic number.
    const stored = new Uint8Array(await hit.arrayBuffer());
    const bytes = (await sha256(stored)) === hit.headers.get("x-rebond-sha256") ? unpack(stored) : null;
    if (bytes && bytes.length >= SNAPSHOT_HEADER && new DataView(bytes.buffer).getUint32(0, true) === SNAPSHOT_MAGIC) return bytes;
    await cache.delete(url);
  } catch {
    // Storage forbidden or broken: a normal start.
  }
  return null;
}

async function saveSnapshot(url, bytes) {
  if (!keepSnapshot) return;
  try {
    const cache = await caches.open(SNAPSHOT_CACHE);
    // One snapshot only: those of earlier versions go.
    for (const request of await cache.keys()) if (request.url !== url) await cache.delete(request);
    const stored = pack(bytes);
    const headers = { "content-type": "application/octet-stream", "x-rebond-sha256": await sha256(stored) };
    if (!keepSnapshot) return;
    await cache.put(url, new Response(stored, { headers }));
    performance.mark("rebond:snapshot-saved");
  } catch {
    // Full or forbidden storage: the next visit simply starts normally.
  }
}

async function forgetSnapshot(url) {
  try {
    await (await caches.open(SNAPSHOT_CACHE)).delete(url);
  } catch {
    // Nothing to forget.
  }
}

async function forgetEverySnapshot() {
  // Once any snapshot being written is stored: then nothing is left, and nothing comes later.
  keepSnapshot = false;
  await saving;
  let had = false;
  try {
    had = await caches.delete(SNAPSHOT_CACHE);
  } catch {
    // No Cache API: nothing was kept.
  }
  performance.mark("rebond:snapshot-forgotten");
  return had;
}

// --- The start -----------------------------------------------------------------------------
async function runtime(config) {
  try {
    return await Promise.race([loadPyodide(config), startFailure]);
  } catch (error) {
    if (error.code) throw error;
    const text = String(error);
    throw failure(/WebAssembly|wasm|CompileError/i.test(text) && !/fetch|network/i.test(text) ? "no-wasm" : "load", text);
  }
}

async function fetchWheel(lock, name = "rebond") {
  // A wheel the lock file names (the engine's is fetched as soon as the lock is read, beside the
  // runtime's own downloads, not after them), checked against the lock's sha256 before Python
  // sees it.
  const entry = lock.packages && lock.packages[name];
  if (!entry) throw failure("load", `${name} missing from pyodide-lock.json`);
  const digest = Uint8Array.from(entry.sha256.match(/../g), (h) => parseInt(h, 16));
  return fetchChecked(new URL(entry.file_name, ENGINE).href, `sha256-${btoa(String.fromCharCode(...digest))}`);
}

function engine(pyodide, wheel) {
  // Unpacked into site-packages (a copy: unpacking may take the buffer over), then imported.
  pyodide.unpackArchive(wheel.slice(0), "wheel");
  performance.mark("rebond:package");
  const loaded = imported(pyodide);
  // Everything made so far (the runtime's and the engine's objects, about 22,000) lives as long
  // as the page: out of the collector's sight (gc.freeze), a full collection no longer scans it
  // all (7 ms under Node, several times that in a busy browser, between two keystrokes).
  pyodide.runPython("import gc; gc.freeze()");
  performance.mark("rebond:import");
  return loaded;
}

function imported(pyodide) {
  python = pyodide;
  return { handle: pyodide.pyimport("rebond.api").handle, version: pyodide.pyimport("rebond").__version__ };
}

// The spelling check (issue 15): its checker and word lists are a wheel of their own
// (pyspellchecker, named and checked by the lock file like the engine's), fetched only when the
// reader asks, then handed to the engine (rebond.spelling.attach): the engine never imports it.
async function loadSpelling() {
  const bytes = await fetchWheel(lockFile, "pyspellchecker");
  python.unpackArchive(bytes.slice(0), "wheel");
  python.pyimport("rebond.spelling").attach(python.pyimport("spellchecker"));
}

async function fetchLock() {
  if (!BUILD) throw failure("load", "engine/worker.js was not written by the build (hooks/pyodide_runtime.py)");
  const text = new TextDecoder().decode(await fetchChecked(new URL("pyodide-lock.json", ENGINE).href, BUILD.lock));
  lockFile = JSON.parse(text);
  return { text, lock: lockFile };
}

async function keptSnapshotCount() {
  try {
    if (!(await caches.has(SNAPSHOT_CACHE))) return 0;
    return (await (await caches.open(SNAPSHOT_CACHE)).keys()).length;
  } catch {
    return 0;
  }
}

async function start() {
  const t0 = performance.now();
  if (typeof WebAssembly !== "object") throw failure("no-wasm", "WebAssembly is not available");
  // The lock file is read here (checked against BUILD.lock) and given to Pyodide as data: it
  // names the wheel, which a normal start fetches beside the runtime's own downloads.
  const locked = fetchLock();
  // A normal start needs the wheel; a restored snapshot does not (below).
  let fetched = null;
  const wheel = () => (fetched ??= locked.then(({ lock }) => fetchWheel(lock)));
  const useSnapshot = snapshotsUsable();
  // Named after this build's engine: a snapshot of another build is never found.
  const snapshotURL = locked.then(() => SNAPSHOT_URL);
  snapshotURL.catch(() => {});
  const config = {
    indexURL: CORE.href,
    lockFileContents: locked.then(({ lock }) => lock),
    // Nothing may reach another origin: packages come only from the lock file's folder.
    packageBaseUrl: ENGINE.href,
    stdLibURL: STDLIB_URL,
    stdout: () => {},
    stderr: () => {},
  };
  config.lockFileContents.catch(() => {});

  // A snapshot kept from an earlier visit (the first visit has none: it starts at once, without
  // waiting for the lock file).
  if (useSnapshot && (await keptSnapshotCount()) > 0) {
    // Read and checked while Pyodide loads its script (it awaits the bytes only to size the
    // memory); a missing or damaged copy rejects, and the start goes on normally.
    const url = snapshotURL.catch(() => null);
    let checked = false; // true once a copy passed its checks and went to Pyodide
    const snapshot = url.then((u) => u && readSnapshot(u))
      .then((bytes) => (bytes ? ((checked = true), bytes) : Promise.reject(new Error("no usable snapshot"))));
    snapshot.catch(() => {});
    try {
      // The snapshot holds the engine imported, frozen out of the collector's sight: every
      // module it will use, since it imports nothing later (tests/unit/test_api.py). Neither
      // the wheel nor its unpacking (about 30 ms of a later visit's start) is needed.
      const pyodide = await runtime({ ...config, _loadSnapshot: snapshot });
      performance.mark("rebond:runtime");
      const loaded = imported(pyodide);
      performance.mark("rebond:snapshot-restored");
      return { ...loaded, ms: Math.round(performance.now() - t0), snapshot: "restored" };
    } catch {
      // Any trouble with the snapshot: forget it, start normally.
      const kept = await url;
      if (kept) await forgetSnapshot(kept);
      // Only a copy that passed its checks can fail in Pyodide; a damaged one is never tried.
      if (checked) performance.mark("rebond:snapshot-failed");
    }
  }
  // A lock file or wheel that cannot be had fails the start at once, not after the runtime.
  const [pyodide, bytes] = await Promise.all([runtime({ ...config, _makeSnapshot: Boolean(useSnapshot) }), wheel()]);
  performance.mark("rebond:runtime");
  const loaded = engine(pyodide, bytes);
  let saved = "none";
  if (useSnapshot) {
    // Python has started and imported the engine; nothing of the reader's has reached it yet
    // (no call is answered before "ready"): copy its memory now, store it in the background.
    try {
      const memory = pyodide.makeMemorySnapshot();
      // Stored in the reader's first pause, not beside the first answers.
      saving = Promise.all([snapshotURL, pause(SAVE_PAUSE_MS)]).then(([url]) => saveSnapshot(url, memory), () => {});
      saved = "saved";
    } catch {
      // Pyodide could not make one: the next visit starts normally too.
    }
  }
  return { ...loaded, ms: Math.round(performance.now() - t0), snapshot: saved };
}

function failure(code, detail) {
  return Object.assign(new Error(detail), { code });
}

self.addEventListener("message", async (/** @type {MessageEvent} */ event) => {
  const message = event.data || {};
  if (message.type === "init") {
    if (message.keepSnapshot === false) keepSnapshot = false;
    try {
      const { handle: engineHandle, ...info } = await start();
      handle = engineHandle;
      self.postMessage({ type: "ready", ...info });
    } catch (error) {
      self.postMessage({ type: "failed", code: error.code || "load", detail: String(error.message || error) });
    }
  } else if (message.type === "forget") {
    // "Delete my data": answered once no snapshot is kept or being written.
    self.postMessage({ type: "forgotten", id: message.id, snapshot: await forgetEverySnapshot() });
  } else if (message.type === "call") {
    lastCall = performance.now();
    if (!handle) {
      self.postMessage({ type: "result", id: message.id, ok: false, error: "not-ready" });
      return;
    }
    if (message.op === "spelling") {
      try {
        await (spelling ??= loadSpelling());
        self.postMessage({ type: "result", id: message.id, ok: true, result: { available: true } });
      } catch (error) {
        spelling = null; // a cut download may be tried again
        self.postMessage({ type: "result", id: message.id, ok: false, error: `spelling: ${error.message || error}` });
      }
      return;
    }
    try {
      const reply = JSON.parse(handle(JSON.stringify({ op: message.op, args: message.args ?? {} })));
      self.postMessage({ type: "result", id: message.id, ...reply });
    } catch (error) {
      self.postMessage({ type: "result", id: message.id, ok: false, error: String(error) });
    }
  }
});
