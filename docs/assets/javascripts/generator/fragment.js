// A draft in the URL fragment (#kind=thanks&company=...): the fragment never reaches a server.
// Values are only ever written into form controls, never rendered as HTML.

/** The fields named in a fragment; null when the fragment is not a prefill (e.g. "#top"). */
export function parseFragment(hash) {
  const text = (hash || "").replace(/^#/, "");
  if (!text.includes("=")) return null;
  const fields = {};
  for (const part of text.split("&")) {
    const at = part.indexOf("=");
    if (at < 1) continue;
    let name;
    let value;
    try {
      name = decodeURIComponent(part.slice(0, at));
      value = decodeURIComponent(part.slice(at + 1));
    } catch {
      continue; // malformed percent-encoding: nothing to apply
    }
    // Repeated names (feedback_topics=cv&feedback_topics=tests) make a list.
    if (name in fields) fields[name] = [].concat(fields[name], value);
    else fields[name] = value;
  }
  return fields;
}

/** The fragment of the fields that differ from the starting values, percent-encoded. */
export function buildFragment(fields, initial) {
  const parts = [];
  for (const [name, value] of Object.entries(fields)) {
    const start = initial[name];
    const same = Array.isArray(value) ? JSON.stringify(value) === JSON.stringify(start ?? []) : value === start;
    if (same && name !== "kind") continue;
    const text = Array.isArray(value) ? value.join(",") : typeof value === "boolean" ? (value ? "1" : "0") : String(value);
    parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(text)}`);
  }
  return `#${parts.join("&")}`;
}
