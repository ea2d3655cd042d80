"""Files in the build's caches (.cache/) written whole or not at all.

Two builds may share the caches (the test suite's workers, `mkdocs serve` beside a build): a
reader must never see a file half written, nor two writers interleave in one temporary file.
"""

from __future__ import annotations

import os
from pathlib import Path


def write_atomic(target: Path, data: bytes | str) -> None:
    """Write ``data`` to a temporary file of this process beside ``target``, then rename it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    if isinstance(data, str):
        tmp.write_text(data, encoding="utf-8")
    else:
        tmp.write_bytes(data)
    os.replace(tmp, target)
