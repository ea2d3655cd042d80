"""MkDocs hook: the language switcher's links relative to the site root, and no head alternates
(Material would fetch a sitemap beside each). See rebond_site.theme_patches."""

from __future__ import annotations

from rebond_site import order
from rebond_site.theme_patches import drop_head_alternates, relative_alternates


@order.after_i18n_page_context
def on_page_context(context, page, config, nav, **kwargs):
    # static-i18n sets `config.extra.alternate` as an attribute, which templates read first.
    relative_alternates(getattr(config.extra, "alternate", None))
    return context


def on_post_page(output: str, page, config, **kwargs) -> str:
    return drop_head_alternates(output)
