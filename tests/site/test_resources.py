"""No resource of the built site points to another origin (links to sources may)."""

from __future__ import annotations

import re

from support.pages import LANGS, pages, parse

EXTERNAL = re.compile(r"^(https?:)?//", re.I)
# Attributes that make the browser fetch something (an <a href> is only a link).
FETCHING = {
    "script": ("src",), "img": ("src", "srcset"), "source": ("src", "srcset"), "iframe": ("src",),
    "audio": ("src",), "video": ("src", "poster"), "embed": ("src",), "object": ("data",),
    "track": ("src",), "input": ("src",), "use": ("href", "xlink:href"), "image": ("href", "xlink:href"),
}
LINK_RELS_THAT_FETCH = {"stylesheet", "icon", "preload", "modulepreload", "prefetch", "manifest", "preconnect",
                        "dns-prefetch", "apple-touch-icon"}


def test_html_fetches_nothing_from_another_origin(site_dir):
    for lang in LANGS:
        for rel, html in pages(site_dir, lang).items():
            for tag, attrs in parse(html).tags:
                names = FETCHING.get(tag, ())
                if tag == "link" and LINK_RELS_THAT_FETCH & set(attrs.get("rel", "").split()):
                    names = ("href",)
                for name in names:
                    where = f"{lang}/{rel}: <{tag} {name}={attrs.get(name)!r}>"
                    assert not EXTERNAL.match(attrs.get(name, "").strip()), where


def test_styles_and_scripts_load_nothing_from_another_origin(site_dir):
    css_url = re.compile(r"url\(\s*['\"]?\s*(https?:)?//", re.I)
    css_import = re.compile(r"@import\s+['\"]?(https?:)?//", re.I)
    js_import = re.compile(r"""(?:\bimport\s*\(?|from)\s*['"](https?:)?//""")
    checked = 0
    for path in site_dir.rglob("*"):
        if path.suffix == ".css":
            text = path.read_text(encoding="utf-8", errors="replace")
            assert not css_url.search(text), path
            assert not css_import.search(text), path
            checked += 1
        elif path.suffix in (".js", ".mjs") and "pyodide" not in path.parts:
            text = path.read_text(encoding="utf-8", errors="replace")
            assert not js_import.search(text), path
            checked += 1
    assert checked >= 5


def test_runtime_has_no_default_cdn_left_reachable(site_dir):
    # Pyodide falls back to a CDN for packages missing from the lock file; the site's lock
    # lists only the engine and the worker pins packageBaseUrl to the site.
    door = (site_dir / "assets" / "javascripts" / "engine" / "pyodide.js").read_text(encoding="utf-8")
    assert "packageBaseUrl: ENGINE.href" in door
    assert "lockFileContents" in door
