// This build's facts, which the engine's worker reads: written over the placeholder below by the
// build (src/rebond_site/runtime.py) into the site's copy of this file; never edit them here.
//   runtime   the pinned Pyodide's version (package.json), the name of its folder
//   folder    the folder of the files that change with the engine (lock file, wheels, trimmed
//             standard library), named after the lock file's digest: a new build is at new URLs
//   lock, stdlib, wasm   the digests (Subresource Integrity form) the worker checks them against
//   sizes     bytes of the large downloads (wasm), for the page's progress
//   snapshot  whether the worker keeps Pyodide's memory snapshot (a declared dedicated origin)
/** @type {{runtime: string, folder: string, lock: string, stdlib: string, wasm: string, sizes?: {wasm: number}, snapshot: boolean} | null} */
export const BUILD = /*__REBOND_BUILD__*/null;
