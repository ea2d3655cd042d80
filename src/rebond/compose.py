"""Clean fields -> one message, laid out for its channel (e-mail, letter, LinkedIn, phone).

The words come from the phrase catalogs (:mod:`rebond.locales`); this module only decides
which parts appear and in what order, applies French typography once to the whole output, and
attaches the reviewer's findings.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import ModuleType
from typing import Any

from . import typography
from .context import Ctx
from .fields import LINKEDIN_FREE, LINKEDIN_PREMIUM
from .locales import pack
from .review import review
from .validate import error, validate

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def format_date(text: str, cat: ModuleType) -> str:
    """An ISO date written out in the message's language; any other text is kept as typed."""
    m = _ISO_DATE.match(text)
    if not m:
        return text
    year, month, day = (int(part) for part in m.groups())
    if not 1 <= month <= 12 or not 1 <= day <= _DAYS_IN_MONTH[month - 1]:
        return text
    return cat.format_date(year, month, day)


def _join_blocks(blocks: list[str]) -> str:
    """Join non-empty blocks with one blank line: an empty field leaves no trace."""
    return "\n\n".join(block for block in blocks if block)


def _lines(*lines: str) -> str:
    return "\n".join(line for line in lines if line)


def _signature(c: Ctx, closing: str) -> str:
    return _lines(closing, c.name)


def _email(c: Ctx, cat: ModuleType) -> tuple[str, str]:
    body = _join_blocks([cat.salutation(c), *cat.paragraphs(c), _signature(c, cat.email_closing(c))])
    return cat.subject(c), body


def letter_blocks(c: Ctx, cat: ModuleType) -> dict[str, str]:
    """The blocks a printed letter places on the page: sender (top left), recipient (where a
    window envelope shows it) and the place and date line."""
    return {
        "sender": _lines(c.name, c.sender_address, c.sender_email, c.sender_phone),
        "recipient": _lines(cat.recipient_line(c), c.company, c.recipient_address),
        "dated": cat.place_date(c, format_date(c.date, cat)),
    }


def _letter(c: Ctx, cat: ModuleType) -> tuple[str, str]:
    subject = cat.subject(c)
    placed = letter_blocks(c, cat)
    sender, recipient, dated = placed["sender"], placed["recipient"], placed["dated"]
    closing = cat.letter_closing(c)
    paragraphs = cat.paragraphs(c)
    if c.lang == "en":
        # British layout: sender, date, recipient; the subject line follows the salutation.
        blocks = [sender, dated, recipient, cat.salutation(c), cat.subject_line(subject), *paragraphs]
    else:
        blocks = [sender, recipient, dated, cat.subject_line(subject), cat.salutation(c), *paragraphs]
    # English closes with "Yours sincerely," + name; French with a full formula, then the name.
    blocks.append(_lines(closing, c.name) if c.lang == "en" else closing)
    if c.lang != "en" and c.name:
        blocks.append(c.name)
    return subject, _join_blocks(blocks)


def _phone(c: Ctx, cat: ModuleType) -> tuple[str, str]:
    title, points = cat.phone_points(c)
    return "", title + "\n\n" + "\n".join(cat.BULLET + point for point in points)


def _linkedin(c: Ctx, cat: ModuleType) -> tuple[str, str]:
    notes = [_finish(c, note) for note in cat.linkedin_notes(c)]
    for limit in (LINKEDIN_FREE, LINKEDIN_PREMIUM):
        for note in notes:
            if len(note) <= limit:
                return "", note
    return "", min(notes, key=len)


_LAYOUTS = {"email": _email, "letter": _letter, "phone": _phone, "linkedin": _linkedin}


def _finish(c: Ctx, text: str) -> str:
    """French typography, applied once to everything French that leaves the engine."""
    return typography.french(text) if c.lang == "fr" else text


def _kind_errors(clean: dict[str, Any]) -> list[dict[str, Any]]:
    """Fields that only some kinds need."""
    if clean["kind"] == "recontact_skill" and not clean["new_skill"]:
        return [error("new_skill", "required_for_kind")]
    return []


def compose(fields: Mapping[str, object], *, reviewed: bool = True) -> dict[str, Any]:
    """Compose a message from form fields; never raises.

    Returns ``{"ok": True, "kind", "channel", "lang", "subject", "body", "length", "limits",
    "findings", "variant", "letter"}`` (``letter``: the sender, recipient and date blocks of a
    letter, for print; empty for other channels) or ``{"ok": False, "errors": [...]}`` (see :mod:`rebond.validate`).
    With ``reviewed=False`` there is no ``"findings"``: the review is most of the work, and a
    caller that reviews the text itself afterwards (the generator page) gets the message sooner.
    """
    clean, errors = validate(fields)
    if clean is not None:
        errors = _kind_errors(clean)
    if clean is None or errors:
        return {"ok": False, "errors": errors}
    c = Ctx.from_fields(clean)
    cat = pack(c.lang).messages
    subject, body = _LAYOUTS[c.channel](c, cat)
    subject, body = _finish(c, subject), _finish(c, body)
    limits: dict[str, Any] = {}
    if c.channel == "linkedin":
        limits = {"free": LINKEDIN_FREE, "premium": LINKEDIN_PREMIUM,
                  "fits_free": len(body) <= LINKEDIN_FREE, "fits_premium": len(body) <= LINKEDIN_PREMIUM}
    # For print: the letter's placed blocks, exactly as they stand in the body.
    letter = {role: _finish(c, text) for role, text in letter_blocks(c, cat).items() if text} if c.channel == "letter" else {}
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
                                 names=(c.name, c.rname, c.company, c.position))
    return out
