"""A static server for the built site that sends the production headers.

It reads the headers from the site's own ``_headers`` file (what a static host would send), so
tests run under the very policy that ships. Paths under ``/_variant/<name>/`` serve the same
site from a sub-path with a changed header set, for tests of degraded conditions:

- ``nowasm``: a CSP without 'wasm-unsafe-eval' (WebAssembly blocked)
- ``plain``: the production headers (proves the site works under a sub-path)
- ``metaonly``: none of `_headers` (a host such as GitHub Pages): the pages' ``<meta>`` policy
  is the only one

``SiteServer(site, cache_control=...)`` sends another ``Cache-Control`` than ``no-cache`` (the
test default), e.g. GitHub Pages' ``max-age=600``.
"""

from __future__ import annotations

import http.server
import socket
import sys
import threading
from functools import partial
from pathlib import Path

TYPES = {
    ".wasm": "application/wasm",
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".json": "application/json",
    ".whl": "application/octet-stream",
    ".zip": "application/zip",
    ".svg": "image/svg+xml",
    ".ics": "text/calendar",
    ".webmanifest": "application/manifest+json",
}


# What the server decides itself, whatever `_headers` says: the tests' caching, the file's type.
_OWN = frozenset({"cache-control", "content-type"})


def read_rules(site: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    """The rules of a Netlify-style `_headers` file: (path pattern, [(name, value)]), in order."""
    rules: list[tuple[str, list[tuple[str, str]]]] = []
    for line in (site / "_headers").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(" "):
            rules.append((line.strip(), []))
        elif line.strip():
            name, value = line.strip().split(":", 1)
            rules[-1][1].append((name.strip(), value.strip()))
    return rules


def headers_for(rules: list[tuple[str, list[tuple[str, str]]]], path: str,
                own: frozenset[str] = _OWN) -> dict[str, str]:
    """What Netlify and Cloudflare Pages send for `path`: the headers of every matching rule
    (a trailing `*` matches any rest), a name repeated by several rules joined with ", "."""
    headers: dict[str, str] = {}
    for pattern, pairs in rules:
        if pattern == path or (pattern.endswith("*") and path.startswith(pattern[:-1])):
            for name, value in pairs:
                if name.lower() not in own:
                    headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return headers


def read_headers(site: Path) -> dict[str, str]:
    """The headers of the `/*` rule of a Netlify-style `_headers` file (those of every URL)."""
    return headers_for([r for r in read_rules(site) if r[0] == "/*"], "/")


VARIANTS = {
    "plain": lambda h: h,
    "nowasm": lambda h: {
        **h, "Content-Security-Policy": h["Content-Security-Policy"].replace(" 'wasm-unsafe-eval'", "")},
    "metaonly": lambda h: {},
}
# A variant's headers are those of the site-wide rule only (the per-page rules name the site's
# own paths, not the variant's sub-path).
_SITE_WIDE_ONLY = {"nowasm", "metaonly"}


class _Handler(http.server.SimpleHTTPRequestHandler):
    # The base class declares it per instance; this class sets it for all its instances.
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **TYPES}  # noqa: RUF012

    def __init__(self, *args, rules: list, cache_control: str = "no-cache", **kwargs):
        self._rules = rules
        self._cache_control = cache_control
        super().__init__(*args, **kwargs)

    def translate_path(self, path: str) -> str:
        self._variant = "plain"
        self._site_path = path.split("?", 1)[0].split("#", 1)[0]
        if path.startswith("/_variant/"):
            _, _, name, rest = path.split("/", 3)
            if name in VARIANTS:
                self._variant, path = name, "/" + rest
                self._site_path = "/" + rest.split("?", 1)[0]
        return super().translate_path(path)

    def end_headers(self) -> None:
        variant = getattr(self, "_variant", "plain")
        path = "/" if variant in _SITE_WIDE_ONLY else getattr(self, "_site_path", "/")
        rules = [r for r in self._rules if r[0] == "/*"] if variant in _SITE_WIDE_ONLY else self._rules
        for name, value in VARIANTS[variant](headers_for(rules, path)).items():
            self.send_header(name, value)
        self.send_header("Cache-Control", self._cache_control)
        super().end_headers()

    def log_message(self, *args) -> None:  # keep test output readable
        pass


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def get_request(self):
        # No Nagle delay, as production servers do (nginx's tcp_nodelay): the handler writes a
        # response's headers and body separately, and on a kept-alive connection the body would
        # otherwise wait for the client's delayed ACK, about 40 ms per small file.
        conn, address = super().get_request()
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return conn, address

    def handle_error(self, request, client_address) -> None:
        # A browser that closes a page mid-download (tests do, all the time) is not an error.
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


class SiteServer:
    """Serve `site` on a free loopback port, in a thread."""

    def __init__(self, site: Path, handler=None, *, cache_control: str = "no-cache"):
        """`handler`: a request handler class (or partial) to use instead of the test one."""
        self.site = site
        handler = handler or partial(_Handler, directory=str(site), rules=read_rules(site),
                                     cache_control=cache_control)
        self.httpd = _Server(("127.0.0.1", 0), handler)
        self.origin = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.url = self.origin + "/"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> SiteServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def variant(self, name: str) -> str:
        """Base URL of the site served with a changed header set (see VARIANTS)."""
        return f"{self.origin}/_variant/{name}/"
