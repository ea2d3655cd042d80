"""MkDocs hook: keep the language switcher's links relative.

static-i18n gives the home pages root-absolute links ("/", "/en/"), which break when the site
is served under a sub-path (e.g. /rebond/). Make them relative to the site root, as every
other link is; Material's `url` filter then makes them relative to the page.
"""

from __future__ import annotations

from mkdocs.plugins import event_priority


@event_priority(-200)  # after static-i18n has chosen each page's counterparts
def on_page_context(context, page, config, nav, **kwargs):
    # static-i18n sets `config.extra.alternate` as an attribute, which templates read first.
    for alternate in getattr(config.extra, "alternate", None) or []:
        link = alternate.get("link", "")
        if link.startswith("/") and not link.startswith("//"):
            alternate["link"] = link.lstrip("/") or "./"
    return context
