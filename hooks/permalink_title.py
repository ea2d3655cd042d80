"""MkDocs hook: the heading permalinks' title in the page's language.

The `toc` extension takes one `permalink_title` for the whole site (French, in mkdocs.yml);
static-i18n cannot vary extension options per language, so English pages get theirs here.
"""

from __future__ import annotations

TITLES = {"fr": "Lien vers cette section", "en": "Link to this section"}


def on_post_page(output: str, page, config, **kwargs) -> str:
    lang = str(config["theme"]["language"])
    if lang == "fr" or lang not in TITLES:
        return output
    return output.replace(f'title="{TITLES["fr"]}"', f'title="{TITLES[lang]}"')
