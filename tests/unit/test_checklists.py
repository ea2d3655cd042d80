"""The checklists as data: every checklist in every language, with the same items."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rebond import checklists, locales

ROOT = Path(__file__).resolve().parents[2]
# Titles required by the issue, word for word.
REQUIRED_TITLES = {
    "first_hour": ("Dans l’heure qui suit", "In the first hour"),
    "within_48h": ("Dans les deux jours", "Within two days"),
    "before_sending": ("Avant d’envoyer mon message", "Before I send my message"),
    "feedback_request": ("Préparer ma demande de retour", "Preparing my feedback request"),
    "followups": ("Mon suivi", "My follow-ups"),
}


def _strings(checklist: dict) -> list[str]:
    return ([checklist["title"], checklist["intro"]] + [i["text"] for i in checklist["items"]]
            + [c["label"] for c in checklist["columns"]])


def test_every_required_checklist_exists_with_its_title_in_both_languages() -> None:
    assert set(REQUIRED_TITLES) <= set(checklists.checklist_ids())
    for cid, (fr, en) in REQUIRED_TITLES.items():
        assert checklists.get_checklist(cid, "fr")["title"] == fr
        assert checklists.get_checklist(cid, "en")["title"] == en


@pytest.mark.parametrize("cid", checklists.checklist_ids())
def test_same_items_in_every_language(cid: str) -> None:
    versions = {lang: checklists.get_checklist(cid, lang) for lang in locales.codes()}
    item_ids = {lang: [i["id"] for i in c["items"]] for lang, c in versions.items()}
    column_ids = {lang: [col["id"] for col in c["columns"]] for lang, c in versions.items()}
    assert len({tuple(ids) for ids in item_ids.values()}) == 1
    assert len({tuple(ids) for ids in column_ids.values()}) == 1
    # The catalogs themselves hold exactly the spec's ids: no orphan or missing text.
    for module in (locales.pack(lang).checklists for lang in locales.codes()):
        texts = module.CHECKLISTS[cid]
        assert set(texts["items"]) == set(checklists.spec(cid).items)
        assert set(texts.get("columns", {})) == set(checklists.spec(cid).columns)
    for checklist in versions.values():
        assert checklist["items"], cid
        texts = [i["text"] for i in checklist["items"]]
        assert len(set(texts)) == len(texts)
        assert all(text.strip() == text and len(text) > 10 for text in texts)
    # A translation, not a copy.
    assert versions["fr"]["items"][0]["text"] != versions["en"]["items"][0]["text"]


def test_catalogs_hold_no_checklist_the_spec_does_not_know() -> None:
    for module in (locales.pack(lang).checklists for lang in locales.codes()):
        assert set(module.CHECKLISTS) == set(checklists.checklist_ids())
        assert set(module.LABELS) == set(checklists.labels("fr"))


def test_followups_is_a_table_to_fill_by_hand() -> None:
    table = checklists.get_checklist("followups", "fr")
    assert table["kind"] == "table"
    assert [c["id"] for c in table["columns"]] == ["date", "sent", "answer", "next_step"]
    assert table["rows"] >= 8
    # The stop rule, as the guide and the planner say it: one follow-up, then stop.
    assert any("une seule relance" in i["text"] for i in table["items"])
    assert not any("plusieurs relances" in i["text"] for i in table["items"])


def test_unknown_checklist_or_language_is_an_error() -> None:
    with pytest.raises(KeyError):
        checklists.get_checklist("nope", "fr")
    with pytest.raises(KeyError):
        checklists.get_checklist("first_hour", "de")


def test_french_typography_and_no_parenthesised_agreement() -> None:
    texts = [s for c in checklists.all_checklists("fr") for s in _strings(c)]
    texts += list(checklists.labels("fr").values())
    for text in texts:
        assert not re.search(r"[^\u00a0]:|[^\u202f][;!?]|«[^\u00a0]|[^\u00a0]»", text), text
        assert "(e)" not in text, text
        assert "'" not in text, text  # typographic apostrophe only
    assert any("\u202f" in t for t in texts)
    assert any("\u00a0:" in t for t in texts)


def test_english_has_no_french_spacing() -> None:
    texts = [s for c in checklists.all_checklists("en") for s in _strings(c)]
    texts += list(checklists.labels("en").values())
    for text in texts:
        assert "\u00a0" not in text, text
        assert "\u202f" not in text, text
        assert not re.search(r" [:;!?]", text), text


def test_slugs_are_unique_and_each_has_a_page_in_both_languages() -> None:
    slugs = [checklists.spec(cid).slug for cid in checklists.checklist_ids()]
    assert len(set(slugs)) == len(slugs)
    pages = ROOT / "docs" / "outils" / "listes"
    for cid, slug in zip(checklists.checklist_ids(), slugs, strict=True):
        for name in (f"{slug}.md", f"{slug}.en.md"):
            text = (pages / name).read_text(encoding="utf-8")
            assert f'checklist("{cid}"' in text, name
