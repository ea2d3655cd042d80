"""A standard-library zip with only what the engine and Pyodide's start need.

Pyodide's own ``python_stdlib.zip`` holds the whole standard library, deflated (2.5 MB): every
visitor downloads it before Python starts. The engine needs a small part of it. This hook writes
``python_stdlib_min.zip`` with only (runtime.py ships it beside the engine's wheel):

- the modules Pyodide itself imports to start and to unpack a wheel (``PYODIDE_NEEDS``, found
  with an import trace of Pyodide 314 on Node.js doing what the worker does: load the runtime,
  unpack the ``rebond`` wheel, answer the engine's whole corpus, raise one Python error, then
  list ``sys.modules``; tests/pyodide/test_stdlib_zip.py re-runs that trace and fails if it
  finds a module the zip lacks);
- the modules the engine imports, from an import trace under CPython (the engine's corpus run
  in a subprocess), so a new ``import`` in the engine reaches the zip without anyone editing it.

Comments are cut from the sources (``strip_comments``, python_source.py: a comment is
never code, and each line keeps its number, so tracebacks still point at the right line):
about 100 kB less once brotli compressed. tests/pyodide/test_stdlib_zip.py checks under Pyodide's own Python that every
stripped file parses to the same syntax tree as the original.

Most modules then ship as bytecode only (``.pyc``, made by the runtime's own Python, see
bytecode.py): compiling the sources was most of Python's start in the browser. Bytecode
weighs more than source once compressed, so the modules whose compilation costs least for the
bytes their bytecode adds stay as source (``SOURCE_KEPT``, measured by ``python -m
bench.precompile``), and the download stays within its budget. Modules built into the
interpreter (frozen) are left out: their files are never read.

Entries are stored uncompressed (the server's brotli/gzip then compresses the whole file far
better than per-entry deflate) with a fixed timestamp, so the same inputs give the same bytes.
The engine's worker (engine/pyodide.js) passes the zip to Pyodide as ``stdLibURL``.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import logging
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from .atomic import write_atomic
from .python_source import empty_docstrings, strip_comments

log = logging.getLogger("mkdocs.hooks.stdlib_zip")

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
FULL_ZIP = ROOT / "node_modules" / "pyodide" / "python_stdlib.zip"
COMPILER = (HERE / "run_in_pyodide.mjs", HERE / "bytecode.py")
NAME = "python_stdlib_min.zip"
CACHE = ROOT / ".cache" / "stdlib-zip"
_EPOCH = (2020, 1, 1, 0, 0, 0)

# Pyodide 314's start, unpacking the engine's wheel and its error path (see the module docstring).
PYODIDE_NEEDS: tuple[str, ...] = (
    "__future__", "_collections_abc", "_colorize", "_opcode_metadata", "_py_warnings", "_pyodide",
    "_pyodide._base", "_pyodide._core_docs", "_pyodide._future_helper", "_pyodide._importhook",
    "_pyodide.docs_argspec", "_pyodide.docstring", "_pyodide.jsbind", "_sitebuiltins",
    "_weakrefset", "abc", "annotationlib", "ast", "asyncio", "asyncio.base_events",
    "asyncio.base_futures", "asyncio.base_subprocess", "asyncio.base_tasks", "asyncio.constants",
    "asyncio.coroutines", "asyncio.events", "asyncio.exceptions", "asyncio.format_helpers",
    "asyncio.futures", "asyncio.graph", "asyncio.locks", "asyncio.log", "asyncio.mixins",
    "asyncio.protocols", "asyncio.queues", "asyncio.runners", "asyncio.selector_events",
    "asyncio.sslproto", "asyncio.staggered", "asyncio.streams", "asyncio.subprocess",
    "asyncio.taskgroups", "asyncio.tasks", "asyncio.threads", "asyncio.timeouts",
    "asyncio.transports", "asyncio.trsock", "asyncio.unix_events", "base64", "bisect", "calendar",
    "codecs", "codeop", "collections", "collections.abc", "concurrent", "concurrent.futures",
    "concurrent.futures._base", "contextlib", "contextvars", "copy", "copyreg", "dataclasses",
    "datetime", "dis", "encodings", "encodings.aliases", "encodings.cp437", "encodings.utf_8",
    "enum", "fnmatch", "functools", "genericpath", "glob", "hashlib", "heapq", "importlib",
    "importlib._abc", "importlib._bootstrap", "importlib._bootstrap_external", "importlib.abc",
    "importlib.machinery", "importlib.util", "inspect", "io", "ipaddress", "json", "json.decoder",
    "json.encoder", "json.scanner", "keyword", "linecache", "locale", "logging", "ntpath", "opcode",
    "operator", "os", "pathlib", "pathlib._os", "posixpath", "pyodide", "pyodide._package_loader",
    "pyodide._state", "pyodide.code", "pyodide.common", "pyodide.ffi", "pyodide.webloop", "random",
    "re", "re._casefix", "re._compiler", "re._constants", "re._parser", "reprlib", "selectors",
    "shutil", "signal", "site", "socket", "stat", "string", "struct", "subprocess", "tempfile",
    "textwrap", "threading", "token", "tokenize", "traceback", "types", "typing", "urllib",
    "urllib.parse", "warnings", "weakref", "zipfile", "zipfile._path", "zipfile._path.glob",
    "zipimport",
)

# Left out although Pyodide's start imports them: each is imported only under `try: ...
# except ImportError` (asyncio runs without `ssl`; shutil and zipfile without bz2, lzma and
# zstd, which no wheel of the site uses). Less to download and less to compile; the corpus
# test under Pyodide (tests/pyodide/test_stdlib_zip.py) runs without them.
LEFT_OUT: frozenset[str] = frozenset((
    "_ssl", "ssl", "bz2", "lzma", "compression", "compression._common", "compression._common._streams",
    "compression.zstd", "compression.zstd._zstdfile",
))

# Pyodide builds its JavaScript API's documentation from these docstrings: they stay.
KEEP_DOCSTRINGS = ("_pyodide/", "pyodide/")

# Modules kept as source: those whose compilation at start costs least for the bytes their
# bytecode would add. `python -m bench.precompile --zip-kb 420` measured both and printed this
# list: within 420 kB (brotli) the zip spares about half of the compilation (54 to 58 % over two
# runs on Node.js), and the generator's whole download stays under its 3.6 MB budget. (The
# allowance was 485 kB, 83 % spared, until the language packs and the reviewer's lexicons grew
# the engine's wheel from about 35 to 80 kB: issue 14's closing note gives the trade.) Every
# other module ships as bytecode only.
SOURCE_KEPT: frozenset[str] = frozenset((
    "_colorize", "_pyodide", "_pyodide._future_helper", "_pyodide._importhook",
    "_pyodide.docs_argspec", "_pyodide.docstring", "_pyodide.jsbind", "_weakrefset", "ast",
    "asyncio", "asyncio.base_events", "asyncio.base_futures", "asyncio.base_subprocess",
    "asyncio.base_tasks", "asyncio.constants", "asyncio.coroutines", "asyncio.events",
    "asyncio.exceptions", "asyncio.format_helpers", "asyncio.futures", "asyncio.graph",
    "asyncio.locks", "asyncio.log", "asyncio.mixins", "asyncio.protocols", "asyncio.queues",
    "asyncio.runners", "asyncio.selector_events", "asyncio.sslproto", "asyncio.staggered",
    "asyncio.streams", "asyncio.subprocess", "asyncio.taskgroups", "asyncio.tasks",
    "asyncio.threads", "asyncio.timeouts", "asyncio.transports", "asyncio.trsock",
    "asyncio.unix_events", "base64", "bisect", "calendar", "codeop", "collections", "concurrent",
    "concurrent.futures", "concurrent.futures._base", "contextlib", "contextvars", "copy",
    "copyreg", "datetime", "encodings", "encodings.utf_8", "encodings.utf_8_sig", "fnmatch", "glob",
    "hashlib", "importlib", "importlib._abc", "importlib.abc", "json.decoder", "json.encoder",
    "json.scanner", "keyword", "linecache", "logging", "operator", "pathlib._os", "pyodide",
    "pyodide._package_loader", "pyodide._state", "pyodide.code", "pyodide.common", "pyodide.ffi",
    "pyodide.webloop", "re", "re._constants", "reprlib", "selectors", "shutil", "signal", "socket",
    "string", "struct", "tempfile", "threading", "token", "tokenize", "types", "urllib", "warnings",
    "weakref", "zipfile._path", "zipfile._path.glob",
))

# Run in a fresh CPython: import the engine, answer the corpus, print every module loaded.
_TRACE = """
import json, sys
sys.path.insert(0, {src!r})
from rebond.api import handle
for request in json.load(open({corpus!r}, encoding="utf-8")):
    handle(request)
