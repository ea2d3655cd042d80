"""What the reader typed, read by the reviewer before it goes into a message.

The engine never trips its own reviewer: a text the reviewer would flag cannot come from the
engine's wordings, so it could only come from a field. Each free-text field is reviewed in the
message's language before composing:

- what has one right form is fixed silently, as the reviewer would fix it (an abbreviation,
  "déçu(e)" for a writer who chose an agreement, a run of exclamation marks, "could of");
- what the writer must decide (a request for a new interview, a reproach, a placeholder left
  in, "(e)" for a writer who chose none) is a field error, next to the field, in the reader's
  language, with the reviewer's own explanation.

Names, the company and the position are only checked for placeholders ("[Nom]", "XXX"): a
company called "Urgent Care" is not pressure.

Before that, every text field is read for what it is made of (issue 22): one of blank
characters only (a non-breaking space) is an empty field, as one of spaces is; one that holds
no word (".", "?", an emoji, a quotation mark) is a field error where the message uses it (a
phrase cannot be written around it, and a name of "…" is no name), and an empty field where it
does not (a field of another kind, a letter's line in an e-mail).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from . import locales
from .fields import FIELDS, LETTER_ONLY
from .inputs import names
from .review import apply_fixes, placeholders, review
from .validate import error

# Markup: a tag ("<b>", "</p>", "<img src=x>") or a comment's start.
_HTML = re.compile(r"<(?:[A-Za-z/][^<>\n]*|!--[^<>\n]*)>")
# Free text that becomes sentences of the message.
PHRASES = ("detail", "skill", "new_skill", "takeaway", "reason")
# Names that the message quotes as they are.
NAMES = ("sender_name", "recipient_name", "company", "position", "alt_position", "place")
_NAME_CODES = {"placeholder"}
# What only means something for a whole message (its length, its thanks, its questions).
_IGNORED = {"missing_thanks", "too_long", "too_many_points", "linkedin_free", "linkedin_premium",
            "too_many_questions", "typography", "cap_text", "cap_findings"}


def _error(field: str, text: str, finding: dict[str, Any], lang: str, kind: str, channel: str,
           sender_gender: str) -> dict[str, Any]:
    """A field error whose message is the reviewer's finding, in every language; markup left
    in ("<b>", "<img ...>"), which the reviewer finds as a placeholder, is named for what it is."""
    excerpt = text[finding["start"]:finding["end"]]
    if finding["code"] == "placeholder" and _HTML.fullmatch(excerpt):
        return error(field, "html", excerpt=excerpt)
    messages = {}
    for ui in locales.codes():
        again = [f for f in review(text, lang=lang, kind=kind, channel=channel, ui_lang=ui, sender_gender=sender_gender)
                 if f["code"] == finding["code"] and f["start"] == finding["start"]]
        said = again[0] if again else finding
        advice = f"{said['message']} {said['suggestion']}"
        messages[ui] = locales.pack(ui).errors.error_message(field, "review", advice=advice)
    return {"field": field, "code": f"review_{finding['code']}", "message": messages}


# A letter's blocks and its place and date line: only a letter has them (the form shows them
# for a letter only).


def has_word(text: str) -> bool:
    """Whether ``text`` holds a letter or a digit, in any script (a word, a number)."""
    return any(unicodedata.category(ch)[0] in "LN" for ch in text)


def _used(name: str, kind: str, channel: str) -> bool:
    """Whether the message of this kind and channel uses the field."""
    spec = FIELDS[name]
    return kind in spec.get("kinds", (kind,)) and (channel == "letter" or name not in LETTER_ONLY)


def _words(clean: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """``(fields, errors)``: blank fields emptied, and a field error for each used field that
    holds no word (one a kind needs says so: clearing it is no way out; blank, it is missing)."""
    fixed = dict(clean)
    errors = []
    kind, channel = clean["kind"], clean["channel"]
    for name, spec in FIELDS.items():
        text = clean.get(name)
        if spec["type"] != "text" or not text or has_word(text):
            continue
        needed = kind in spec.get("required_for", ())
        if not text.isspace() and _used(name, kind, channel):
            errors.append(error(name, "no_word_required" if needed else "no_word"))
            continue
        fixed[name] = ""
        if needed:  # blank: as if left empty
            errors.append(error(name, "required_for_kind"))
    return fixed, errors


# How the message prints a name ("none" is signed "None"): a name is reviewed as printed.
_PRINTED: dict[str, Callable[[str], str]] = {
    "sender_name": names.signature, "recipient_name": lambda text: names.parse(text).full}


def check(clean: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """``(fields with silent fixes applied, errors)`` for the free text of clean fields."""
    fixed, errors = _words(clean)
    wordless = {e["field"] for e in errors}
    lang, kind, channel, gender = clean["lang"], clean["kind"], clean["channel"], clean["sender_gender"]
    for name in PHRASES + NAMES:
        text = fixed[name]
        if not text or name in wordless:
            continue

        def relevant(text: str, name: str = name) -> list[dict[str, Any]]:
            if name not in PHRASES:  # names: only what a placeholder looks like
                return [f for f in placeholders(text, lang) if f["code"] in _NAME_CODES]
            return [f for f in review(text, lang=lang, kind=kind, channel=channel, sender_gender=gender)
                    if f["code"] not in _IGNORED and f["severity"] != "info"]

        if name in _PRINTED:
            # Quote what the reader typed when it is flagged as such, else the name as printed.
            for shown in (text, _PRINTED[name](text)):
                flagged = relevant(shown)
                if flagged:
                    errors.append(_error(name, shown, flagged[0], lang, kind, channel, gender))
                    break
            continue
        found = relevant(text)
        # A slip that opens the field ("suite à notre échange") changes what kind of phrase it
        # is: the grammar could no longer place it. The writer rewords it; others are fixed.
        fixable = [f for f in found if f["fix"] and not (f["code"] == "slip" and f["start"] == 0)]
        if fixable:
            text = apply_fixes(text, fixable)
            fixed[name] = text
            found = relevant(text)
        blocking = [f for f in found if f not in fixable]
        if blocking:  # one message per field is enough to act on
            errors.append(_error(name, text, blocking[0], lang, kind, channel, gender))
    return fixed, errors
