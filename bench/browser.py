"""Measurements in Chromium through Playwright: time to the first personalised message (cold
and warm), the bytes it took, field-change latency, which pages download the runtime, the
review of a long text, and the spelling check (time to its first finding, cold and warm)."""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from playwright.sync_api import BrowserContext, Page

from support.browser import LAUNCH_ARGS, chromium_path

# The generator's form (macros/generator.py): a field whose value shows up in the message.
FIELD = '#gen-form [name="company"]'
BODY = "#gen-body"
TIMEOUT_MS = 120_000
MESSAGE_LIMIT_MS = 45_000  # a visit that shows no personalised message by then has failed
SLOW_LIMIT_MS = 300_000  # the same over a slow phone's network (5.5 MB at 1.6 Mbit/s alone is ~27 s)

# Resolves, in the page, with performance.now() once the message contains the marker.
_WAIT_MESSAGE = """([selector, marker, limit]) => new Promise((resolve) => {
  const check = () => {
    const el = document.querySelector(selector);
    if (el && el.value.includes(marker)) resolve(performance.now());
    else if (performance.now() > limit) resolve(null);
    else setTimeout(check, 2);
  };
  check();
})"""

# One field change, timed in the page: from the input event to the updated message.
_FIELD_CHANGE = """async ([field, body, value]) => {
  const input = document.querySelector(field), out = document.querySelector(body);
  const tick = () => new Promise((resolve) => {
    const ch = new MessageChannel(); ch.port1.onmessage = resolve; ch.port2.postMessage(0);
  });
  const t0 = performance.now();
  input.value = value;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  input.dispatchEvent(new Event("change", { bubbles: true }));
  while (!out.value.includes(value)) {
    await tick();
    if (performance.now() - t0 > 5000) return -1;
  }
  return performance.now() - t0;
}"""


# The page's engine (a module is loaded once per page) checks 20,000 characters: median ms.
_REVIEW_20K = """async (runs) => {
  const main = document.querySelector('script[src*="generator/main.js"]').src;
  const { engine } = await import(new URL("../engine/boot.js", main).href);
  const text = ("Madame, je vous remercie, mais vous faites une erreur ! Cela fait trois semaines. ")
    .repeat(300).slice(0, 20000);
  const times = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    await engine.call("check", { text, lang: "fr", kind: "thanks_feedback", channel: "email", ui_lang: "fr" });
    if (i) times.push(performance.now() - t0);  // the first call warms up
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}"""

# A text with a misspelt word, then "Check spelling": ms to the first spelling finding.
_SPELL_FIRST = """() => new Promise((resolve) => {
  const body = document.getElementById("gen-body");
  body.value += "\\nJe suis dissapointed par lentretien.";
  body.dispatchEvent(new Event("input", { bubbles: true }));
  const t0 = performance.now();
  document.querySelector('[data-action="spell"]').click();
  const check = () => {
    if (document.querySelector('#gen-findings li[data-code="spelling"]')) resolve(performance.now() - t0);
    else if (performance.now() - t0 > 60000) resolve(-1);
    else setTimeout(check, 5);
  };
  check();
})"""


@dataclass
class Visit:
    """One measured visit: time to the personalised message, and what was downloaded."""

    ms: float
    urls: list[str] = field(default_factory=list)
    wire_bytes: int = 0  # as transferred (gzip from the bench server), page + its workers
    sw_bytes: int = 0  # fetched by the service worker for offline use (not needed to answer)
    page: Page = field(init=False)  # the page visited, open as long as its context


