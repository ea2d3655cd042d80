// Checking what the engine's worker loads against the digests the build published (build.js,
// then the lock file), whether a file comes from the network, the HTTP cache or the service
// worker's cache: anything else on this origin could have written the last two. With
// crypto.subtle (a secure context) the worker hashes the bytes itself and can say "integrity";
// without it, fetch's `integrity` option makes the browser refuse other bytes.

/** Can the worker hash what it loads (crypto.subtle exists only in secure contexts)? */
export const digestable = typeof crypto === "object" && Boolean(crypto.subtle);

// The fetch of the worker as the browser gives it (engine/pyodide.js wraps the global one).
const nativeFetch = self.fetch.bind(self);

/**
 * An Error the page can name: "no-wasm", "load" or "integrity" (engine/client.js).
 * @param {string} code
 * @param {string} detail
 * @returns {Error & {code: string}}
 */
export function failure(code, detail) {
  return Object.assign(new Error(detail), { code });
}

/** The Subresource Integrity form of the sha256 of `bytes`.
 *  @param {BufferSource} bytes */
export async function sri(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return `sha256-${btoa(String.fromCharCode(...digest))}`;
}

/** The hexadecimal sha256 of `bytes`.
 *  @param {BufferSource} bytes */
export async function sha256(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * The bytes at `url`, which must have the digest `integrity`; a failure "load" or "integrity".
 * @param {string} url
 * @param {string} integrity
 * @returns {Promise<ArrayBuffer>}
 */
export async function fetchChecked(url, integrity) {
  const name = new URL(url).pathname.split("/").at(-1);
  let bytes;
  try {
    const response = await nativeFetch(url, digestable ? {} : { integrity });
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

/** A copy that failed its check is not used again: the next start fetches the file anew.
 *  @param {string} url */
export async function forgetCachedCopy(url) {
  try {
    for (const name of await caches.keys()) if (name.startsWith("rebond-runtime-")) await (await caches.open(name)).delete(url);
  } catch {
    // No Cache API here: nothing kept.
  }
}

export { nativeFetch };
