// The memory snapshot's stored form: without its empty pages. Most of Python's 31 MB of memory
// is whole 64 kB pages of zeros, so about 12 MB are stored, then read back and checked on the
// next visit, where the whole would take more than twice as long (engine/pyodide.js).
//
// Layout: total length and page count (two little-endian uint32), one byte per page (1: stored),
// then the stored pages in order.
const PAGE = 65536;

function isZero(bytes, start, end) {
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset + start, (end - start) >> 2);
  for (let i = 0; i < words.length; i += 1) if (words[i]) return false;
  for (let i = start + words.length * 4; i < end; i += 1) if (bytes[i]) return false;
  return true;
}

/** The stored form of `bytes` (a Uint8Array). */
export function pack(bytes) {
  if (bytes.byteOffset % 4) bytes = bytes.slice(); // 32-bit reads need an aligned start
  const count = Math.ceil(bytes.length / PAGE);
  const end = (page) => Math.min(bytes.length, (page + 1) * PAGE);
  const kept = [];
  for (let page = 0; page < count; page += 1) if (!isZero(bytes, page * PAGE, end(page))) kept.push(page);
  const out = new Uint8Array(kept.reduce((size, page) => size + end(page) - page * PAGE, 8 + count));
  const head = new DataView(out.buffer);
  head.setUint32(0, bytes.length, true);
  head.setUint32(4, count, true);
  let at = 8 + count;
  for (const page of kept) {
    out[8 + page] = 1;
    out.set(bytes.subarray(page * PAGE, end(page)), at);
    at += end(page) - page * PAGE;
  }
  return out;
}

/** The bytes `pack` was given, or null when `stored` is not in this form. */
export function unpack(stored) {
  if (stored.length < 8) return null;
  const head = new DataView(stored.buffer, stored.byteOffset, 8);
  const length = head.getUint32(0, true);
  const count = head.getUint32(4, true);
  if (count !== Math.ceil(length / PAGE) || stored.length < 8 + count) return null;
  const bytes = new Uint8Array(length);
  let at = 8 + count;
  for (let page = 0; page < count; page += 1) {
    if (!stored[8 + page]) continue;
    const size = Math.min(length, (page + 1) * PAGE) - page * PAGE;
    if (at + size > stored.length) return null;
    bytes.set(stored.subarray(at, at + size), page * PAGE);
    at += size;
  }
  return at === stored.length ? bytes : null;
}
