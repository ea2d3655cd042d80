"""The message plans: for each kind, which parts a message has, in what order, and when.

Language-neutral: a plan names parts; every language pack words each part
(``locales/<lang>/messages.py``, ``PARTS``). The checklists work the same way (shape in
:mod:`rebond.checklists`, texts in the packs). The channel's layout (e-mail, letter, LinkedIn
note, phone notes) is added around the body by :mod:`rebond.compose`.

The lengths below are the guide's own figures ("a thank-you: five to ten lines"), written as
words of the body (salutation and closing aside), at about 13 words a line: the engine keeps
every message within them, the reviewer warns above them, and the guide states them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .context import Ctx


@dataclass(frozen=True)
class Part:
    """One part of a message. ``when``: a condition of :data:`CONDITIONS` ("" = always).
    ``trim``: a part the engine may leave out to keep within the kind's length (the lowest
    number goes first); the reader's own choices (keep my CV, wish them well) are never trimmed.
    ``or_else``: another part, for input this one cannot place (a skill typed as a sentence)."""

    id: str
    when: str = ""
    trim: int = 0
    or_else: str = ""  # the part used instead when no wording of this one can place the input


@dataclass(frozen=True)
class Plan:
    """The parts of one kind: the subject's part and the body's paragraphs."""

    subject: str
    body: tuple[tuple[Part, ...], ...]


P = Part

# Conditions a part may depend on.
CONDITIONS: dict[str, Callable[[Ctx], bool]] = {
    "keep_cv": lambda c: c.keep_cv,
    "disappointment": lambda c: c.disappointment,
    "good_luck": lambda c: c.good_luck,
    "skill": lambda c: bool(c.skill),
    "new_skill": lambda c: bool(c.new_skill),
    "no_keep_cv": lambda c: not c.keep_cv,
    "detail": lambda c: bool(c.detail),
    "no_detail": lambda c: not c.detail,
    "no_skill": lambda c: not c.skill,
    "interested": lambda c: c.answer == "interested",
    "not_interested": lambda c: c.answer == "not_interested",
    "reason": lambda c: bool(c.reason),
    "takeaway": lambda c: bool(c.takeaway),
    "no_reason": lambda c: not c.reason,
    "interested_news": lambda c: c.answer == "interested" and bool(c.new_skill),
    "declining_reason": lambda c: c.answer == "not_interested" and bool(c.reason),
    "no_takeaway": lambda c: not c.takeaway,
}

PLANS: dict[str, Plan] = {
    "thanks": Plan("subject.thanks", (
        (P("thanks.open"), P("appreciated.detail", "detail", or_else="appreciated.general"),
         P("appreciated.general", "no_detail")),
        (P("disappointment", "disappointment"),),
        (P("keep_cv", "keep_cv"),),
        (P("good_luck", "good_luck"),),
    )),
    "feedback": Plan("subject.feedback", (
        (P("feedback.open"),),
        (P("ask"), P("ask.ease", trim=1)),
        (P("skill", "skill"),),
    )),
    "thanks_feedback": Plan("subject.thanks_feedback", (
        (P("thanks.open"), P("appreciated.detail", "detail", trim=2, or_else="appreciated.general"),
         P("appreciated.general", "no_detail", trim=2)),
        (P("disappointment", "disappointment"),),
        (P("ask"), P("ask.ease", trim=1)),
        (P("skill", "skill"),),
        (P("keep_cv", "keep_cv"),),
        (P("good_luck", "good_luck"),),
    )),
    "keep_in_touch": Plan("subject.keep_in_touch", (
        (P("recall"),),
        (P("news"), P("news.new_skill", "new_skill")),
        (P("meeting"), P("meeting.ease", trim=1), P("keep.thanks")),
    )),
    "recontact_skill": Plan("subject.recontact_skill", (
        (P("recall"),),
        (P("gap", "skill", or_else="gap.general"), P("gap.general", "no_skill"), P("progress")),
        (P("interest"), P("recontact.close")),
    )),
    "follow_up": Plan("subject.follow_up", (
        (P("follow.open"),),
        (P("follow.question"),),
        (P("follow.last"),),
    )),
    # After feedback received: thanks, what the reader retains, and no call for an answer.
    "thanks_for_feedback": Plan("subject.thanks_for_feedback", (
        (P("tff.open"),),
        (P("tff.takeaway", "takeaway", or_else="tff.takeaway.general"), P("tff.takeaway.general", "no_takeaway")),
        (P("tff.close"),),
    )),
    # A recruiter comes back: say yes and ask what decides, or decline warmly.
    "reply_comeback": Plan("subject.reply_comeback", (
        (P("comeback.thanks"),),
        (P("comeback.yes", "interested"), P("comeback.questions", "interested")),
        (P("comeback.news", "interested_news"),),
        (P("comeback.next", "interested"),),
        (P("comeback.no", "not_interested"), P("comeback.reason", "declining_reason")),
        (P("comeback.door", "not_interested"),),
    )),
    # Another role offered instead: thanks, a clear no with a simple reason, the door open.
    "decline_alternative": Plan("subject.decline_alternative", (
        (P("alt.thanks"),),
        (P("alt.no"), P("comeback.reason", "reason"), P("alt.reason", "no_reason")),
        (P("alt.door"),),
        (P("good_luck", "good_luck"),),
    )),
}

# Phone notes: two or three points to say (the guide: "prepare two or three sentences"), then
# points to bring up only if the conversation allows.
PHONE_CORE: tuple[Part, ...] = (P("phone.thanks"), P("phone.ask"), P("phone.door", "keep_cv"),
                                P("phone.contact", "no_keep_cv"))
PHONE_OPTIONAL: tuple[Part, ...] = (
    P("phone.disappointment", "disappointment"),
    P("phone.skill", "skill"),
    P("phone.linkedin", "keep_cv"),
    P("phone.listen"),
    P("phone.good_luck", "good_luck"),
)

# LinkedIn invitation note: what may be left out to fit, least loss first. The composer keeps
# the richest note within 300 characters, and its 200-character form only when nothing is lost.
LINKEDIN_OMIT: tuple[frozenset[str], ...] = (
    frozenset(),
    frozenset({"signature"}),
    frozenset({"detail"}),
    frozenset({"detail", "signature"}),
    frozenset({"detail", "follow"}),
    frozenset({"detail", "follow", "signature"}),
    frozenset({"detail", "follow", "company"}),
    frozenset({"detail", "follow", "company", "signature"}),
    frozenset({"detail", "follow", "company", "position", "signature"}),
)

# Words of the body at most, by kind (about 13 words a line); see the module's docstring.
WORDS_PER_LINE = 13
LINES: dict[str, int] = {
    "thanks": 10,
    "feedback": 10,
    "thanks_feedback": 14,
    "keep_in_touch": 9,
    "recontact_skill": 10,
    "follow_up": 8,
    "thanks_for_feedback": 7,
    "reply_comeback": 12,
    "decline_alternative": 9,
}
# A LinkedIn message to a connection is shorter than an e-mail (the guide: a few lines).
CHANNEL_LINES: dict[str, int] = {"linkedin_message": 7}
MAX_WORDS: dict[str, int] = {kind: lines * WORDS_PER_LINE for kind, lines in LINES.items()}


def max_words(kind: str, channel: str) -> int:
    """The body's length at most, in words, for a kind on a channel."""
    return min(LINES[kind], CHANNEL_LINES.get(channel, LINES[kind])) * WORDS_PER_LINE
# Phone notes: points to say, at most (the guide's "two or three sentences").
PHONE_POINTS = 3
# E-mail subjects: short enough to be read whole in an inbox.
SUBJECT_MAX = 70


def active(c: Ctx, part: Part) -> bool:
    """Whether a part belongs in this message."""
    return not part.when or CONDITIONS[part.when](c)
