"""Field names, allowed values, limits and defaults; which kind x channel pairs exist; which
field a kind needs (``required_for``). Two forms: the message generator's (``FIELDS``) and the
follow-up planner's (``PLAN_FIELDS``).

This module is data only: the validator (:mod:`rebond.validate`, the one that reads both forms),
the composer, the planner and the browser forms (the generator's through the ``schema`` op of
:mod:`rebond.api`, the build's macros) all read the rules from here, so they never drift apart.

Kind x channel pairs, and why:

- ``linkedin`` (an invitation note) exists only on the ``linkedin`` channel, and that channel
  carries only invitation notes: their 200/300-character limits shape the whole text. A
  LinkedIn invitation already thanks the recruiter, so there is no separate "thanks" note.
- ``phone`` (talking points for a call) exists only on the ``phone`` channel.
- ``follow_up`` (one reminder after no answer) is an e-mail: a reminder by post is out of
  proportion for a request that was sent by e-mail.
- ``linkedin_message`` is a private message to a recruiter already among the reader's
  connections (not an invitation note): for keeping in touch, recontacting after a new skill,
  thanking for feedback and answering a recruiter who comes back.
- ``reply_comeback`` answers a recruiter who comes back (interested or not): by e-mail or
  LinkedIn, as they wrote; ``decline_alternative`` declines another role the company offers.
- every other kind exists as an ``email`` and as a formal ``letter``.
"""

from __future__ import annotations

from typing import Any

from . import locales

KINDS: tuple[str, ...] = (
    "thanks",
    "feedback",
    "thanks_feedback",
    "linkedin",
    "keep_in_touch",
    "recontact_skill",
    "follow_up",
    "phone",
    "thanks_for_feedback",
    "reply_comeback",
    "decline_alternative",
)
CHANNELS: tuple[str, ...] = ("email", "letter", "linkedin", "linkedin_message", "phone")
# The registry's live list of languages (rebond.locales): never written out here.
LANGS: list[str] = locales.CODES
GENDERS: tuple[str, ...] = ("f", "m", "n")
TONES: tuple[str, ...] = ("formal", "warm")
TOPICS: tuple[str, ...] = ("cv", "letter", "interview", "tests")

# kind -> channels, first one is the default channel of the kind.
COMBINATIONS: dict[str, tuple[str, ...]] = {
    "thanks": ("email", "letter"),
    "feedback": ("email", "letter"),
    "thanks_feedback": ("email", "letter"),
    "linkedin": ("linkedin",),
    "keep_in_touch": ("email", "letter", "linkedin_message"),
    "recontact_skill": ("email", "letter", "linkedin_message"),
    "follow_up": ("email",),
    "phone": ("phone",),
    "thanks_for_feedback": ("email", "letter", "linkedin_message"),
    "reply_comeback": ("email", "linkedin_message"),
    "decline_alternative": ("email", "letter"),
}
ANSWERS: tuple[str, ...] = ("interested", "not_interested")

# LinkedIn invitation note limits (FACTS.md: free 200, Premium 300, depends on the account).
LINKEDIN_FREE = 200
LINKEDIN_PREMIUM = 300

# Number of wordings of every message; ``variant`` wraps modulo this number.
VARIANTS = 3


def _text(max_len: int, required: bool = False, multiline: bool = False) -> dict[str, Any]:
    return {"type": "text", "max": max_len, "required": required, "multiline": multiline, "default": ""}


def _choice(values: tuple[str, ...], default: str | None, required: bool = False) -> dict[str, Any]:
    return {"type": "choice", "values": list(values), "required": required, "default": default}


def _bool(default: bool) -> dict[str, Any]:
    return {"type": "bool", "required": False, "default": default}


FIELDS: dict[str, dict[str, Any]] = {
    "kind": _choice(KINDS, None, required=True),
    # None: the first channel of the kind (see COMBINATIONS).
    "channel": _choice(CHANNELS, None),
    # The registry's list itself (not a copy), so that a registered language is valid at once.
    "lang": {"type": "choice", "values": LANGS, "required": False, "default": locales.DEFAULT},
    "sender_name": _text(80),
    "sender_gender": _choice(GENDERS, "n"),
    # The name as written after "Madame"/"Ms" (usually the surname); with gender "n", a full name.
    "recipient_name": _text(80),
    "recipient_gender": _choice(GENDERS, "n"),
    # Optional: where the message goes (the mailto link's and the .eml's To), never in the text.
    "recipient_email": {**_text(120), "format": "email"},
    "company": _text(120),
    "position": _text(120),
    "detail": _text(300),
    "tone": _choice(TONES, "formal"),
    "keep_cv": _bool(True),
    "disappointment": _bool(False),
    "good_luck": _bool(True),
    "feedback_topics": {"type": "list", "values": list(TOPICS), "required": False, "default": []},
    "skill": _text(120),
    # Needed to recontact after a new skill; told, if given, when keeping in touch or answering.
    "new_skill": {**_text(120), "required_for": ["recontact_skill"],
                  "kinds": ["recontact_skill", "keep_in_touch", "reply_comeback"]},
    # Answering a recruiter who comes back: interested or not.
    "comeback_answer": {**_choice(ANSWERS, "interested"), "kinds": ["reply_comeback"]},
    # Why the reader declines (a sentence, optional): "J’ai rejoint une autre entreprise."
    "reason": {**_text(200), "kinds": ["reply_comeback", "decline_alternative"]},
    # What the reader takes from the feedback they received.
    "takeaway": {**_text(300), "kinds": ["thanks_for_feedback"]},
    # The role the company offers instead of the one applied for.
    "alt_position": {**_text(120), "kinds": ["decline_alternative"]},
    "variant": {"type": "int", "required": False, "default": 0, "modulo": VARIANTS},
    # Letter-only fields: empty means the block or line is left out.
    "sender_address": _text(300, multiline=True),
    "recipient_address": _text(300, multiline=True),
    "sender_email": {**_text(120), "format": "email"},
    "sender_phone": _text(40),
    "place": _text(80),
    # A date: ISO (YYYY-MM-DD, written out in the message's language), or as the message's
    # language writes one ("02/03/2026", "2 mars 2026", "le" left out), kept as typed.
    "date": {**_text(40), "format": "date"},
}

DEFAULTS: dict[str, Any] = {name: spec["default"] for name, spec in FIELDS.items()}
# Fields only a letter uses (its heading): the form hides them for every other channel.
LETTER_ONLY: tuple[str, ...] = ("sender_address", "recipient_address", "sender_email", "sender_phone", "place", "date")

# The follow-up planner's form (rebond.planner), read by the same validator. Its dates are ISO
# calendar dates (what <input type="date"> sends); the planner then checks them against each
# other and against the reader's today. Company and position are the generator's fields.
PLAN_CATEGORIES: tuple[str, ...] = ("employe", "technicien", "cadre", "unknown")
PLAN_FIELDS: dict[str, dict[str, Any]] = {
    "lang": FIELDS["lang"],
    "refusal_date": {"type": "date", "required": True, "default": None},
    "start_date": {"type": "date", "required": False, "default": None},
    "category": _choice(PLAN_CATEGORIES, "unknown"),
    "renewal": _bool(False),
    "company": FIELDS["company"],
    "position": FIELDS["position"],
}

# Fields shown for some kinds only (the form hides the others): field -> kinds.
FOR_KINDS: dict[str, list[str]] = {name: spec["kinds"] for name, spec in FIELDS.items() if "kinds" in spec}

# Multi-line fields keep at most this many lines.
MAX_LINES = 6
