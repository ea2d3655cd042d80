"""Lighthouse 12.2.3 (bench/package.json, pinned) with its mobile defaults, on Debian's Chromium."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from support.browser import chromium_path

HERE = Path(__file__).resolve().parent
CLI = HERE / "node_modules" / "lighthouse" / "cli" / "index.js"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
FLAGS = ("--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking "
         "--disable-component-update --disable-sync --disable-default-apps --disable-extensions")


def ensure_installed() -> None:
    """`npm ci` in bench/ when Lighthouse is missing (kept out of the root package.json)."""
    if not CLI.is_file():
        subprocess.run(["npm", "ci", "--prefix", str(HERE), "--no-audit", "--no-fund", "--loglevel=error"], check=True)


def run_once(url: str, attempts: int = 3) -> dict[str, Any]:
    """One Lighthouse run, tried again when Lighthouse itself fails to record (NO_NAVSTART...)."""
    for attempt in range(attempts):
        try:
            return _run(url)
        except RuntimeError:
            if attempt == attempts - 1:
                raise
    raise AssertionError("unreachable")


def _run(url: str) -> dict[str, float]:
    """One Lighthouse run (mobile preset: its defaults): the four scores (0-100) and metrics."""
    env = {**os.environ, "CHROME_PATH": chromium_path()}
    result = subprocess.run(
        ["node", str(CLI), url, "--output=json", "--output-path=stdout", "--quiet",
         "--only-categories=" + ",".join(CATEGORIES), f"--chrome-flags={FLAGS}"],
        capture_output=True, text=True, env=env, timeout=300,
    )
    if result.returncode != 0:
        raise RuntimeError(f"lighthouse failed on {url}:\n{result.stderr[-3000:]}")
    report = json.loads(result.stdout)
    if report.get("runtimeError"):
        raise RuntimeError(f"lighthouse: {report['runtimeError']}")
    audits = report["audits"]
    out: dict[str, Any] = {name: round(100 * (report["categories"][name]["score"] or 0)) for name in CATEGORIES}
    out["lcp_ms"] = audits["largest-contentful-paint"]["numericValue"]
    out["tbt_ms"] = audits["total-blocking-time"]["numericValue"]
    out["cls"] = audits["cumulative-layout-shift"]["numericValue"]
    out["bytes"] = audits["total-byte-weight"]["numericValue"]
    out["failed_audits"] = sorted(
        a for cat in ("accessibility", "best-practices", "seo")
        for ref in report["categories"][cat]["auditRefs"]
        if ref["weight"] and (a := ref["id"]) and audits[a].get("score") not in (None, 1)
    )
    return out


def median_of(url: str, runs: int) -> dict[str, Any]:
    """The median of each number over `runs` runs (failed audits: those of any run)."""
    results = [run_once(url) for _ in range(runs)]
    merged: dict[str, Any] = {k: statistics.median(r[k] for r in results) for k in results[0] if k != "failed_audits"}
    merged["failed_audits"] = sorted({a for r in results for a in r["failed_audits"]})
    return merged
