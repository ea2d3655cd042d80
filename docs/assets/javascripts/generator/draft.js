// The draft on this device: saved only when the reader ticks "keep my draft" (localStorage),
// under the "rebond:" prefix, which "delete my data" removes (../forget.js). Storage may be
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
