"""The host's headers: ``_headers`` and the nginx example, built from the same rules.

After the build (hooks/security_headers.py), the headers of every file (``HEADERS`` and the
site's policy, csp.py) and the per-file rules below are written into ``_headers`` (Netlify /
Cloudflare Pages syntax) and into ``_nginx.conf.example`` (an nginx ``server`` block), so the
two always say the same thing for the build they come with.

- Material's fingerprinted files (``bundle.<hash>.min.js``, ``main.<hash>.min.css``...), the
  runtime's versioned folder (``assets/pyodide/<version>/``) and the engine's build folder
  (``assets/pyodide/<digest>/``, see runtime.py) never change under their name: cached
  for a year, ``immutable``.
- ``sw.js`` must always be revalidated, so a new version of the site is noticed.
- WebAssembly is served as ``application/wasm`` (needed for streaming compilation).
"""

from __future__ import annotations

import re
from pathlib import Path

from .csp import page_policies

IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"
# Material names its built assets <name>.<8 hex digits>.min.(js|css).
FINGERPRINTED = re.compile(r"\.[0-9a-f]{8}\.min\.(js|css)$")
NGINX_NAME = "_nginx.conf.example"
HEADERS_NAME = "_headers"

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


# "Delete my data" (forget.js) asks for this file: its answer makes the browser empty the HTTP
# cache of the site (the pages and the runtime's 15 MB), which no script can reach. "cache" only:
# the site's storage is deleted by the page itself, and "storage" would also wipe other sites of
# a shared origin.
FORGET = "/forget.txt"
# X-Rebond-Forget tells the page that the host applied this rule: Chromium acts on
# Clear-Site-Data in its network stack and does not hand it to scripts.
FORGET_HEADERS = {"Clear-Site-Data": '"cache"', "X-Rebond-Forget": "cache", "Cache-Control": "no-store"}


def runtime_folders(site: Path) -> list[str]:
    """Site paths of the runtime's folders, named after a version (``/assets/pyodide/314.0.7/``)
    or a digest (the engine's build, ``/assets/pyodide/6a841ecb6b4088ca/``)."""
    base = site / "assets" / "pyodide"
    return sorted(
        "/" + p.relative_to(site).as_posix() + "/"
        for p in base.iterdir() if p.is_dir() and re.fullmatch(r"\d+(\.\d+)+|[0-9a-f]{16}", p.name)
    ) if base.is_dir() else []


def fingerprinted_files(site: Path) -> list[str]:
    """Site paths of the theme's fingerprinted files."""
    return sorted("/" + p.relative_to(site).as_posix() for p in site.rglob("*") if FINGERPRINTED.search(p.name))


def page_urls(path: str) -> list[str]:
    """The URLs a page file is served at: ``/a/index.html`` also as ``/a/``."""
    return [path[: -len("index.html")], path] if path.endswith("/index.html") else [path]


def file_rules(site: Path) -> list[tuple[str, dict[str, str]]]:
    """(path pattern, headers) rules on top of the site-wide headers, in `_headers` syntax.

    Each page gets its own policy (csp.page_policies) as a second Content-Security-Policy:
    hosts send both (Netlify and Cloudflare Pages join a name repeated by matching rules), and
    a browser enforces both, so the page allows no more than its own policy says."""
    rules: list[tuple[str, dict[str, str]]] = [("/sw.js", {"Cache-Control": REVALIDATE}), (FORGET, FORGET_HEADERS)]
    for path, page_policy in page_policies(site).items():
        rules += [(url, {"Content-Security-Policy": page_policy}) for url in page_urls(path)]
    for folder in runtime_folders(site):
        rules.append((folder + "*", {"Cache-Control": IMMUTABLE}))
        rules += [("/" + p.relative_to(site).as_posix(), {"Content-Type": "application/wasm"})
                  for p in sorted((site / folder.strip("/")).glob("*.wasm"))]
    rules += [(path, {"Cache-Control": IMMUTABLE}) for path in fingerprinted_files(site)]
    return rules


def render_rules(rules: list[tuple[str, dict[str, str]]]) -> str:
    """Rules in `_headers` syntax (a path line, then indented `Name: value` lines)."""
    lines: list[str] = []
    for path, headers in rules:
        lines.append(path)
        lines += [f"  {name}: {value}" for name, value in headers.items()]
    return "\n".join(lines) + ("\n" if lines else "")


