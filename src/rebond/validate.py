"""Raw fields (from a form, a URL, the command line or JSON) -> clean fields or errors: the one
validation layer of every form, reading the rules of :mod:`rebond.fields` (``validate`` for the
message generator's fields, ``validate_form`` for any form's, such as the planner's).

Never raises: every problem becomes ``{"field", "code", "message": {<lang>: text}}`` (every
registered language). Text is kept as typed (any script, apostrophes, hyphens, accents), minus control characters; it is
never interpreted (HTML or template syntax stays plain text).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from . import clean, locales
from .dates import parse_iso_date
from .fields import COMBINATIONS, FIELDS, LETTER_ONLY, MAX_LINES

# An error's maker: (field, code, **params) -> {"field", "code", "message"}.
ErrorMaker = Callable[..., dict[str, Any]]

_TRUE = {"1", "true", "on", "yes", "oui"}
_FALSE = {"0", "false", "off", "no", "non", ""}
# An int longer than this is not a wording number (and would be slow to parse).
_MAX_INT_DIGITS = 12
# An e-mail address as a person types one: one "@", no space, a domain with a dot, no dot at
# either end of a part nor two in a row (what mail clients refuse).
_EMAIL = re.compile(r"[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\"]*[^\W\d_]{2,}", re.UNICODE)
# The date's forms besides ISO: day/month/year in figures (the order France and Britain write),
# and a day with its month's name (the message's language's), the year optional.
_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")
_DAY_SUFFIX = r"(?:er|ᵉʳ|st|nd|rd|th)?"
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


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


def is_email(text: str) -> bool:
    """An e-mail address as a person types one ("camille@" or "camille@exemple" is not)."""
    if not _EMAIL.fullmatch(text):
        return False
    local, domain = text.rsplit("@", 1)
    return all(part and not part.startswith(".") and not part.endswith(".") and ".." not in part
               for part in (local, domain))


def _real_day(year: int | None, month: int, day: int) -> bool:
    if not 1 <= month <= 12 or day < 1:
        return False
    if year is None:
        return day <= _DAYS_IN_MONTH[month - 1]
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def is_letter_date(text: str, lang: str) -> bool:
    """A date as a letter's date line can print it in ``lang``: ISO, figures (day first), or a
    day and its month's name in that language ("2 mars 2026", "1er mai", "March 2, 2026")."""
    text = text.strip()
    if _parse_date(text) is not None:
        return True
    if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", text):  # an impossible ISO date: 9999-99-99
        return False
    m = _NUMERIC_DATE.fullmatch(text)
    if m:
        return _real_day(int(m[3]), int(m[2]), int(m[1]))
    months = [name.lower() for name in locales.pack(lang).planner.MONTHS]  # the language's month names
    month = "(" + "|".join(re.escape(name) for name in months) + ")"
    day_first = re.fullmatch(rf"(\d{{1,2}}){_DAY_SUFFIX}\s+{month}(?:\s+(\d{{4}}))?", text.lower())
    month_first = re.fullmatch(rf"{month}\s+(\d{{1,2}}){_DAY_SUFFIX},?(?:\s+(\d{{4}}))?", text.lower())
    if day_first:
        day, name, year = day_first[1], day_first[2], day_first[3]
    elif month_first:
        name, day, year = month_first[1], month_first[2], month_first[3]
    else:
        return False
    return _real_day(int(year) if year else None, months.index(name) + 1, int(day))


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
        if text and spec.get("format") == "email" and not is_email(text):
            errors.append(make(name, "bad_email"))
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
    channel = clean.get("channel") or (COMBINATIONS[kind][0] if kind in COMBINATIONS else None)
    if channel != "letter":
        # A letter's heading, which the form hides for this channel: as if empty, never an error
        # the reader cannot see.
        hidden = {e["field"] for e in errors if e["field"] in LETTER_ONLY}
        errors = [e for e in errors if e["field"] not in hidden]
        clean.update({name: FIELDS[name]["default"] for name in hidden})
    for name, spec in FIELDS.items():
        # A date is read in the message's language (its month names).
        if (spec.get("format") == "date" and clean[name] and channel == "letter"
                and not is_letter_date(clean[name], clean["lang"])):
            errors.append(error(name, "bad_date"))
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
