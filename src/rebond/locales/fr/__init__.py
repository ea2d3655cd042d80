"""The Français pack: every Français text Rebond writes, and the grammar that places typed input."""

from __future__ import annotations

from ..pack import Pack
from . import checklists, errors, messages, planner, review, ui
from .grammar import FrenchGrammar

PACK = Pack(code="fr", name="Français", grammar=FrenchGrammar, messages=messages, errors=errors, review=review, ui=ui,
            planner=planner, checklists=checklists, search="fr")
