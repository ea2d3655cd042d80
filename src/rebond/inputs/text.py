"""Typed text tidied to the typography of the message it goes into.

Readers type straight apostrophes and quotes, doubled exclamation marks, "...", spaces before
a full stop, whole sentences in capitals. The catalogs are written with curly apostrophes, the
language's quotation marks and one mark of punctuation at a time; typed text must read the
same, or the message looks pasted together.
"""

from __future__ import annotations

import re
from functools import lru_cache

_APOSTROPHE = re.compile(r"(?<=\w)'|'(?=\w)")
_DOUBLE_QUOTES = re.compile(r'"([^"\n]*)"')
_REPEATED = re.compile(r"([!?])[!?]+")
_ELLIPSIS = re.compile(r"\.{3,}")
_SPACE_BEFORE = re.compile(r"\s+([,.…])")
_SPACES = re.compile(r"[ \t]+")


@lru_cache(maxsize=512)
def tidy(text: str, quotes: tuple[str, str]) -> str:
    """Curly apostrophes, the language's quotation marks, one ! or ? at a time, single spaces."""
    out = _APOSTROPHE.sub("’", text)
    out = _DOUBLE_QUOTES.sub(lambda m: f"{quotes[0]}{m[1].strip()}{quotes[1]}", out)
    out = out.replace('"', "").replace("'", "’")
    out = _REPEATED.sub(r"\1", out)
    out = _ELLIPSIS.sub("…", out)
    out = _SPACE_BEFORE.sub(r"\1", out)
    return _SPACES.sub(" ", out).strip()


def shouted(text: str) -> bool:
    """True when a text of several words is typed all in capitals."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(text.split()) >= 2 and len(letters) >= 6 and all(ch.isupper() for ch in letters)


def first_lower(text: str) -> str:
    """The first letter in lower case, unless the first word is an acronym or a proper name
    written with inner capitals ("SQL", "iOS", "McKinsey")."""
    first = text.split(" ", 1)[0]
    letters = [ch for ch in first if ch.isalpha()]
    if len(letters) > 1 and (all(ch.isupper() for ch in letters) or any(ch.isupper() for ch in first[1:])):
        return text
    return text[:1].lower() + text[1:]


def first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def as_sentence(text: str) -> str:
    """A typed sentence made a sentence of its own: capital first, a final full stop."""
    text = text.strip()
    if not text:
        return text
    if text[-1] not in ".!?…":
        text += "."
    return first_upper(text)
