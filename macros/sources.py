"""Macros built from the facts registry (rebond.facts) and from the guide itself.

- ``facts_figures()``: the table of figures (DARES) of the sources page.
- ``facts_rules()``: the table of Code du travail articles.
- ``facts_list(section)``: a section of facts as a list, each with its source and date.
- ``reading_minutes()`` / ``guide_words()``: the guide's real reading time, counted at build
  time from the pages of the navigation's guide section, in the page's language.

They return Markdown, in the page's language, so the page and the registry cannot disagree.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from pathlib import Path

from rebond import facts

WORDS_PER_MINUTE = 200  # a reading pace the page states beside the result
GUIDE_SECTION = "Le guide"  # the navigation section whose pages make up the guide

_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "figures": {"fr": ("Chiffre", "Ce qu’il mesure", "Source", "Vérifié"),
                "en": ("Figure", "What it measures", "Source", "Checked")},
    "rules": {"fr": ("Article du Code du travail", "Ce qu’il prévoit", "Vérifié"),
              "en": ("Article of the Code du travail", "What it provides", "Checked")},
}
_CHECKED = {"fr": "Vérifié en {month}.", "en": "Checked in {month}."}


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def figures_table(lang: str) -> str:
    head = _HEADERS["figures"][lang]
    rows = [f"| {' | '.join(head)} |", "|" + "---|" * len(head)]
    for fact in facts.section("figures"):
        source = facts.SOURCES[fact.source].name[lang]
        rows.append(f"| {fact.label[lang]} | {_cell(fact.text[lang])} | {source} | "
                    f"{facts.checked_label(fact.checked, lang)} |")
    return "\n".join(rows)


def rules_table(lang: str) -> str:
    head = _HEADERS["rules"][lang]
    rows = [f"| {' | '.join(head)} |", "|" + "---|" * len(head)]
    for fact in facts.section("rules"):
        rows.append(f"| {fact.label[lang]} | {_cell(fact.text[lang])} | "
                    f"{facts.checked_label(fact.checked, lang)} |")
    return "\n".join(rows)


def fact_list(section: str, lang: str) -> str:
    items = []
    for fact in facts.section(section):
        source = facts.SOURCES[fact.source]
        name = f"[{source.name[lang]}]({source.url})" if source.url else source.name[lang]
        label = f" ({fact.label[lang]})" if fact.label else ""
        checked = _CHECKED[lang].format(month=facts.checked_label(fact.checked, lang))
        items.append(f"- **{name}{label}** : {fact.text[lang]} {checked}" if lang == "fr"
                     else f"- **{name}{label}**: {fact.text[lang]} {checked}")
    text = "\n".join(items)
    return text.replace(" :", "\u00a0:") if lang == "fr" else text


# --- reading time ---------------------------------------------------------------------------

def guide_pages(nav: list, lang: str, docs: Path) -> list[Path]:
    """The Markdown files of the navigation's guide section, in ``lang``."""
    for entry in nav:
        if isinstance(entry, dict) and GUIDE_SECTION in entry:
            paths = [next(iter(item.values())) for item in entry[GUIDE_SECTION]]
            return [docs / (p if lang == "fr" else p[:-3] + f".{lang}.md") for p in paths]
    raise KeyError(f"no {GUIDE_SECTION!r} section in the navigation")


def prose_words(markdown: str, snippets: Path) -> int:
    """Words a reader reads in a page's Markdown: without front matter, markup, link targets,
    HTML tags (an SVG's labels repeat the list after it) or macro calls; includes expanded."""
    text = re.sub(r"\A---\n.*?\n---\n", "", markdown, flags=re.S)
    text = re.sub(r'\{%\s*include\s+"([^"]+)"\s*%\}',
                  lambda m: (snippets / m.group(1)).read_text(encoding="utf-8"), text)
    text = re.sub(r"\{[{%#].*?[%}#]\}", " ", text, flags=re.S)
    text = re.sub(r"<svg\b.*?</svg>", " ", text, flags=re.S)
    text = re.sub(r"<!--.*?-->|<[^>]+>", " ", text, flags=re.S)
    text = re.sub(r"\]\([^)]*\)", "]", text)
    return len(re.findall(r"[^\W_]+(?:[’'-][^\W_]+)*", text))


def count_guide_words(nav: list, lang: str, docs: Path, snippets: Path) -> int:
    return sum(prose_words(p.read_text(encoding="utf-8"), snippets)
               for p in guide_pages(nav, lang, docs))


def register(env, page_lang: Callable[[], str]) -> None:
    """Define this module's macros on the mkdocs-macros ``env``."""
    root = Path(env.conf["config_file_path"]).parent
    docs, snippets = root / "docs", root / "snippets"

    @env.macro
    def facts_figures() -> str:
        """The figures of the registry, as a table."""
        return figures_table(page_lang())

    @env.macro
    def facts_rules() -> str:
        """The Code du travail articles of the registry, as a table."""
        return rules_table(page_lang())

    @env.macro
    def facts_list(section: str) -> str:
        """One section of the registry, as a list with sources and dates."""
        return fact_list(section, page_lang())

    @env.macro
    def guide_words() -> str:
        """The number of words of the guide, written as the page's language writes numbers."""
        n = count_guide_words(env.conf["nav"], page_lang(), docs, snippets)
        return f"{n:,}".replace(",", "\u202f" if page_lang() == "fr" else ",")

    @env.macro
    def reading_minutes() -> int:
        """The guide's reading time, in whole minutes, at WORDS_PER_MINUTE."""
        words = count_guide_words(env.conf["nav"], page_lang(), docs, snippets)
        return math.ceil(words / WORDS_PER_MINUTE)

    @env.macro
    def words_per_minute() -> int:
        return WORDS_PER_MINUTE