def render_nginx(common: dict[str, str], site: Path) -> str:
    """nginx `server` blocks (HTTP redirecting to HTTPS; HTTPS sending `common` everywhere plus
    the per-file rules).

    nginx drops inherited `add_header`s in any block that has its own, so every location
    repeats the common headers (this file is generated, the repetition costs nothing).
    """
    def headers(extra: dict[str, str] | None = None, indent: str = "        ") -> list[str]:
        merged = {**common, **(extra or {})}
        return [f'{indent}add_header {name} "{value}" always;' for name, value in merged.items()
                if name != "Content-Type"]

    out = [
        "# Rebond: nginx server blocks for the built site, generated by the build",
        "# (src/rebond_site/host_headers.py) with the same headers as `_headers`. Regenerate it with",
        "# every build: the Content-Security-Policy lists the hashes of this build's inline scripts.",
        "# Copy the site to /srv/rebond (or change `root`), and this file outside the web root;",
        "# set server_name and the certificate's paths. HTTP only redirects to HTTPS, which sends",
        "# Strict-Transport-Security.",
        "server {",
        "    listen 80;",
        "    server_name example.org;",
        "    return 301 https://$host$request_uri;",
        "}",
        "",
        "server {",
        "    listen 443 ssl;",
        "    server_name example.org;",
        "    ssl_certificate /etc/ssl/example.org/fullchain.pem;",
        "    ssl_certificate_key /etc/ssl/example.org/privkey.pem;",
        "    root /srv/rebond;",
        "    index index.html;",
        "    charset utf-8;",
        "    error_page 404 /404.html;",
        "    # Compress text, the runtime's JavaScript and its uncompressed zips (brotli is better",
        "    # still, with the ngx_brotli module: brotli on; brotli_types <the same list>;).",
        "    gzip on;",
        "    gzip_comp_level 6;",
        "    gzip_types text/css text/javascript application/javascript application/json",
        "               application/wasm application/zip image/svg+xml;",
        "",
        "    location / {",
        "        try_files $uri $uri/ =404;",
        *headers(),
        "    }",
        "    # Host configuration files of the build are not for readers.",
        "    location ~ ^/_ {",
        "        return 404;",
        "    }",
        "    location = /sw.js {",
        *headers({"Cache-Control": REVALIDATE}),
        "    }",
        f"    location = {FORGET} {{",
        *headers(FORGET_HEADERS),
        "    }",
    ]
    for folder in runtime_folders(site):
        out += [
            f"    location ^~ {folder} {{",
            *headers({"Cache-Control": IMMUTABLE}),
            "        location ~ \\.wasm$ {",
            "            types { }",
            "            default_type application/wasm;",
            *headers({"Cache-Control": IMMUTABLE}, indent="            "),
            "        }",
            "    }",
        ]
    out.append("    # Each page with its own policy (index.html: where nginx's index module leads a folder's URL).")
    for path, page_policy in page_policies(site).items():
        out += [f"    location = {path} {{", *headers({"Content-Security-Policy": page_policy}), "    }"]
    out += [
        "    # Material's fingerprinted files: the name changes whenever the content does.",
        '    location ~ "\\.[0-9a-f]{8}\\.min\\.(js|css)$" {',
        *headers({"Cache-Control": IMMUTABLE}),
        "    }",
        "}",
    ]
    return "\n".join(out) + "\n"


def render_headers(csp: str, site: Path | None = None) -> str:
    """The `_headers` file (Netlify / Cloudflare Pages syntax): the headers of every file,
    then, given the built `site`, the caching and type rules of particular files."""
    lines = ["/*", f"  Content-Security-Policy: {csp}"]
    lines += [f"  {name}: {value}" for name, value in HEADERS.items()]
    text = "\n".join(lines) + "\n"
    return text + render_rules(file_rules(site)) if site is not None else text


def write_host_files(site: Path, csp: str) -> None:
    """``_headers`` and the nginx example, for the built `site` under the policy `csp`."""
    (site / HEADERS_NAME).write_text(render_headers(csp, site), encoding="utf-8")
    (site / NGINX_NAME).write_text(render_nginx({"Content-Security-Policy": csp, **HEADERS}, site), encoding="utf-8")