class Browser:
    """One Playwright driver; contexts are made per measurement."""

    def __init__(self) -> None:
        from playwright.sync_api import sync_playwright

        self._pw = sync_playwright().start()
        self.browser = self._pw.chromium.launch(executable_path=chromium_path(), args=LAUNCH_ARGS, headless=True)

    def close(self) -> None:
        self.browser.close()
        self._pw.stop()

    def persistent(self, profile: Path, *, service_workers: Literal["allow", "block"] = "allow") -> BrowserContext:
        return self._pw.chromium.launch_persistent_context(
            str(profile), executable_path=chromium_path(), args=LAUNCH_ARGS, headless=True,
            service_workers=service_workers, locale="fr-FR")

    # --- one visit -------------------------------------------------------------------------
    def visit(self, context, url: str, marker: str, *, fill: bool, slow: bool = False) -> Visit:
        """Open `url` in `context`; wait for the message to contain `marker`. `slow`: over a
        slow phone's network (1.6 Mbit/s, 150 ms latency, Lighthouse's "Slow 4G") with the
        page's processor slowed 4 times (DevTools' throttling: it slows the page's thread)."""
        finished: list = []

        def on_finished(request) -> None:  # a function: Playwright tags handlers with an attribute
            finished.append(request)

        context.on("requestfinished", on_finished)
        page = context.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        if slow:
            cdp = context.new_cdp_session(page)
            cdp.send("Network.enable")
            cdp.send("Network.emulateNetworkConditions", {"offline": False, "latency": 150,
                                                          "downloadThroughput": 1.6e6 / 8,
                                                          "uploadThroughput": 0.75e6 / 8})
            cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})
        page.goto(url, wait_until="commit")
        if fill:
            page.wait_for_selector(FIELD, state="attached", timeout=30_000)
            page.evaluate("""([sel, value]) => { const f = document.querySelector(sel); f.value = value;
                f.dispatchEvent(new Event("input", { bubbles: true }));
                f.dispatchEvent(new Event("change", { bubbles: true })); }""",
                          [FIELD, marker])
        limit = SLOW_LIMIT_MS if slow else MESSAGE_LIMIT_MS
        ms = page.evaluate(_WAIT_MESSAGE, [BODY if fill else "#body", marker, limit])
        if ms is None:
            raise RuntimeError(f"no personalised message within {limit / 1000:.0f} s on {url}")
        requests = list(finished)
        context.remove_listener("requestfinished", on_finished)
        visit = Visit(ms=ms)
        for request in requests:
            sizes = request.sizes()
            size = sizes["responseBodySize"] + sizes["responseHeadersSize"]
            if request.service_worker is not None:
                visit.sw_bytes += size  # the offline copy, not what the message needed
                continue
            visit.urls.append(request.url)
            if request.response() and not request.response().from_service_worker:
                visit.wire_bytes += size
        visit.page = page
        return visit

    def cold(self, url: str, marker: str, *, fill: bool, slow: bool = False) -> Visit:
        """A first visit in a fresh profile (empty caches); `slow`: on a slow phone (visit)."""
        context = self.browser.new_context(locale="fr-FR")
        try:
            visit = self.visit(context, url, marker, fill=fill, slow=slow)
        finally:
            context.close()
        return visit

    def warm(self, url: str, marker: str, *, fill: bool, service_workers: Literal["allow", "block"] = "allow",
             snapshot: bool = True) -> Visit:
        """A second visit: a first one primes a persistent profile, the browser restarts.
        With `snapshot=False`, the engine's memory snapshot is dropped before the second visit."""
        profile = Path(tempfile.mkdtemp(prefix="rebond-bench-profile-"))
        try:
            context = self.persistent(profile, service_workers=service_workers)
            self.visit(context, url, marker, fill=fill)
            if service_workers == "allow":
                _wait_for_offline_copy(context.pages[-1])
            if fill:  # the site's generator (the stock baseline keeps no snapshot)
                _wait_for_snapshot(context.pages[-1])
                if not snapshot:
                    context.pages[-1].evaluate("caches.delete('rebond-snapshot')")
            context.close()
            context = self.persistent(profile, service_workers=service_workers)
            try:
                return self.visit(context, url, marker, fill=fill)
            finally:
                context.close()
        finally:
            shutil.rmtree(profile, ignore_errors=True)

    def field_latency(self, url: str, samples: int) -> list[float]:
        """Times (ms) from a field's change to the updated message, after the engine is ready."""
        context = self.browser.new_context(locale="fr-FR")
        try:
            visit = self.visit(context, url, "Latence SA", fill=True)
            out = []
            for i in range(samples):
                # Not "xxx" (a forgotten placeholder to the reviewer) nor a trailing space (cleaned).
                ms = visit.page.evaluate(_FIELD_CHANGE, [FIELD, BODY, f"Entreprise {i} {'z' * (1 + i % 7)}"])
                if ms < 0:
                    raise RuntimeError("the message did not follow a field change within 5 s")
                out.append(ms)
            return out
        finally:
            context.close()

    def review_in_browser(self, url: str, runs: int = 5) -> float:
        """Median ms for the page's engine to check 20,000 characters (the worker's answer)."""
        context = self.browser.new_context(locale="fr-FR")
        try:
            visit = self.visit(context, url, "Relecture SA", fill=True)
            return visit.page.evaluate(_REVIEW_20K, runs)
        finally:
            context.close()

    def spelling(self, url: str, *, warm: bool) -> dict:
        """Time (ms) from the click on "Check spelling" to its first finding, and the bytes its
        download took. Cold: a fresh profile. Warm: a profile that used it once (the service
        worker then keeps the wheel), the browser restarted."""
        profile = Path(tempfile.mkdtemp(prefix="rebond-bench-spelling-"))
        try:
            if warm:
                context = self.persistent(profile)
                visit = self.visit(context, url, "Orthographe SA", fill=True)
                visit.page.evaluate(_SPELL_FIRST)
                _wait_for_lazy_copy(visit.page)
                context.close()
            context = self.persistent(profile)
            try:
                visit = self.visit(context, url, "Orthographe SB", fill=True)
                fetched: list = []
                context.on("requestfinished", lambda r: fetched.append(r) if "pyspellchecker" in r.url else None)
                ms = visit.page.evaluate(_SPELL_FIRST)
                wire = sum(r.sizes()["responseBodySize"] for r in fetched
                           if r.service_worker is None and r.response() and not r.response().from_service_worker)
                return {"ms": ms, "wire": wire}
            finally:
                context.close()
        finally:
            shutil.rmtree(profile, ignore_errors=True)

    def runtime_requests(self, url: str) -> list[str]:
        """The runtime files a page downloads on a plain visit (no interaction), service worker
        included: it must be none outside the generator."""
        context = self.browser.new_context(locale="fr-FR")
        seen: list[str] = []
        context.on("request", lambda r: seen.append(r.url))
        try:
            page = context.new_page()
            page.goto(url, wait_until="networkidle")
            _wait_for_offline_copy(page, runtime=False)
            page.wait_for_load_state("networkidle")
        finally:
            context.close()
        return [u for u in seen if "/assets/pyodide/" in u]


