"""One search index (and sitemap) per language.

static-i18n stacks every language's entries into one index, so a French search shows English
pages too. After the last build, ``split_index`` splits it: the French index (at the root) keeps
the French pages, ``en/search/search_index.json`` the English ones, each with its own stemmer;
each language's pages read their own (``theme_patches.search_base``).
"""

from __future__ import annotations

import json
from pathlib import Path


def split_index(site: Path, default: str, others: list[str]) -> None:
    """Split the built `site`'s search index into one per language (`default` at the root)."""
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    for locale in [default, *others]:
        prefix = "" if locale == default else f"{locale}/"
        docs = [_relocate(doc, prefix) for doc in index["docs"]
                if _language_of(doc["location"], others, default) == locale]
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