print(json.dumps(sorted(sys.modules)))
"""


def engine_modules() -> set[str]:
    """Module names loaded by the engine answering its corpus under CPython (cached by source)."""
    src = ROOT / "src"
    corpus = ROOT / "tests" / "cases" / "corpus.json"
    digest = hashlib.sha256()
    for path in [*sorted((src / "rebond").rglob("*.py")), corpus]:
        digest.update(path.as_posix().encode() + b"\0" + path.read_bytes())
    cached = CACHE / f"trace-{digest.hexdigest()[:16]}.json"
    if cached.is_file():
        return set(json.loads(cached.read_text(encoding="utf-8")))
    script = _TRACE.format(src=str(src), corpus=str(corpus))
    out = subprocess.run([sys.executable, "-I", "-c", script], check=True, capture_output=True, text=True)
    names = json.loads(out.stdout)
    write_atomic(cached, json.dumps(names))
    return set(names)


def entries_for(names: set[str], available: set[str]) -> list[str]:
    """The zip entries that hold these modules, with every parent package's ``__init__.py``.

    Names without a file in the zip (built-in or frozen modules, the engine itself) are skipped.
    """
    wanted: set[str] = set()
    for name in names:
        parts = name.split(".")
        for depth in range(1, len(parts) + 1):
            base = "/".join(parts[:depth])
            for candidate in (f"{base}.py", f"{base}/__init__.py"):
                if candidate in available:
                    wanted.add(candidate)
    return sorted(wanted)


def module_name(entry: str) -> str:
    """``asyncio/__init__.py`` -> ``asyncio``; ``json/decoder.py`` -> ``json.decoder``."""
    return entry.removesuffix(".py").removesuffix("/__init__").replace("/", ".")


def stripped_sources(names: set[str]) -> dict[str, bytes]:
    """The wanted entries of Pyodide's zip, comments (and most docstrings) cut."""
    with zipfile.ZipFile(FULL_ZIP) as full:
        available = {info.filename for info in full.infolist() if not info.is_dir()}
        sources = {}
        for entry in entries_for(names, available):
            data = full.read(entry)
            if entry.endswith(".py"):
                data = strip_comments(data)
                if not entry.startswith(KEEP_DOCSTRINGS):
                    data = empty_docstrings(data)
            sources[entry] = data
    return sources