def _wait_for_lazy_copy(page, timeout_s: float = 60) -> None:
    """Wait until the service worker keeps the spelling check's wheel (fetched on request)."""
    script = """async () => {
      for (const name of await caches.keys()) {
        if (!name.startsWith("rebond-runtime-")) continue;
        if ((await (await caches.open(name)).keys()).some((r) => r.url.includes("pyspellchecker"))) return true;
      }
      return false;
    }"""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if page.evaluate(script):
            return
        page.wait_for_timeout(200)
    raise RuntimeError("the service worker did not keep the spelling check's wheel")


def _wait_for_offline_copy(page, *, runtime: bool = True, timeout_s: float = 60) -> None:
    """Wait until the service worker is active (and, if `runtime`, has the runtime cached)."""
    script = """async (runtime) => {
      if (!("serviceWorker" in navigator)) return true;
      const reg = await navigator.serviceWorker.getRegistration();
      if (!reg || !reg.active) return false;
      if (!runtime) return true;
      const names = (await caches.keys()).filter((n) => n.startsWith("rebond-runtime-"));
      if (!names.length) return false;
      const keys = await (await caches.open(names[0])).keys();
      return keys.some((r) => r.url.endsWith(".wasm"));
    }"""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if page.evaluate(script, runtime):
            return
        page.wait_for_timeout(200)
    raise RuntimeError(f"service worker not ready on {page.url}")


def _wait_for_snapshot(page, timeout_s: float = 30) -> None:
    """Wait until the engine's worker has kept its memory snapshot (engine/worker.js), as a
    reader's browser does while they read the first message (gives up quietly after a while)."""
    script = """async () => (await caches.has("rebond-snapshot"))
      && (await (await caches.open("rebond-snapshot")).keys()).length > 0"""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if page.evaluate(script):
            return
        page.wait_for_timeout(200)
