"""MkDocs hook: labels the theme writes once for the whole site, in the page's language.

- The heading permalinks' title: the `toc` extension takes one `permalink_title` for every
  language (the default language's, in mkdocs.yml), and static-i18n cannot vary extension options.
- The search dialog's name: Material's `role="dialog"` has none, which screen readers (and
  axe's `aria-dialog-name`) need.

The labels are each language pack's (``ui.UI["permalink"]``, ``ui.UI["search_dialog"]``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
from rebond import locales

_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'


def on_post_page(output: str, page, config, **kwargs) -> str:
    lang = str(config["theme"]["language"])
    if lang not in locales.CODES:
        return output
    ui = locales.pack(lang).ui.UI
    configured = config["mdx_configs"]["toc"]["permalink_title"]
    output = output.replace(f'title="{configured}"', f'title="{ui["permalink"]}"')
    named = _DIALOG[:-1] + f' aria-label="{ui["search_dialog"]}">'
    return output.replace(_DIALOG, named, 1)
