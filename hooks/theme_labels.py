"""MkDocs hook: the labels the theme writes once for the whole site (heading permalinks, the
search dialog), in the page's language. See rebond_site.theme_patches."""

from __future__ import annotations

from rebond import locales
from rebond_site.theme_patches import label_permalinks, name_search_dialog


def on_post_page(output: str, page, config, **kwargs) -> str:
    lang = str(config["theme"]["language"])
    if lang not in locales.CODES:
        return output
    ui = locales.pack(lang).ui.UI
    output = label_permalinks(output, config["mdx_configs"]["toc"]["permalink_title"], ui["permalink"])
    return name_search_dialog(output, ui["search_dialog"])
