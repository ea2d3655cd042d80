"""Grammalecte, the outside judge of the engine's French (not a test module).

Debian's ``python3-grammalecte`` is pure Python installed under /usr/lib/python3/dist-packages;
``make test`` installs it when missing (scripts/setup.sh). :func:`checker` imports it from
there without letting the rest of that folder shadow the project's own packages.

:func:`grammar_findings` checks each paragraph once (corpora repeat paragraphs a lot) and
returns the grammar findings only: spelling findings on the proper names readers type are
expected and say nothing about the engine's grammar.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

DEBIAN_DIST = "/usr/lib/python3/dist-packages"

# Rules ignored only where they fire inside a name the reader typed, each with the reason why.
IGNORED_IN_NAMES: dict[str, str] = {
    "g2__maj_gentilés__b3_a1_1":
        "a brand's own capital (\"Le Slip Français\") is its spelling, not the engine's grammar",
}


@lru_cache(maxsize=1)
def checker() -> Any:
    """Grammalecte's French grammar checker, or ImportError with what to install."""
    if DEBIAN_DIST not in sys.path:
        sys.path.append(DEBIAN_DIST)  # appended: the venv's own packages keep precedence
    try:
        import grammalecte
    except ImportError as exc:  # pragma: no cover - depends on the machine
        raise ImportError("Grammalecte is missing: install Debian's python3-grammalecte "
                          "(make test does it when run as root)") from exc
    return grammalecte.GrammarChecker("fr")


def _inside(paragraph: str, start: int, end: int, names: Iterable[str]) -> bool:
    for name in names:
        at = paragraph.find(name) if name else -1
        while at >= 0:
            if at <= start and end <= at + len(name):
                return True
            at = paragraph.find(name, at + 1)
    return False


def grammar_findings(paragraphs: Iterable[str], names: Iterable[str] = ()) -> list[dict[str, Any]]:
    """Grammar findings over distinct paragraphs: ``{"rule", "message", "excerpt", "paragraph"}``.

    ``names``: what the reader typed as names (company, people); a finding of a rule of
    :data:`IGNORED_IN_NAMES` that lies wholly inside one of them is not the engine's.
    """
    gc = checker()
    names = tuple(names)
    out = []
    for paragraph in dict.fromkeys(p for p in paragraphs if p.strip()):
        grammar, _spelling = gc.getParagraphErrors(paragraph)
        for err in grammar:
            start, end = err["nStart"], err["nEnd"]
            if err["sRuleId"] in IGNORED_IN_NAMES and _inside(paragraph, start, end, names):
                continue
            out.append({"rule": err["sRuleId"], "message": err["sMessage"],
                        "excerpt": paragraph[start:end], "paragraph": paragraph})
    return out
