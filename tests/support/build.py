"""Build the site once, with --strict, into a temporary folder (once for all the suite's
workers: `build_once`)."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def build_site(target: Path, *, snapshot: bool | None = None) -> Path:
    """Run `mkdocs build --strict` into `target`; fail with MkDocs' own output on any warning.

    `snapshot` True builds for a declared dedicated origin with the engine's memory snapshot on
    (REBOND_DEDICATED_ORIGIN, REBOND_MEMORY_SNAPSHOT); False with it off (the default of a
    build); None leaves both as the environment says."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if snapshot is not None:
        env["REBOND_DEDICATED_ORIGIN"] = env["REBOND_MEMORY_SNAPSHOT"] = "true" if snapshot else "false"
    mkdocs = Path(sys.executable).parent / "mkdocs"
    result = subprocess.run(
        [str(mkdocs), "build", "--strict", "--clean", "-d", str(target)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )
    log = result.stdout + result.stderr
    if result.returncode != 0 or "WARNING" in log:
        raise AssertionError(f"mkdocs build --strict failed (exit {result.returncode}):\n{log[-6000:]}")
    return target


def build_once(root: Path, name: str, *, snapshot: bool | None = None) -> Path:
    """The site built as `build_site` builds it, into `root / name / "site"`, by the first of the
    suite's workers (pytest-xdist) that asks; the others wait for it and use the same folder.
    One build at a time: builds share the caches in .cache/ and the machine's cores."""
    target = root / name / "site"
    done = root / name / "built"
    root.mkdir(parents=True, exist_ok=True)
    with (root / "builds.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            build_site(target, snapshot=snapshot)
            done.touch()
    return target
