"""MkDocs hook: the language switcher's links relative to the site root (to each language's home
on the "not found" page), and no head alternates (Material would fetch a sitemap beside each).
See rebond_site.theme_patches."""

from __future__ import annotations

from rebond import locales
from rebond_site import order
from rebond_site.theme_patches import drop_head_alternates, relative_alternates, root_alternates


@order.after_i18n_page_context
def on_page_context(context, page, config, nav, **kwargs):
    # static-i18n sets `config.extra.alternate` as an attribute, which templates read first.
    relative_alternates(getattr(config.extra, "alternate", None))
    return context


def on_post_page(output: str, page, config, **kwargs) -> str:
    return drop_head_alternates(output)


def on_template_context(context, template_name, config, **kwargs):
    if template_name == "404.html":
        root_alternates(getattr(config.extra, "alternate", None), locales.DEFAULT)
    return context


def on_post_template(output: str, template_name: str, config, **kwargs) -> str:
    return drop_head_alternates(output) if template_name.endswith(".html") else output
