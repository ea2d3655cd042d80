"""A page may state no figure that the facts registry (rebond.facts) lacks.

A figure is a percentage or a number with a unit of time or length ("12,7 %", "2 mois",
"48 hours", "200 caractères"); see rebond.facts.FIGURE_UNITS. Each page's content is read as
the reader sees it, without the tools' forms and fields (what the reader types or the engine
writes there is not the site's claim). A figure the registry does not hold is a warning, which
the strict build turns into a failure: source the figure in the registry, or remove it.
"""

from __future__ import annotations

import re
from html import unescape

from rebond import facts

# Elements whose text is not the page's own statement: forms, fields, code, scripts.
_SKIP = re.compile(r"<(form|textarea|output|pre|code|script|style|svg)\b.*?</\1>", re.S | re.I)
_NUMBER = r"(\d+(?:[.,]\d+)?)"
_SPACE = "[ \u00a0\u202f]?"


def _pattern(lang: str) -> re.Pattern:
    units = sorted(facts.FIGURE_UNITS[lang], key=len, reverse=True)
    alternatives = "|".join(re.escape(u) for u in units)
    return re.compile(rf"(?<![\w.,]){_NUMBER}{_SPACE}({alternatives})(?!\w)", re.I)


_PATTERNS = {lang: _pattern(lang) for lang in facts.FIGURE_UNITS}


def page_text(html: str) -> str:
    """The text a reader reads, without the parts that are not the site's statements."""
    text = _SKIP.sub(" ", html)
    return unescape(re.sub(r"<[^>]+>", " ", text))


def stated_figures(html: str, lang: str) -> list[tuple[str, str, str]]:
    """Every figure a page states: (number, unit, as written)."""
    found = []
    for match in _PATTERNS[lang].finditer(page_text(html)):
        number = match.group(1).replace(",", ".")
        unit = facts.FIGURE_UNITS[lang][match.group(2).lower()]
        found.append((number, unit, match.group(0)))
    return found


def unsourced_figures(html: str, lang: str) -> list[str]:
    """The figures of a page that no fact of the registry holds, as written."""
    allowed = facts.figures()
    return [written for number, unit, written in stated_figures(html, lang)
            if (number, unit) not in allowed]
