"""Clean fields -> one message, laid out for its channel (e-mail, letter, LinkedIn, phone).

The plan (:mod:`rebond.plans`) says which parts a kind has; the language pack words them
(:mod:`rebond.locales`) and its grammar places what the reader typed (:mod:`rebond.grammar`);
:mod:`rebond.render` fills the wordings. This module lays the parts out for the channel, keeps
the message within its kind's length, applies the language's typography once to the whole
output, and attaches the reviewer's findings.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from . import field_review, locales, plans, render
from .context import Ctx
from .fields import LINKEDIN_FREE, LINKEDIN_PREMIUM, VARIANTS
from .grammar import Grammar
from .locales.pack import Pack
from .review import review
from .validate import validate

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_WORD = re.compile(r"\w+(?:[’'-]\w+)*")


def words(text: str) -> int:
    """How many words a text has (an elided "d’Orange" is one)."""
    return len(_WORD.findall(text))


class Writer:
    """Writes the parts of one message in its language: wordings chosen, slots filled."""

    def __init__(self, c: Ctx, pack: Pack) -> None:
        self.c = c
        self.pack = pack
        self.parts: Mapping[str, Any] = pack.messages.PARTS
        self.extra: dict[str, str | None] = {"date": self._date(c.date) or None, "place": c.place or None}
        # Texts the wordings quote: the feedback questions, the new skill's clause.
        self.extra["questions"] = self.questions()
        self.extra["new_skill_clause"] = self.part("new_skill.clause", self.grammar(), fixed=True)

    def grammar(self, omit: frozenset[str] = frozenset(), **extra: str | None) -> Grammar:
        """A fresh grammar object: one per message body (it counts company mentions)."""
        return self.pack.grammar(self.c, {**self.extra, **extra}, omit)

    def _date(self, text: str) -> str:
        """An ISO date written out in the message's language; any other text as typed."""
        m = _ISO_DATE.match(text)
        if not m:
            return text
        year, month, day = (int(part) for part in m.groups())
        if not 1 <= month <= 12 or not 1 <= day <= _DAYS_IN_MONTH[month - 1]:
            return text
        return self.pack.grammar.date(year, month, day)

    def part(self, part_id: str, g: Grammar, *, fixed: bool = False, variant: int | None = None) -> str | None:
        """One part's text, or None when none of its wordings can be used. ``fixed`` parts
        (salutations, layout lines) take their first usable wording whatever the variant."""
        v = 0 if fixed else (self.c.v if variant is None else variant)
        text = render.choose(self.parts[part_id], self.c.tone, self.c.sg, v, g.has)
        return None if text is None else render.fill(text, g.value, g.has)

    def questions(self) -> str:
        """At most two precise questions: the documents (CV, letter), then the interview and tests."""
        g = self.grammar()
        docs = "+".join(t for t in ("cv", "letter") if t in self.c.topics)
        live = "+".join(t for t in ("interview", "tests") if t in self.c.topics)
        groups = [group for group in (docs, live) if group] or ["general"]
        return " ".join(self.part(f"question.{group}", g, fixed=True) or "" for group in groups)

    # --- the body of a kind ------------------------------------------------------------------

    def body(self, g: Grammar, dropped: frozenset[str] = frozenset(), variant: int | None = None) -> list[str]:
        """The body's paragraphs under the kind's plan (parts in ``dropped`` left out)."""
        out = []
        for paragraph in plans.PLANS[self.c.kind].body:
            texts = []
            for p in paragraph:
                if p.id in dropped or not plans.active(self.c, p):
                    continue
                text = self.part(p.id, g, variant=variant)
                if text is None and p.or_else:
                    text = self.part(p.or_else, g, variant=variant)
                if text is None:
                    raise LookupError(f"no usable {self.c.lang} wording for part {p.id!r}")
                texts.append(text)
            if texts:
                out.append(" ".join(texts))
        return out

    def fitted_body(self) -> list[str]:
        """The body within the kind's length: optional parts go first (lowest trim first), then,
        when long input still overflows, the shortest of the other wordings."""
        limit = plans.max_words(self.c.kind, self.c.channel)
        plan = plans.PLANS[self.c.kind].body
        trims = sorted({p.trim for para in plan for p in para if p.trim})
        dropped: frozenset[str] = frozenset()
        paragraphs = self.body(self.grammar())
        for level in trims:
            if words(" ".join(paragraphs)) <= limit:
                return paragraphs
            dropped |= {p.id for para in plan for p in para if p.trim and p.trim <= level}
            paragraphs = self.body(self.grammar(), dropped)
        if words(" ".join(paragraphs)) <= limit:
            return paragraphs
        others = [self.body(self.grammar(), dropped, v) for v in range(VARIANTS) if v != self.c.v % VARIANTS]
        return min([paragraphs, *others], key=lambda ps: words(" ".join(ps)))

    def subject(self) -> str:
        """The richest subject wording that fits in an inbox's line."""
        wordings = self.parts[plans.PLANS[self.c.kind].subject]
        for text in render.candidates(wordings, self.c.tone, self.c.sg, self.c.v, self.grammar().has):
            out = render.fill(text, self.grammar().value, self.grammar().has)
            if len(out) <= plans.SUBJECT_MAX:
                return out
        return out  # the shortest-information wording, whatever its length

    # --- layouts -------------------------------------------------------------------------------

    def email(self) -> tuple[str, str]:
        g = self.grammar()
        blocks = [self.part("salutation.email", g, fixed=True) or "", *self.fitted_body(),
                  _lines(self.part("closing.email", g) or "", self.c.sender)]
        return self.subject(), _join(blocks)

    def linkedin_message(self) -> tuple[str, str]:
        """A private message to a connection: a greeting, the body, a short sign-off."""
        g = self.grammar()
        blocks = [self.part("hello.message", g, fixed=True) or "", *self.fitted_body(),
                  _lines(self.part("closing.message", g) or "", self.c.sender)]
        return "", _join(blocks)

    def letter_blocks(self) -> dict[str, str]:
        """The blocks a printed letter places on the page: sender (top left), recipient (where
        a window envelope shows it) and the place and date line."""
        g = self.grammar()
        return {
            "sender": _lines(self.c.sender, self.c.sender_address, self.c.sender_email, self.c.sender_phone),
            "recipient": _lines(g.value("recipient_line") or "", g.company_line, self.c.recipient_address),
            "dated": (self.part("dated", g, fixed=True) or "") if self.extra["date"] else "",
        }

    def letter(self) -> tuple[str, str]:
        subject = self.subject()
        placed = self.letter_blocks()
        g = self.grammar(subject=subject)
        closing = self.part("closing.letter", g) or ""
        pieces = {
            **placed,
            "subject": self.part("subject_line", g, fixed=True) or "",
            "salutation": self.part("salutation.letter", g, fixed=True) or "",
            "closing": closing,
            "signature": self.c.sender,
            "closing_signed": _lines(closing, self.c.sender),
        }
        blocks: list[str] = []
        for name in self.pack.messages.LETTER_LAYOUT:
            blocks.extend(self.fitted_body() if name == "body" else [pieces[name]])
        return subject, _join(blocks)

    def phone(self) -> tuple[str, str]:
        g = self.grammar()
        bullet = self.pack.messages.BULLET
        core = [self.part(p.id, g) for p in plans.PHONE_CORE if plans.active(self.c, p)]
        extra = [self.part(p.id, g) for p in plans.PHONE_OPTIONAL if plans.active(self.c, p)]
        blocks = [
            self.part("phone.title", g, fixed=True) or "",
            _lines(self.part("phone.core_heading", g, fixed=True) or "", *(bullet + t for t in core if t)),
            _lines(self.part("phone.optional_heading", g, fixed=True) or "", *(bullet + t for t in extra if t)),
        ]
        return "", _join(blocks)

    def linkedin_notes(self, omit: frozenset[str]) -> list[str]:
        """The notes of one omission level, the reader's wording first, then the others."""
        out = []
        hello = self.part("li.hello", self.grammar(omit), fixed=True) or ""
        for v in [self.c.v % VARIANTS, *(i for i in range(VARIANTS) if i != self.c.v % VARIANTS)]:
            note = self.part("li.note", self.grammar(omit, li_hello=hello), variant=v)
            if note:
                out.append(self.finish(note))
        return out

    def linkedin(self) -> tuple[str, str, str]:
        """The note, and a 200-character form when the note needs a Premium account.

        The richest note (least left out, plans.LINKEDIN_OMIT) within 300 characters is kept; a
        200-character wording of it is preferred only when it leaves nothing out. Levels are
        written in order and only as far as needed.
        """
        note = short = ""
        shortest = ""
        for omit in plans.LINKEDIN_OMIT:
            notes = self.linkedin_notes(omit)
            shortest = min([shortest, *notes], key=lambda n: (n == "", len(n)))
            if not note:
                fitting = [n for n in notes if len(n) <= LINKEDIN_PREMIUM]
                if fitting:
                    free = [n for n in fitting if len(n) <= LINKEDIN_FREE]
                    note = free[0] if free else fitting[0]
                    if free:
                        return "", note, ""
                    continue
            else:
                free = [n for n in notes if len(n) <= LINKEDIN_FREE]
                if free:
                    return "", note, free[0]
        return "", note or shortest, short

    def finish(self, text: str) -> str:
        """The language's typography, applied once to everything that leaves the engine."""
        return self.pack.grammar.finish(text)


