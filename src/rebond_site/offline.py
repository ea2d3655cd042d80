"""The service worker that keeps the whole site usable offline.

After every language is built (and after the other hooks have written their files), lists the
files of the site, hashes them, and writes ``sw.js`` at the site root from ``sw.template.js``
with that manifest inlined: every URL with its sha256 (in the Subresource Integrity form that
fetch's ``integrity`` option takes), in two groups, each with its own version (a cache name):

- ``core``: every page of both languages and their assets, precached when the worker installs;
- ``runtime``: the Python runtime and the engine (``assets/pyodide/``), cached the first time a
  tool uses them, so that reading a guide page never downloads a byte of Python. Its ``lazy``
  files (the spelling check's wheel) are kept only once the page has fetched them: a reader
  downloads them when they ask for a spelling check, never before.

The worker answers only these URLs from its caches and checks what it reads back against these
digests (the template says how). All URLs are relative to ``sw.js``, so the site stays
relocatable under any sub-path. Under ``mkdocs serve`` hooks/offline.py writes a worker that
removes itself and its caches instead: live reload must never be answered from a stale cache.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

from .csp import page_policies, site_policy
from .host_headers import HEADERS
from .theme_patches import replace_once

TEMPLATE = Path(__file__).resolve().parent / "sw.template.js"
SW_NAME = "sw.js"
RUNTIME_DIR = "assets/pyodide/"
# Files a reader's browser never asks for: host configuration, source maps, compressed
# sitemaps, and the search stemmers of languages the site does not have (Material's search
# loads only lunr.stemmer.support, lunr.multi and one stemmer per site language).
# Crawlers' and security researchers' files (sitemap, security.txt) are not for readers either,
# and forget.txt must come from the host, with its Clear-Site-Data header (forget.js).
_SKIP = re.compile(r"(^_headers$|^_redirects$|^_nginx\.conf\.example$|\.map$|\.gz$|^sw\.js$|^sitemap\.xml$"
                   r"|(^|/)forget\.txt$"
                   r"|^\.well-known/|^assets/javascripts/lunr/(?!min/lunr\.(fr|multi|stemmer\.support)\.min\.js$))")

# Runtime files fetched only on the reader's request (spelling_wheel.py).
LAZY = re.compile(r"^assets/pyodide/(?:[^/]+/)?pyspellchecker-[^/]*\.whl$")

def precache_groups(site: Path) -> dict[str, dict]:
    """The site's files, as {group: {"version": str, "files": {relative URL: "sha256-..."}}}.

    A page ``a/b/index.html`` is listed by its directory URL ``a/b/`` (what links point to);
    each group's version is a digest of its files' paths and contents, so any change to a
    file yields a new cache, and an unchanged runtime keeps its (large) cache across deploys.
    """
    groups: dict[str, list[tuple[str, str]]] = {"core": [], "runtime": []}
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        rel = path.relative_to(site).as_posix()
        if _SKIP.search(rel):
            continue
        url = rel[: -len("index.html")] if rel == "index.html" or rel.endswith("/index.html") else rel
        digest = "sha256-" + base64.b64encode(hashlib.sha256(path.read_bytes()).digest()).decode("ascii")
        groups["runtime" if rel.startswith(RUNTIME_DIR) else "core"].append((url or "./", digest))
    result = {}
    for name, entries in groups.items():
        version = hashlib.sha256(json.dumps(entries).encode()).hexdigest()[:16]
        result[name] = {"version": version, "files": dict(entries)}
    result["runtime"]["lazy"] = [url for url in result["runtime"]["files"] if LAZY.match(url)]
    return result


# The types a static host gives the site's files (what the service worker answers with).
TYPES = {
    ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
    ".json": "application/json", ".wasm": "application/wasm", ".zip": "application/zip",
    ".whl": "application/octet-stream", ".svg": "image/svg+xml", ".png": "image/png",
    ".ico": "image/x-icon", ".txt": "text/plain; charset=utf-8", ".xml": "application/xml",
    ".webmanifest": "application/manifest+json", ".woff2": "font/woff2",
}


def response_headers(site: Path) -> dict:
    """The headers the service worker answers each URL with, rebuilt from the build's own rules
    (host_headers.py, csp.py), never those stored beside a cached copy: any page of the origin
    can write a cache, and a worker script stored without its policy would run under none.

    {"common": the headers of every file, "types": {extension: type}, "policies": [policy],
    "site": index of the site-wide policy (workers, everything but pages), "pages": {URL: index}}
    """
    policies = [site_policy(site)]
    pages: dict[str, int] = {}
    for path, page_policy in page_policies(site).items():
        if page_policy not in policies:
            policies.append(page_policy)
        url = path.lstrip("/")
        url = url[: -len("index.html")] if url == "index.html" or url.endswith("/index.html") else url
        pages[url or "./"] = policies.index(page_policy)
    return {"common": HEADERS, "types": TYPES, "policies": policies, "site": 0, "pages": pages}


def manifest(site: Path) -> dict:
    """What ``sw.js`` knows of the built `site`: its files by group, and their headers."""
    return {**precache_groups(site), "headers": response_headers(site)}


def render_sw(groups: dict[str, dict] | None) -> str:
    """The service worker's source; `None` gives the self-removing worker for `mkdocs serve`."""
    manifest = json.dumps(groups, indent=1, sort_keys=True) if groups is not None else "null"
    return replace_once(TEMPLATE.read_text(encoding="utf-8"), "/*__REBOND_MANIFEST__*/null", manifest,
                        what="sw.template.js's manifest placeholder")


def write_sw(site: Path, *, serving: bool = False) -> None:
    """``sw.js`` for the built `site`: with its manifest, or self-removing under `mkdocs serve`."""
    (site / SW_NAME).write_text(render_sw(None if serving else manifest(site)), encoding="utf-8")
