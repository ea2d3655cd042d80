"""The prefill link: a draft of the generator's fields in a URL fragment, built and read here only.

``#kind=thanks&company=L%E2%80%99Or%C3%A9al&feedback_topics=cv%2Ctests``: field names and values,
percent-encoded (every character but letters, digits and ``-._~``), a list as its values joined
by commas, a yes/no as 1 or 0. The fragment never reaches a server. The planner builds its links
with :func:`build`; the generator page hands the fragment it was opened with to :func:`parse`
(through ``rebond.api``) and writes the clean values into its form, and asks :func:`build` for
"copy a link to this draft". The values are read as the validator reads any field
(:mod:`rebond.validate`): a value the engine would refuse is left out and named.

Reading a link is one pass over it, and a link longer than any the engine builds
(:func:`longest`: every field at its longest, each character percent-encoded as 4 bytes) is
refused unread (issue 22: a 1.6 MB link of one name repeated took 14 s). A link too long, or
with parts that cannot be read, comes back with an ``error`` the page shows, in every language.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any
from urllib.parse import quote, unquote

from . import locales
from .fields import COMBINATIONS, FIELDS, LANGS, VARIANTS
from .validate import parse_field

# The widest character a text field may hold: an astral one, 4 bytes of UTF-8, "%F0%9F%98%80".
_WIDEST = "\U0001f600"


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (list, tuple)):
        return ",".join(str(v) for v in value)
    return str(value)


def build(values: Mapping[str, Any], initial: Mapping[str, Any] | None = None) -> str:
    """The fragment (without "#") of the fields whose value differs from ``initial`` (the
    engine's defaults when not given; ``kind`` always), in the order of the engine's fields."""
    parts = []
    for name, spec in FIELDS.items():
        if name not in values:
            continue
        ok, value = parse_field(name, values[name])  # as a form holds it ("0", "true") or parsed
        if not ok:
            continue
        start = initial.get(name, spec["default"]) if initial is not None else spec["default"]
        if name != "kind" and (value == start or value in (None, "", [])):
            continue
        parts.append(f"{name}={quote(_text(value), safe='')}")
    return "&".join(parts)


_DOMAIN = "@exemple.fr"


def _longest_value(spec: Mapping[str, Any]) -> Any:
    """A field's value whose part of a link is the longest."""
    if spec["type"] == "text" and spec.get("format") == "email":
        return _WIDEST * (spec["max"] - len(_DOMAIN)) + _DOMAIN  # the longest address it takes
    if spec["type"] == "text":
        return _WIDEST * spec["max"]
    if spec["type"] == "list":
        return list(spec["values"])
    if spec["type"] == "choice":
        return max(spec["values"], key=lambda v: len(quote(v, safe="")))
    if spec["type"] == "bool":
        return True
    return VARIANTS - 1  # the wording's number, as links carry it (modulo VARIANTS)


@lru_cache(maxsize=8)
def _longest(langs: tuple[str, ...]) -> int:
    # Against a start no value equals (the page's own starting values may differ from the
    # engine's defaults): every field is in the link.
    unlike = {name: object() for name in FIELDS}
    return len("#" + build({name: _longest_value(spec) for name, spec in FIELDS.items()}, unlike))


def longest() -> int:
    """The length of the longest link :func:`build` can make ("#" included): every field at its
    longest. A longer link comes from no page of the site, and is not read."""
    return _longest(tuple(LANGS))


def _error(code: str) -> dict[str, Any]:
    """A link's problem, said in every language (the packs' interface texts)."""
    return {"code": code, "message": {lang: locales.pack(lang).ui.UI[code] for lang in locales.codes()}}


def _part(part: str) -> tuple[str | None, str | None]:
    """One ``name=value`` of a link, decoded: ``(None, None)`` without a readable name, and a
    None value when its percent-encoding is not UTF-8."""
    at = part.find("=")
    try:
        name = unquote(part[:at], errors="strict") if at >= 1 else ""
    except UnicodeDecodeError:
        name = ""
    if not name:
        return None, None
    try:
        return name, unquote(part[at + 1:], errors="strict")
    except UnicodeDecodeError:
        return name, None


def parse(fragment: str) -> dict[str, Any]:
    """``{"prefill": bool, "fields": {name: clean value}, "ignored": [names], "error": ...}``.

    ``prefill`` is False when the fragment is no draft at all (an anchor such as "#top"). Names
    the engine does not know, and values it would refuse (a channel the kind has not, a text too
    long), are ignored and listed, in the order they came. ``error`` is None, or
    ``{"code", "message": {lang: text}}``: ``link_too_long`` (longer than :func:`longest`,
    nothing read), ``link_malformed`` (parts without a name or with broken percent-encoding
    left out, a field so named listed as ignored, the rest read) or ``link_unreadable`` (such
    parts, and no field read).
    """
    text = fragment[1:] if fragment.startswith("#") else fragment
    if "=" not in text:
        return {"prefill": False, "fields": {}, "ignored": [], "error": None}
    if len(text) + 1 > longest():
        return {"prefill": True, "fields": {}, "ignored": [], "error": _error("link_too_long")}
    # One pass: each name's values gathered in a list (repeated names, as in
    # feedback_topics=cv&feedback_topics=tests, make a list; a list is never copied).
    raw: dict[str, list[str | None]] = {}
    malformed = False
    for part in text.split("&"):
        if not part:
            continue  # "&&", a trailing "&": nothing there
        name, value = _part(part)
        if name is None or value is None:
            malformed = True
        if name is not None:
            raw.setdefault(name, []).append(value)
    ignored: list[str] = []
    clean: dict[str, Any] = {}
    for name, values in raw.items():
        if name not in FIELDS or None in values:  # unknown, or a value that cannot be read
            ignored.append(name)
            continue
        ok, parsed = parse_field(name, values[0] if len(values) == 1 else values)
        if ok:
            clean[name] = parsed
        else:
            ignored.append(name)
    kind = clean.get("kind")
    if "channel" in clean and clean["channel"] not in COMBINATIONS.get(kind or "", COMBINATIONS["thanks"]):
        del clean["channel"]
        ignored.append("channel")
    error = None
    if malformed:
        error = _error("link_malformed" if clean else "link_unreadable")
    return {"prefill": True, "fields": clean, "ignored": ignored, "error": error}
