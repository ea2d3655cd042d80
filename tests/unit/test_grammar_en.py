"""The English grammar object: typed input placed in British English sentences (table-driven)."""

from __future__ import annotations

import pytest

from rebond import compose
from rebond.compose import Writer
from rebond.context import Ctx
from rebond.locales import pack
from rebond.locales.en.grammar import EnglishGrammar, gerund, possessive, title_case
from rebond.validate import validate


def grammar(**fields) -> EnglishGrammar:
    clean, errors = validate({"kind": "thanks", "lang": "en", **fields})
    assert clean is not None, errors
    return EnglishGrammar(Ctx.from_fields(clean))


@pytest.mark.parametrize(("position", "role"), [
    ("Senior Data Analyst (m/f/d)", "the Senior Data Analyst role"),
    ("UX Researcher position", "the UX Researcher position"),
    ("Graduate Scheme 2026", "the Graduate Scheme 2026"),
    ("Junior Account Executive role", "the Junior Account Executive role"),
    ("DATA ENGINEER", "the Data Engineer role"),
    ("Marketing Manager - Full time", "the Marketing Manager role"),
    ("software engineer", "the software engineer role"),
])
def test_the_role_is_named_once(position, role):
    assert grammar(position=position).slot_role() == role


@pytest.mark.parametrize(("word", "expected"), [
    ("meet", "meeting"), ("discuss", "discussing"), ("make", "making"), ("see", "seeing"), ("run", "running"),
    ("visit", "visiting"), ("tie", "tying")])
def test_a_bare_verb_becomes_a_gerund(word, expected):
    assert gerund(word) == expected


def test_possessives_and_title_case():
    assert [possessive(n) for n in ("Acme", "Marks & Spencer", "NHS England", "Siemens")] == [
        "Acme’s", "Marks & Spencer’s", "NHS England’s", "Siemens’"]
    assert title_case("HEAD OF GROWTH") == "Head of Growth"


@pytest.mark.parametrize(("detail", "expected"), [
    ("meet the product team", "I particularly valued meeting the product team,"),
    ("meeting the product team", "I particularly valued meeting the product team,"),
    ("lab tour", "I particularly valued the lab tour,"),
    ("The lab tour was great.", "The lab tour was great. The process confirmed"),
    ("the conversations with Paul and Ines", "I particularly valued the conversations with Paul and Ines,"),
])
def test_a_detail_reads_right_whatever_its_form(detail, expected):
    body = compose({"kind": "thanks", "lang": "en", "detail": detail, "variant": 0})["body"]
    assert expected in body, body


@pytest.mark.parametrize(("new_skill", "expected"), [
    ("a PRINCE2 certification", "I have obtained a PRINCE2 certification"),
    ("an MBA", "I have obtained an MBA"),
    ("a driving licence", "I have obtained a driving licence"),
    ("a course in data visualisation", "I have completed a course in data visualisation"),
    ("six months of experience in logistics", "I have gained six months of experience in logistics"),
    ("Python", "I have become proficient in Python"),
    ("stakeholder management", "I have built up my skills in stakeholder management"),
    ("learning German", "I have spent time learning German"),
])
def test_a_new_skill_is_obtained_completed_or_gained_as_it_should_be(new_skill, expected):
    clean, errors = validate({"kind": "recontact_skill", "lang": "en", "new_skill": new_skill})
    assert clean is not None, errors
    assert Writer(Ctx.from_fields(clean), pack("en")).extra["new_skill_clause"] == expected


@pytest.mark.parametrize(("name", "gender", "formal", "warm"), [
    ("Mrs Zoe Martin", "n", "Dear Ms Martin,", "Dear Zoe,"),
    ("Martin", "f", "Dear Ms Martin,", "Dear Ms Martin,"),
    ("Sam Lee", "n", "Dear Sam Lee,", "Dear Sam,"),
    ("Dr Priya Patel", "n", "Dear Dr Patel,", "Dear Priya,"),
    ("Mx Robin Gray", "n", "Dear Mx Gray,", "Dear Robin,"),
    ("", "n", "Dear Sir or Madam,", "Hello,"),
])
def test_salutations_follow_british_usage(name, gender, formal, warm):
    for tone, expected in (("formal", formal), ("warm", warm)):
        body = compose({"kind": "thanks", "lang": "en", "recipient_name": name, "recipient_gender": gender,
                        "tone": tone})["body"]
        assert body.startswith(expected + "\n"), (tone, body[:40])


def test_letters_close_sincerely_to_a_named_person_and_faithfully_otherwise():
    named = compose({"kind": "thanks", "channel": "letter", "lang": "en", "recipient_name": "Ms Smith"})["body"]
    unnamed = compose({"kind": "thanks", "channel": "letter", "lang": "en"})["body"]
    assert "Yours sincerely," in named
    assert "Yours faithfully," not in named
    assert "Yours faithfully," in unnamed
    assert "Yours sincerely," not in unnamed


def test_dates_are_written_the_british_way():
    assert EnglishGrammar.date(2026, 5, 1) == "1 May 2026"


@pytest.mark.parametrize(("typed", "chosen", "expected"), [
    ("Dr Patel", "f", "Dr Patel"),  # a doctor stays "Dr" whatever the chosen form of address
    ("Prof. Hannah Clarke", "m", "Professor Clarke"),
    ("Mrs Jones", "", "Ms Jones"),
    ("Mrs Jones", "m", "Mr Jones"),  # the chosen form wins over a typed one of the same kind
])
def test_academic_titles_outrank_the_chosen_form_of_address(typed, chosen, expected):
    assert grammar(recipient_name=typed, recipient_gender=chosen).slot_title_surname() == expected


@pytest.mark.parametrize(("company", "line"), [
    ("the BBC", "The BBC"), ("eBay", "eBay"), ("Theatre Royal", "Theatre Royal")])
def test_a_company_heading_an_address_line_starts_with_a_capital(company, line):
    assert grammar(company=company).company_line == line
