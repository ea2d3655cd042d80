"""Standard-library modules compiled to bytecode by the runtime's own Python (run in Pyodide).

Python spends most of its start in the browser compiling the standard library's sources
(about 1.5 s of a 2 s start under Node.js); bytecode loads without compiling. Bytecode is only
valid for the interpreter that made it, and Pyodide 314's Python is newer than the build's: so
run_in_pyodide.mjs runs this file under the pinned Pyodide itself, on Node.js (it imports
nothing but the standard library: it is read as a file, not imported).

Input (``request``): ``{"sources": {"zip/path.py": "<base64 source>", ...}, "modules": [...],
"timed": false}``.
Output: ``{"python": "3.14.x", "frozen": [...], "pyc": {"zip/path.py": "<base64 .pyc>"}}``:
``frozen`` lists those of ``modules`` built into the interpreter (their zip entries are never
read); with ``timed``, ``ms`` gives each source's compilation time.

Each code object keeps its instructions, constants and names; its line table is replaced by
one that maps every instruction to the line of its ``def`` (the full table is 40 % of the
bytes, and the source it points into is not shipped anyway): tracebacks still name the file
and the function, and every frame still has an integer line number.
"""

from __future__ import annotations

import base64
import importlib.util
import marshal
import sys
import time

# The location table's "no column" entry (Python 3.11+ Objects/locations.md): a marker bit,
# code 13, and the entry's length in code units minus one; then the line delta (0, a varint).
_NO_COLUMNS = 13
_MAX_UNITS = 8


def flat_linetable(code) -> bytes:
    """A location table putting every instruction of ``code`` on its first line."""
    units = len(code.co_code) // 2
    table = bytearray()
    while units > 0:
        step = min(_MAX_UNITS, units)
        table += bytes((0x80 | (_NO_COLUMNS << 3) | (step - 1), 0))
        units -= step
    return bytes(table)


def flatten(code):
    """``code`` and every code object nested in its constants, with flat line tables."""
    consts = tuple(flatten(c) if isinstance(c, type(code)) else c for c in code.co_consts)
    return code.replace(co_consts=consts, co_linetable=flat_linetable(code))


def pyc(source: bytes, filename: str) -> bytes:
    """A sourceless ``.pyc`` (timestamp form, no source to check against) for ``source``."""
    code = compile(source, filename, "exec", dont_inherit=True, optimize=0)
    return importlib.util.MAGIC_NUMBER + bytes(12) + marshal.dumps(flatten(code))


def frozen(name: str) -> bool:
    """Is module ``name`` built into this interpreter (or, like ``importlib._bootstrap``, an
    alias of a built-in one)?"""
    import _imp

    loaded = sys.modules.get(name)
    return _imp.is_frozen(name) or getattr(getattr(loaded, "__spec__", None), "origin", None) == "frozen"


def compile_ms(source: bytes, filename: str, runs: int = 3) -> float:
    """The fastest of ``runs`` compilations of ``source``, in ms (bench/precompile.py)."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        compile(source, filename, "exec", dont_inherit=True, optimize=0)
        best = min(best, time.perf_counter() - start)
    return best * 1000


def answer(request: dict) -> dict:
    sources = {name: base64.b64decode(text) for name, text in request.get("sources", {}).items()}
    out = {
        "python": sys.version.split()[0],
        "frozen": sorted(name for name in request.get("modules", []) if frozen(name)),
        "pyc": {name: base64.b64encode(pyc(source, name)).decode() for name, source in sources.items()},
    }
    if request.get("timed"):
        out["ms"] = {name: compile_ms(source, name) for name, source in sources.items()}
    return out
