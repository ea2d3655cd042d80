// The form kept across a switch of the site's language: a click on the header's language link
// puts the form's values in this tab's session storage for that one navigation (never sent
// anywhere: session storage stays in the browser), and the other language's generator page
// takes them back at once and removes them. Keyed under "rebond:" ("delete my data" removes it).
const KEY = "rebond:generator:carry";

function session() {
  try {
    return window.sessionStorage || null; // reading the property itself throws when storage is forbidden
  } catch {
    return null;
  }
}

/** Before the page leaves for its other language's version, keep `read()`'s values for it. */
export function carryOnSwitch(lang, read) {
  document.addEventListener("click", (event) => {
    const link = /** @type {HTMLAnchorElement | null} */ (event.target instanceof Element ? event.target.closest("a.md-select__link[hreflang]") : null);
    if (!link || link.hreflang === lang) return;
    const to = new URL(link.href, location.href).pathname;
    try {
      session()?.setItem(KEY, JSON.stringify({ to, ...read() }));
    } catch { /* storage full or forbidden: the page goes as it would have */ }
  });
}

/** The values carried to this very page, or null; taken once (removed whatever they hold). */
export function takeCarried() {
  const store = session();
  if (!store) return null;
  try {
    const carried = JSON.parse(store.getItem(KEY) || "null");
    store.removeItem(KEY);
    return carried && typeof carried === "object" && carried.to === location.pathname && carried.fields ? carried : null;
  } catch {
    return null;
  }
}
