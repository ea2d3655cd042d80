"""MkDocs hook: the language switcher's links, relative and without sitemap look-ups.

static-i18n gives the home pages root-absolute links ("/", "/en/"), which break when the site
is served under a sub-path (e.g. /rebond/). Make them relative to the site root, as every
other link is; Material's `url` filter then makes them relative to the page.
"""

from __future__ import annotations

import re

from mkdocs.plugins import event_priority


@event_priority(-200)  # after static-i18n has chosen each page's counterparts
def on_page_context(context, page, config, nav, **kwargs):
    # static-i18n sets `config.extra.alternate` as an attribute, which templates read first.
    for alternate in getattr(config.extra, "alternate", None) or []:
        link = alternate.get("link", "")
        if link.startswith("/") and not link.startswith("//"):
            alternate["link"] = link.lstrip("/") or "./"
    return context


# <link rel="alternate" hreflang> in <head>: Material fetches "sitemap.xml" beside each of
# them to map pages between languages, which 404s when they point at pages rather than at
# language roots; and without a site_url they can only be relative, which search engines
# and Lighthouse reject. The switcher's own links already lead to each page's counterpart.
_HEAD_ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')


def on_post_page(output: str, page, config, **kwargs) -> str:
    head, sep, body = output.partition("</head>")
    return _HEAD_ALTERNATE.sub("", head) + sep + body
