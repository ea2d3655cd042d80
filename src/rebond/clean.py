"""The one cleaning step every text given to the engine goes through.

A form, a link, the command line or a pasted text can carry characters nobody sees that change
what a message, a calendar or an e-mail file says or how it shows: control characters (NUL,
ESC, DEL, C1 controls), bidirectional overrides and isolates (U+202E, U+2066-2069) that reorder
what is displayed, zero-width spaces, byte-order marks, tag characters that hide text, and
lone UTF-16 surrogates, which cannot be encoded at all (JavaScript strings may hold them).

:func:`text` removes them and keeps everything a reader wrote: any script, accents, emoji,
line breaks and tabs (the callers decide what a line break means in their field). Called by
:mod:`rebond.validate` for the generator's fields and by :mod:`rebond.api` for every string of
every request, before anything is composed, planned or exported.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

# Line and paragraph separators and NEL are line breaks that most software does not treat as
# such: written as "\n", which every caller understands.
_LINE_BREAKS = {"\u0085": "\n", "\u2028": "\n", "\u2029": "\n"}
_KEPT_CONTROLS = "\t\n\r"
_ZWNJ, _ZWJ = "\u200c", "\u200d"
# The zero-width (non-)joiner shapes the letters of the Arabic and Indic scripts (a Persian
# half-space, a conjunct): kept between two of their letters.
_JOINING_SCRIPTS = ((0x0600, 0x08FF), (0x0900, 0x0DFF))
# Emoji may be followed by a presentation selector or a skin tone before a joiner.
_EMOJI_TRAILERS = {"\ufe0f"} | {chr(c) for c in range(0x1F3FB, 0x1F400)}
# Printable ASCII is never removed: only the runs of other characters are looked at, one
# character at a time (a joiner's neighbours are never ASCII, so a run holds all it needs).
# The engine cleans every request on each keystroke: most of a French text is ASCII.
_OTHER = re.compile(r"[^\t\n\r\x20-\x7e]+")
_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATES = re.compile("([\ud800-\udbff])?([\udc00-\udfff])?")


def _is_emoji(ch: str) -> bool:
    return unicodedata.category(ch) == "So"


def _in_joining_script(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LM" and any(lo <= ord(ch) <= hi for lo, hi in _JOINING_SCRIPTS)


def _joiner_kept(chars: list[str], i: int) -> bool:
    """A joiner is kept inside an emoji sequence (ZWJ) or between two letters that need it."""
    before = i - 1
    while before >= 0 and chars[before] in _EMOJI_TRAILERS:
        before -= 1
    if before < 0 or i + 1 >= len(chars):
        return False
    prev, nxt = chars[before], chars[i + 1]
    if chars[i] == _ZWJ and _is_emoji(prev) and _is_emoji(nxt):
        return True
    return before == i - 1 and _in_joining_script(prev) and _in_joining_script(nxt)


def text(value: str) -> str:
    """``value`` without invisible control and format characters nor lone surrogates.

    Kept: tabs and line breaks (NEL, U+2028 and U+2029 become "\\n"), and the zero-width
    joiner inside an emoji sequence (👩‍💻) or a joiner between two Arabic or Indic letters.
    """
    if _SURROGATE.search(value):
        value = _SURROGATES.sub(_pair, value)
    return _OTHER.sub(_clean_run, value)


def _pair(match: re.Match[str]) -> str:
    """A valid surrogate pair (possible in a str built from UTF-16) becomes its character; a
    lone surrogate cannot be encoded and goes. (By hand: the browser's trimmed standard
    library has no UTF-16 codec.)"""
    high, low = match.group(1), match.group(2)
    if high and low:
        return chr(0x10000 + ((ord(high) - 0xD800) << 10) + (ord(low) - 0xDC00))
    return ""


def _clean_run(match: re.Match[str]) -> str:
    chars = [_LINE_BREAKS.get(ch, ch) for ch in match.group()]
    out = []
    for i, ch in enumerate(chars):
        category = unicodedata.category(ch)
        if category == "Cc" and ch not in _KEPT_CONTROLS:
            continue
        if category == "Cf" and not (ch in (_ZWJ, _ZWNJ) and _joiner_kept(chars, i)):
            continue
        out.append(ch)
    return "".join(out)


def strings(value: Any) -> Any:
    """``value`` (decoded JSON: dicts, lists, strings, numbers) with every string cleaned."""
    if isinstance(value, str):
        return text(value)
    if isinstance(value, dict):
        return {text(k) if isinstance(k, str) else k: strings(v) for k, v in value.items()}
    if isinstance(value, list):
        return [strings(v) for v in value]
    return value
