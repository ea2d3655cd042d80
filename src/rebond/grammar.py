"""The grammar object: where what a reader typed becomes text of one language.

Templates never paste a raw field. Each language pack subclasses :class:`Grammar` and writes
``slot_<name>`` methods that return a field's value placed for a given spot in a sentence
("du Bon Marché", "au poste de chargée de communication") or None when it cannot be placed
there (:mod:`rebond.render` then picks another wording). One object serves one message: it
counts how often the company has been named, so that the message names it at most twice.

The language-neutral part is here: slot look-up, the mention count, and reading free text
(detail, skill, new skill) into a :class:`Phrase`, whose classes each language defines.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import ClassVar

from .context import Ctx
from .inputs import text as typed

# The company is named at most this often in a message's body; then "your company", "chez vous".
COMPANY_MENTIONS = 2


@dataclass(frozen=True)
class Phrase:
    """A free-text field read as a piece of a sentence.

    ``form`` is one of:
    - "np": a noun phrase with its determiner ("la visite du labo", "les échanges avec Paul");
    - "bare": a noun phrase without one ("visite de l’entrepôt", "gestion de projet");
    - "proper": a name, a product or an acronym ("Python", "Power BI", "TOEIC");
    - "vp": a verb phrase ("rencontrer l’équipe", "meeting the team");
    - "sentence": a whole sentence, placed as a sentence of its own.
    ``head`` is its main word in lower case ("certification" in "une certification PMP").
    """

    form: str
    text: str
    head: str = ""
    plural: bool = False

    def __bool__(self) -> bool:
        return bool(self.text)


class Grammar:
    """A language's grammar for one message. Subclasses add ``slot_<name>`` methods."""

    # The language's quotation marks, for quotes typed as "...".
    QUOTES: ClassVar[tuple[str, str]] = ("“", "”")
    # Articles a company's name may begin with ("the BBC", "les Échos"): capitalised where the
    # name heads a line of the letter's address block.
    ARTICLES: ClassVar[tuple[str, ...]] = ()
    # Whether words agree with the writer (French "déçu" / "déçue"): only then does the form
    # ask for the writer's agreement (rebond.uses).
    AGREES_WITH_WRITER: ClassVar[bool] = False

    @staticmethod
    def date(year: int, month: int, day: int) -> str:  # pragma: no cover - each language defines it
        """A date written out in the language ("2 mars 2026")."""
        raise NotImplementedError

    @staticmethod
    def by(name: str) -> str:  # pragma: no cover - each language defines it
        """Who wrote a work: "by Ingrid Dupichot", "d’Ingrid Dupichot"."""
        raise NotImplementedError

    @staticmethod
    def finish(text: str) -> str:
        """The language's typography, applied once to a whole message (none by default)."""
        return text

    def __init__(self, c: Ctx, extra: dict[str, str | None] | None = None, omit: frozenset[str] = frozenset()) -> None:
        self.c = c
        self.extra = dict(extra or {})  # slots the composer computes (the feedback questions)
        # What to leave out ("company", "position", "detail", "follow", "signature"): a LinkedIn
        # note drops them, least loss first, to fit its limit.
        self.omit = omit
        self.mentions = 0
        self._has: dict[tuple[str, int], bool] = {}

    @property
    def title(self) -> str:  # pragma: no cover - each language defines it
        """The post applied for, as the message writes it (each language agrees it in its own way)."""
        raise NotImplementedError

    @property
    def alt_title(self) -> str:  # pragma: no cover - each language defines it
        """The role the company offers instead, as the message writes it."""
        raise NotImplementedError

    # --- slots, for rebond.render -----------------------------------------------------------

    def value(self, name: str) -> str | None:
        """The slot's text for the next spot in reading order (counts company mentions)."""
        if name in self.extra:
            return self.extra[name]
        method = getattr(self, "slot_" + name, None)
        if method is None:
            raise KeyError(f"{type(self).__name__} has no slot {name!r}")
        text: str | None = method()
        return text

    def has(self, name: str) -> bool:
        """Whether the slot has a value at this point, without counting a mention.

        The answer depends only on the slot and on how often the company has been named, so
        it is kept (wordings ask the same questions many times)."""
        key = (name, self.mentions)
        if key not in self._has:
            kept = self.mentions
            try:
                self._has[key] = self.value(name) is not None
            finally:
                self.mentions = kept
        return self._has[key]

    def named(self, text: str) -> str | None:
        """``text`` names the company: None once it has been named often enough."""
        if not self.c.company or self.mentions >= COMPANY_MENTIONS or "company" in self.omit:
            return None
        self.mentions += 1
        return text

    # --- typed text --------------------------------------------------------------------------

    def tidy(self, text: str) -> str:
        """Typed text with this language's apostrophes and quotes; a shouted phrase calmed."""
        out = typed.tidy(text, self.QUOTES)
        return out.lower() if typed.shouted(out) else out

    def read(self, text: str) -> Phrase:
        """A free-text field read as a piece of a sentence (the same text reads the same way,
        so each language's reading is kept: a message asks for it many times)."""
        return type(self)._read(self.tidy(text))

    @staticmethod
    def _read(text: str) -> Phrase:  # pragma: no cover - each language defines it
        raise NotImplementedError

    @cached_property
    def company(self) -> str:
        return typed.tidy(self.c.company, self.QUOTES)

    @cached_property
    def company_line(self) -> str:
        """The company as it heads a line: "The BBC" for "the BBC", "eBay" untouched."""
        name = self.company
        if name.lower().startswith(self.ARTICLES) and name[:1].islower():
            return name[:1].upper() + name[1:]
        return name

    @cached_property
    def detail(self) -> Phrase:
        return self.read(self.c.detail) if "detail" not in self.omit else Phrase("np", "")

    @cached_property
    def skill(self) -> Phrase:
        return self.read(self.c.skill)

    @cached_property
    def new_skill(self) -> Phrase:
        return self.read(self.c.new_skill)

    @cached_property
    def takeaway(self) -> Phrase:
        return self.read(self.c.takeaway)

    @cached_property
    def reason(self) -> Phrase:
        return self.read(self.c.reason)

    # --- slots every language has ------------------------------------------------------------

    def slot_sender(self) -> str | None:
        if "signature" in self.omit:
            return None
        return self.c.sender or None

    def slot_detail_sentence(self) -> str | None:
        return typed.as_sentence(self.detail.text) if self.detail.form == "sentence" else None

    def slot_skill_sentence(self) -> str | None:
        return typed.as_sentence(self.skill.text) if self.skill.form == "sentence" else None

    def slot_new_skill_sentence(self) -> str | None:
        return typed.as_sentence(self.new_skill.text) if self.new_skill.form == "sentence" else None

    def slot_takeaway_sentence(self) -> str | None:
        return typed.as_sentence(self.takeaway.text) if self.takeaway.form == "sentence" else None

    def slot_takeaway_label(self) -> str | None:
        """What the reader retains, when not a sentence: it follows a colon."""
        return self.takeaway.text if self.takeaway and self.takeaway.form != "sentence" else None

    def slot_reason_sentence(self) -> str | None:
        """Why the reader declines, as a sentence of its own; a phrase is made one after a colon."""
        return typed.as_sentence(self.reason.text) if self.reason.form == "sentence" else None

    def slot_reason_label(self) -> str | None:
        return self.reason.text if self.reason and self.reason.form != "sentence" else None
