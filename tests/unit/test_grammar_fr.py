"""The French grammar object: typed input placed in French sentences (table-driven)."""

from __future__ import annotations

import pytest

from rebond import compose
from rebond.compose import Writer
from rebond.context import Ctx
from rebond.locales import pack
from rebond.locales.fr.grammar import FrenchGrammar, a, agree, de, running_case
from rebond.validate import validate


def grammar(**fields) -> FrenchGrammar:
    clean, errors = validate({"kind": "thanks", "lang": "fr", **fields})
    assert clean is not None, errors
    return FrenchGrammar(Ctx.from_fields(clean))


@pytest.mark.parametrize(("company", "de_form", "at_form"), [
    ("Le Bon Marché", "du Bon Marché", "au Bon Marché"),
    ("Les Échos", "des Échos", "aux Échos"),
    ("La Poste", "de La Poste", "à La Poste"),
    ("L'Oréal", "de L’Oréal", "chez L’Oréal"),  # a brand's L’, not an article
    ("l'Atelier des Chefs", "de l’Atelier des Chefs", "à l’Atelier des Chefs"),
    ("Orange", "d’Orange", "chez Orange"),
    ("Ubisoft", "d’Ubisoft", "chez Ubisoft"),
    ("YouTube", "de YouTube", "chez YouTube"),  # y before a vowel
    ("Yoplait", "de Yoplait", "chez Yoplait"),
    ("Yves Rocher", "d’Yves Rocher", "chez Yves Rocher"),  # y before a consonant
    ("Hyundai", "de Hyundai", "chez Hyundai"),  # aspirated h: the default for names
    ("Hachette Livre", "de Hachette Livre", "chez Hachette Livre"),
    ("Hermès", "d’Hermès", "chez Hermès"),  # mute h, listed
    ("Harmonie Mutuelle", "d’Harmonie Mutuelle", "chez Harmonie Mutuelle"),
    ("EDF", "d’EDF", "chez EDF"),  # acronyms elide after a vowel letter only
    ("IKEA", "d’IKEA", "chez IKEA"),
    ("SNCF", "de SNCF", "chez SNCF"),
    ("HSBC", "de HSBC", "chez HSBC"),
])
def test_company_names_take_elision_and_contraction(company, de_form, at_form):
    assert grammar(company=company).slot_de_company() == de_form
    assert grammar(company=company).slot_chez_company() == at_form


@pytest.mark.parametrize(("phrase", "expected"), [
    ("le projet", "du projet"), ("les tests", "des tests"), ("la visite", "de la visite"),
    ("l’atelier", "de l’atelier"), ("des échanges avec Paul", "des échanges avec Paul"),
    ("un café", "d’un café"), ("votre question", "de votre question"), ("hôtesse", "d’hôtesse"),
    ("hockey", "de hockey"), ("hydrogéologue", "d’hydrogéologue"), ("UX designer", "de UX designer"),
])
def test_de_before_common_nouns(phrase, expected):
    assert de(phrase) == expected


def test_a_contracts_articles():
    assert (a("le poste"), a("les équipes"), a("la direction"), a("l’agence")) == (
        "au poste", "aux équipes", "à la direction", "à l’agence")


def test_the_company_is_named_twice_at_most_then_left_to_the_fallback():
    g = grammar(company="Orange")
    assert [g.slot_company(), g.slot_de_company(), g.slot_chez_company()] == ["Orange", "d’Orange", None]
    assert g.has("company") is False
    assert grammar(company="").slot_company() is None


@pytest.mark.parametrize(("position", "f", "m", "n"), [
    ("Chargé(e) de communication (H/F)", "chargée de communication", "chargé de communication",
     "chargé de communication"),
    ("Directeur commercial", "directrice commerciale", "directeur commercial", "directeur commercial"),
    ("Chef de projet", "cheffe de projet", "chef de projet", "chef de projet"),
    ("Ingénieur d'études", "ingénieure d’études", "ingénieur d’études", "ingénieur d’études"),
    ("Acheteur (H/F)", "acheteuse", "acheteur", "acheteur"),
    ("Technicien(ne) de maintenance", "technicienne de maintenance", "technicien de maintenance",
     "technicien de maintenance"),
    ("Directrice artistique", "directrice artistique", "directeur artistique", "directrice artistique"),
    ("Product Owner", "product owner", "product owner", "product owner"),  # an English loanword: invariable
    ("Responsable qualité", "responsable qualité", "responsable qualité", "responsable qualité"),
    ("CHEF DE PROJET DIGITAL", "cheffe de projet digital", "chef de projet digital", "chef de projet digital"),
    ("Chargé De Mission RSE", "chargée de mission RSE", "chargé de mission RSE", "chargé de mission RSE"),
    ("Educateur(trice) spécialisé(e)", "éducatrice spécialisée", "éducateur spécialisé", "éducateur spécialisé"),
    ("Développeur Python", "développeuse Python", "développeur Python", "développeur Python"),
])
def test_the_job_title_agrees_with_the_writer_and_reads_as_running_text(position, f, m, n):
    for gender, title in (("f", f), ("m", m), ("n", n)):
        assert grammar(position=position, sender_gender=gender).title == title, gender


