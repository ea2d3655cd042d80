"""The spelling check's wheel: pyspellchecker (MIT), as pinned in requirements.lock, with the word
lists of the site's languages only.

The page loads it only when the reader asks for a spelling check (engine/worker.js); the engine
never imports it (rebond.spelling receives the module). It is registered in the site's lock file
beside the engine's wheel, with its sha256 (runtime.py). Its word lists, gzipped
JSON that the library reads with ``gzip.decompress``, are stored in their gzip container without
compression (level 0): the host's brotli then compresses the whole wheel far better than gzip
level 9 did each list (French: 400 kB instead of 490 kB with brotli). The code ships as it is
published, with its licence.

The library imports a few modules of the standard library that the site's trimmed one leaves
out (``STDLIB``, found with an import trace under Pyodide 314; tests/pyodide/test_spelling.py
loads the wheel on the trimmed library): they travel in this wheel, from Pyodide's own standard
library, so that only a reader who asks for a spelling check downloads them (10 kB with brotli,
which every visitor would otherwise download with the engine).
"""

from __future__ import annotations

import gzip
import zipfile
from importlib import metadata
from pathlib import Path

from rebond import locales

from .python_source import empty_docstrings, strip_comments
from .stdlib_zip import entries_for
from .wheels import Wheel, write_wheel

NAME = "pyspellchecker"
PACKAGE = "spellchecker"
STDLIB = ("gzip", "pkgutil", "compression", "compression._common", "compression._common._streams")
PYODIDE_STDLIB = Path(__file__).resolve().parents[2] / "node_modules" / "pyodide" / "python_stdlib.zip"


def languages() -> list[str]:
    """The dictionaries the registered languages ask for (each review pack's ``SPELLING``)."""
    codes = (getattr(locales.pack(code).review, "SPELLING", None) for code in locales.codes())
    return sorted({code for code in codes if code})


def build_spelling_wheel(out_dir: Path) -> Wheel:
    """``pyspellchecker-<version>-py3-none-any.whl`` with the site's languages, into ``out_dir``."""
    try:
        dist = metadata.distribution(NAME)
    except metadata.PackageNotFoundError:
        raise SystemExit(f"{NAME} is missing: it makes the spelling check's wheel. Run `make setup`.") from None
    root = Path(str(dist.locate_file(PACKAGE)))  # a pathlib.Path for an installed distribution
    files: dict[str, bytes] = {}
    for path in sorted(root.glob("*.py")):
        files[f"{PACKAGE}/{path.name}"] = path.read_bytes()
    files[f"{PACKAGE}/py.typed"] = b""
    for code in languages():
        words = gzip.decompress((root / "resources" / f"{code}.json.gz").read_bytes())
        files[f"{PACKAGE}/resources/{code}.json.gz"] = gzip.compress(words, compresslevel=0, mtime=0)
    with zipfile.ZipFile(PYODIDE_STDLIB) as stdlib:
        available = {info.filename for info in stdlib.infolist() if not info.is_dir()}
        for entry in entries_for(set(STDLIB), available):
            files[entry] = empty_docstrings(strip_comments(stdlib.read(entry)))
    licence = next((f for f in dist.files or () if f.name in ("LICENSE", "LICENSE.txt")), None)
    if licence is not None:
        files[f"{NAME}-{dist.version}.dist-info/licenses/LICENSE"] = Path(str(dist.locate_file(licence))).read_bytes()
    meta = (f"Metadata-Version: 2.1\nName: {NAME}\nVersion: {dist.version}\nLicense: MIT\n"
            f"Summary: pyspellchecker with the word lists of: {', '.join(languages())}\n")
    top = (PACKAGE, *sorted({name.split(".")[0] for name in STDLIB}))
    return write_wheel(NAME, dist.version, files, meta, out_dir, top_level=top)
