"""Wordings -> text: the small template language of the language packs' message catalogs.

A wording is a string with slots in braces: ``"Je vous remercie pour {votre_reponse}."``.

- A slot is filled by the message's grammar object (:class:`rebond.grammar.Grammar`) from what
  the reader typed. A slot with no value (the reader left the field empty, or the company has
  already been named twice) makes the wording unusable, and another wording is chosen.
- ``{slot|text}`` gives ``text`` instead when the slot has no value.
- ``[ au sujet {du_poste}]`` is an optional segment: left out when a slot inside has no value.
- A slot whose name starts with a capital letter (``{Company}``) gets a capital first letter.
- Words that agree with the writer use the inclusive notation (``ravi·e``): such a wording
  comes with a neutral one, ``W("Je serais ravi·e de…", n="J’aurais plaisir à…")``, used when
  the writer chose no agreement. The engine never prints the notation itself.

Among the usable wordings of a part, those that place the most of what the reader typed (the
most slots without a fallback) come first, and the message's variant picks one of them
(``variant % count``): "another wording" changes every part at once, a detail the reader gave
is always used, and a missing field never leaves a hole.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .inputs import inclusive

_SLOT = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?:\|([^{}]*))?\}")
_OPTIONAL = re.compile(r"\[([^\[\]]*)\]")


@dataclass(frozen=True)
class W:
    """A wording with words that agree with the writer (``·``), and its neutral alternative."""

    mf: str
    n: str


Wording = str | W
# A part's wordings: one sequence for every register, or one per register ("formal", "warm").
Wordings = Sequence[Wording] | Mapping[str, Sequence[Wording]]


@lru_cache(maxsize=2048)
def for_writer(wording: Wording, gender: str) -> str:
    """The wording's text for the writer's agreement: "m", "f", or "n" (none)."""
    if isinstance(wording, str):
        return wording
    if gender == "n":
        return wording.n
    masc, fem, _ = inclusive.split(wording.mf)
    return fem if gender == "f" else masc


@lru_cache(maxsize=2048)
def slots(text: str) -> tuple[tuple[str, str | None], ...]:
    """The ``(name, fallback)`` of every slot in a wording, in order."""
    return tuple((m[1], m[2]) for m in _SLOT.finditer(text))


def _key(name: str) -> str:
    return name[0].lower() + name[1:]


@lru_cache(maxsize=2048)
def _required(text: str) -> tuple[str, ...]:
    """Slots without a fallback outside optional segments: the wording needs them."""
    return tuple(_key(name) for name, fallback in slots(_OPTIONAL.sub("", text)) if fallback is None)


def usable(text: str, has: Callable[[str], bool]) -> bool:
    """True when every required slot has a value."""
    return all(has(name) for name in _required(text))


def fill(text: str, value: Callable[[str], str | None], has: Callable[[str], bool]) -> str:
    """Fill optional segments and slots, left to right (the grammar counts mentions in reading
    order); an optional segment whose slots lack a value is left out."""

    def segment(m: re.Match[str]) -> str:
        inner = m[1]
        if all(fallback is not None or has(_key(name)) for name, fallback in slots(inner)):
            return _fill_slots(inner, value)
        return ""

    pieces = []
    last = 0
    for m in _OPTIONAL.finditer(text):  # segments and slots in reading order, one pass
        pieces.append(_fill_slots(text[last:m.start()], value))
        pieces.append(segment(m))
        last = m.end()
    pieces.append(_fill_slots(text[last:], value))
    return "".join(pieces)


def _fill_slots(text: str, value: Callable[[str], str | None]) -> str:
    def one(m: re.Match[str]) -> str:
        name, fallback = m[1], m[2]
        got = value(_key(name))
        got = fallback if got is None else got
        if got is None:
            raise KeyError(f"slot {name!r} has no value")
        return got[:1].upper() + got[1:] if name[0].isupper() and got else got

    return _SLOT.sub(one, text)


def candidates(wordings: Wordings, register: str, gender: str, variant: int,
               has: Callable[[str], bool]) -> list[str]:
    """Usable wordings, richest first, starting at the variant's: the composer takes the
    first, or the first that fits (a subject's length)."""
    pool: Sequence[Wording] = wordings[register] if isinstance(wordings, Mapping) else wordings
    texts = [for_writer(w, gender) for w in pool]
    ready = [t for t in texts if usable(t, has)]
    if not ready:
        return []
    # Richness: how many slots (without a fallback) the wording fills with the reader's input.
    richness = [sum(1 for name, fallback in slots(t) if fallback is None and has(_key(name))) for t in ready]
    best = max(richness)
    rich = [t for t, r in zip(ready, richness, strict=True) if r == best]
    start = variant % len(rich)
    rest = [t for t, r in sorted(zip(ready, richness, strict=True), key=lambda tr: -tr[1]) if r != best]
    return rich[start:] + rich[:start] + rest


def choose(wordings: Wordings, register: str, gender: str, variant: int,
           has: Callable[[str], bool]) -> str | None:
    """The variant's wording among the richest usable ones, or None."""
    found = candidates(wordings, register, gender, variant, has)
    return found[0] if found else None


def every_text(wordings: Any) -> list[str]:
    """Every literal string in a catalog structure (for tests and for pseudo-languages)."""
    if isinstance(wordings, str):
        return [wordings]
    if isinstance(wordings, W):
        return [wordings.mf, wordings.n]
    if isinstance(wordings, Mapping):
        return [t for value in wordings.values() for t in every_text(value)]
    if isinstance(wordings, (list, tuple)):
        return [t for value in wordings for t in every_text(value)]
    return []


def map_texts(wordings: Any, change: Callable[[str], str]) -> Any:
    """The same catalog structure with ``change`` applied to every literal string."""
    if isinstance(wordings, str):
        return change(wordings)
    if isinstance(wordings, W):
        return W(change(wordings.mf), change(wordings.n))
    if isinstance(wordings, Mapping):
        return {key: map_texts(value, change) for key, value in wordings.items()}
    if isinstance(wordings, tuple):
        return tuple(map_texts(value, change) for value in wordings)
    if isinstance(wordings, list):
        return [map_texts(value, change) for value in wordings]
    return wordings
