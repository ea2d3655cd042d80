"""French typography: non-breaking spaces, in one place for all French output.

The rules: U+00A0 before ":" and inside « guillemets »; U+202F (narrow no-break space) before
";", "!" and "?". English uses none of this.

:func:`spacing_fixes` finds every place to fix as ``(start, end, replacement)``; the composer
applies them all with :func:`french`, and the reviewer offers them one by one, so the two can
never disagree.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import cast

NBSP = "\u00a0"
NNBSP = "\u202f"
_SPACES = " \t" + NBSP + NNBSP

# A run of high punctuation with the spaces (or none) before it. Each expression starts only
# where its run starts (look-behind), so that no run of spaces is read twice: linear time.
_PUNCT = re.compile(r"(?<![ \t\u00a0\u202f])([ \t\u00a0\u202f]*)([;!?]+|:)")
_OPEN = re.compile(r"«([ \t\u00a0\u202f]*)")
_CLOSE = re.compile(r"(?<![ \t\u00a0\u202f])([ \t\u00a0\u202f]*)»")
# Where punctuation is not French prose: addresses, links, times, smileys, character entities.
_EXEMPT = re.compile(r"\b(?:https?|mailto|ftp):\S*|\bwww\.\S+|(?<!\S)[^\s@]+@\S+|\d:\d|[:;]-?[()]|&#?\w+;")


def _exempt_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _EXEMPT.finditer(text)]


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Is ``pos`` inside one of these sorted, non-overlapping spans?"""
    i = bisect_right(spans, (pos, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def spacing_fixes(text: str) -> list[tuple[int, int, str]]:
    """Every missing or wrong space before ; : ! ? and inside « », as (start, end, replacement)."""
    exempt = _exempt_spans(text)
    fixes: list[tuple[int, int, str]] = []
    for m in _PUNCT.finditer(text):
        spaces, punct = m.group(1), m.group(2)
        start = m.start(1)
        if start == 0 or text[start - 1] in "\n«" or _inside(m.start(2), exempt):
            continue  # line start, or not prose
        wanted = NBSP if punct == ":" else NNBSP
        if spaces in (NBSP, NNBSP):
            continue  # either no-break space is accepted
        fixes.append((m.start(1), m.end(1), wanted))
    for m in _OPEN.finditer(text):
        end = m.end(1)
        if m.group(1) != NBSP and end < len(text) and text[end] != "\n":
            fixes.append((m.start(1), m.end(1), NBSP))
    for m in _CLOSE.finditer(text):
        start = m.start(1)
        if m.group(1) != NBSP and start > 0 and text[start - 1] != "\n":
            fixes.append((m.start(1), m.end(1), NBSP))
    return sorted(fixes)


def apply(text: str, fixes: list[tuple[int, int, str]]) -> str:
    """Apply non-overlapping (start, end, replacement) edits, right to left.

    An edit that overlaps one already applied is dropped; an insertion (start == end) may sit
    right before a replacement that starts at the same place, but only one insertion per place.
    """
    pieces: list[str] = []  # built right to left, joined once: linear in the text's length
    last = len(text)
    last_insertion = -1
    for start, end, replacement in sorted(fixes, reverse=True):
        if end > last or (start == end and start == last_insertion):
            continue
        pieces.append(text[end:last])
        pieces.append(replacement)
        last = start
        if start == end:
            last_insertion = start
    pieces.append(text[:last])
    return "".join(reversed(pieces))


def french(text: str) -> str:
    """Apply French typography to a whole text (idempotent)."""
    return apply(text, spacing_fixes(text))


# A straight apostrophe between two letters (l'article, aujourd'hui), outside addresses.
_STRAIGHT_APOSTROPHE = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_])")


def apostrophes(text: str) -> str:
    """Straight apostrophes between letters -> typographic ones (’), in any language."""
    return _STRAIGHT_APOSTROPHE.sub("’", text)


# A number and its unit stay on one line: "2 mois", "36,1 %", "24 heures"; so do "n° 005".
_NUMBER_UNIT = re.compile(
    r"(?<=\d) (?=(?:%|mois|jours?|heures?|semaines?|ans|années?|caractères|minutes|mots)(?!\w))")


_NUMBER_SIGN = re.compile(r"(?<=\bn°) (?=\d)")


def number_units(text: str) -> str:
    """A no-break space between a number and its unit, and after "n°" (French)."""
    return _NUMBER_SIGN.sub(NBSP, _NUMBER_UNIT.sub(NBSP, text))


def french_catalog[T](value: T) -> T:
    """:func:`french` (with :func:`apostrophes` and :func:`number_units`) over every string of a catalog: a string, or
    dicts, lists and tuples of them, rebuilt with the same shape. Keys are left as they are."""
    result: object = value
    if isinstance(value, str):
        result = french(number_units(apostrophes(value)))
    elif isinstance(value, dict):
        result = {key: french_catalog(item) for key, item in value.items()}
    elif isinstance(value, (list, tuple)):
        result = type(value)(french_catalog(item) for item in value)
    return cast(T, result)  # the same shape as the value
