"""The printable checklists, as data, in every language.

The structure (checklist ids, item ids and their order, page slugs) is fixed here once; the
texts live in each language pack (``locales/<lang>/checklists.py``). The build-time macros, the pages and the tests
all read this module, so the printed list, the on-screen list and the guide agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType
from typing import Any

from rebond import locales


@dataclass(frozen=True)
class ChecklistSpec:
    """Language-independent shape of one checklist."""

    id: str
    slug: str  # page name under docs/outils/listes/ (French slugs for both languages)
    kind: str  # "tasks": boxes to tick; "table": a table to fill by hand
    items: tuple[str, ...]
    columns: tuple[str, ...] = ()


SPECS: tuple[ChecklistSpec, ...] = (
    ChecklistSpec(
        "first_hour",
        "dans-l-heure",
        "tasks",
        ("breathe", "no_reply_hot", "vent_privately", "not_a_verdict", "note_details",
         "other_applications", "plan_thanks"),
    ),
    ChecklistSpec(
        "within_48h",
        "sous-48-heures",
        "tasks",
        ("write_thanks", "appreciated", "keep_cv", "motivation", "no_new_interview",
         "wish_well", "continue_search"),
    ),
    ChecklistSpec(
        "before_sending",
        "avant-d-envoyer",
        "tasks",
        ("name_spelling", "salutation", "register", "one_detail", "no_reproach", "short",
         "closing", "agreement", "reread"),
    ),
    ChecklistSpec(
        "feedback_request",
        "demande-de-retour",
        "tasks",
        ("purpose", "precise_questions", "which_stage", "misunderstanding", "no_new_interview",
         "thanks_first", "accept_silence", "write_down"),
    ),
    ChecklistSpec(
        "followups",
        "mon-suivi",
        "table",
        ("one_line", "trial_dates", "stop"),
        ("date", "sent", "answer", "next_step"),
    ),
)

_BY_ID = {spec.id: spec for spec in SPECS}

# Empty rows of the hand-filled follow-up table: as many as fit one A4 page with the header.
FOLLOWUP_ROWS = 12


def checklist_ids() -> tuple[str, ...]:
    """Every checklist id, in reading order."""
    return tuple(spec.id for spec in SPECS)


def spec(checklist_id: str) -> ChecklistSpec:
    """The shape of one checklist; KeyError for an unknown id."""
    return _BY_ID[checklist_id]


def _catalog(lang: str) -> ModuleType:
    if lang not in locales.CODES:
        raise KeyError(f"unknown language: {lang!r}")
    return locales.pack(lang).checklists


def labels(lang: str) -> dict[str, str]:
    """Interface labels shared by every checklist (print header, buttons)."""
    return dict(_catalog(lang).LABELS)


def get_checklist(checklist_id: str, lang: str) -> dict[str, Any]:
    """One checklist in one language, as plain data (JSON-ready).

    ``items`` and ``columns`` follow the order fixed in SPECS, whatever the catalog's order.
    """
    shape = spec(checklist_id)
    texts = _catalog(lang).CHECKLISTS[checklist_id]
    return {
        "id": shape.id,
        "slug": shape.slug,
        "kind": shape.kind,
        "lang": lang,
        "title": texts["title"],
        "intro": texts["intro"],
        "items": [{"id": item, "text": texts["items"][item]} for item in shape.items],
        "columns": [{"id": col, "label": texts["columns"][col]} for col in shape.columns],
        "rows": FOLLOWUP_ROWS if shape.kind == "table" else 0,
    }


def all_checklists(lang: str) -> list[dict[str, Any]]:
    """Every checklist in one language, in reading order."""
    return [get_checklist(cid, lang) for cid in checklist_ids()]
