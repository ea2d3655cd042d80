// The draft on this device: saved only when the reader ticks "keep my draft" (localStorage),
// and every key the site wrote ("rebond:" prefix, and the theme's own) removed by "delete my data". Storage may be
// full or forbidden: every function reports failure instead of throwing.
const PREFIX = "rebond:";
const KEEP = `${PREFIX}generator:keep`;
const DRAFT = `${PREFIX}generator:draft`;

function store(kind = "localStorage") {
  try {
    return window[kind] || null; // reading the property itself throws when storage is forbidden
  } catch {
    return null;
  }
}

export function isKept() {
  try {
    return store()?.getItem(KEEP) === "1";
  } catch {
    return false;
  }
}

/** Opt in or out (opting out removes the saved draft at once); false when storage refuses. */
export function setKept(keep) {
  const s = store();
  if (!s) return false;
  try {
    if (keep) s.setItem(KEEP, "1");
    else {
      s.removeItem(KEEP);
      s.removeItem(DRAFT);
    }
    return true;
  } catch {
    return false;
  }
}

/** Save the draft if the reader opted in; false when storage refuses it. */
export function save(draft) {
  if (!isKept()) return true;
  try {
    store().setItem(DRAFT, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function load() {
  if (!isKept()) return null;
  try {
    const draft = JSON.parse(store().getItem(DRAFT) || "null");
    return draft && typeof draft === "object" ? draft : null;
  } catch {
    return null;
  }
}

/** Is `key` one this site wrote: ours ("rebond:") or the theme's ("<site path>.__palette"...)? */
function ours(key) {
  // Material keys its settings by the site's path (window.__md_scope, set in every page).
  const theme = window.__md_scope ? `${window.__md_scope.pathname}.` : null;
  return key.startsWith(PREFIX) || (theme !== null && key.startsWith(theme));
}

/** Remove every key this site wrote, in local and session storage. */
export function deleteAll() {
  for (const s of [store("localStorage"), store("sessionStorage")]) {
    try {
      if (s) for (const key of Object.keys(s)) if (ours(key)) s.removeItem(key);
    } catch { /* nothing stored there that we can reach */ }
  }
}
