"""The stock-runtime baseline: a page added to a temporary copy of the built site, never shipped.

It loads Pyodide the way common embeds do: on the main thread, from the npm package as it is
(its full `python_stdlib.zip` and full `pyodide-lock.json`), loads the same engine wheel by URL
and calls the same `rebond.api.handle`, then writes the personalised message into a text area.
"""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NPM_RUNTIME = ROOT / "node_modules" / "pyodide"
STOCK_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
PATH = "_bench/baseline/"

_HTML = """<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Baseline</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><h1>Baseline</h1><label for="body">Message</label>
<textarea id="body" rows="12" cols="60"></textarea>
<script type="module" src="baseline.js"></script></body></html>
"""

_JS = """// Stock embed: main thread, full standard library, full lock file; the same engine call.
import { loadPyodide } from "./pyodide.mjs";
const company = new URLSearchParams(location.search).get("company") || "";
const pyodide = await loadPyodide({ indexURL: new URL("./", import.meta.url).href });
await pyodide.loadPackage(new URL("__WHEEL__", import.meta.url).href);
const api = pyodide.pyimport("rebond.api");
const reply = JSON.parse(api.handle(JSON.stringify({ op: "compose",
  args: { kind: "thanks", channel: "email", lang: "fr", company } })));
document.getElementById("body").value = reply.result.body;
"""


def add_baseline(site: Path) -> str:
    """Write the baseline page into `site` (a copy of the built site); return its path."""
    target = site / PATH
    target.mkdir(parents=True, exist_ok=True)
    for name in STOCK_FILES:
        shutil.copy2(NPM_RUNTIME / name, target / name)
    wheel = next((site / "assets" / "pyodide").glob("*/rebond-*.whl"))  # in the build folder
    shutil.copy2(wheel, target / wheel.name)
    (target / "index.html").write_text(_HTML, encoding="utf-8")
    (target / "baseline.js").write_text(_JS.replace("__WHEEL__", wheel.name), encoding="utf-8")
    return PATH
