"""rebond.edits.merge: the reader's paragraphs stay, the untouched ones take the new wording."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from rebond import compose
from rebond.api import handle
from rebond.edits import merge, paragraphs

BASE = "Bonjour Madame,\n\nMerci pour l’entretien chez Acme.\n\nJe reste disponible.\n\nCordialement,\nCamille"
NEW = "Bonjour Madame,\n\nMerci pour l’entretien chez Globex.\n\nJe reste disponible.\n\nCordialement,\nCamille"


def test_untouched_paragraphs_take_the_new_wording_and_edited_ones_stay():
    mine = BASE.replace("Je reste disponible.", "Je reste disponible jusqu’en mars.")
    out = merge(BASE, mine, NEW)
    assert out["text"] == NEW.replace("Je reste disponible.", "Je reste disponible jusqu’en mars.")
    assert out["kept"] == 1


def test_an_edited_paragraph_that_the_new_version_rewrites_stays_the_readers():
    mine = BASE.replace("chez Acme.", "chez Acme, et la visite des locaux.")
    out = merge(BASE, mine, NEW)
    assert "la visite des locaux" in out["text"]
    assert "Globex" not in out["text"]
    assert out["kept"] == 1


def test_added_and_removed_paragraphs_stay_added_and_removed():
    mine = BASE.replace("Je reste disponible.\n\n", "") + "\n\nP.-S. : mon portfolio est en ligne."
    out = merge(BASE, mine, NEW)
    assert paragraphs(out["text"]) == ["Bonjour Madame,", "Merci pour l’entretien chez Globex.",
                                       "Cordialement,\nCamille", "P.-S. : mon portfolio est en ligne."]


def test_paragraphs_the_new_version_adds_are_added():
    new = NEW.replace("Je reste disponible.", "Pourriez-vous me dire ce qui a manqué ?\n\nJe reste disponible.")
    mine = BASE.replace("Bonjour Madame,", "Chère Madame,")
    out = merge(BASE, mine, new)
    assert paragraphs(out["text"]) == ["Chère Madame,", "Merci pour l’entretien chez Globex.",
                                       "Pourriez-vous me dire ce qui a manqué ?", "Je reste disponible.",
                                       "Cordialement,\nCamille"]


def test_no_edit_is_the_new_version_and_no_change_is_the_readers_text():
    assert merge(BASE, BASE, NEW)["text"] == NEW
    mine = BASE + "\n\nP.-S."
    assert merge(BASE, mine, BASE)["text"] == mine


def test_through_the_api_with_two_real_messages():
    base = compose({"kind": "thanks", "lang": "en", "company": "Acme"})["body"]
    new = compose({"kind": "thanks", "lang": "en", "company": "Globex"})["body"]
    mine = base + "\n\nP.S. My portfolio is online."
    out = json.loads(handle(json.dumps({"op": "merge", "args": {"base": base, "mine": mine, "new": new}})))
    assert out["ok"]
    assert out["result"]["text"] == new + "\n\nP.S. My portfolio is online."
    assert out["result"]["kept"] == 1


def test_a_missing_argument_is_an_error_answer():
    out = json.loads(handle(json.dumps({"op": "merge", "args": {"base": 1}})))
    assert out["ok"] is False


paragraph = st.text(alphabet="abc ", min_size=1, max_size=6).filter(str.strip).map(str.strip)


@given(st.lists(paragraph, max_size=6), st.lists(paragraph, max_size=6), st.lists(paragraph, max_size=6))
def test_every_paragraph_the_reader_wrote_is_in_the_merge(base, mine, new):
    out = merge("\n\n".join(base), "\n\n".join(mine), "\n\n".join(new))
    merged = paragraphs(out["text"])
    written = [p for p in mine if p not in base]  # their own paragraphs (not the engine's)
    for p in written:
        assert merged.count(p) >= written.count(p)
