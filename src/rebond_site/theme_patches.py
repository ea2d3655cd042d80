"""Changes to the HTML that Material and static-i18n write, each one failing loudly when the
theme no longer writes what it changes.

Material is in maintenance mode and its successor reads the same configuration: a theme update
may move what these patches look for. A patch that silently stops applying would leave a page
without a policy, a dialog without a name, a link that breaks under a sub-path: every patch here
raises ``PluginError`` (the build stops and names the patch) when its target is missing.

- ``label_permalinks``, ``name_search_dialog``: labels the theme writes once for the whole site,
  in the page's language (the `toc` extension takes one `permalink_title` for every language, and
  static-i18n cannot vary extension options; Material's search `role="dialog"` has no name, which
  screen readers and axe's `aria-dialog-name` need). The labels are each pack's (``ui.UI``).
- ``relative_alternates``: static-i18n gives the home pages root-absolute links ("/", "/en/"),
  which break when the site is served under a sub-path (e.g. /rebond/); made relative to the site
  root, as every other link is (Material's `url` filter then makes them relative to the page).
- ``root_alternates``: the "not found" page is no page of the site's, so static-i18n leaves it
  the language links of whichever page was built last (the English link of a 404 led to the
  print checklists): they lead to each language's home instead.
- ``drop_head_alternates``: Material fetches "sitemap.xml" beside each `<link rel="alternate"
  hreflang>` of the `<head>` to map pages between languages, which 404s when they point at pages
  rather than at language roots; and without a site_url they can only be relative, which search
  engines and Lighthouse reject. The switcher's own links already lead to each page's
  counterpart.
- ``search_base``: a page of another language reads its own search index (search_split.py).
"""

from __future__ import annotations

import re
from typing import Any

from mkdocs.exceptions import PluginError

_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
_HEADERLINK = re.compile(r'<a class="headerlink" href="[^"]*" title="([^"]*)">')
_HEAD_ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')
_ANY_HREFLANG = re.compile(r"<link\b[^>]*\bhreflang=", re.I)
_SEARCH_BASE = re.compile(r'("base":\s*")([^"]*)(")')


def fail(what: str, expected: str) -> PluginError:
    """The error of a patch whose target is gone."""
    return PluginError(f"{what}: the page no longer holds {expected!r}. The theme (or static-i18n) changed what "
                       "it writes: update src/rebond_site/theme_patches.py (or the template) to match")


def replace_once(html: str, old: str, new: str, *, what: str) -> str:
    """`html` with its first `old` replaced by `new`; an error when there is no `old`."""
    if old not in html:
        raise fail(what, old)
    return html.replace(old, new, 1)


def label_permalinks(html: str, configured: str, label: str) -> str:
    """Every heading permalink's title (`configured`, mkdocs.yml's) said with `label`."""
    titles = _HEADERLINK.findall(html)
    if any(title != configured for title in titles) or html.count('class="headerlink"') != len(titles):
        raise fail("heading permalinks (toc)", f'<a class="headerlink" href="..." title="{configured}">')
    return _HEADERLINK.sub(lambda m: m.group(0).replace(f'title="{configured}"', f'title="{label}"'), html)


def name_search_dialog(html: str, label: str) -> str:
    """Material's search dialog, named for screen readers."""
    return replace_once(html, _DIALOG, _DIALOG[:-1] + f' aria-label="{label}">', what="Material's search dialog")


def relative_alternates(alternates: list[dict[str, Any]] | None) -> None:
    """static-i18n's language links (``config.extra.alternate``), relative to the site root."""
    for alternate in alternates or []:
        link = alternate.get("link", "")
        if link.startswith("/") and not link.startswith("//"):
            alternate["link"] = link.lstrip("/") or "./"


def root_alternates(alternates: list[dict[str, Any]] | None, default: str) -> None:
    """The language links (``config.extra.alternate``) pointed at each language's home page,
    relative to the site root as ``relative_alternates`` leaves them."""
    for alternate in alternates or []:
        alternate["link"] = "./" if alternate["lang"] == default else f"{alternate['lang']}/"


def drop_head_alternates(html: str) -> str:
    """The page without the `<link rel="alternate" hreflang>` of its `<head>`."""
    head, sep, body = html.partition("</head>")
    head = _HEAD_ALTERNATE.sub("", head)
    if _ANY_HREFLANG.search(head):
        raise fail("the <head>'s language alternates", '<link rel="alternate" href="..." hreflang="...">')
    return head + sep + body


def search_base(html: str, lang: str) -> str:
    """Material's `base` (where its search reads its index) pointed at a language's folder."""
    if not _SEARCH_BASE.search(html):
        raise fail("Material's page configuration (search base)", '"base": "..."')
    # The trailing slash matters: Material resolves "search/search_index.json" against it.
    return _SEARCH_BASE.sub(lambda m: f"{m[1]}{m[2]}/{lang}/{m[3]}", html, count=1)
