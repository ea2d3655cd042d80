// The page's side of the engine: starts the worker, reports its state, and turns calls into
// promises. Shared by every tool page; the pages hold no message logic either.
//
//   import { startEngine } from ".../engine/client.js";
//   const engine = startEngine({ onState(state, info) { ... } });
//   engine.watch((state, info) => { ... });   // a later listener: called at once with the state
//   startEngine({ hold: promise })            // the worker starts once `promise` settles
//   await engine.ready;                       // rejects with an Error whose .code says why
//   const reply = await engine.call("compose", fields);   // {ok, result} or {ok: false, error}
//   await engine.forget();   // "delete my data": no memory snapshot kept, none being written
//   engine.retry();          // after a failure: a new worker (what was downloaded stays cached)
//
// States: "loading" (info: {phase, percent, stalled}), "ready", "failed". There is no time
// limit: a slow network is shown as progress, for as long as it needs; `stalled` says when
// nothing has moved for a while (the page then offers a retry), never a failure by itself.
// Failure codes: "no-wasm" (a policy without 'wasm-unsafe-eval' would make Pyodide hang: it is
// tested first, here and in the worker), "load", "integrity", "crash" (the worker died).

const WORKER_URL = new URL("./worker.js", import.meta.url);

/** Can this page compile WebAssembly? A policy without 'wasm-unsafe-eval' makes Pyodide hang
 *  rather than fail: compiling an empty module (8 bytes) tells at once. */
export function wasmAllowed() {
  try {
    return typeof WebAssembly === "object" && Boolean(new WebAssembly.Module(Uint8Array.of(0, 97, 115, 109, 1, 0, 0, 0)));
  } catch {
    return false;
  }
}

export function startEngine({ stallMs = 30000, onState = () => {}, hold = null } = {}) {
  let state = "loading";
  let lastInfo = {};
  // The page has an engine, even before it starts: offline.js reads this at the load event.
  document.documentElement.dataset.rebondEngine = state;
  /** @type {Set<(state: string, info: object) => void>} */
  const listeners = new Set([onState]);
  let worker = null;
  let keepSnapshot = true;
  let nextId = 1;
  const pending = new Map();
  let settle;
  let ready;
  function newReady() {
    ready = new Promise((resolve, reject) => { settle = { resolve, reject }; });
    ready.catch(() => {}); // a page that never awaits `ready` must not log an unhandled rejection
  }
  newReady();

  function setState(next, info = {}) {
    if (state === "failed" || (state === next && next !== "loading")) return;
    state = next;
    lastInfo = info;
    // Also readable by scripts that run later (offline.js): the events below may come first.
    document.documentElement.dataset.rebondEngine = next;
    if (next === "ready") {
      settle.resolve(info);
      // The runtime is now whole in the HTTP cache: offline.js asks the service worker to keep
      // a copy then (asking earlier would download it a second time, during the start).
      window.dispatchEvent(new Event("rebond:engine-ready"));
    }
    if (next !== "loading") clearTimeout(stall);
    if (next === "failed") {
      const error = Object.assign(new Error(info.detail || info.code), { code: info.code });
      settle.reject(error);
      for (const { reject } of pending.values()) reject(error);
      pending.clear();
      if (worker) worker.terminate();
      window.dispatchEvent(new Event("rebond:engine-failed"));
    }
    for (const listener of listeners) listener(next, info);
  }

  // Nothing heard from the worker for `stallMs`: the page says so and offers a retry (the start
  // goes on meanwhile: a retry is the reader's choice).
  let stall = null;
  let progress = { phase: "download", percent: null, stalled: false };
  function watchStall() {
    clearTimeout(stall);
    if (state !== "loading") return;
    stall = setTimeout(() => {
      if (state === "loading") setState("loading", (progress = { ...progress, stalled: true }));
    }, stallMs);
  }

  function begin() {
    if (state === "failed") return; // failed or terminated while held
    worker = new Worker(WORKER_URL, { type: "module" });
    watchStall();
    worker.addEventListener("message", ({ data }) => {
      if (data.type === "progress") {
        // A report that arrives once the engine is ready (a download the worker gave up on,
        // still reading) must not take the page back to "loading": it would stall there.
        if (state !== "loading") return;
        setState("loading", (progress = { phase: data.phase, percent: data.percent, stalled: false }));
        watchStall();
      } else if (data.type === "ready") setState("ready", data);
      else if (data.type === "failed") setState("failed", data);
      else if ((data.type === "result" || data.type === "forgotten") && pending.has(data.id)) {
        const { resolve } = pending.get(data.id);
        pending.delete(data.id);
        resolve(data);
      }
    });
    // A worker that cannot load or crashes: no uncaught error, a failed state instead.
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      setState("failed", { code: "crash", detail: event.message || "worker error" });
    });
    worker.addEventListener("messageerror", () => setState("failed", { code: "crash" }));
    worker.postMessage({ type: "init", keepSnapshot });
  }

  // A retry leaves "failed" (setState never does): listeners hear "loading" again.
  function setStateForce(next, info) {
    state = next;
    lastInfo = info;
    document.documentElement.dataset.rebondEngine = next;
    for (const listener of listeners) listener(next, info);
  }

  // Failures reported from a later task, once the page has had the engine object back.
  const fail = (code, detail) => setTimeout(() => setState("failed", { code, detail }));
  const start = () => {
    try {
      begin();
    } catch (error) {
      fail("crash", String(error.message)); // no worker allowed (policy) or possible
    }
  };
  if (!wasmAllowed()) fail("no-wasm", "WebAssembly unavailable or blocked");
  else if (hold) hold.then(start); // with `hold` (a promise), the worker starts once it settles
  else start();

  return {
    get ready() { return ready; },
    get state() { return state; },
    /** Adds a state listener (engine/boot.js starts the engine before the page's script runs):
     *  it hears the current state at once, then every change. */
    watch(listener) {
      listeners.add(listener);
      listener(state, lastInfo);
    },
    call(op, args = {}) {
      if (state === "failed") return Promise.reject(Object.assign(new Error("engine failed"), { code: "failed" }));
      return ready.then(() => new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        worker.postMessage({ type: "call", id, op, args });
      }));
    },
    /** Has the worker delete its memory snapshot and keep none from now on; resolves with
     *  {snapshot: true} when there was one, once none is being written. */
    forget() {
      keepSnapshot = false;
      if (!worker || state === "failed") return Promise.resolve({ snapshot: false });
      return new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, { resolve, reject: () => resolve({ snapshot: false }) });
        worker.postMessage({ type: "forget", id });
      });
    },
    /** After a failure, or while stalled: a new worker. What the first one downloaded whole
     *  is in the HTTP cache (or the service worker's), so the retry resumes from there. */
    retry() {
      if (state === "ready") return;
      if (worker) worker.terminate();
      worker = null;
      for (const { reject } of pending.values()) reject(Object.assign(new Error("retry"), { code: "retry" }));
      pending.clear();
      if (state === "failed") newReady();
      state = "loading";
      progress = { phase: "download", percent: null, stalled: false };
      setStateForce("loading", progress);
      start();
    },
    terminate() {
      setState("failed", { code: "terminated" });
    },
  };
}
