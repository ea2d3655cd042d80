"""Inclusive and doubled forms -> a masculine and a feminine form.

Job ads and readers write both forms at once: "chargé(e)", "développeur·se", "ingénieur.e",
"infirmier/ère", "rédacteur/trice", "vendeur / vendeuse", "hôte(sse)". The engine never
writes such a form (readers object to them, FACTS.md): it picks the form that agrees with the
writer. The phrase catalogs use the same notation ("ravi·e") for the few words that agree
with the writer, so one reader serves both.
"""

from __future__ import annotations

import re
from functools import lru_cache

# A word, then its feminine ending in brackets, after a middle dot (or full stop), or after a
# slash; an optional plural mark after. The ending is lower case: "Vendeur/Vendeuse" is a doublet.
_MARKED = re.compile(
    r"^(?P<stem>[^\W\d_][^\W\d_'’-]*?)"
    r"(?:\((?P<paren>[a-zàâçéèêëîïôûù]{1,5})\)|[·•.](?P<dot>[a-zàâçéèêëîïôûù]{1,5})|/(?P<slash>[a-zàâçéèêëîïôûù]{1,5}))"
    r"(?:[·•.]?s|\(s\))?$"
)
# A doubled form written in full: "Vendeur/Vendeuse", "vendeur / vendeuse".
_DOUBLET = re.compile(r"(?<![\w])([^\W\d_]{3,})\s*/\s*([^\W\d_]{3,})(?![\w])")


def feminine_of(stem: str, ending: str) -> str:
    """The feminine of ``stem`` given the ending the writer added ("e", "se", "trice"...)."""
    low = stem.lower()
    if ending in ("e", "es"):
        return stem + "e"
    if ending in ("se", "euse") and low.endswith("eur"):
        return stem[:-3] + "euse"
    if ending == "se" and low.endswith("x"):
        return stem[:-1] + "se"
    if ending in ("rice", "trice") and low.endswith("teur"):
        return stem[:-4] + "trice"
    if ending == "rice" and low.endswith("eur"):
        return stem[:-3] + "rice"
    if ending in ("ère", "ere") and low.endswith("er"):
        return stem[:-2] + "ère"
    if ending == "ve" and low.endswith("f"):
        return stem[:-1] + "ve"
    if ending == "ne" and low.endswith("n"):
        return stem + "ne"
    if ending == "le" and low.endswith("l"):
        return stem + "le"
    if ending == "te" and low.endswith("t"):
        return stem + "te"
    if ending == "fe" and low.endswith("f"):
        return stem + "fe"
    if ending in ("sse", "esse"):
        return stem.rstrip("e") + "esse"
    return stem + ending


def _word_forms(word: str) -> tuple[str, str] | None:
    m = _MARKED.match(word)
    if not m:
        return None
    stem = m["stem"]
    ending = m["paren"] or m["dot"] or m["slash"]
    if m["dot"] and not m["dot"].startswith(("e", "s", "r", "t", "n", "v", "l", "f", "è")):
        return None  # "fin.Elle" or a URL-like token is not an inclusive form
    return stem, feminine_of(stem, ending)


def _shared_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a.lower(), b.lower(), strict=False):  # the common prefix: stops at the shorter
        if x != y:
            break
        n += 1
    return n


@lru_cache(maxsize=1024)
def split(phrase: str) -> tuple[str, str, bool]:
    """``(masculine, feminine, marked)`` of a phrase; ``marked`` when it held both forms.

    >>> split("Assistant(e) administratif(ve)")
    ('Assistant administratif', 'Assistante administrative', True)
    """

    def doublet(m: re.Match[str]) -> str:
        first, second = m[1], m[2]
        if _shared_prefix(first, second) >= 3:
            return f"{first}\u0000{second}"  # both forms, separated until the words are split
        return m[0]

    phrase = _DOUBLET.sub(doublet, phrase)
    masc, fem = [], []
    marked = False
    for word in phrase.split(" "):
        if "\u0000" in word:
            a, b = word.split("\u0000", 1)
            masc.append(a)
            fem.append(b)
            marked = True
            continue
        core = word.rstrip(",;:!?»")
        trail = word[len(core):]
        if core.endswith(".") and _word_forms(core[:-1]):  # "informé·e." ends a sentence
            core, trail = core[:-1], "." + trail
        forms = _word_forms(core)
        if forms:
            masc.append(forms[0] + trail)
            fem.append(forms[1] + trail)
            marked = True
        else:
            masc.append(word)
            fem.append(word)
    return " ".join(masc), " ".join(fem), marked


def has_marks(text: str) -> bool:
    """True when some word of ``text`` holds both forms ("déçu(e)", "ravi·e")."""
    return split(text)[2]
