"""Raw fields (from a form, a URL, the command line or JSON) -> clean fields or errors.

Never raises: every problem becomes ``{"field", "code", "message": {<lang>: text}}`` (every registered
language). Text is kept as typed (any script, apostrophes, hyphens, accents), minus control characters; it is
never interpreted (HTML or template syntax stays plain text).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from . import clean, locales
from .fields import COMBINATIONS, FIELDS, MAX_LINES

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


def _validate_field(name: str, raw: object, errors: list[dict[str, Any]]) -> Any:
    """Parse one present field; append errors; return the clean value (or the default)."""
    spec = FIELDS[name]
    kind = spec["type"]
    if kind == "text":
        if not isinstance(raw, (str, int, float)) or isinstance(raw, bool):
            errors.append(error(name, "bad_type"))
            return spec["default"]
        text = clean_text(str(raw), spec.get("multiline", False))
        if len(text) > spec["max"]:
            errors.append(error(name, "too_long", max=spec["max"]))
            return spec["default"]
        return text
    if kind == "choice":
        choice = raw.strip().lower() if isinstance(raw, str) else raw
        if choice == "" and not spec["required"]:
            return spec["default"]
        if choice not in spec["values"]:
            errors.append(error(name, "unknown_value", allowed=", ".join(spec["values"])))
            return spec["default"]
        return choice
    if kind == "bool":
        parsed = _parse_bool(raw)
        if parsed is None:
            errors.append(error(name, "bad_bool"))
            return spec["default"]
        return parsed
    if kind == "int":
        if isinstance(raw, str) and not raw.strip():
            return spec["default"]
        parsed_int = _parse_int(raw)
        if parsed_int is None:
            errors.append(error(name, "bad_int"))
            return spec["default"]
        return parsed_int % spec["modulo"]
    # list
    items = _parse_list(raw)
    if items is None:
        errors.append(error(name, "bad_type"))
        return []
    unknown = [item for item in items if item.lower() not in spec["values"]]
    if unknown:
        errors.append(error(name, "unknown_value", allowed=", ".join(spec["values"])))
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


def validate(raw: object) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """Return ``(clean_fields, [])`` or ``(None, errors)`` for a mapping of raw fields (anything
    else, as JSON may bring, is one error). Unknown field names are ignored."""
    if not isinstance(raw, Mapping):
        return None, [error("kind", "bad_type")]
    errors: list[dict[str, Any]] = []
    clean: dict[str, Any] = {}
    for name, spec in FIELDS.items():
        value = raw.get(name)
        if value is None:
            if spec["required"]:
                errors.append(error(name, "required"))
            clean[name] = list(spec["default"]) if isinstance(spec["default"], list) else spec["default"]
            continue
        clean[name] = _validate_field(name, value, errors)
        if spec["required"] and clean[name] in (None, "") and not any(e["field"] == name for e in errors):
            errors.append(error(name, "required"))
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
