"""MkDocs hook: the engine's typography on every text a page shows (theme, templates, what
Markdown extensions write). Last of the page hooks. See rebond_site.typography."""

from __future__ import annotations

from rebond_site.languages import page_lang
from rebond_site.typography import typeset_html


def on_post_page(output: str, page, config, **kwargs) -> str:
    return typeset_html(output, page_lang(page, config))
