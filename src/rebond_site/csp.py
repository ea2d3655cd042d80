"""The Content-Security-Policy every page runs under.

- Each page gets a ``<meta http-equiv="Content-Security-Policy">`` (its placeholder is in
  ``overrides/main.html``) whose ``script-src`` lists the sha256 of every inline script the
  theme wrote into that page, so no 'unsafe-inline', and allows compiling WebAssembly
  ('wasm-unsafe-eval') only on the pages whose scripts start the Python engine
  (``runs_engine``): a guide page cannot compile any.
- ``_headers`` (host_headers.py) carries the policy as HTTP headers. The site-wide rule (``/*``:
  every page's hashes, 'wasm-unsafe-eval') is the policy of the engine's worker, which only a
  header can give (a ``<meta>`` policy does not reach workers), and of any URL the build did not
  write (the host's "not found" answer). Each page then gets a rule of its own with its own
  policy (``page_policies``): a browser enforces every policy it is given, so a page's headers
  allow exactly what its ``<meta>`` allows, and 'wasm-unsafe-eval' only on the engine's pages.
- No Trusted Types (``require-trusted-types-for 'script'``): tried in Chromium, Material's own
  bundle writes HTML from strings and registering the service worker is a script-URL sink, so
  the pages would break; the site's own scripts write no HTML from strings (CONTRIBUTING).
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

from .theme_patches import replace_once

PLACEHOLDER = "__REBOND_CSP__"
ENGINE_CLIENT = "assets/javascripts/engine/client.js"
# Executable inline scripts: no src attribute, and not a data block (application/json).
_INLINE = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>(.*?)</script>", re.S | re.I)
# Relative module specifiers: `from "./x.js"`, `import "./x.js"`, `import("./x.js")`.
_IMPORTS = re.compile(r"""\b(?:from|import)\s*\(?\s*["'](\.{1,2}/[^"']+)["']""")


def script_hashes(html: str) -> list[str]:
    """The CSP source expressions ('sha256-...') of a page's inline scripts, sorted."""
    return sorted({
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"
        for body in _INLINE.findall(html) if body.strip()
    })


def policy(hashes: list[str], *, header: bool = False, wasm: bool = True) -> str:
    """The site's policy, allowing the given inline-script sources (hashes).

    `header` adds what only an HTTP header may carry; `wasm` allows compiling WebAssembly.
    """
    directives = [
        "default-src 'self'",
        "script-src " + " ".join(["'self'", *(["'wasm-unsafe-eval'"] if wasm else []), *hashes]),
        "worker-src 'self'",
        "connect-src 'self'",
        # data: only for the theme's inline SVG icons (CSS masks); still nothing leaves the origin.
        "img-src 'self' data:",
        "style-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'none'",
        "manifest-src 'self'",
    ]
    if header:
        directives.append("frame-ancestors 'none'")
    return "; ".join(directives)


def page_with_policy(html: str, scripts: list[str], docs_dir: Path, *, serving: bool = False) -> str:
    """A built page with its policy in place of the placeholder (which every page must hold).

    `mkdocs serve` injects a live-reload inline script that changes on every request, so no
    hash can cover it: under the development server (`serving`) only, inline scripts are allowed.
    """
    sources = ["'unsafe-inline'"] if serving else script_hashes(html)
    return replace_once(html, PLACEHOLDER, policy(sources, wasm=runs_engine(scripts, docs_dir)),
                        what="the policy's placeholder of overrides/main.html (block site_meta)")


def runs_engine(scripts: list[str], docs_dir: Path) -> bool:
    """Whether a page's scripts (front matter ``scripts:``) reach the engine's client module,
    directly or through the modules they import (statically or not)."""
    client = (docs_dir / ENGINE_CLIENT).resolve()
    todo = [docs_dir / script for script in scripts]
    seen: set[Path] = set()
    while todo:
        path = todo.pop().resolve()
        if path == client:
            return True
        if path in seen or not path.is_file():
            continue
        seen.add(path)
        todo += [path.parent / spec for spec in _IMPORTS.findall(path.read_text(encoding="utf-8"))]
    return False


def site_policy(site: Path) -> str:
    """The policy of the whole built site, as an HTTP header: every page's inline scripts, and
    WebAssembly (the engine's worker runs under it)."""
    hashes = sorted({h for html in site.rglob("*.html") for h in script_hashes(html.read_text(encoding="utf-8"))})
    return policy(hashes, header=True)


_META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)"')


def meta_policy(html: str) -> str:
    """The policy a built page's ``<meta>`` holds; an error when it has none or a placeholder."""
    found = _META.findall(html)
    if len(found) != 1 or PLACEHOLDER in found[0] or "default-src" not in found[0]:
        raise SystemExit(f"a built page holds {len(found)} policies, or an unfilled one: {found[:1]}")
    return found[0]


def page_policies(site: Path) -> dict[str, str]:
    """Each built page's policy as a header (its ``<meta>``'s, with what only a header carries),
    by site path (``/guide/remercier/index.html``)."""
    return {
        "/" + html.relative_to(site).as_posix():
            meta_policy(html.read_text(encoding="utf-8")) + "; frame-ancestors 'none'"
        for html in sorted(site.rglob("*.html"))
    }
