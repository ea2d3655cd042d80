"""The self-hosted Pyodide runtime and the engine's wheel, shipped into the built site.

Copies the pinned npm ``pyodide`` runtime (only the files it needs) into
``assets/pyodide/<version>/`` (a versioned folder: its files never change, so hosts may cache
them for a year, see ``_headers``), builds the ``rebond`` engine as a ``py3-none-any`` wheel
and registers it, with its sha256, in a ``pyodide-lock.json`` through pyodide-build's
``pyodide lockfile add-wheels``. The browser then loads the engine by name and checks the
wheel's integrity. The spelling check's wheel (spelling_wheel.py) is registered beside it,
and fetched only when a reader asks for a spelling check. Nothing of the runtime is committed:
it comes from ``node_modules``, at the version package.json pins.

The files that change with the engine (the lock file, the wheel, the trimmed standard library)
go in a folder named after the lock file's digest, ``assets/pyodide/<build>/``, which names
them all (the lock holds the digests of the wheel, the standard library and the WebAssembly):
a new engine is always at a new URL, so no cache, the browser's or a host's, can hand a
visitor the previous one under the new one's name.

The engine's worker learns what it needs of the build from ``BUILD``, which ``ship`` writes into
the site's copy of ``engine/build.js``: the runtime's version (its folder: written nowhere else),
that folder, the digests it checks (lock file, standard library, WebAssembly), and whether it
keeps a memory snapshot (``snapshot_switch``, engine/pyodide.js).
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from .atomic import write_atomic
from .spelling_wheel import build_spelling_wheel
from .stdlib_zip import NAME as STDLIB_NAME
from .stdlib_zip import write_zip
from .wheels import build_wheel

log = logging.getLogger("mkdocs.hooks.pyodide_runtime")

ROOT = Path(__file__).resolve().parents[2]
RUNTIME = ROOT / "node_modules" / "pyodide"
# The core runtime: everything else in the npm package (console pages, typings, source maps,
# the CommonJS build) is not needed by a module worker. Pyodide's full `python_stdlib.zip` is
# not shipped either: the worker always loads the trimmed one (stdlib_zip.py), and the
# service worker's offline copy then holds 2.5 MB less.
RUNTIME_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm")
TARGET = Path("assets") / "pyodide"
BUILD_JS = Path("assets") / "javascripts" / "engine" / "build.js"
BUILD_PLACEHOLDER = "/*__REBOND_BUILD__*/null"
# Built wheels and locks, keyed by the wheel's sha256, so `mkdocs serve` rebuilds stay fast.
CACHE = ROOT / ".cache" / "pyodide-lock"


def runtime_version() -> str:
    """The pinned npm runtime's version: the name of the folder its files are served from.

    The one place it is written is package.json; the installed copy must be that version.
    """
    pinned = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))["dependencies"]["pyodide"]
    installed = json.loads((RUNTIME / "package.json").read_text(encoding="utf-8"))["version"]
    if installed != pinned:
        raise SystemExit(f"node_modules holds Pyodide {installed}, package.json pins {pinned}: run `make setup`.")
    return installed


def ship(site_root: Path, src: Path = ROOT / "src", *, snapshot: bool = True) -> None:
    """Write the runtime and the engine built from `src` into the site (and ``BUILD`` into its
    ``engine/build.js``, which must still hold the placeholder); `snapshot`: whether the
    engine's worker keeps a memory snapshot."""
    if not (RUNTIME / "pyodide.mjs").is_file():
        raise SystemExit(
            "Pyodide runtime missing: node_modules/pyodide not found. Run `make setup` "
            "(it runs `npm ci`) and build again."
        )
    target = site_root / TARGET
    version = runtime_version()
    versioned = target / version
    versioned.mkdir(parents=True, exist_ok=True)
    for name in RUNTIME_FILES:
        _copy_if_changed(RUNTIME / name, versioned / name)
    wheel = build_wheel(src, ROOT / "pyproject.toml", CACHE / "wheels")
    # The spelling check's wheel, fetched by the page only when the reader asks for it.
    spelling = build_spelling_wheel(CACHE / "wheels")
    stdlib = write_zip(CACHE / STDLIB_NAME)
    # The digests the worker checks go into the lock file too, so that its own digest (the
    # folder's name) changes whenever any of them does.
    digests = {"stdlib_sha256": _sha256(stdlib), "wasm_sha256": _sha256(versioned / "pyodide.asm.wasm")}
    lock = json.loads(_lock_for(wheel, spelling))
    lock["rebond"] = digests
    lock_text = json.dumps(lock, indent=1, sort_keys=True)
    build = hashlib.sha256(lock_text.encode()).hexdigest()[:16]
    folder = target / build
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pyodide-lock.json").write_text(lock_text, encoding="utf-8")
    _copy_if_changed(wheel.path, folder / wheel.path.name)
    _copy_if_changed(spelling.path, folder / spelling.path.name)
    _copy_if_changed(stdlib, folder / STDLIB_NAME)
    # Earlier builds' folders (left by `mkdocs serve` or a build without --clean) go.
    for stale in target.iterdir():
        if stale.is_dir() and stale not in (versioned, folder):
            shutil.rmtree(stale)
    write_build_info(site_root / BUILD_JS, {
        "runtime": version,
        "folder": build,
        "lock": _sri(hashlib.sha256(lock_text.encode()).hexdigest()),
        "stdlib": _sri(digests["stdlib_sha256"]),
        "wasm": _sri(digests["wasm_sha256"]),
        # Bytes the page can show progress against (a compressed response has no usable length).
        "sizes": {"wasm": (versioned / "pyodide.asm.wasm").stat().st_size},
        "snapshot": snapshot,
    })


