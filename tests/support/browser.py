"""Chromium through Playwright, with the guards every browser test runs under.

Guards, reported as test failures at teardown:
- any request to another origin (the page's, a worker's or a service worker's);
- any error status (4xx, 5xx) from the site itself;
- any `securitypolicyviolation` event (the CSP the site ships must hold);
- any uncaught error or unhandled rejection in a page, and any uncaught error in a worker.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"

LAUNCH_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
# The suite's browser only (not the benchmark's, which measures what readers run): WebAssembly
# compiled by V8's baseline compiler alone, without the optimising tier's background compiles.
# The same semantics; on two cores the browser tests took a sixth less time (87 -> 73 s for the
# edit and planner tests), the processor being what they wait for.
TEST_ARGS = [*LAUNCH_ARGS, "--js-flags=--liftoff-only"]

# Reports CSP violations and uncaught errors to the test as soon as they happen.
GUARD_SCRIPT = """
(() => {
  const report = (kind, detail) => { try { window.__rebondReport(kind, detail); } catch (e) {} };
  document.addEventListener("securitypolicyviolation", (e) => report("csp",
    `${e.violatedDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`), true);
  window.addEventListener("error", (e) => report("error", `${e.message} at ${e.filename}:${e.lineno}`));
  window.addEventListener("unhandledrejection",
                          (e) => report("rejection", String(e.reason && (e.reason.stack || e.reason))));
})();
"""


def chromium_path() -> str:
    path = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        raise RuntimeError("Chromium not found: run `make test` (it installs Debian's chromium) or set CHROMIUM.")
    return path


@dataclass
class Guard:
    """What a test's browser context did that it must not do."""

    origin: str
    problems: list[str] = field(default_factory=list)
    allowed: list[str] = field(default_factory=list)  # substrings of problems a test expects

    def on_request(self, request) -> None:
        scheme = urlsplit(request.url).scheme
        if scheme in ("data", "blob", "about", "chrome-extension"):
            return
        if not request.url.startswith(self.origin + "/"):
            self.problems.append(f"request outside the site: {request.url}")

    def on_response(self, response) -> None:
        # A broken link to one of the site's own files (a 404 the reader never sees) is a defect.
        if response.status >= 400 and response.url.startswith(self.origin + "/"):
            self.problems.append(f"HTTP {response.status} for {response.url}")

    def on_console(self, message) -> None:
        # Uncaught errors inside workers reach the page's console, not its error event.
        if message.type == "error" and message.text.startswith("Uncaught"):
            self.problems.append(f"uncaught error: {message.text}")

    def report(self, kind: str, detail: str) -> None:
        self.problems.append(f"{kind}: {detail}")

    def expect(self, fragment: str) -> None:
        """Declare a problem the test provokes on purpose (e.g. a CSP violation it checks)."""
        self.allowed.append(fragment)

    def unexpected(self) -> list[str]:
        return [p for p in self.problems if not any(a in p for a in self.allowed)]


def guard_context(context, origin: str) -> Guard:
    guard = Guard(origin)
    context.on("request", guard.on_request)
    context.on("response", guard.on_response)
    context.expose_function("__rebondReport", guard.report)
    context.add_init_script(GUARD_SCRIPT)
    context.on("page", lambda page: page.on("console", guard.on_console))
    return guard


def axe_violations(page, *, exclude: list[str] | None = None) -> list[dict]:
    """Run axe-core (WCAG 2.0, 2.1, 2.2 A and AA rules, and its best practices, which Lighthouse
    also scores) on the page; return its violations.

    axe is evaluated through the DevTools protocol, which the page's CSP does not govern, so
    the page keeps running under its real policy.
    """
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(AXE.read_text(encoding="utf-8") + "\n;0")
    options = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa",
                                                     "best-practice"]}}
    context = {"include": [["html"]], "exclude": [[s] for s in exclude]} if exclude else None
    return page.evaluate("""([ctx, opts]) => axe.run(ctx || document, opts).then(r => r.violations.map(v => ({
        id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.map(n => n.target.join(' ') + ' :: ' + n.failureSummary)})))""", [context, options])


def wait_settled(page) -> None:
    """Let the page's finite animations and transitions end (the theme's "back to top" button
    fades in as the page scrolls): axe then measures colours as they are painted."""
    page.evaluate("""() => Promise.all(document.getAnimations()
      .filter((a) => a.effect && a.effect.getComputedTiming().iterations !== Infinity).map((a) => a.finished))""")


def format_violations(violations: list[dict] | dict[str, list[dict]]) -> str:
    """axe's violations (or, by page address, several pages'), as indented JSON."""
    return json.dumps(violations, indent=1, ensure_ascii=False)
