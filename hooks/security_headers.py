"""MkDocs hook: the Content-Security-Policy every page runs under, and the host headers.

- Each page gets a ``<meta http-equiv="Content-Security-Policy">`` whose ``script-src`` lists
  the sha256 of every inline script the theme wrote into that page, so no 'unsafe-inline', and
  allows compiling WebAssembly ('wasm-unsafe-eval') only on the pages whose scripts start the
  Python engine (``runs_engine``): a guide page cannot compile any.
- After the build, ``_headers`` (read by common static hosts, and by the test server) carries
  the same policy as an HTTP header, with the hashes of every page, plus the other headers. The
  header keeps 'wasm-unsafe-eval': it is also the policy of the engine's worker, which only a
  header can give (a ``<meta>`` policy does not reach workers), and a browser enforces both the
  header and a page's ``<meta>``, so a guide page still cannot compile WebAssembly.
"""

from __future__ import annotations

import base64
import hashlib
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from deploy_files import write_deployment_files
from deploy_headers import NGINX_NAME, file_rules, render_nginx, render_rules
from i18n_build import after_all_languages, is_final_build

PLACEHOLDER = "__REBOND_CSP__"
# `mkdocs serve` injects a live-reload inline script that changes on every request, so no
# hash can cover it: in that development server only, inline scripts are allowed instead.
_serving = False
# Executable inline scripts: no src attribute, and not a data block (application/json).
_INLINE = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>(.*?)</script>", re.S | re.I)


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


# Headers for every file; the CSP is added at build time.
HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": (
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), "
        "midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), "
        "interest-cohort=(), browsing-topics=()"
    ),
    "Cross-Origin-Opener-Policy": "same-origin",
    # HTTPS only, for a year, once a browser has seen the site over HTTPS (ignored over HTTP).
    # Not includeSubDomains nor preload: those bind every sub-domain of the deployer's domain.
    "Strict-Transport-Security": "max-age=31536000",
}


def on_startup(command: str, dirty: bool, **kwargs) -> None:
    global _serving
    _serving = command == "serve"


def on_post_page(output: str, page, config, **kwargs) -> str:
    sources = ["'unsafe-inline'"] if _serving else script_hashes(output)
    scripts = (page.meta or {}).get("scripts") or []
    return output.replace(PLACEHOLDER, policy(sources, wasm=runs_engine(scripts, Path(config["docs_dir"]))), 1)


ENGINE_CLIENT = "assets/javascripts/engine/client.js"
# Relative module specifiers: `from "./x.js"`, `import "./x.js"`, `import("./x.js")`.
_IMPORTS = re.compile(r"""\b(?:from|import)\s*\(?\s*["'](\.{1,2}/[^"']+)["']""")


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


@after_all_languages
def on_post_build(config, **kwargs) -> None:
    if not is_final_build(config):
        return
    site = Path(config["site_dir"])
    hashes = sorted({h for html in site.rglob("*.html") for h in script_hashes(html.read_text(encoding="utf-8"))})
    csp = policy(hashes, header=True)
    (site / "_headers").write_text(render_headers(csp, site), encoding="utf-8")
    # The same headers for an nginx host (see hooks/deploy_headers.py).
    nginx = render_nginx({"Content-Security-Policy": csp, **HEADERS}, site)
    (site / NGINX_NAME).write_text(nginx, encoding="utf-8")
    # security.txt and the sitemap, which depend on where the site is deployed (the
    # development server is not a deployment: `mkdocs serve` sets site_url to itself).
    if not _serving:
        write_deployment_files(site, config.get("site_url"))


def render_headers(csp: str, site: Path | None = None) -> str:
    """The `_headers` file (Netlify / Cloudflare Pages syntax): the headers of every file,
    then, given the built `site`, the caching and type rules of particular files."""
    lines = ["/*", f"  Content-Security-Policy: {csp}"]
    lines += [f"  {name}: {value}" for name, value in HEADERS.items()]
    text = "\n".join(lines) + "\n"
    return text + render_rules(file_rules(site)) if site is not None else text
