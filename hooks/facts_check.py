"""MkDocs hook: a page that states a figure the facts registry (src/rebond/facts.py) lacks is a
warning, which the strict build turns into a failure. See rebond_site.facts_check."""

from __future__ import annotations

import logging

from rebond_site.facts_check import unsourced_figures
from rebond_site.languages import page_lang

log = logging.getLogger("mkdocs.hooks.facts_check")


def on_page_content(html: str, page, config, **kwargs) -> str:
    for written in unsourced_figures(html, page_lang(page, config)):
        log.warning("%s states the figure %r, which the facts registry (src/rebond/facts.py) "
                    "does not hold: source it there or remove it", page.file.src_uri, written)
    return html
