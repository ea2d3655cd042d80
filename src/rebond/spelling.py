"""Spelling, on request: the words of a text that the language's dictionary does not know.

The checker and its word lists are pyspellchecker (MIT, on PyPI), which the site ships as a wheel
of its own and the page loads only when the reader asks for a spelling check. The engine never
imports it: the worker hands the module over with :func:`attach` once the reader has asked (the
engine's memory snapshot holds no dictionary), and the tests do the same under CPython.

Never flagged: words the reader typed in the form (names, company, position...), what looks like
a proper noun (a capital that does not start a sentence, a capital inside a word) or an acronym
(capitals, digits), web and e-mail addresses, one-letter words. The language pack's review
module names the dictionary (``SPELLING``), the words the site itself uses (``SPELLING_WORDS``)
and the spellings the dictionary lacks but the language accepts (``SPELLING_VARIANTS``: British
"-our", "-ise"; French "œ"). Each finding offers up to three suggestions, each a one-click fix.
"""

from __future__ import annotations

import re
from typing import Any

from . import locales
from .review import MAX_CHARS, MAX_FINDINGS, finding

_WORDS = re.compile(
    r"(?<![\w.@/])(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # addresses: skipped
    r"|(?<!\w)(?P<word>[^\W\d_]+(?:['’-][^\W\d_]+)*)(?![\w@])"  # words (a digit makes a token no word)
    r"|(?P<stop>[.!?…:\n])",
    re.UNICODE,
)
MAX_SUGGESTIONS = 3
_MAX_SUGGESTED = 40  # words that get suggestions (each costs a few milliseconds)

_module: Any = None
_checkers: dict[str, Any] = {}


def attach(module: Any) -> None:
    """Hand over the ``spellchecker`` module (the page's worker does, once the reader asks)."""
    global _module
    _module = module
    _checkers.clear()


def attached() -> bool:
    return _module is not None


def _checker(data: Any) -> Any:
    """The language's checker, loaded on first use (a fraction of a second, once)."""
    code = getattr(data, "SPELLING", None)
    if _module is None or not code:
        return None
    if code not in _checkers:
        try:
            checker = _module.SpellChecker(language=code, distance=1)
        except ValueError:  # no dictionary for this language
            return None
        checker.word_frequency.load_words(getattr(data, "SPELLING_WORDS", "").split())
        _checkers[code] = checker
    return _checkers[code]


def _forms(word: str, data: Any) -> list[str]:
    """The word, then the forms of it the dictionary may know (apostrophes straightened,
    French elision removed, accepted variants)."""
    low = word.lower().replace("’", "'")
    out = [low]
    cut = low.find("'")
    if cut > 0 and low[:cut + 1] in getattr(data, "ELISIONS", "").split():
        out.append(low[cut + 1:])
    for suffix in getattr(data, "CONTRACTIONS", "").split():
        if low.endswith(suffix) and len(low) > len(suffix):
            out.append(low[:-len(suffix)])
    for old, new in getattr(data, "SPELLING_VARIANTS", ()):
        out += [f.replace(old, new) for f in list(out) if old in f]
    return out


def _known(word: str, checker: Any, data: Any) -> bool:
    forms = _forms(word, data)
    if checker.known(forms):
        return True
    if "-" in word:  # a compound the dictionary lacks: each of its parts
        return all(len(part) < 2 or _known(part, checker, data) for part in re.split(r"-", word))
    return False


def _doubled(word: str) -> set[str]:
    """The word with one letter doubled or undoubled: the usual second slip ("dissapointed")."""
    out = set()
    for i, ch in enumerate(word):
        out.add(word[:i] + ch + word[i:])
        if i + 1 < len(word) and word[i + 1] == ch:
            out.add(word[:i] + word[i + 1:])
    return out


def suggestions(word: str, checker: Any) -> list[str]:
    """Up to three known words one edit away (or one edit plus a doubled letter), the most
    frequent first, in the word's case."""
    low = word.lower()
    found = checker.known(checker.edit_distance_1(low))
    if not found:
        found = set()
        for near in checker.edit_distance_1(low):
            found |= checker.known(_doubled(near))
    ranked = sorted(found, key=lambda w: (-checker.word_frequency[w], w))[:MAX_SUGGESTIONS]
    if word[:1].isupper():
        ranked = [w[:1].upper() + w[1:] for w in ranked]
    return ranked


def _typed_words(names: tuple[str, ...]) -> set[str]:
    return {m.group(0).lower() for name in names for m in re.finditer(r"\w+(?:['’-]\w+)*", name)}


def check(text: str, *, lang: str, ui_lang: str | None = None, names: tuple[str, ...] = ()) -> dict[str, Any]:
    """``{"available": bool, "findings": [...]}``: each finding as the reviewer's, code
    "spelling", with ``fix`` (the first suggestion) and ``fixes`` (every suggestion)."""
    if lang not in locales.CODES:
        raise ValueError(f"unknown language: {lang!r}")
    data = locales.pack(lang).review
    cat = locales.pack(ui_lang if ui_lang in locales.CODES else lang).review
    checker = _checker(data)
    if checker is None:
        return {"available": False, "findings": []}
    text = text[:MAX_CHARS]
    typed = _typed_words(names)
    raw = []
    sentence_start = True
    for m in _WORDS.finditer(text):
        if m.group("stop") is not None:
            sentence_start = True
            continue
        word = m.group("word")
        first, sentence_start = sentence_start, False
        if word is None or len(word) < 2 or typed.intersection(_forms(word, data)):
            continue
        if word.isupper() or any(c.isupper() for c in word[1:]):
            continue  # an acronym (CV, SNCF) or a name with capitals inside (LinkedIn, McDonald)
        if word[:1].isupper() and not first:
            continue  # a proper noun
        if _known(word, checker, data):
            continue
        raw.append((m.start("word"), m.end("word"), word))
        if len(raw) > MAX_FINDINGS:
            break
    out = []
    seen: dict[tuple[str, str], int] = {}
    for i, (start, end, word) in enumerate(raw[:MAX_FINDINGS]):
        options = suggestions(word, checker) if i < _MAX_SUGGESTED else []
        fixes = [{"start": start, "end": end, "replacement": s} for s in options]
        f = finding(("spelling", start, end, fixes[0] if fixes else None,
                     {"replacement": cat.proposal(" / ".join(options))}), text, cat, seen)
        f["fixes"] = fixes
        out.append(f)
    return {"available": True, "findings": out}
