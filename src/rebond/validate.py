"""Raw fields (from a form, a URL, the command line or JSON) -> clean fields or errors: the one
validation layer of every form, reading the rules of :mod:`rebond.fields` (``validate`` for the
message generator's fields, ``validate_form`` for any form's, such as the planner's).

Never raises: every problem becomes ``{"field", "code", "message": {<lang>: text}}`` (every
registered language). Text is kept as typed (any script, apostrophes, hyphens, accents), minus control characters; it is
never interpreted (HTML or template syntax stays plain text).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from . import clean, locales
from .dates import parse_iso_date
from .fields import COMBINATIONS, FIELDS, MAX_LINES

# An error's maker: (field, code, **params) -> {"field", "code", "message"}.
ErrorMaker = Callable[..., dict[str, Any]]

_TRUE = {"1", "true", "on", "yes", "oui"}
_FALSE = {"0", "false", "off", "no", "non", ""}
# An int longer than this is not a wording number (and would be slow to parse).
_MAX_INT_DIGITS = 12


def error(field: str, code: str, **params: Any) -> dict[str, Any]:
    """A structured error with its message in each language."""
    return {
        "field": field,
        "code": code,
        "message": {lang: locales.pack(lang).errors.error_message(field, code, **params) for lang in locales.codes()},
    }


def clean_text(value: str, multiline: bool = False) -> str:
    """Remove control and format characters (rebond.clean); keep everything else as typed.

    Line breaks and tabs become spaces (one-line fields) or line breaks (multi-line fields);
    runs of spaces collapse so that no message ever shows a double space.
    """
    # Control and format characters, lone surrogates: the engine's one cleaning step.
    value = clean.text(value).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if not multiline:
        value = value.replace("\n", " ")
    lines = [" ".join(part for part in line.split(" ") if part) for line in value.split("\n")]
    lines = [line for line in lines if line]
    return "\n".join(lines[:MAX_LINES]) if multiline else " ".join(lines)


def _parse_bool(value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value != 0 if value in (0, 1) else None
    if isinstance(value, str):
        low = value.strip().lower()
        if low in _TRUE:
            return True
        if low in _FALSE:
            return False
    return None


def _parse_int(value: object) -> int | None:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        digits = text[1:] if text[:1] in "+-" else text
        if digits.isascii() and digits.isdigit() and len(digits) <= _MAX_INT_DIGITS:
            return int(text)
    return None


def _parse_date(value: object) -> date | None:
    """An ISO calendar date (YYYY-MM-DD, what <input type="date"> sends), else None."""
    if not isinstance(value, str):
        return None
    try:
        return parse_iso_date(value.strip())
    except ValueError:
        return None


def _parse_list(value: object) -> list[str] | None:
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    if isinstance(value, (list, tuple)):
        items: list[str] = []
        for item in value:
            if not isinstance(item, str):
                return None
            items.extend(part.strip() for part in item.split(",") if part.strip())
        return items
    return None


# Types read by one parser: (parser -> value or None, the error's code, whether a blank string
# means the default; a blank bool is "no").
_SCALARS: dict[str, tuple[Callable[[object], Any], str, bool]] = {
    "bool": (_parse_bool, "bad_bool", False),
    "date": (_parse_date, "malformed_date", True),
    "int": (_parse_int, "bad_int", True),
}


def _validate_field(name: str, raw: object, errors: list[dict[str, Any]],
                    spec: Mapping[str, Any] | None = None, make: ErrorMaker = error) -> Any:
    """Parse one present field (of ``FIELDS`` unless its ``spec`` is given); append errors
    (made by ``make``); return the clean value (or the default)."""
    spec = FIELDS[name] if spec is None else spec
    kind = spec["type"]
    if kind == "text":
        if not isinstance(raw, (str, int, float)) or isinstance(raw, bool):
            errors.append(make(name, "bad_type"))
            return spec["default"]
        text = clean_text(str(raw), spec.get("multiline", False))
        if len(text) > spec["max"]:
            errors.append(make(name, "too_long", max=spec["max"]))
            return spec["default"]
        return text
    if kind == "choice":
        choice = raw.strip().lower() if isinstance(raw, str) else raw
        if choice == "" and not spec["required"]:
            return spec["default"]
        if choice not in spec["values"]:
            errors.append(make(name, "unknown_value", allowed=", ".join(spec["values"])))
            return spec["default"]
        return choice
    if kind in _SCALARS:
        parse, code, blank_is_default = _SCALARS[kind]
        if blank_is_default and isinstance(raw, str) and not raw.strip():
            return spec["default"]
        parsed = parse(raw)
        if parsed is None:
            errors.append(make(name, code))
            return spec["default"]
        return parsed % spec["modulo"] if kind == "int" else parsed
    # list
    items = _parse_list(raw)
    if items is None:
        errors.append(make(name, "bad_type"))
        return []
    unknown = [item for item in items if item.lower() not in spec["values"]]
    if unknown:
        errors.append(make(name, "unknown_value", allowed=", ".join(spec["values"])))
        return []
    # Keep the catalog's order, without duplicates, so the output does not depend on click order.
    chosen = {item.lower() for item in items}
    return [topic for topic in spec["values"] if topic in chosen]


def parse_field(name: str, raw: object) -> tuple[bool, Any]:
    """One field's value read as :func:`validate` reads it: ``(True, clean)`` or ``(False, None)``.
    The one parser of the site's values (forms, prefill links, the command line)."""
    errors: list[dict[str, Any]] = []
    clean = _validate_field(name, raw, errors)
    return (False, None) if errors else (True, clean)


def validate_form(raw: Mapping[str, object], specs: Mapping[str, Mapping[str, Any]],
                  make: ErrorMaker = error) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Every field of ``specs`` read from ``raw``: ``(clean_fields, errors)``, a clean value
    (or the default) for every field, at most one error per field (made by ``make``). Unknown
    field names are ignored."""
    errors: list[dict[str, Any]] = []
    clean: dict[str, Any] = {}
    for name, spec in specs.items():
        value = raw.get(name)
        if value is None:
            if spec["required"]:
                errors.append(make(name, "required"))
            clean[name] = list(spec["default"]) if isinstance(spec["default"], list) else spec["default"]
            continue
        clean[name] = _validate_field(name, value, errors, spec, make)
        if spec["required"] and clean[name] in (None, "") and not any(e["field"] == name for e in errors):
            errors.append(make(name, "required"))
    return clean, errors


def validate(raw: object) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """The message generator's fields: ``(clean_fields, [])`` or ``(None, errors)``, with the
    rules between fields (a field a kind needs, the kind's channels)."""
    if not isinstance(raw, Mapping):
        return None, [error("kind", "bad_type")]
    clean, errors = validate_form(raw, FIELDS)
    kind = clean.get("kind")
    for name, spec in FIELDS.items():
        if kind in spec.get("required_for", ()) and not clean[name] and not any(e["field"] == name for e in errors):
            errors.append(error(name, "required_for_kind"))
    if kind in COMBINATIONS:
        allowed = COMBINATIONS[kind]
        if clean["channel"] is None:
            clean["channel"] = allowed[0]
        elif clean["channel"] not in allowed:
            errors.append(error("channel", "not_for_kind", allowed=", ".join(allowed)))
    if errors:
        return None, errors
    return clean, []
