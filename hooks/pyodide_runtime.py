"""MkDocs hook: ship the self-hosted Pyodide runtime and the engine wheel into the site.

After each build, copies the pinned npm ``pyodide`` runtime (only the files it needs) into
``assets/pyodide/<version>/`` (a versioned folder: its files never change, so hosts may cache
them for a year, see ``_headers``), builds the ``rebond`` engine as a ``py3-none-any`` wheel
and registers it, with its sha256, in ``assets/pyodide/pyodide-lock.json`` through
pyodide-build's ``pyodide lockfile add-wheels``. The browser then loads the engine by name and Pyodide checks the
wheel's integrity. Nothing of the runtime is committed: it comes from ``node_modules``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from i18n_build import after_all_languages, is_final_build  # noqa: E402  (hooks/ is not a package)
from stdlib_zip import TARGET as STDLIB_TARGET, write_zip  # noqa: E402
from spelling_wheel import build_spelling_wheel  # noqa: E402
from wheel_builder import build_wheel  # noqa: E402

log = logging.getLogger("mkdocs.hooks.pyodide_runtime")

ROOT = Path(__file__).resolve().parent.parent
RUNTIME = ROOT / "node_modules" / "pyodide"
# The core runtime: everything else in the npm package (console pages, typings, source maps,
# the CommonJS build) is not needed by a module worker. Pyodide's full `python_stdlib.zip` is
# not shipped either: the worker always loads the trimmed one (hooks/stdlib_zip.py), and the
# service worker's offline copy then holds 2.5 MB less.
RUNTIME_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm")
TARGET = Path("assets") / "pyodide"
# Built wheels and locks, keyed by the wheel's sha256, so `mkdocs serve` rebuilds stay fast.
CACHE = ROOT / ".cache" / "pyodide-lock"


def runtime_version() -> str:
    """The pinned npm runtime's version: the name of the folder its files are served from.

    engine/worker.js imports ``../../pyodide/<version>/pyodide.mjs``; tests/site/test_deploy.py
    checks that the two agree.
    """
    return json.loads((RUNTIME / "package.json").read_text(encoding="utf-8"))["version"]


@after_all_languages
def on_post_build(config, **kwargs) -> None:
    # Once, after every language: the runtime is shared, at the site's root.
    if is_final_build(config):
        _ship(Path(config["site_dir"]))


def _ship(site_root: Path) -> None:
    if not (RUNTIME / "pyodide.mjs").is_file():
        raise SystemExit(
            "Pyodide runtime missing: node_modules/pyodide not found. Run `make setup` "
            "(it runs `npm ci`) and build again."
        )
    target = site_root / TARGET
    versioned = target / runtime_version()
    versioned.mkdir(parents=True, exist_ok=True)
    for name in RUNTIME_FILES:
        _copy_if_changed(RUNTIME / name, versioned / name)
    # The lock file and the wheel change with the engine: they stay outside the versioned folder.
    wheel = build_wheel(ROOT / "src", ROOT / "pyproject.toml", CACHE / "wheels")
    _copy_if_changed(wheel.path, target / wheel.path.name)
    # The spelling check's wheel, fetched by the page only when the reader asks for it.
    spelling = build_spelling_wheel(CACHE / "wheels")
    _copy_if_changed(spelling.path, target / spelling.path.name)
    # The trimmed standard library's digest goes into the lock file too: the worker keys the
    # memory snapshot it keeps in the reader's browser on the lock's digest, and a snapshot
    # made with another standard library must never be used.
    stdlib = write_zip(site_root / STDLIB_TARGET)
    lock = json.loads(_lock_for(wheel, spelling))
    lock["rebond"] = {"stdlib_sha256": hashlib.sha256(stdlib.read_bytes()).hexdigest()}
    (target / "pyodide-lock.json").write_text(json.dumps(lock, indent=1, sort_keys=True), encoding="utf-8")


def _lock_for(wheel, *others) -> str:
    """The site's lock file: Pyodide's own info plus only our wheels (the engine needs no other
    package; the spelling check's wheel is loaded on request)."""
    wheels = (wheel, *others)
    cached = CACHE / f"lock-{hashlib.sha256(''.join(w.sha256 for w in wheels).encode()).hexdigest()}.json"
    if cached.is_file():
        return cached.read_text(encoding="utf-8")
    cli = Path(sys.executable).parent / "pyodide"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "pyodide-lock.json"
        subprocess.run(
            [str(cli), "lockfile", "add-wheels", "--input", str(RUNTIME / "pyodide-lock.json"),
             "--output", str(out), "--base-path", str(wheel.path.parent), *(str(w.path) for w in wheels)],
            check=True, capture_output=True, text=True,
        )
        full = json.loads(out.read_text(encoding="utf-8"))
    packages = {}
    for w in wheels:
        name = w.path.name.split("-")[0]
        entry = full["packages"][name]
        if entry["sha256"] != w.sha256:
            raise SystemExit(f"pyodide lockfile add-wheels recorded another sha256 than {w.path.name}'s")
        packages[name] = entry
    # The npm lock lists 350+ packages the site does not ship; keep only what it serves.
    lock = json.dumps({"info": full["info"], "packages": packages}, indent=1, sort_keys=True)
    CACHE.mkdir(parents=True, exist_ok=True)
    cached.write_text(lock, encoding="utf-8")
    return lock


def _copy_if_changed(src: Path, dst: Path) -> None:
    if dst.is_file() and dst.stat().st_size == src.stat().st_size and dst.stat().st_mtime >= src.stat().st_mtime:
        return
    shutil.copy2(src, dst)
