"""Which fields a message reads, by kind, channel and language: the form shows only those.

The generator's form asks a question only where its answer changes the message (or, for
``recipient_email``, where the message goes): the page reads :func:`table` through the
``schema`` op and hides the others. ``tests/unit/test_uses.py`` composes every kind x channel x
language and checks that changing a field changes the output exactly when this table says so.

Also here: the guided start's first question, "What happened?" (:data:`SITUATIONS`): the
reader's situation, each with the kinds that answer it, in the guide's order.
"""

from __future__ import annotations

from . import fields, locales

# The fields every message reads, whatever its kind: who it is to, about which role, in which
# language and tone. ``variant`` is the "another wording" button, not a question.
EVERY: tuple[str, ...] = ("lang", "tone", "recipient_name", "recipient_gender", "company", "position")

# What each kind adds (its plan's conditions and slots, rebond.plans).
BY_KIND: dict[str, tuple[str, ...]] = {
    "thanks": ("detail", "disappointment", "keep_cv", "good_luck"),
    "feedback": ("feedback_topics", "skill"),
    "thanks_feedback": ("detail", "disappointment", "feedback_topics", "skill", "keep_cv", "good_luck"),
    "linkedin": ("detail",),
    "keep_in_touch": ("detail", "new_skill"),
    "recontact_skill": ("detail", "skill", "new_skill"),
    "follow_up": ("feedback_topics",),
    "phone": ("detail", "feedback_topics", "skill", "disappointment", "keep_cv", "good_luck"),
    "thanks_for_feedback": ("takeaway",),
    "reply_comeback": ("comeback_answer", "new_skill", "reason"),
    "decline_alternative": ("alt_position", "reason", "good_luck"),
}

# What each channel adds: a signature (phone notes are said, not signed), the letter's heading,
# the e-mail's recipient address (the mailto link's and the .eml's To, never in the text).
BY_CHANNEL: dict[str, tuple[str, ...]] = {
    "email": ("sender_name", "recipient_email"),
    "letter": ("sender_name", *fields.LETTER_ONLY),
    "linkedin": ("sender_name",),
    "linkedin_message": ("sender_name",),
    "phone": (),
}
# Fields that change where the message goes, not its text.
SENDING: tuple[str, ...] = ("recipient_email",)

# The guided start: what happened, in the reader's words (the packs' ``situation_<name>``), and
# the kinds that answer it, the most usual first (the first is chosen with the situation).
SITUATIONS: dict[str, tuple[str, ...]] = {
    "refused": ("thanks", "thanks_feedback", "feedback", "linkedin", "phone"),
    "no_answer": ("follow_up",),
    "got_feedback": ("thanks_for_feedback",),
    "keep_in_touch": ("keep_in_touch", "recontact_skill"),
    "comeback": ("reply_comeback", "decline_alternative"),
}


def _language_uses(lang: str, name: str) -> bool:
    """Whether the language's wording ever reads this field: the writer's agreement only where
    words agree with the writer; the letter's place only where its date line names it."""
    pack = locales.pack(lang)
    if name == "sender_gender":
        return pack.grammar.AGREES_WITH_WRITER
    if name == "place":
        dated = pack.messages.PARTS["dated"]
        return any("{place" in str(wording) for wording in dated)
    return True


def uses(kind: str, channel: str, lang: str) -> tuple[str, ...]:
    """The fields a message of this kind, on this channel, in this language reads, in the
    form's order (rebond.fields.FIELDS)."""
    wanted = {*EVERY, *BY_KIND[kind], *BY_CHANNEL[channel], "sender_gender"}
    return tuple(name for name in fields.FIELDS if name in wanted and _language_uses(lang, name))


def table() -> dict[str, dict[str, dict[str, list[str]]]]:
    """kind -> channel -> language -> the fields it reads (for the page's script)."""
    return {kind: {channel: {lang: list(uses(kind, channel, lang)) for lang in locales.CODES}
                   for channel in channels}
            for kind, channels in fields.COMBINATIONS.items()}


def situation_of(kind: str) -> str:
    """The situation a kind answers."""
    return next(name for name, kinds in SITUATIONS.items() if kind in kinds)
