"""The message catalogs of every language pack: complete, well formed, and written by the house rules."""

from __future__ import annotations

import re
from collections.abc import Mapping

import pytest

from rebond import locales, plans, render

# Texts the composer hands to wordings besides the grammar's slots.
EXTRA_SLOTS = {"questions", "new_skill_clause", "li_hello", "subject", "date", "place"}
# Parts the composer uses besides the plans' parts.
LAYOUT_PARTS = {"salutation.letter", "salutation.email", "closing.email", "closing.letter", "closing.message",
                "hello.message", "dated", "subject_line",
                "new_skill.clause", "li.hello", "li.note", "phone.title", "phone.core_heading",
                "phone.optional_heading"}
QUESTION_PARTS = {f"question.{group}" for group in ("cv", "letter", "cv+letter", "interview", "tests",
                                                    "interview+tests", "general")}
# What the site never writes (the words of CONTRIBUTING and tests/site/test_glossary.py, and tactless lines).
BANNED = {
    "fr": ["Suite à", ", suite à", "revenir vers", "déçu(e)", "courriel", "l’expression de mes salutations", "Cdt",
           "En vous remerciant", "personne retenue", "toute acquise", "considération distinguée", "sentiments dévoués",
           "me déçoit", "aucun souci", "'", "nouvel entretien"],
    "en": ["refusal", "just this once", "position role", "is a disappointment", "e-mail", "'", "another interview"],
}


def _needed() -> set[str]:
    parts = {p.id for plan in plans.PLANS.values() for paragraph in plan.body for p in paragraph}
    parts |= {p.or_else for plan in plans.PLANS.values() for paragraph in plan.body for p in paragraph if p.or_else}
    parts |= {plan.subject for plan in plans.PLANS.values()}
    parts |= {p.id for p in plans.PHONE_CORE + plans.PHONE_OPTIONAL}
    return parts | LAYOUT_PARTS | QUESTION_PARTS


def _wordings(value) -> list:
    if isinstance(value, Mapping):
        assert set(value) == {"formal", "warm"}, value.keys()
        return [w for register in value.values() for w in register]
    return list(value)


@pytest.mark.parametrize("lang", locales.codes())
def test_every_part_the_plans_need_is_worded_and_no_wording_is_dead(lang):
    parts = locales.pack(lang).messages.PARTS
    assert set(parts) == _needed(), (set(parts) ^ _needed())
    for part_id, value in parts.items():
        assert _wordings(value), part_id


@pytest.mark.parametrize("lang", locales.codes())
def test_every_slot_is_one_the_grammar_fills(lang):
    grammar = locales.pack(lang).grammar
    for part_id, value in locales.pack(lang).messages.PARTS.items():
        for text in render.every_text(value):
            for name, _fallback in render.slots(text):
                key = name[0].lower() + name[1:]
                assert key in EXTRA_SLOTS or hasattr(grammar, f"slot_{key}"), (part_id, name)


@pytest.mark.parametrize("lang", locales.codes())
def test_agreement_marks_only_in_wordings_with_a_neutral_form(lang):
    for part_id, value in locales.pack(lang).messages.PARTS.items():
        for wording in _wordings(value):
            if isinstance(wording, render.W):
                assert "·" in wording.mf, (part_id, wording)
                assert "·" not in wording.n, (part_id, wording)
            else:
                assert "·" not in wording, (part_id, wording)


def test_french_wordings_never_put_a_bare_preposition_before_a_company_or_a_post():
    """"de {company}" would write "de Le Bon Marché": the grammar's "de_company" slot elides and contracts."""
    bare = re.compile(r"(?:\b(?:de|à|du|au|des|aux)|d’) \{(?:company|Company|poste|detail_np|skill_label)\b")
    for part_id, value in locales.pack("fr").messages.PARTS.items():
        for text in render.every_text(value):
            assert not bare.search(text), (part_id, text)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_banned_word_or_tactless_line(lang):
    for part_id, value in locales.pack(lang).messages.PARTS.items():
        for text in render.every_text(value):
            for banned in BANNED[lang]:
                assert banned not in text, (part_id, banned, text)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_letter_layouts_place_every_block(lang):
    layout = locales.pack(lang).messages.LETTER_LAYOUT
    assert layout[0] == "sender"
    assert "body" in layout
    assert "salutation" in layout
    assert "subject" in layout
    assert layout.index("salutation") < layout.index("body")


# What a formal register never says (the warm one may).
INFORMAL = {"fr": ["Merci", "merci", "café", "aucun souci", "Salut", "À bientôt", "promis", "partant"],
            "en": ["Thanks", "coffee", "Hi", "no problem", "Cheers", "lovely", "I promise"]}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_formal_register_stays_formal_and_differs_from_the_warm_one(lang):
    differing = 0
    for part_id, value in locales.pack(lang).messages.PARTS.items():
        if not isinstance(value, Mapping):
            continue
        notes = part_id.startswith("phone.")  # notes to the reader, not words said to the recruiter
        for text in [] if notes else render.every_text(value["formal"]):
            for word in INFORMAL[lang]:
                assert not re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text), (part_id, word, text)
        differing += set(render.every_text(value["formal"])) != set(render.every_text(value["warm"]))
    registered = [v for v in locales.pack(lang).messages.PARTS.values() if isinstance(v, Mapping)]
    assert differing == len(registered)  # every part changes with the tone, not only the sign-off
