"""MkDocs hook: one search index per language, each language's pages reading their own. See
rebond_site.search_split."""

from __future__ import annotations

from pathlib import Path

from rebond_site import order
from rebond_site.search_split import split_index
from rebond_site.theme_patches import search_base


def on_post_page(output: str, page, config, **kwargs) -> str:
    plugin = config["plugins"]["i18n"]
    if plugin.current_language == plugin.default_language:
        return output
    return search_base(output, plugin.current_language)


@order.site_files
def on_post_build(config, **kwargs) -> None:
    if order.is_final_build(config):
        plugin = config["plugins"]["i18n"]
        others = [lang.locale for lang in plugin.config.languages if lang.locale != plugin.default_language]
        split_index(Path(config["site_dir"]), plugin.default_language, others)
