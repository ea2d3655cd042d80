"""MkDocs hook: one search index (and sitemap) per language.

static-i18n stacks every language's entries into one index, so a French search shows English
pages too. After the last build, split it: the French index (at the root) keeps the French
pages, ``en/search/search_index.json`` the English ones, each with its own stemmer.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from i18n_build import after_all_languages, is_final_build

_BASE = re.compile(r'("base":\s*")([^"]*)(")')


def on_post_page(output: str, page, config, **kwargs) -> str:
    """Point a non-default language's pages at their own index (Material reads `base`)."""
    plugin = config["plugins"]["i18n"]
    if plugin.current_language == plugin.default_language:
        return output
    lang = plugin.current_language
    # The trailing slash matters: Material resolves "search/search_index.json" against it.
    return _BASE.sub(lambda m: f"{m[1]}{m[2]}/{lang}/{m[3]}", output, count=1)


@after_all_languages
def on_post_build(config, **kwargs) -> None:
    if not is_final_build(config):
        return
    plugin = config["plugins"]["i18n"]
    site = Path(config["site_dir"])
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    others = [lang.locale for lang in plugin.config.languages if lang.locale != plugin.default_language]
    for locale in [plugin.default_language, *others]:
        prefix = "" if locale == plugin.default_language else f"{locale}/"
        docs = [
            _relocate(doc, prefix) for doc in index["docs"]
            if _language_of(doc["location"], others, plugin.default_language) == locale
        ]
        out = site / prefix / "search" / "search_index.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        split = {**index, "config": {**index["config"], "lang": [locale]}, "docs": docs}
        out.write_text(json.dumps(split, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        # Material reads the sitemap beside the index (its `base`) to check page counterparts.
        if prefix and (site / "sitemap.xml").is_file():
            (site / prefix / "sitemap.xml").write_bytes((site / "sitemap.xml").read_bytes())


def _language_of(location: str, others: list[str], default: str) -> str:
    head = location.split("/", 1)[0]
    return head if head in others else default


def _relocate(doc: dict, prefix: str) -> dict:
    """Locations are relative to the index's own language root."""
    if prefix and doc["location"].startswith(prefix):
        return {**doc, "location": doc["location"][len(prefix):]}
    return doc
