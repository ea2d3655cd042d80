// The engine's worker: starts Python with the `rebond` engine (engine/pyodide.js, the one door to
// Pyodide), then answers the page's calls by passing JSON to `rebond.api.handle`. No message
// logic lives here: it is all in the Python engine.
//
// Messages from the page (engine/client.js): {type: "init", keepSnapshot} -> "progress"
// ({phase, percent}) as the start goes, then "ready" or "failed"; {type: "call", id, op, args} -> "result"; {type: "forget", id} -> "forgotten".
import { BUILD } from "./build.js";
import { failure, fetchChecked } from "./integrity.js";
import { ENGINE, forgetSnapshots, keepNoSnapshot, noteCall, onProgress, startPython } from "./pyodide.js";

// The start's progress, for the page: a download reported by whole percents, each phase once.
let lastProgress = "";
let started = false; // once "ready" is sent, nothing more to report (see the start below)
onProgress(({ phase, loaded = 0, total = 0 }) => {
  if (started) return;
  const percent = total ? Math.min(100, Math.floor((100 * loaded) / total)) : null;
  const key = `${phase}:${percent}`;
  if (key === lastProgress) return;
  lastProgress = key;
  self.postMessage({ type: "progress", phase, percent });
});

/** @type {((request: string) => string) | null} */
let handle = null;
/** @type {Awaited<ReturnType<typeof startPython>>["python"] | null} */
let python = null; // the started runtime, for the spelling check's wheel (loaded on request)
/** @type {{packages?: Record<string, {file_name: string, sha256: string}>} | null} */
let lockFile = null; // the site's lock data: it names and checks every wheel
/** @type {Promise<void> | null} */
let spelling = null; // the spelling check's load, once asked for

/** The site's lock file, checked against the build's digest. */
async function fetchLock() {
  if (!BUILD) throw failure("load", "engine/build.js was not written by the build (src/rebond_site/runtime.py)");
  const bytes = await fetchChecked(new URL("pyodide-lock.json", ENGINE).href, BUILD.lock);
  lockFile = JSON.parse(new TextDecoder().decode(bytes));
  return lockFile;
}

/**
 * A wheel the lock file names, checked against the lock's sha256 before Python sees it.
 * @param {Promise<object>} lock
 * @param {string} name
 */
async function fetchWheel(lock, name) {
  const entry = (/** @type {typeof lockFile} */ (await lock))?.packages?.[name];
  if (!entry) throw failure("load", `${name} missing from pyodide-lock.json`);
  const digest = Uint8Array.from(entry.sha256.match(/../g) || [], (h) => parseInt(h, 16));
  return fetchChecked(new URL(entry.file_name, ENGINE).href, `sha256-${btoa(String.fromCharCode(...digest))}`);
}

async function start() {
  const t0 = performance.now();
  // The lock file is read here (checked against BUILD.lock) and given to Pyodide as data: it
  // names the engine's wheel, which a start without a snapshot fetches beside the runtime's
  // own downloads.
  const lock = fetchLock();
  lock.catch(() => {});
  const started = await startPython({ lock, wheel: () => fetchWheel(lock, "rebond"), engine: "rebond.api" });
  python = started.python;
  handle = python.pyimport("rebond.api").handle;
  const version = python.pyimport("rebond").__version__;
  return { version, ms: Math.round(performance.now() - t0), snapshot: started.snapshot };
}

// The spelling check (issue 15): its checker and word lists are a wheel of their own
// (pyspellchecker, named and checked by the lock file like the engine's), fetched only when the
// reader asks, then handed to the engine (rebond.spelling.attach): the engine never imports it.
async function loadSpelling() {
  if (!python) throw new Error("not started");
  python.unpackWheel(await fetchWheel(Promise.resolve(lockFile), "pyspellchecker"));
  python.pyimport("rebond.spelling").attach(python.pyimport("spellchecker"));
}

/** @param {MessageEvent} event */
async function onMessage(event) {
  const message = event.data || {};
  if (message.type === "init") {
    if (message.keepSnapshot === false) keepNoSnapshot();
    try {
      // A start that tried a memory snapshot and fell back may leave the first download still
      // reading in the background: its late reports would follow "ready".
      const info = await start();
      started = true;
      self.postMessage({ type: "ready", ...info });
    } catch (error) {
      const { code, message: text } = /** @type {{code?: string, message?: string}} */ (error);
      self.postMessage({ type: "failed", code: code || "load", detail: String(text || error) });
    }
  } else if (message.type === "forget") {
    // "Delete my data": answered once no snapshot is kept or being written.
    self.postMessage({ type: "forgotten", id: message.id, snapshot: await forgetSnapshots() });
  } else if (message.type === "call") {
    noteCall();
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
        self.postMessage({ type: "result", id: message.id, ok: false, error: `spelling: ${/** @type {Error} */ (error).message || error}` });
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
}

self.addEventListener("message", onMessage);