def test_a_post_that_is_not_a_poste_keeps_its_own_noun():
    assert grammar(position="Stage marketing").slot_au_poste() == "au stage marketing"
    assert grammar(position="Hôtesse d’accueil", sender_gender="f").slot_au_poste() == "au poste d’hôtesse d’accueil"


def test_running_case_keeps_names_and_acronyms():
    assert running_case("Développeur iOS") == "développeur iOS"
    assert running_case("Consultant SAP") == "consultant SAP"
    assert agree("commercial sédentaire", feminine=True) == "commerciale sédentaire"


@pytest.mark.parametrize(("detail", "expected"), [
    ("la visite du labo", "Je me souviens notamment de la visite du labo,"),
    ("Les échanges avec Paul", "Je me souviens notamment des échanges avec Paul,"),
    ("visite de l'entrepôt", "Je me souviens notamment de notre visite de l’entrepôt,"),
    ("rencontrer l'équipe produit", "J’ai particulièrement apprécié d’avoir pu rencontrer l’équipe produit,"),
    ("J'ai adoré la visite du labo.", "J’ai adoré la visite du labo. Ce recrutement"),
    ("le café avec l'équipe !", "Je me souviens notamment du café avec l’équipe,"),
])
def test_a_detail_reads_right_whatever_its_form(detail, expected):
    body = compose({"kind": "thanks", "detail": detail, "variant": 0, "sender_gender": "f"})["body"]
    assert expected in body, body


@pytest.mark.parametrize(("new_skill", "expected"), [
    ("une certification en gestion de projet", "j’ai obtenu une certification en gestion de projet"),
    ("le permis B", "j’ai obtenu le permis B"),
    ("une formation en Python", "j’ai suivi une formation en Python"),
    ("une expérience de six mois en logistique", "j’ai acquis une expérience de six mois en logistique"),
    ("un stage de six mois en agence", "j’ai effectué un stage de six mois en agence"),
    ("la maîtrise de Figma", "j’ai acquis la maîtrise de Figma"),
    ("l'anglais courant", "j’ai appris à maîtriser l’anglais courant"),
    ("Python", "j’ai appris à maîtriser Python"),
    ("gestion de projet agile", "j’ai acquis des compétences en gestion de projet agile"),
    ("apprendre l'allemand", "j’ai décidé d’apprendre l’allemand"),
])
def test_a_new_skill_is_obtained_followed_or_acquired_as_it_should_be(new_skill, expected):
    clean, errors = validate({"kind": "recontact_skill", "lang": "fr", "new_skill": new_skill})
    assert clean is not None, errors
    assert Writer(Ctx.from_fields(clean), pack("fr")).extra["new_skill_clause"] == expected


def test_a_new_skill_typed_as_a_sentence_gets_a_sentence_of_its_own():
    body = compose({"kind": "recontact_skill", "new_skill": "j'ai obtenu le TOEIC avec 950 points",
                    "variant": 2})["body"]
    assert "J’ai obtenu le TOEIC avec 950 points." in body
    assert ": j’ai obtenu" not in body


@pytest.mark.parametrize(("skill", "expected"), [
    ("la gestion de budget", "mon expérience de la gestion de budget"),
    ("gestion de projet", "mes compétences en gestion de projet"),
    ("animer des ateliers", "ma capacité à animer des ateliers"),
    ("mon anglais", "\u00a0: mon anglais."),
])
def test_a_skill_to_clarify_is_framed_by_its_form(skill, expected):
    body = compose({"kind": "feedback", "skill": skill})["body"]
    assert expected in body, body


def test_dates_are_written_out_with_the_french_ordinal():
    assert FrenchGrammar.date(2026, 5, 1) == "1ᵉʳ mai 2026"
    assert FrenchGrammar.date(2026, 3, 2) == "2 mars 2026"


@pytest.mark.parametrize(("company", "line"), [
    ("les Échos", "Les Échos"), ("l’Oréal", "L’Oréal"), ("iCIMS", "iCIMS"), ("lemon way", "lemon way")])
def test_a_company_heading_an_address_line_starts_with_a_capital_fr(company, line):
    assert grammar(company=company).company_line == line
