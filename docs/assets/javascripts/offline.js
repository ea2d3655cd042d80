// Every page: registers the site's service worker (sw.js at the site root, see hooks/offline.py)
// so that the site keeps working offline after a first visit, and tells the reader, in a polite
// live region with a "reload" button, when a new version of the site is ready.
// Glue only; registration waits until the page is idle, so it never delays reading.
(() => {
  if (!("serviceWorker" in navigator) || !document.currentScript) return;
  // This file is assets/javascripts/offline.js: the site root is two levels up.
  const root = new URL("../../", /** @type {HTMLScriptElement} */ (document.currentScript).src);
  // Its words, in the page's language, from the language pack (overrides/main.html).
  const text = JSON.parse(document.getElementById("rebond-site-text").textContent);
  let controlled = Boolean(navigator.serviceWorker.controller);
  // A status region (polite), in the page before anything is said in it so that screen readers
  // announce the message, without moving focus.
  const box = document.createElement("div");
  box.className = "rebond-update";
  box.setAttribute("role", "status");

  function offerReload(waiting) {
    if (box.childElementCount) return;
    const message = document.createElement("p");
    message.textContent = text.ready;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "md-button md-button--primary";
    button.textContent = text.reload;
    button.addEventListener("click", () => {
      button.disabled = true;
      waiting.postMessage({ type: "skip-waiting" });
    });
    // Styled through the theme's own colour variables, so it follows light and dark modes.
    Object.assign(box.style, {
      position: "fixed", insetInline: "1rem", bottom: "1rem", zIndex: "5", maxWidth: "32rem",
      marginInline: "auto", padding: "0.8rem 1rem", display: "flex", flexWrap: "wrap",
      gap: "0.8rem", alignItems: "center", justifyContent: "space-between",
      background: "var(--md-default-bg-color)", color: "var(--md-default-fg-color)",
      border: "2px solid var(--md-primary-fg-color)", borderRadius: "0.2rem",
      boxShadow: "var(--md-shadow-z2)",
    });
    message.style.margin = "0";
    box.append(message, button);
  }

  function watch(registration) {
    // An update found while a previous version controls the page: offer to switch.
    const consider = (worker) => {
      if (!worker) return;
      const check = () => {
        if (worker.state === "installed" && navigator.serviceWorker.controller) offerReload(worker);
      };
      worker.addEventListener("statechange", check);
      check();
    };
    // The browser looks for an update as the page loads, before this runs (registration waits
    // for the engine and a pause): the new version may be installed already, or still installing
    // (its "updatefound" then came before this listener, so it is watched here).
    consider(registration.waiting);
    consider(registration.installing);
    registration.addEventListener("updatefound", () => consider(registration.installing));
  }

  // A tool whose Python engine has started (engine/client.js says so once it is ready): ask the
  // service worker to keep the runtime for offline use. Guide pages never start the engine, so
  // they never fetch Python; waiting for "ready" means the copy comes from the HTTP cache
  // instead of competing with the engine's own download.
  // The engine's state is on <html> (engine/client.js), where it can be read at any time.
  const engineIs = (...states) => states.includes(document.documentElement.dataset.rebondEngine);
  let registered = false;
  // "Delete my data" (forget.js) announces itself: this page then registers nothing any more.
  let forgotten = false;
  window.addEventListener("rebond:forget", () => { forgotten = true; }, { once: true });
  // ... or in another tab (forget.js's channel: this classic script cannot import it).
  if (typeof BroadcastChannel === "function") new BroadcastChannel("rebond:forget").onmessage = () => { forgotten = true; };
  let lazy = false; // the reader asked for a file fetched on request (the spelling check's wheel)
  const askToCacheRuntime = () => {
    if (!engineIs("ready") || !registered || forgotten) return;
    navigator.serviceWorker.ready.then((reg) => reg.active && reg.active.postMessage({ type: "cache-runtime", lazy }));
  };
  window.addEventListener("rebond:engine-ready", askToCacheRuntime, { once: true });
  window.addEventListener("rebond:runtime-fetched", () => {
    lazy = true;
    askToCacheRuntime();
  });

  async function register() {
    if (forgotten) return;
    try {
      document.body.append(box);
      const registration = await navigator.serviceWorker.register(new URL("sw.js", root), { scope: root.href });
      if (forgotten) return void registration.unregister(); // deleted while registering
      watch(registration);
      registered = true;
      askToCacheRuntime();
    } catch {
      // No service worker (private mode, file://, a host without sw.js): the site works online.
    }
  }

  // After switching to a new version, reload once so the page and its files match. The first
  // worker taking control of a page (first visit) changes nothing the reader sees: no reload.
  let reloading = false;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (!controlled) {
      controlled = true;
      return;
    }
    if (reloading) return;
    reloading = true;
    window.location.reload();
  });

  // A page that starts Python once it has loaded (engine/client.js marks <html> as soon as a
  // page asks for an engine; by the load event, its script has run): the service worker's first
  // install, which copies the whole site, waits until the engine has started or failed, so that
  // the two do not compete for the reader's processor and connection; then for the reader's
  // first pause after that (no key, pointer or input for a moment), so that it does not slow
  // the answers to their typing.
  const PAUSE_MS = 1500;
  let lastInput = performance.now();
  const seen = () => { lastInput = performance.now(); };
  for (const type of ["input", "keydown", "pointerdown"]) document.addEventListener(type, seen, { capture: true, passive: true });
  const afterPause = (fn) => {
    const wait = lastInput + PAUSE_MS - performance.now();
    if (wait <= 0) fn();
    else setTimeout(() => afterPause(fn), wait);
  };
  const afterEngine = (fn) => {
    if (!engineIs("loading", "ready", "failed")) return fn(); // a page without an engine
    // The pause is counted from the moment the engine settles: the first answers come then.
    const next = () => {
      lastInput = Math.max(lastInput, performance.now());
      afterPause(fn);
    };
    if (engineIs("ready", "failed")) return next();
    window.addEventListener("rebond:engine-ready", next, { once: true });
    window.addEventListener("rebond:engine-failed", next, { once: true });
  };
  const idle = window.requestIdleCallback || ((fn) => setTimeout(fn, 1));
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    idle(register);
  };
  if (document.readyState === "complete") afterEngine(start);
  else window.addEventListener("load", () => afterEngine(start), { once: true });
})();
