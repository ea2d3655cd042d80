"""rebond.uses against the composer: a field is in a kind's table exactly when changing it
changes the message (its subject or body) for that kind, channel and language."""

from __future__ import annotations

import json
from typing import Any

import pytest

from rebond import fields, uses
from rebond.api import handle
from rebond.compose import compose

# Every text field filled as a reader would; then each field changed in turn, from several
# starting points (a condition may hide a field's effect: no date, no place line).
FILLED: dict[str, Any] = {
    "sender_name": "Camille Martin", "recipient_name": "Durand", "company": "Orange",
    "position": "chargée de communication", "detail": "notre échange sur la refonte du site",
    "skill": "la gestion de projet", "new_skill": "la certification PMP",
    "reason": "J’ai rejoint une autre entreprise.", "takeaway": "mieux préparer les cas pratiques",
    "alt_position": "assistant marketing", "sender_address": "1 rue de la Paix\n75001 Paris",
    "recipient_address": "2 avenue Foch\n69000 Lyon", "sender_email": "camille@example.org",
    "sender_phone": "06 12 34 56 78", "place": "Lyon", "date": "2026-03-02", "recipient_email": "durand@example.org",
}
OTHER: dict[str, list[Any]] = {
    "sender_name": ["", "Alex Dupont"], "recipient_name": ["", "Mme Leroy"], "company": ["", "Le Bon Marché"],
    "position": ["", "développeur"], "detail": ["", "la visite de l’atelier"], "skill": ["", "le SQL"],
    "new_skill": ["", "le permis B"], "reason": ["", "Je reste dans mon poste actuel."],
    "takeaway": ["", "travailler mes exemples chiffrés"], "alt_position": ["", "stagiaire"],
    "sender_address": ["", "3 rue Lepic"], "recipient_address": ["", "4 rue Mercière"], "sender_email": ["", "a@b.fr"],
    "sender_phone": ["", "01 02 03 04 05"], "place": ["", "Nantes"], "date": ["", "2026-05-04"],
    "recipient_email": ["", "x@example.fr"], "sender_gender": ["f", "m", "n"], "recipient_gender": ["f", "m", "n"],
    "tone": ["formal", "warm"], "keep_cv": [True, False], "disappointment": [True, False],
    "good_luck": [True, False], "feedback_topics": [[], ["cv"], ["interview"], ["cv", "interview"]],
    "comeback_answer": ["interested", "not_interested"], "lang": ["fr", "en"],
}
CASES = [(kind, channel, lang) for kind, channels in fields.COMBINATIONS.items() for channel in channels
         for lang in fields.LANGS]


def written(values: dict[str, Any]) -> tuple[str, str] | None:
    out = compose(values, reviewed=False)
    return (out["subject"], out["body"]) if out["ok"] else None


def changes(kind: str, channel: str, lang: str) -> set[str]:
    """The fields whose change changes the message, from any of the starting points."""
    start = {**fields.DEFAULTS, "kind": kind, "channel": channel, "lang": lang, **FILLED}
    starts = [start, {**start, "disappointment": True, "keep_cv": False, "good_luck": False},
              {**start, "comeback_answer": "not_interested"},
              {**start, **{name: "" for name in FILLED if kind not in fields.FIELDS[name].get("required_for", ())}}]
    found = set()
    for name, others in OTHER.items():
        for values in starts:
            before = written(values)
            assert before is not None, (kind, channel, lang, values)
            after = [written({**values, name: other}) for other in others if other != values[name]]
            if any(a is not None and a != before for a in after):
                found.add(name)
                break
    return found


def test_every_field_is_probed() -> None:
    assert set(OTHER) == set(fields.FIELDS) - {"kind", "channel", "variant"}


@pytest.mark.parametrize(("kind", "channel", "lang"), CASES)
def test_the_table_is_what_composing_reads(kind: str, channel: str, lang: str) -> None:
    table = set(uses.uses(kind, channel, lang))
    read = changes(kind, channel, lang)
    # The address the message goes to is never in its text (mailto and .eml only).
    assert not read & set(uses.SENDING)
    assert table - set(uses.SENDING) == read, {"only in the table": table - read - set(uses.SENDING),
                                               "read, not in the table": read - table}


def test_the_recipient_address_is_asked_only_for_an_email() -> None:
    for kind, channel, lang in CASES:
        assert ("recipient_email" in uses.uses(kind, channel, lang)) == (channel == "email")


def test_gender_agreement_is_asked_only_in_french() -> None:
    assert "sender_gender" in uses.uses("thanks", "email", "fr")
    assert "sender_gender" not in uses.uses("thanks", "email", "en")


def test_every_kind_answers_one_situation() -> None:
    listed = [kind for kinds in uses.SITUATIONS.values() for kind in kinds]
    assert sorted(listed) == sorted(fields.KINDS)
    assert all(kind in uses.SITUATIONS[uses.situation_of(kind)] for kind in fields.KINDS)


def test_the_schema_carries_the_table() -> None:
    schema = json.loads(handle(json.dumps({"op": "schema"})))["result"]
    assert schema["USES"] == uses.table()
    assert schema["USES"]["thanks"]["email"]["en"] == list(uses.uses("thanks", "email", "en"))
    assert schema["SITUATIONS"] == {name: list(kinds) for name, kinds in uses.SITUATIONS.items()}
