"""Download sizes: raw, gzip and brotli (brotli through Node.js's zlib, so no Python package)."""

from __future__ import annotations

import gzip
import json
import subprocess
from pathlib import Path

_BROTLI = r"""
const zlib = require("zlib"), fs = require("fs");
const files = JSON.parse(fs.readFileSync(0, "utf8"));
const out = {};
for (const f of files) {
  const data = fs.readFileSync(f);
  out[f] = zlib.brotliCompressSync(data, { params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } }).length;
}
process.stdout.write(JSON.stringify(out));
"""


def brotli_sizes(files: list[Path]) -> dict[Path, int]:
    """Each file's size once compressed with brotli at quality 11 (what static hosts serve)."""
    names = sorted({str(f) for f in files})
    result = subprocess.run(["node", "-e", _BROTLI], input=json.dumps(names), capture_output=True,
                            text=True, check=True, timeout=600)
    return {Path(k): v for k, v in json.loads(result.stdout).items()}


def gzip_size(file: Path) -> int:
    return len(gzip.compress(file.read_bytes(), compresslevel=6, mtime=0))


def url_to_file(site: Path, origin: str, url: str) -> Path | None:
    """The site file a same-origin URL serves (directory URLs serve their index.html)."""
    if not url.startswith(origin + "/"):
        return None
    path = url[len(origin) + 1:].split("?", 1)[0].split("#", 1)[0]
    file = site / path
    if path == "" or path.endswith("/"):
        file = file / "index.html"
    return file if file.is_file() else None


def download_size(site: Path, origin: str, urls: list[str]) -> dict[str, int]:
    """Raw, gzip and brotli bytes of the distinct files behind `urls`."""
    files = sorted({f for u in urls if (f := url_to_file(site, origin, u))})
    br = brotli_sizes(files) if files else {}
    return {
        "files": len(files),
        "raw": sum(f.stat().st_size for f in files),
        "gzip": sum(gzip_size(f) for f in files),
        "brotli": sum(br.values()),
    }
