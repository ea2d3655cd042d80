"""The clean fields of one message, with the small helpers every phrase catalog needs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# First words after which a typed detail is a noun phrase that can follow a verb in lower case.
_DETERMINERS = {
    "le", "la", "les", "l'", "l’", "un", "une", "des", "du", "votre", "vos", "notre", "nos",
    "mon", "ma", "mes", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs",
    "the", "a", "an", "your", "our", "my", "this", "that", "these", "those", "their",
}


def _noun_phrase(text: str) -> str:
    """Make a typed detail fit inside a sentence: no final full stop, lower-case article."""
    text = text.strip().rstrip(".").rstrip()
    if not text:
        return ""
    first = text.split(" ", 1)[0]
    head = first.lower()
    for apostrophe in ("'", "’"):
        if apostrophe in head:
            head = head.split(apostrophe, 1)[0] + apostrophe
    if head in _DETERMINERS and first[:1].isupper() and not first[1:2].isupper():
        text = text[0].lower() + text[1:]
    return text


@dataclass(frozen=True)
class Ctx:
    """Everything a catalog needs to write one message; built from validated fields."""

    kind: str
    channel: str
    lang: str
    v: int
    sg: str  # sender gender f | m | n
    rg: str  # recipient gender f | m | n
    name: str
    rname: str
    company: str
    position: str
    detail: str
    tone: str
    keep_cv: bool
    disappointment: bool
    good_luck: bool
    topics: tuple[str, ...]
    skill: str
    new_skill: str
    sender_address: str
    recipient_address: str
    sender_email: str
    sender_phone: str
    place: str
    date: str

    @classmethod
    def from_fields(cls, f: dict[str, Any]) -> Ctx:
        return cls(
            kind=f["kind"], channel=f["channel"], lang=f["lang"], v=f["variant"],
            sg=f["sender_gender"], rg=f["recipient_gender"], name=f["sender_name"],
            rname=f["recipient_name"], company=f["company"], position=f["position"],
            detail=_noun_phrase(f["detail"]), tone=f["tone"], keep_cv=f["keep_cv"],
            disappointment=f["disappointment"], good_luck=f["good_luck"],
            topics=tuple(f["feedback_topics"]), skill=_noun_phrase(f["skill"]),
            new_skill=_noun_phrase(f["new_skill"]), sender_address=f["sender_address"],
            recipient_address=f["recipient_address"], sender_email=f["sender_email"],
            sender_phone=f["sender_phone"], place=f["place"], date=f["date"],
        )

    def pick(self, *options: str) -> str:
        """The wording of this variant among several."""
        return options[self.v % len(options)]

    def g(self, masculine: str, feminine: str, neutral: str) -> str:
        """Agree with the writer: f, m, or a wording that needs no agreement (n)."""
        return {"m": masculine, "f": feminine}.get(self.sg, neutral)

    @property
    def formal(self) -> bool:
        return self.tone == "formal"
