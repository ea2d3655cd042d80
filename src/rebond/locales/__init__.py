"""The registry of languages: the one list of the languages Rebond writes in.

Everything that needs the list (fields, engine, macros, hooks, the data the pages receive)
reads it here. Adding a language is a matter of one pack (``locales/<code>/``) registered
below, and its pages. :func:`register` also lets a test add a pseudo-language.
"""

from __future__ import annotations

from . import en, fr
from .pack import Pack

DEFAULT = "fr"
# In registration order (the default first). A live list: fields.FIELDS["lang"] holds this very
# object, so a registered pack is a valid "lang" everywhere at once.
CODES: list[str] = []
_PACKS: dict[str, Pack] = {}


def register(pack: Pack) -> None:
    """Add a language (or replace the pack of one already registered)."""
    if pack.code not in _PACKS:
        CODES.append(pack.code)
    _PACKS[pack.code] = pack


def unregister(code: str) -> None:
    """Remove a language (tests only; the default cannot be removed)."""
    if code == DEFAULT:
        raise ValueError("the default language cannot be removed")
    _PACKS.pop(code, None)
    if code in CODES:
        CODES.remove(code)


def pack(code: str) -> Pack:
    """The pack of a registered language; KeyError otherwise (never a silent fallback)."""
    return _PACKS[code]


def codes() -> tuple[str, ...]:
    """Every registered language, the default first."""
    return tuple(CODES)


# The built-in packs, the default first.
register(fr.PACK)
register(en.PACK)