def compile_in_pyodide(sources: dict[str, bytes], modules: list[str], *, timed: bool = False) -> dict:
    """bytecode.py's answer under the pinned Pyodide: ``.pyc`` bytes and frozen names
    (and, if ``timed``, each source's compilation time in ms, for bench/precompile.py)."""
    runner, script = COMPILER
    with tempfile.TemporaryDirectory(prefix="rebond-stdlib-") as tmp:
        request = Path(tmp) / "request.json"
        request.write_text(json.dumps({"modules": modules, "timed": timed,
                                       "sources": {k: base64.b64encode(v).decode() for k, v in sources.items()}}))
        try:
            out = subprocess.run(["node", str(runner), str(script), str(request)], capture_output=True,
                                 text=True, check=True, timeout=600)
        except FileNotFoundError:
            raise SystemExit("Node.js is needed to build the site: it compiles the standard library "
                             "with the pinned Pyodide. Run `make setup`.") from None
        except subprocess.CalledProcessError as error:
            raise SystemExit(f"compiling the standard library under Pyodide failed:\n{error.stderr[-3000:]}") from None
    answer = json.loads(out.stdout)
    return {"frozen": set(answer["frozen"]), "ms": answer.get("ms", {}),
            "pyc": {k: base64.b64decode(v) for k, v in answer["pyc"].items()}}


def assemble(sources: dict[str, bytes], compiled: dict, source_kept: frozenset[str] = SOURCE_KEPT) -> bytes:
    """The zip's bytes: frozen modules left out, bytecode instead of source outside
    ``source_kept``, entries stored."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as out:
        for entry, data in sources.items():
            name = module_name(entry)
            if name in compiled["frozen"]:
                continue
            if entry in compiled["pyc"] and name not in source_kept:
                entry, data = entry + "c", compiled["pyc"][entry]
            info = zipfile.ZipInfo(entry, date_time=_EPOCH)
            info.external_attr = 0o644 << 16
            out.writestr(info, data, compress_type=zipfile.ZIP_STORED)
    return buffer.getvalue()


def build_bytes(names: set[str]) -> bytes:
    """The minimal zip's bytes for these module names."""
    sources = stripped_sources(names)
    to_compile = {e: d for e, d in sources.items() if e.endswith(".py") and module_name(e) not in SOURCE_KEPT}
    compiled = compile_in_pyodide(to_compile,
                                  [module_name(e) for e in sources])
    return assemble(sources, compiled)


def wanted_modules() -> set[str]:
    """What Pyodide's start and the engine import (see the module docstring)."""
    return (set(PYODIDE_NEEDS) | engine_modules()) - LEFT_OUT


def write_zip(target: Path) -> Path:
    """Write the minimal zip to ``target`` (only when its bytes change, to keep caches warm)."""
    if not FULL_ZIP.is_file():
        raise SystemExit("Pyodide runtime missing: node_modules/pyodide not found. Run `make setup`.")
    names = wanted_modules()
    # Stripping and compiling take seconds: keep the result, keyed by its inputs (names,
    # Pyodide's zip, this hook's code and the compiler's), so `mkdocs serve` rebuilds stay fast.
    key = hashlib.sha256(json.dumps(sorted(names)).encode() + FULL_ZIP.read_bytes() + Path(__file__).read_bytes()
                         + b"".join(p.read_bytes() for p in COMPILER))
    cached = CACHE / f"min-{key.hexdigest()[:16]}.zip"
    if cached.is_file():
        data = cached.read_bytes()
    else:
        data = build_bytes(names)
        write_atomic(cached, data)
    if not (target.is_file() and target.read_bytes() == data):
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    log.debug("python_stdlib_min.zip: %d bytes", len(data))
    return target
