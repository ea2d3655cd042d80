// The one door to Pyodide: everything that depends on the pinned runtime's version or on its
// private parts lives here, and nowhere else in the site. When Pyodide changes, this file and
// CONTRIBUTING's upgrade checklist are what to read.
//
// - Where the runtime is: its own folder, named after its version (build.js, from package.json).
// - How it starts: the site's lock data given inline (it names the wheels, with their digests),
//   packages only from the engine's folder (nothing may reach another origin), the trimmed
//   standard library (src/rebond_site/stdlib_zip.py), output silenced.
// - The two files Pyodide downloads itself, unchecked: the standard library and the WebAssembly.
//   The worker's `fetch` is wrapped (the one global this module changes) so that both are read
//   whole and checked against the build's digests before Pyodide reads or compiles them.
// - The memory snapshot, with Pyodide's private `_makeSnapshot` / `_loadSnapshot` options and
//   `makeMemorySnapshot()`, switched by `BUILD.snapshot` (true only for an origin the deployer
//   declared the site's own, src/rebond_site/runtime.py `snapshot_switch`): off, every visit
//   starts Python the way a first visit does.
// - Unpacking a wheel, importing a module, freezing the collector.
import { BUILD } from "./build.js";
import { digestable, failure, fetchChecked, forgetCachedCopy, nativeFetch, sha256, sri } from "./integrity.js";
import { pack, unpack } from "./sparse.js";

/** @typedef {import("pyodide").PyodideAPI} PyodideAPI */

const RUNTIME = new URL("../../pyodide/", import.meta.url);
const CORE = new URL(`${BUILD?.runtime}/`, RUNTIME);
/** The folder of this build's engine: its lock file, wheels and standard library. */
export const ENGINE = new URL(`${BUILD?.folder}/`, RUNTIME);
const STDLIB_URL = new URL("python_stdlib_min.zip", ENGINE).href;
const WASM_URL = new URL("pyodide.asm.wasm", CORE).href;

// Pyodide's own scripts (pyodide.mjs; pyodide.asm.mjs, 1.2 MB), requested as soon as the worker
// exists, while it reads the lock file and looks for a kept snapshot. loadPyodide later imports
// the same URL (one module, one download) and reports any failure.
const runtimeModule = import(new URL("pyodide.mjs", CORE).href);
runtimeModule.catch(() => {});
import(new URL("pyodide.asm.mjs", CORE).href).catch(() => {});

// What can stop the start from inside Pyodide, which would otherwise log it and wait for ever:
// a WebAssembly download cut midway, or a file that fails its check. The start races this.
/** @type {(error: unknown) => void} */
let startFailed = () => {};
const startFailure = new Promise((_, reject) => { startFailed = reject; });
startFailure.catch(() => {});
/** @type {(progress: {phase: string, loaded?: number, total?: number}) => void} */
let report = () => {};
/** Where the start stands, for the page ("download" with bytes, then "start", then "engine"):
 *  a slow network is shown as progress rather than mistaken for a failure.
 *  @param {typeof report} listener */
export function onProgress(listener) {
  report = listener;
}

/** The WebAssembly, read whole and checked against the digest the build wrote (build.js)
 *  before Pyodide may compile a byte of it: whatever served it (the network, the HTTP cache, a
 *  service worker, a cache any page of the origin can write), other bytes never start. A
 *  mismatch deletes the cached copy (the next start fetches a clean one) and fails the start.
 *  The cost: the browser cannot reuse code compiled from an earlier visit's copy
 *  (bench/NOTES.md measures it).
 *  @param {RequestInit | undefined} init */
async function fetchWasm(init) {
  // Without crypto.subtle, the browser checks it (fetch's `integrity` holds the body back until
  // it matches).
  const response = await nativeFetch(WASM_URL, digestable ? init : { ...init, integrity: BUILD.wasm });
  if (!response.ok || !response.body) throw failure("load", `pyodide.asm.wasm: HTTP ${response.status}`);
  const total = BUILD.sizes?.wasm || Number(response.headers.get("content-length")) || 0;
  const reader = response.body.getReader();
  const chunks = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    report({ phase: "download", loaded, total });
  }
  const bytes = new Uint8Array(loaded);
  let at = 0;
  for (const chunk of chunks) { bytes.set(chunk, at); at += chunk.length; }
  if (digestable && (await sri(bytes)) !== BUILD.wasm) {
    await forgetCachedCopy(WASM_URL);
    throw failure("integrity", "pyodide.asm.wasm: sha256 mismatch");
  }
  report({ phase: "start" });
  return new Response(bytes, { headers: { "content-type": "application/wasm" } });
}

/** @type {typeof fetch} */
self.fetch = (input, init) => {
  const url = input instanceof Request ? input.url : String(input);
  if (url === WASM_URL) {
    const checked = fetchWasm(init);
    checked.catch(startFailed); // Pyodide only logs a failed download, and would wait for ever
    return checked;
  }
  if (url !== STDLIB_URL) return nativeFetch(input, init);
  // The standard library: the checked bytes instead.
  const checked = fetchChecked(STDLIB_URL, BUILD.stdlib);
  checked.catch(startFailed); // Pyodide only logs a failed standard library
  return checked.then((bytes) => new Response(bytes, { headers: { "content-type": "application/zip" } }));
};

