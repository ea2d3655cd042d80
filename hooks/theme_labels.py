"""MkDocs hook: labels the theme writes once for the whole site, in the page's language.

- The heading permalinks' title: the `toc` extension takes one `permalink_title` for every
  language (French, in mkdocs.yml), and static-i18n cannot vary extension options.
- The search dialog's name: Material's `role="dialog"` has none, which screen readers (and
  axe's `aria-dialog-name`) need.
"""

from __future__ import annotations

PERMALINK = {"fr": "Lien vers cette section", "en": "Link to this section"}
SEARCH_DIALOG = {"fr": "Rechercher dans le guide", "en": "Search the guide"}
_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'


def on_post_page(output: str, page, config, **kwargs) -> str:
    lang = str(config["theme"]["language"])
    if lang not in PERMALINK:
        return output
    if lang != "fr":
        output = output.replace(f'title="{PERMALINK["fr"]}"', f'title="{PERMALINK[lang]}"')
    named = _DIALOG[:-1] + f' aria-label="{SEARCH_DIALOG[lang]}">'
    return output.replace(_DIALOG, named, 1)
