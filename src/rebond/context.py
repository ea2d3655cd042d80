"""The context of one message: the clean fields, with names and titles already read.

Built once per message from validated fields (:mod:`rebond.validate`). What the reader typed
is read here without any language (:mod:`rebond.inputs`); each language's grammar object then
writes it into sentences (:mod:`rebond.grammar`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .inputs import job_titles, names
from .inputs.job_titles import JobTitle
from .inputs.names import Name


@dataclass(frozen=True)
class Ctx:
    """Everything a plan and a grammar need to write one message."""

    kind: str
    channel: str
    lang: str
    v: int  # the wording variant
    sg: str  # the writer's agreement: f | m | n (none)
    rg: str  # the recipient's form of address: f | m | n; the chosen one, else the typed title's
    tone: str  # formal | warm
    sender: str  # the writer's name as they sign (no title)
    recipient: Name
    company: str
    position: JobTitle
    detail: str
    skill: str
    new_skill: str
    answer: str  # reply_comeback: interested | not_interested
    reason: str
    takeaway: str
    alt_position: JobTitle
    keep_cv: bool
    disappointment: bool
    good_luck: bool
    topics: tuple[str, ...]
    sender_address: str
    recipient_address: str
    sender_email: str
    sender_phone: str
    place: str
    date: str

    @classmethod
    def from_fields(cls, f: dict[str, Any]) -> Ctx:
        recipient = names.parse(f["recipient_name"])
        rg = f["recipient_gender"] if f["recipient_gender"] != "n" else (recipient.gender or "n")
        return cls(
            kind=f["kind"], channel=f["channel"], lang=f["lang"], v=f["variant"], sg=f["sender_gender"],
            rg=rg, tone=f["tone"], sender=names.signature(f["sender_name"]), recipient=recipient,
            company=f["company"], position=job_titles.parse(f["position"]), detail=f["detail"],
            skill=f["skill"], new_skill=f["new_skill"], answer=f["comeback_answer"], reason=f["reason"],
            takeaway=f["takeaway"], alt_position=job_titles.parse(f["alt_position"]), keep_cv=f["keep_cv"],
            disappointment=f["disappointment"], good_luck=f["good_luck"], topics=tuple(f["feedback_topics"]),
            sender_address=f["sender_address"], recipient_address=f["recipient_address"],
            sender_email=f["sender_email"], sender_phone=f["sender_phone"], place=f["place"], date=f["date"],
        )

    @property
    def formal(self) -> bool:
        return self.tone == "formal"
