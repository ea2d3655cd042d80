"""Build the engine's ``py3-none-any`` wheel, reproducibly and in milliseconds.

The wheel is a zip of ``src/rebond`` plus its ``dist-info`` (METADATA, WHEEL, RECORD). Entries
are sorted and carry a fixed timestamp, so the same sources always give the same bytes and the
same sha256: browsers keep their cache and the lock file only changes when the engine does.
Entries are stored, not deflated: the host's brotli/gzip compresses the whole wheel better than
per-entry deflate does (about 35 kB instead of 62 kB with brotli). Only the engine's sources go
in (no tests, no ``__pycache__``), without their comments and docstrings (python_source.py:
documentation for developers, not code for browsers; 7 kB less with brotli; every line keeps
its number). tests/pyodide checks that the wheel gives, under Pyodide, the engine's very answers.
"""

from __future__ import annotations

import base64
import hashlib
import os
import tomllib
import zipfile
from dataclasses import dataclass
from pathlib import Path

from .python_source import empty_docstrings, strip_comments

_EPOCH = (2020, 1, 1, 0, 0, 0)
_SKIP = {"__pycache__"}
# Modules no browser imports: the facts registry feeds the site's pages at build time, and
# ``python -m rebond`` is the command line. tests/pyodide answers the whole corpus without them.
BUILD_ONLY = frozenset({"rebond/facts.py", "rebond/__main__.py"})


@dataclass(frozen=True)
class Wheel:
    path: Path
    sha256: str


def build_wheel(src: Path, pyproject: Path, out_dir: Path) -> Wheel:
    """Build ``rebond-<version>-py3-none-any.whl`` from ``src/rebond`` into ``out_dir``."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    name, version = project["name"], project["version"]
    files: dict[str, bytes] = {}
    for path in sorted((src / name).rglob("*")):
        name_in_wheel = path.relative_to(src).as_posix()
        wanted = not _SKIP.intersection(path.parts) and path.suffix != ".pyc" and name_in_wheel not in BUILD_ONLY
        if path.is_file() and wanted:
            data = path.read_bytes()
            files[name_in_wheel] = empty_docstrings(strip_comments(data)) if path.suffix == ".py" else data
    metadata = (f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n"
                f"Summary: {project.get('description', '')}\nRequires-Python: {project.get('requires-python', '')}\n")
    return write_wheel(name, version, files, metadata, out_dir)


def write_wheel(name: str, version: str, files: dict[str, bytes], metadata: str, out_dir: Path,
                top_level: tuple[str, ...] = ()) -> Wheel:
    """A ``py3-none-any`` wheel of ``files`` (archive name -> bytes), with its dist-info, entries
    sorted, stored and stamped with a fixed time."""
    dist_info = f"{name}-{version}.dist-info"
    files = dict(files)
    files[f"{dist_info}/METADATA"] = metadata.encode()
    files[f"{dist_info}/WHEEL"] = (b"Wheel-Version: 1.0\nGenerator: rebond-hooks\nRoot-Is-Purelib: true\n"
                                   b"Tag: py3-none-any\n")
    files[f"{dist_info}/top_level.txt"] = "".join(f"{t}\n" for t in (top_level or (name,))).encode()
    record = "".join(f"{n},sha256={_b64(d)},{len(d)}\n" for n, d in files.items())
    files[f"{dist_info}/RECORD"] = (record + f"{dist_info}/RECORD,,\n").encode()

    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{name}-{version}-py3-none-any.whl"
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")  # one per writer (atomic.py)
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_STORED) as zf:
        for arcname, data in files.items():
            info = zipfile.ZipInfo(arcname, date_time=_EPOCH)
            info.compress_type = zipfile.ZIP_STORED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    tmp.replace(target)
    return Wheel(target, hashlib.sha256(target.read_bytes()).hexdigest())


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