// --- The memory snapshot -------------------------------------------------------------------
// After its first start in a browser, the worker keeps a copy of Python's memory as it stands
// once the runtime has started and imported the engine: a later visit restores it instead of
// starting Python again (the slow part; `make bench` measures both, bench/NOTES.md). It is made
// before the first call is answered, so it holds no text of the reader's
// (tests/browser/test_offline.py searches it for one).
// It is never downloaded: it is made here and kept in the Cache API without its empty pages
// (sparse.js), under a key named after this build's engine (the lock file's digest, which covers
// the runtime, the engine and the standard library), with the sha256 of the stored bytes; both
// are checked before use, Pyodide checks its own header (its build), and anything wrong means a
// normal start.
// What this protects against: a snapshot of another build or runtime (a deploy), a copy damaged
// in storage, one written by anything that does not recompute the digest. What it does not:
// a script of the same origin that writes a snapshot of its own with a matching digest (a
// snapshot is made in each browser and differs from one to the next, so no build can publish
// its digest). So a snapshot is kept only where the deployer declared the origin the site's
// alone (REBOND_DEDICATED_ORIGIN, `BUILD.snapshot`), where only this site's scripts run; by
// default, and on any GitHub Pages site (user and project sites of an owner share one origin),
// none is ever read or written (README, "Deploying").
const SNAPSHOT_CACHE = "rebond-snapshot";
const SNAPSHOT_URL = new URL("snapshot.bin", ENGINE).href;
// The snapshot is stored once the reader pauses (no call for this long): packing, hashing and
// writing it beside the answers to their typing would slow those answers down.
const SAVE_PAUSE_MS = 1500;
let lastCall = 0; // performance.now() of the latest call
let keepSnapshot = BUILD?.snapshot !== false; // false: switched off, or "delete my data"
let saving = Promise.resolve();

/** A call reached the worker: the snapshot waits for the next pause. */
export function noteCall() {
  lastCall = performance.now();
}

