// The engine's worker: loads the self-hosted Pyodide and the `rebond` wheel (by name, from the
// site's own lock file, which carries the wheel's sha256), then answers calls by passing JSON
// to `rebond.api.handle`. No message logic lives here: it is all in the Python engine.
// The runtime's own files live in a folder named after its version (hooks/pyodide_runtime.py),
// so hosts can cache them for good; keep this version equal to package.json's "pyodide".
import { loadPyodide } from "../../pyodide/314.0.7/pyodide.mjs";
import { pack, unpack } from "./sparse.js";

// The site's lock file, the engine's wheel and the trimmed standard library (they change with
// the engine) sit beside that folder.
const RUNTIME = new URL("../../pyodide/", import.meta.url);
const CORE = new URL("314.0.7/", RUNTIME); // = package.json's "pyodide" and the import above
const VERSION = CORE.pathname.split("/").at(-2); // the snapshot is only valid for this runtime
// The trimmed standard library (hooks/stdlib_zip.py): the only one the site ships.
const STDLIB = "python_stdlib_min.zip";
let handle = null;
let python = null; // the started runtime, for the spelling check's wheel (loaded on request)
let lockFile = null; // the site's lock data: it names and checks every wheel
let spelling = null; // the spelling check's load, once asked for

// Pyodide's own script (1.2 MB), requested as soon as the worker exists, while it reads the lock
// file and looks for a kept snapshot. loadPyodide later imports the same URL (one module, one
// download) and reports any failure.
import(new URL("pyodide.asm.mjs", CORE).href).catch(() => {});

// Pyodide reports a failed WebAssembly download or compilation with a console warning and then
// waits for ever: watch the compilation itself, so that a download cut midway fails at once
// instead of at the client's timeout.
let wasmFailed = () => {};
const wasmFailure = new Promise((_, reject) => { wasmFailed = reject; });
wasmFailure.catch(() => {});
if (typeof WebAssembly === "object" && WebAssembly.instantiateStreaming) {
  const streaming = WebAssembly.instantiateStreaming.bind(WebAssembly);
  WebAssembly.instantiateStreaming = (source, imports) =>
    streaming(source, imports).catch((error) => { wasmFailed(error); throw error; });
}

// --- The memory snapshot -------------------------------------------------------------------
// After its first start in a browser, the worker keeps a copy of Python's memory as it stands
// once the runtime has started and imported the engine (Pyodide's private `_makeSnapshot` /
// `_loadSnapshot`, pinned version only): a later visit restores it instead of starting Python
// again (the slow part: ~3 s becomes ~0.5 s). It is made before the first call is answered, so
// it holds no text of the reader's (tests/browser/test_offline.py searches it for one).
// It is never downloaded: it is made here, kept in the Cache API without its empty pages
// (engine/sparse.js), keyed by the digest of the lock file (which names the runtime, the engine
// and the standard library's digest), and checked (sha256) before use; anything wrong means a
// normal start.
const SNAPSHOT_CACHE = "rebond-snapshot";
const SNAPSHOT_MAGIC = 1886286592; // Pyodide 314.0.7's snapshot header (pyodide.asm.mjs)
const SNAPSHOT_HEADER = 48;
// The snapshot is stored once the reader pauses (no call for this long): packing, hashing and
// writing it beside the answers to their typing would slow those answers down.
const SAVE_PAUSE_MS = 1500;
let lastCall = 0; // performance.now() of the latest call

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
  return typeof caches === "object" && typeof crypto === "object" && Boolean(crypto.subtle);
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
  try {
    const cache = await caches.open(SNAPSHOT_CACHE);
    // One snapshot only: those of earlier versions go.
    for (const request of await cache.keys()) if (request.url !== url) await cache.delete(request);
    const stored = pack(bytes);
    const headers = { "content-type": "application/octet-stream", "x-rebond-sha256": await sha256(stored) };
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

// --- The start -----------------------------------------------------------------------------
async function runtime(config) {
  try {
    return await Promise.race([loadPyodide(config), wasmFailure]);
  } catch (error) {
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
  const digestible = typeof crypto === "object" && Boolean(crypto.subtle);
  // Without crypto.subtle (a page not served over HTTPS), the browser checks it (SRI).
  const integrity = digestible ? undefined : `sha256-${btoa(String.fromCharCode(...entry.sha256.match(/../g).map((h) => parseInt(h, 16))))}`;
  let bytes;
  try {
    const response = await fetch(new URL(entry.file_name, RUNTIME), { integrity });
    if (!response.ok) throw new Error(`${entry.file_name}: HTTP ${response.status}`);
    bytes = await response.arrayBuffer();
  } catch (error) {
    throw failure(integrity ? "integrity" : "load", String(error));
  }
  if (digestible && (await sha256(bytes)) !== entry.sha256) throw failure("integrity", `${entry.file_name}: sha256 mismatch`);
  return bytes;
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
  try {
    const response = await fetch(new URL("pyodide-lock.json", RUNTIME));
    if (!response.ok) throw new Error(`pyodide-lock.json: HTTP ${response.status}`);
    const text = await response.text();
    lockFile = JSON.parse(text);
    return { text, lock: lockFile };
  } catch (error) {
    throw failure("load", String(error));
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

async function start() {
  const t0 = performance.now();
  if (typeof WebAssembly !== "object") throw failure("no-wasm", "WebAssembly is not available");
  // The lock file is read here and given to Pyodide as data: its digest keys the snapshot, and
  // it names the wheel, which a normal start fetches beside the runtime's own downloads.
  const locked = fetchLock();
  // A normal start needs the wheel; a restored snapshot does not (below).
  let fetched = null;
  const wheel = () => (fetched ??= locked.then(({ lock }) => fetchWheel(lock)));
  const useSnapshot = snapshotsUsable();
  const snapshotURL = locked.then(async ({ text }) =>
    new URL(`snapshot-${VERSION}-${(await sha256(new TextEncoder().encode(text))).slice(0, 24)}.bin`, RUNTIME).href);
  snapshotURL.catch(() => {});
  const config = {
    indexURL: CORE.href,
    lockFileContents: locked.then(({ lock }) => lock),
    // Nothing may reach another origin: packages come only from the lock file beside the runtime.
    packageBaseUrl: RUNTIME.href,
    stdLibURL: new URL(STDLIB, RUNTIME).href,
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
      Promise.all([snapshotURL, pause(SAVE_PAUSE_MS)]).then(([url]) => saveSnapshot(url, memory), () => {});
      saved = "saved";
    } catch {
      // Pyodide could not make one: the next visit starts normally too.
    }
  }
  return { ...loaded, ms: Math.round(performance.now() - t0), snapshot: saved };
}

function failure(code, detail) {
  const error = new Error(detail);
  error.code = code;
  return error;
}

self.addEventListener("message", async (event) => {
  const message = event.data || {};
  if (message.type === "init") {
    try {
      const { handle: engineHandle, ...info } = await start();
      handle = engineHandle;
      self.postMessage({ type: "ready", ...info });
    } catch (error) {
      self.postMessage({ type: "failed", code: error.code || "load", detail: String(error.message || error) });
    }
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
