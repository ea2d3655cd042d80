"""The one cleaning step every text given to the engine goes through.

A form, a link, the command line or a pasted text can carry characters nobody sees that change
what a message, a calendar or an e-mail file says or how it shows: control characters (NUL,
ESC, DEL, C1 controls), bidirectional overrides and isolates (U+202E, U+2066-2069) that reorder
what is displayed, zero-width spaces, byte-order marks, tag characters that hide text, and
lone UTF-16 surrogates, which cannot be encoded at all (JavaScript strings may hold them). Some
blank characters are letters or symbols to Unicode, not format characters, and fill a field
that looks empty (issue 22): the Hangul fillers, the braille blank, the combining grapheme
joiner; so do noncharacters (U+FFFE) and a variation selector that follows no character.

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
# Blank characters that Unicode counts as letters, marks or symbols (so not "Cf"): Hangul
# fillers (U+115F, U+1160, U+3164, U+FFA0), the braille blank, the combining grapheme joiner,
# the Khmer inherent vowels and the musical null notehead. Written out, not read from the
# Unicode database: Pyodide's Python may know a newer Unicode than CPython's.
_BLANKS = frozenset("\u115f\u1160\u3164\uffa0\u2800\u034f\u17b4\u17b5\U0001d159")
# Variation selectors (standard, supplementary, Mongolian): they choose how the character
# before them is drawn (❤️, 1️⃣, a CJK ideograph's form), and are kept only after one.
_SELECTORS = frozenset([*map(chr, range(0xFE00, 0xFE10)), *map(chr, range(0xE0100, 0xE01F0)),
                        "\u180b", "\u180c", "\u180d", "\u180f"])
# The characters a selector may follow: letters, digits, symbols and punctuation beyond ASCII
# (CJK ideographs, emoji, ‼), and the ASCII ones emoji keycaps start with (1️⃣, #️⃣).
_SELECTED = ("L", "N", "S", "P")
_SELECTED_ASCII = frozenset("0123456789#*")


def _noncharacter(ch: str) -> bool:
    """U+FDD0-U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE...)."""
    code = ord(ch)
    return 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE
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

    Kept: tabs and line breaks (NEL, U+2028 and U+2029 become "\\n"), the zero-width joiner
    inside an emoji sequence (👩‍💻) or a joiner between two Arabic or Indic letters, and a
    variation selector right after the character it changes (❤️, 1️⃣, a CJK ideograph).
    Removed besides: blank letters and symbols (U+3164, U+2800...) and noncharacters.
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
    """One run of characters other than printable ASCII (the character before it, if any, is
    printable ASCII or a tab or line break: a variation selector may follow it, as in 1️⃣)."""
    chars: list[str] = []
    before = match.string[match.start() - 1] if match.start() else ""
    for ch in match.group():
        ch = _LINE_BREAKS.get(ch, ch)
        category = unicodedata.category(ch)
        if ((category == "Cc" and ch not in _KEPT_CONTROLS) or (category == "Cf" and ch not in (_ZWJ, _ZWNJ))
                or ch in _BLANKS or _noncharacter(ch)):
            continue
        if ch in _SELECTORS:
            last = chars[-1] if chars else before
            if last in _SELECTORS or not (last in _SELECTED_ASCII if last < "\x80"
                                          else unicodedata.category(last)[0] in _SELECTED):
                continue
        chars.append(ch)
    # Joiners last: whether one is kept depends on its neighbours once the rest is gone.
    return "".join(ch for i, ch in enumerate(chars) if ch not in (_ZWJ, _ZWNJ) or _joiner_kept(chars, i))


def strings(value: Any) -> Any:
    """``value`` (decoded JSON: dicts, lists, strings, numbers) with every string cleaned."""
    if isinstance(value, str):
        return text(value)
    if isinstance(value, dict):
        return {text(k) if isinstance(k, str) else k: strings(v) for k, v in value.items()}
    if isinstance(value, list):
        return [strings(v) for v in value]
    return value