/** @param {number} ms */
async function pause(ms) {
  for (let wait = ms; wait > 0; wait = lastCall + ms - performance.now()) {
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

function snapshotsUsable() {
  return keepSnapshot && typeof caches === "object" && digestable;
}

/** The kept snapshot's bytes once they pass their check, else null. */
async function readSnapshot() {
  try {
    const cache = await caches.open(SNAPSHOT_CACHE);
    const hit = await cache.match(SNAPSHOT_URL);
    if (!hit) return null;
    // The stored bytes must be the ones kept (a copy damaged in storage, or written by anything
    // else, is not restored) and in the stored form (sparse.js).
    const stored = new Uint8Array(await hit.arrayBuffer());
    const bytes = (await sha256(stored)) === hit.headers.get("x-rebond-sha256") ? unpack(stored) : null;
    if (bytes) return bytes;
    await cache.delete(SNAPSHOT_URL);
  } catch {
    // Storage forbidden or broken: a normal start.
  }
  return null;
}

/** @param {Uint8Array} bytes */
async function saveSnapshot(bytes) {
  if (!keepSnapshot) return;
  try {
    const cache = await caches.open(SNAPSHOT_CACHE);
    // One snapshot only: those of earlier versions go.
    for (const request of await cache.keys()) if (request.url !== SNAPSHOT_URL) await cache.delete(request);
    const stored = pack(bytes);
    const headers = { "content-type": "application/octet-stream", "x-rebond-sha256": await sha256(stored) };
    if (!keepSnapshot) return;
    await cache.put(SNAPSHOT_URL, new Response(stored, { headers }));
    performance.mark("rebond:snapshot-saved");
  } catch {
    // Full or forbidden storage: the next visit simply starts normally.
  }
}

async function forgetSnapshot() {
  try {
    await (await caches.open(SNAPSHOT_CACHE)).delete(SNAPSHOT_URL);
  } catch {
    // Nothing to forget.
  }
}

async function keptSnapshotCount() {
  try {
    if (!(await caches.has(SNAPSHOT_CACHE))) return 0;
    return (await (await caches.open(SNAPSHOT_CACHE)).keys()).length;
  } catch {
    return 0;
  }
}

/** No snapshot is kept from now on ("delete my data" asked before the start). */
export function keepNoSnapshot() {
  keepSnapshot = false;
}

/** "Delete my data": once any snapshot being written is stored, none is left and none comes
 *  later. True when there was one. */
export async function forgetSnapshots() {
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
/** Pyodide started with `options`, or a failure "no-wasm", "load" or "integrity".
 *  @param {object} options
 *  @returns {Promise<PyodideAPI>} */
async function load(options) {
  try {
    const { loadPyodide } = await runtimeModule;
    return await Promise.race([loadPyodide(options), startFailure]);
  } catch (error) {
    if (error instanceof Error && "code" in error) throw error;
    const text = String(error);
    throw failure(/WebAssembly|wasm|CompileError/i.test(text) && !/fetch|network/i.test(text) ? "no-wasm" : "load", text);
  }
}

/**
 * The started runtime, as the worker uses it.
 * @param {PyodideAPI} pyodide
 */
function python(pyodide) {
  return {
    /** Unpack a wheel's bytes into site-packages (a copy: unpacking may take the buffer over).
     *  @param {ArrayBuffer} bytes */
    unpackWheel(bytes) {
      pyodide.unpackArchive(bytes.slice(0), "wheel");
    },
    /** @param {string} name */
    pyimport(name) {
      return pyodide.pyimport(name);
    },
  };
}

/**
 * Start Python with the engine imported: from the kept snapshot when there is a good one, else
 * from scratch with the engine's wheel (`wheel()`, fetched beside the runtime's own downloads).
 * @param {{lock: Promise<object>, wheel: () => Promise<ArrayBuffer>, engine: string}} how
 *   the lock data, the engine's wheel, the engine's module to import
 * @returns {Promise<{python: ReturnType<typeof python>, snapshot: "restored" | "saved" | "none"}>}
 */
export async function startPython({ lock, wheel, engine }) {
  if (typeof WebAssembly !== "object") throw failure("no-wasm", "WebAssembly is not available");
  // The worker's own policy (an HTTP header's) may forbid compiling: Pyodide would hang.
  try {
    new WebAssembly.Module(Uint8Array.of(0, 97, 115, 109, 1, 0, 0, 0));
  } catch {
    throw failure("no-wasm", "this worker's policy forbids compiling WebAssembly");
  }
  if (!BUILD) throw failure("load", "engine/build.js was not written by the build (src/rebond_site/runtime.py)");
  const useSnapshot = snapshotsUsable();
  const options = {
    indexURL: CORE.href,
    lockFileContents: lock,
    // Nothing may reach another origin: packages come only from the engine's folder.
    packageBaseUrl: ENGINE.href,
    stdLibURL: STDLIB_URL,
    stdout: () => {},
    stderr: () => {},
  };

  // A snapshot kept from an earlier visit (the first visit has none: it starts at once).
  if (useSnapshot && (await keptSnapshotCount()) > 0) {
    let checked = false; // true once a copy passed its checks and went to Pyodide
    // Read and checked while Pyodide loads its script (it awaits the bytes only to size the
    // memory); a missing or damaged copy rejects, and the start goes on normally.
    const snapshot = readSnapshot().then((bytes) => (bytes ? ((checked = true), bytes) : Promise.reject(new Error("no usable snapshot"))));
    snapshot.catch(() => {});
    try {
      // The snapshot holds the engine imported, frozen out of the collector's sight: every
      // module it will use, since it imports nothing later (tests/unit/test_api.py). Neither
      // the wheel nor its unpacking is needed (bench/NOTES.md: "a warm start neither fetches
      // nor unpacks the engine's wheel").
      const pyodide = await load({ ...options, _loadSnapshot: snapshot });
      performance.mark("rebond:runtime");
      pyodide.pyimport(engine);
      performance.mark("rebond:snapshot-restored");
      return { python: python(pyodide), snapshot: "restored" };
    } catch (error) {
      if (error instanceof Error && "code" in error && error.code === "integrity") throw error;
      // Any trouble with the snapshot: forget it, start normally.
      await forgetSnapshot();
      // Only a copy that passed its checks can fail in Pyodide; a damaged one is never tried.
      if (checked) performance.mark("rebond:snapshot-failed");
    }
  }
  // A lock file or wheel that cannot be had fails the start at once, not after the runtime.
  const [pyodide, bytes] = await Promise.all([load({ ...options, _makeSnapshot: useSnapshot }), wheel()]);
  performance.mark("rebond:runtime");
  report({ phase: "engine" });
  python(pyodide).unpackWheel(bytes);
  performance.mark("rebond:package");
  pyodide.pyimport(engine);
  // Everything made so far (the runtime's and the engine's objects) lives as long as the page:
  // out of the collector's sight (gc.freeze), a full collection no longer scans it all between
  // two keystrokes.
  pyodide.runPython("import gc; gc.freeze()");
  performance.mark("rebond:import");
  let snapshot = /** @type {"saved" | "none"} */ ("none");
  if (useSnapshot) {
    // Python has started and imported the engine; nothing of the reader's has reached it yet
    // (no call is answered before "ready"): copy its memory now, store it in the reader's first
    // pause, not beside the first answers.
    try {
      const memory = pyodide.makeMemorySnapshot();
      saving = pause(SAVE_PAUSE_MS).then(() => saveSnapshot(memory), () => {});
      snapshot = "saved";
    } catch {
      // Pyodide could not make one: the next visit starts normally too.
    }
  }
  return { python: python(pyodide), snapshot };
}
