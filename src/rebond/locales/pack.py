"""What one language brings to Rebond: a :class:`Pack`.

A pack is a folder ``locales/<code>/`` whose ``__init__`` builds one ``PACK``. It holds every
text of its language (message wordings, interface, planner, checklists, field errors, the
reviewer's findings) and the little grammar that turns what a reader types into text of that
language. Nothing outside the packs writes a word of any language, and nothing outside the
registry (:mod:`rebond.locales`) lists languages.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType

from ..grammar import Grammar


@dataclass(frozen=True)
class Pack:
    """One language, whole."""

    code: str  # BCP 47 primary subtag, also the field value ("fr", "en")
    name: str  # the language's name in itself ("Français"), for menus
    grammar: type[Grammar]  # its rebond.grammar.Grammar subclass: typed input placed in its sentences
    messages: ModuleType  # wordings of the message plans' parts (see rebond.plans)
    errors: ModuleType  # FIELD_LABELS and error_message(field, code, **params)
    review: ModuleType  # REVIEW texts, review_text(code, **params), proposal(replacement)
    ui: ModuleType  # UI: the generator's interface strings
    planner: ModuleType  # the follow-up planner's texts
    checklists: ModuleType  # the printable checklists' texts
    search: str  # the lunr stemmer Material's search uses for this language
