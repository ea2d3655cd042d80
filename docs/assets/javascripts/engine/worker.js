// The engine's worker: loads the self-hosted Pyodide and the `rebond` wheel (by name, from the
// site's own lock file, which carries the wheel's sha256), then answers calls by passing JSON
// to `rebond.api.handle`. No message logic lives here: it is all in the Python engine.
// The runtime's own files live in a folder named after its version (hooks/pyodide_runtime.py),
// so hosts can cache them for good; keep this version equal to package.json's "pyodide".
import { loadPyodide } from "../../pyodide/314.0.7/pyodide.mjs";

// The site's lock file, the engine's wheel and the trimmed standard library (they change with
// the engine) sit beside that folder.
const RUNTIME = new URL("../../pyodide/", import.meta.url);
const CORE = new URL("314.0.7/", RUNTIME);
let handle = null;

async function start(options) {
  const t0 = performance.now();
  if (typeof WebAssembly !== "object") throw failure("no-wasm", "WebAssembly is not available");
  const config = {
    indexURL: CORE.href,
    lockFileURL: new URL("pyodide-lock.json", RUNTIME).href,
    // Nothing may reach another origin: packages come only from the lock file beside the runtime.
    packageBaseUrl: RUNTIME.href,
    fullStdLib: false,
    stdout: () => {},
    stderr: () => {},
  };
  if (options.stdLibURL) config.stdLibURL = new URL(options.stdLibURL, RUNTIME).href;
  let pyodide;
  try {
    pyodide = await loadPyodide(config);
  } catch (error) {
    throw failure(/WebAssembly|wasm/i.test(String(error)) ? "no-wasm" : "load", String(error));
  }
  // loadPackage reports a bad checksum or a missing file through its messages, not by
  // throwing: check what was really loaded.
  const errors = [];
  await pyodide.loadPackage("rebond", { messageCallback: () => {}, errorCallback: (m) => errors.push(m) });
  if (!pyodide.loadedPackages.rebond) throw failure("integrity", errors.join("\n") || "rebond not loaded");
  const api = pyodide.pyimport("rebond.api");
  handle = api.handle;
  return { version: pyodide.pyimport("rebond").__version__, ms: Math.round(performance.now() - t0) };
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
      const info = await start(message.options || {});
      self.postMessage({ type: "ready", ...info });
    } catch (error) {
      self.postMessage({ type: "failed", code: error.code || "load", detail: String(error.message || error) });
    }
  } else if (message.type === "call") {
    if (!handle) {
      self.postMessage({ type: "result", id: message.id, ok: false, error: "not-ready" });
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