def build_folder(site_root: Path) -> Path:
    """The built site's per-build runtime folder (the one holding ``pyodide-lock.json``)."""
    (lock,) = (site_root / TARGET).glob("*/pyodide-lock.json")
    return lock.parent


def write_build_info(module: Path, info: dict[str, Any]) -> None:
    """Write ``info`` over the placeholder of the site's copy of ``engine/build.js``."""
    text = module.read_text(encoding="utf-8")
    if BUILD_PLACEHOLDER not in text:
        raise SystemExit(f"{module}: no {BUILD_PLACEHOLDER} to write the build's facts into")
    module.write_text(text.replace(BUILD_PLACEHOLDER, json.dumps(info, sort_keys=True), 1), encoding="utf-8")


def snapshot_switch(extra: Any) -> bool:
    """Whether the engine keeps a memory snapshot: only on an origin declared as the site's alone
    (mkdocs.yml's ``extra.dedicated_origin``, REBOND_DEDICATED_ORIGIN), and unless switched off
    (``extra.memory_snapshot``, REBOND_MEMORY_SNAPSHOT).

    A snapshot is made in the reader's browser, so no build can publish its digest: the only
    check left is a digest stored beside it, which any script of the origin can write. On a
    shared origin (a GitHub Pages project *or* user site, which every project of its owner
    shares) another page could store a snapshot of its own engine, so none is kept there.
    """
    extra = extra or {}
    defaults = {"dedicated_origin": False, "memory_snapshot": True}
    values = {name: extra.get(name, default) for name, default in defaults.items()}
    for name, value in values.items():
        if not isinstance(value, bool):
            raise SystemExit(f"extra.{name} (REBOND_{name.upper()}) must be true or false, not {value!r}")
    return values["dedicated_origin"] and values["memory_snapshot"]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _sri(hex_digest: str) -> str:
    """A sha256 as a Subresource Integrity value (what fetch's `integrity` option takes)."""
    return "sha256-" + base64.b64encode(bytes.fromhex(hex_digest)).decode("ascii")


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
    write_atomic(cached, lock)
    return lock


def _copy_if_changed(src: Path, dst: Path) -> None:
    if dst.is_file() and dst.stat().st_size == src.stat().st_size and dst.stat().st_mtime >= src.stat().st_mtime:
        return
    shutil.copy2(src, dst)
