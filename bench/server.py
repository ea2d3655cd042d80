"""The built site on loopback, as a production host would serve it.

Extends the test server (tests/support/server.py, the security headers of `_headers`) with what the
benchmark's numbers depend on: the per-file rules of `_headers` (long immutable caching of the
runtime's versioned folder and fingerprinted files, `no-cache` elsewhere), and gzip compression
of compressible files (a stand-in for the brotli a CDN would use; brotli sizes are computed
separately, see sizes.py).
"""

from __future__ import annotations

import gzip
import hashlib
import http.server
import sys
import threading
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from support.server import TYPES, SiteServer, read_rules
from support.server import headers_for as server_headers_for

COMPRESSIBLE = (".html", ".css", ".js", ".mjs", ".json", ".svg", ".wasm", ".zip", ".whl", ".xml", ".txt")


def headers_for(rules: list, path: str) -> dict[str, str]:
    """The headers a host sends for `path` (the test server's rule, caching included)."""
    out = server_headers_for(rules, path, own=frozenset({"content-type"}))
    out.setdefault("Cache-Control", "no-cache")
    return out


class _Handler(http.server.SimpleHTTPRequestHandler):
    # The base class declares it per instance; this class sets it for all its instances.
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **TYPES}  # noqa: RUF012
    protocol_version = "HTTP/1.1"  # keep-alive, as browsers get from real hosts

    def __init__(self, *args, rules, store, **kwargs):
        self._rules = rules
        self._store = store
        super().__init__(*args, **kwargs)

    def do_GET(self) -> None:
        url_path = self.path.split("?", 1)[0]
        file = Path(self.translate_path(self.path))
        if file.is_dir() and url_path.endswith("/"):
            file = file / "index.html"
        if not file.is_file():
            super().do_GET()  # redirects to "dir/" and 404s, as the standard server does
            return
        gzip_ok = file.suffix in COMPRESSIBLE and "gzip" in self.headers.get("Accept-Encoding", "")
        body, etag = self._store.get(file, gzip_ok)
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(file)))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.send_header("Vary", "Accept-Encoding")
        if gzip_ok:
            self.send_header("Content-Encoding", "gzip")
        self.end_headers()
        self.wfile.write(body)

    def end_headers(self) -> None:
        for name, value in headers_for(self._rules, self.path.split("?", 1)[0]).items():
            if name != "Content-Type":  # already sent, from the file's extension
                self.send_header(name, value)
        super().end_headers()

    def log_message(self, *args) -> None:  # keep the benchmark's output readable
        pass


class _Store:
    """File bodies, raw or gzipped, read once (the site does not change while it is served)."""

    def __init__(self) -> None:
        self._cache: dict[tuple[Path, bool], tuple[bytes, str]] = {}
        self._lock = threading.Lock()

    def get(self, file: Path, gzipped: bool) -> tuple[bytes, str]:
        key = (file, gzipped)
        with self._lock:
            if key not in self._cache:
                raw = file.read_bytes()
                body = gzip.compress(raw, compresslevel=6, mtime=0) if gzipped else raw
                tag = f'"{hashlib.sha1(raw).hexdigest()}{"-gz" if gzipped else ""}"'
                self._cache[key] = (body, tag)
            return self._cache[key]


class BenchServer(SiteServer):
    """Serve `site` on a free loopback port in a thread (a context manager), with the rules
    of the whole `_headers` file and compression."""

    def __init__(self, site: Path):
        super().__init__(site, partial(_Handler, directory=str(site), rules=read_rules(site), store=_Store()))