def _join(blocks: list[str]) -> str:
    """Join non-empty blocks with one blank line: an empty field leaves no trace."""
    return "\n\n".join(block for block in blocks if block)


def _lines(*lines: str) -> str:
    return "\n".join(line for line in lines if line)


def compose(fields: Mapping[str, object], *, reviewed: bool = True) -> dict[str, Any]:
    """Compose a message from form fields; never raises.

    Returns ``{"ok": True, "kind", "channel", "lang", "subject", "body", "length", "limits",
    "findings", "variant", "letter"}`` (``letter``: the sender, recipient and date blocks of a
    letter, for print; empty for other channels; ``limits`` for a LinkedIn note: both limits,
    whether the note fits each, and ``short``, a 200-character form when the note needs more)
    or ``{"ok": False, "errors": [...]}`` (see :mod:`rebond.validate`).
    With ``reviewed=False`` there is no ``"findings"``: the review is most of the work, and a
    caller that reviews the text itself afterwards (the generator page) gets the message sooner.
    """
    clean, errors = validate(fields)
    if clean is not None and not errors:
        clean, errors = field_review.check(clean)
    if clean is None or errors:
        return {"ok": False, "errors": errors}
    c = Ctx.from_fields(clean)
    writer = Writer(c, locales.pack(c.lang))
    limits: dict[str, Any] = {}
    letter: dict[str, str] = {}
    if c.channel == "linkedin":
        subject, body, short = writer.linkedin()
        limits = {"free": LINKEDIN_FREE, "premium": LINKEDIN_PREMIUM, "fits_free": len(body) <= LINKEDIN_FREE,
                  "fits_premium": len(body) <= LINKEDIN_PREMIUM, "short": short}
    else:
        layout = {"email": writer.email, "letter": writer.letter, "phone": writer.phone,
                  "linkedin_message": writer.linkedin_message}
        subject, body = layout[c.channel]()
        subject, body = writer.finish(subject), writer.finish(body)
        if c.channel == "letter":
            # For print: the letter's placed blocks, exactly as they stand in the body.
            letter = {role: writer.finish(text) for role, text in writer.letter_blocks().items() if text}
    out = {
        "ok": True,
        "kind": c.kind,
        "channel": c.channel,
        "lang": c.lang,
        "subject": subject,
        "body": body,
        "length": len(body),
        "limits": limits,
        "variant": c.v,
        "letter": letter,
    }
    if reviewed:
        out["findings"] = review(body, lang=c.lang, kind=c.kind, channel=c.channel,
                                 names=(c.sender, c.recipient.full, c.company, c.position.masculine,
                                        c.position.feminine))
    return out
