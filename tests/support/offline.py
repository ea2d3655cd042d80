"""What browser tests of the offline layer share: waiting for the service worker (and its copy
of the runtime), hearing the engine's worker say it is ready, and deploying a new engine."""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from pathlib import Path

from rebond_site import offline, runtime
from rebond_site.runtime import BUILD_JS

ROOT = Path(__file__).resolve().parents[2]
ENGINE_TIMEOUT = 90_000  # Pyodide's first start on a busy machine (not a timing assertion)

# True once the service worker controls the page and (if asked) holds the Python runtime.
_OFFLINE_READY = """async (runtime) => {
  const reg = await navigator.serviceWorker.getRegistration();
  if (!reg || !reg.active || !navigator.serviceWorker.controller) return false;
  if (!runtime) return true;
  for (const name of await caches.keys()) {
    if (!name.startsWith("rebond-runtime-")) continue;
    const urls = (await (await caches.open(name)).keys()).map((r) => r.url);
    return urls.some((u) => u.endsWith(".wasm")) && urls.some((u) => u.endsWith(".whl"));
  }
  return false;
}"""

# An init script: every message "ready" or "failed" of an engine's worker, in window.__engine
# (its version, how it started: snapshot "restored", "saved" or "none").
ENGINE_MESSAGES = """(() => {
  const Native = window.Worker;
  window.__engine = [];
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", ({ data }) => {
        if (data && (data.type === "ready" || data.type === "failed")) window.__engine.push(data);
      });
    }
  };
})();"""


def wait_offline_ready(page, runtime: bool) -> None:
    """Until the service worker controls `page` (and, with `runtime`, holds the runtime)."""
    # Polled from here: wait_for_function would take the async check's Promise for a truthy value.
    for _ in range(ENGINE_TIMEOUT // 250):
        if page.evaluate(_OFFLINE_READY, runtime):
            return
        page.wait_for_timeout(250)
    raise AssertionError("the service worker did not take over (or did not keep the runtime)")


def wait_snapshot_kept(page) -> None:
    """Until the engine's worker has kept its memory snapshot (engine/worker.js)."""
    check = ("async () => (await caches.has('rebond-snapshot'))"
             " && (await (await caches.open('rebond-snapshot')).keys()).length > 0")
    for _ in range(ENGINE_TIMEOUT // 250):
        if page.evaluate(check):
            return
        page.wait_for_timeout(250)
    raise AssertionError("no snapshot kept after the engine's first start")


def engine_message(page) -> dict:
    """The page's engine's "ready" (or "failed") message (needs ENGINE_MESSAGES)."""
    page.wait_for_function("() => window.__engine && window.__engine.length > 0", timeout=ENGINE_TIMEOUT)
    return page.evaluate("() => window.__engine.at(-1)")


def redeploy_engine(site: Path, version: str) -> None:
    """Make the copy `site` of a built site its next build: the same pages, the engine with
    `version` as its __version__ (so a new wheel, lock file, build folder, worker.js and sw.js),
    as the build writes them (rebond_site.runtime and rebond_site.offline)."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "src"
        shutil.copytree(ROOT / "src" / "rebond", src / "rebond", ignore=shutil.ignore_patterns("__pycache__"))
        init = src / "rebond" / "__init__.py"
        text = init.read_text(encoding="utf-8")
        assert '__version__ = "' in text
        init.write_text(text.replace('__version__ = "', f'__version__ = "{version}" or "', 1), encoding="utf-8")
        snapshot = build_info(site)["snapshot"]
        (site / BUILD_JS).write_text((ROOT / "docs" / BUILD_JS).read_text(encoding="utf-8"), encoding="utf-8")
        runtime.ship(site, src, snapshot=snapshot)
    (site / "sw.js").write_text(offline.render_sw(offline.manifest(site)), encoding="utf-8")


def build_info(site: Path) -> dict:
    """What the build told the engine's worker (engine/build.js): its folder, digests, switches."""
    text = (site / BUILD_JS).read_text(encoding="utf-8")
    match = re.search(r"^export const BUILD = (\{.*\});$", text, re.M)
    assert match, f"{BUILD_JS} was not written by the build"
    return json.loads(match.group(1))


def snapshots_on(site: Path) -> bool:
    """Whether the built site's engine keeps a memory snapshot (runtime.snapshot_switch: a
    declared dedicated origin)."""
    return build_info(site)["snapshot"]
