"""English texts of field errors (codes from rebond.validate)."""

from __future__ import annotations

from .ui import UI

FIELD_LABELS = {
    "kind": "message type", "channel": "channel", "lang": "message language",
    "sender_name": "your name", "sender_gender": "agreement (you)", "recipient_name": "recipient's name",
    "recipient_gender": "recipient's title", "company": "company", "position": "position",
    "detail": "memorable detail", "tone": "tone", "keep_cv": "keep my CV", "disappointment": "express disappointment",
    "good_luck": "wish them well", "feedback_topics": "feedback topics",
    "skill": "skill to clarify", "new_skill": "new skill",
    "comeback_answer": "answer to the offer", "reason": "reason", "takeaway": "what you take away",
    "alt_position": "role offered", "variant": "wording",
    "sender_address": "your address", "recipient_address": "recipient's address",
    "sender_email": "your email address", "recipient_email": "recipient's email address",
    "sender_phone": "your phone", "place": "place", "date": "date",
}

_ERRORS = {
    "required": "The field \u201c{label}\u201d is required.",
    "required_for_kind": "The field \u201c{label}\u201d is needed for this type of message.",
    "unknown_value": "Unknown value for \u201c{label}\u201d. Possible values: {allowed}.",
    "too_long": "The field \u201c{label}\u201d is too long (at most {max} characters).",
    "bad_type": "The field \u201c{label}\u201d is not in the right format.",
    "bad_bool": "The field \u201c{label}\u201d expects yes or no.",
    "bad_int": "The field \u201c{label}\u201d expects a whole number.",
    "not_for_kind": "This channel does not exist for this type of message. Possible channels: {allowed}.",
    "no_word": "The field \u201c{label}\u201d holds no word, only punctuation or symbols. "
               "Write letters or digits in it, or clear it.",
    "no_word_required": "The field \u201c{label}\u201d holds no word, only punctuation or symbols. "
                        "Write letters or digits in it: this type of message needs them.",
    "review": "The field \u201c{label}\u201d: {advice}",
    "bad_email": "The field \u201c{label}\u201d expects a full email address, for example camille.durand@example.com.",
    "bad_date": "The field \u201c{label}\u201d expects a date, for example 2026-03-02, 02/03/2026 or 2 March 2026.",
    "html": "The field \u201c{label}\u201d contains HTML code (\u201c{excerpt}\u201d): write the text alone, without tags.",
}


def label(field: str) -> str:
    """The field's name as the form shows it (its visible label), else its short name."""
    return UI.get(f"label_{field}") or FIELD_LABELS.get(field, field)


def error_message(field: str, code: str, **params: object) -> str:
    template = _ERRORS.get(code, "The field \u201c{label}\u201d is not valid.")
    return template.format(label=label(field), **params)
