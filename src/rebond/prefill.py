"""The prefill link: a draft of the generator's fields in a URL fragment, built and read here only.

``#kind=thanks&company=L%E2%80%99Or%C3%A9al&feedback_topics=cv%2Ctests``: field names and values,
percent-encoded (every character but letters, digits and ``-._~``), a list as its values joined
by commas, a yes/no as 1 or 0. The fragment never reaches a server. The planner builds its links
with :func:`build`; the generator page hands the fragment it was opened with to :func:`parse`
(through ``rebond.api``) and writes the clean values into its form, and asks :func:`build` for
"copy a link to this draft". The values are read as the validator reads any field
(:mod:`rebond.validate`): a value the engine would refuse is left out and named.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, unquote

from .fields import COMBINATIONS, FIELDS
from .validate import parse_field


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


def parse(fragment: str) -> dict[str, Any]:
    """``{"prefill": bool, "fields": {name: clean value}, "ignored": [names]}``.

    ``prefill`` is False when the fragment is no draft at all (an anchor such as "#top"). Names
    the engine does not know, and values it would refuse (a channel the kind has not, a text too
    long), are ignored and listed, in the order they came.
    """
    text = fragment[1:] if fragment.startswith("#") else fragment
    if "=" not in text:
        return {"prefill": False, "fields": {}, "ignored": []}
    raw: dict[str, Any] = {}
    ignored: list[str] = []
    for part in text.split("&"):
        at = part.find("=")
        if at < 1:
            continue
        try:
            name = unquote(part[:at], errors="strict")
            value = unquote(part[at + 1:], errors="strict")
        except UnicodeDecodeError:
            continue  # malformed percent-encoding: nothing to apply
        if name in raw:  # repeated names (feedback_topics=cv&feedback_topics=tests) make a list
            raw[name] = [*raw[name], value] if isinstance(raw[name], list) else [raw[name], value]
        else:
            raw[name] = value
    clean: dict[str, Any] = {}
    for name, value in raw.items():
        if name not in FIELDS:
            ignored.append(name)
            continue
        ok, parsed = parse_field(name, value)
        if ok:
            clean[name] = parsed
        else:
            ignored.append(name)
    kind = clean.get("kind")
    if "channel" in clean and clean["channel"] not in COMBINATIONS.get(kind or "", COMBINATIONS["thanks"]):
        del clean["channel"]
        ignored.append("channel")
    return {"prefill": True, "fields": clean, "ignored": ignored}
