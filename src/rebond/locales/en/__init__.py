"""The English pack: every English text Rebond writes, and the grammar that places typed input."""

from __future__ import annotations

from ..pack import Pack
from . import checklists, errors, messages, planner, review, ui
from .grammar import EnglishGrammar

PACK = Pack(code="en", name="English", grammar=EnglishGrammar, messages=messages, errors=errors, review=review, ui=ui,
            planner=planner, checklists=checklists, search="en")
