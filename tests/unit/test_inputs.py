"""What readers type, read without a language: inclusive forms, names with titles, ads' job titles."""

from __future__ import annotations

import pytest

from rebond.inputs import inclusive, job_titles, names, text


@pytest.mark.parametrize(("typed", "masculine", "feminine"), [
    ("Chargé(e) de communication", "Chargé de communication", "Chargée de communication"),
    ("Développeur·se Python", "Développeur Python", "Développeuse Python"),
    ("Assistant(e) administratif(ve)", "Assistant administratif", "Assistante administrative"),
    ("Conseiller·ère clientèle", "Conseiller clientèle", "Conseillère clientèle"),
    ("Infirmier/ère", "Infirmier", "Infirmière"),
    ("Technicien(ne)", "Technicien", "Technicienne"),
    ("Rédacteur/trice web", "Rédacteur web", "Rédactrice web"),
    ("Directeur(rice)", "Directeur", "Directrice"),
    ("Vendeur / Vendeuse", "Vendeur", "Vendeuse"),
    ("Hôte(sse) d’accueil", "Hôte d’accueil", "Hôtesse d’accueil"),
    ("Ingénieur.e", "Ingénieur", "Ingénieure"),
    ("chef(fe) de projet", "chef de projet", "cheffe de projet"),
    ("professionnel·le", "professionnel", "professionnelle"),
    ("heureux·se, ravi·e.", "heureux, ravi.", "heureuse, ravie."),
])
def test_inclusive_forms_give_both_forms(typed, masculine, feminine):
    assert inclusive.split(typed) == (masculine, feminine, True)


@pytest.mark.parametrize("plain", ["Juriste", "M. Dupont", "www.site.fr", "fin.Elle", "Analyste (H/F)", "R&D"])
def test_text_without_inclusive_forms_is_left_alone(plain):
    assert inclusive.split(plain) == (plain, plain, False)


@pytest.mark.parametrize(("typed", "title", "given", "surname"), [
    ("Mme Zoé Martin", "f", "Zoé", "Martin"),
    ("Madame Martin", "f", "", "Martin"),
    ("M. Dupont", "m", "", "Dupont"),
    ("M Karim Benzema", "m", "Karim", "Benzema"),
    ("Monsieur Jean Dupont", "m", "Jean", "Dupont"),
    ("Mlle Sophie Roux", "f", "Sophie", "Roux"),
    ("mme durand", "f", "", "Durand"),
    ("Mrs Zoe Martin", "f", "Zoe", "Martin"),
    ("Ms. Smith", "f", "", "Smith"),
    ("Mr John O'Neill", "m", "John", "O’Neill"),
    ("Mx Robin Gray", "x", "Robin", "Gray"),
    ("Dr Patel", "dr", "", "Patel"),
    ("Prof. Hannah Clarke", "prof", "Hannah", "Clarke"),
    ("MARTIN", "", "", "Martin"),
    ("Zoé MARTIN", "", "Zoé", "Martin"),
    ("NGUYỄN Thị Lan", "", "Thị Lan", "Nguyễn"),
    ("Marie-Claire de La Tour", "", "Marie-Claire", "de La Tour"),
    ("de La Fontaine", "", "", "de La Fontaine"),
    ("Kévin Le Gall", "", "Kévin", "Le Gall"),
    ("Madame", "f", "", ""),
    ("Martine", "", "", "Martine"),  # not "M" + "artine"
    ("", "", "", ""),
])
def test_a_title_typed_in_a_name_is_recognised_and_never_kept(typed, title, given, surname):
    assert names.parse(typed) == names.Name(title, given, surname)


@pytest.mark.parametrize(("typed", "signed"), [
    ("M. Jean-Pierre DUPONT", "Jean-Pierre DUPONT"),  # the French convention is the writer's to keep
    ("camille durand", "Camille Durand"), ("JEAN DUPONT", "Jean Dupont"), ("Dr Amel Benali", "Amel Benali"),
    ("seán o’connor", "Seán O’Connor"), ("Mme Zoé d'Arc", "Zoé d’Arc"),
])
def test_the_writer_signs_without_a_title(typed, signed):
    assert names.signature(typed) == signed


@pytest.mark.parametrize(("typed", "masculine", "feminine", "marked"), [
    ("Chargé(e) de communication (H/F)", "Chargé de communication", "Chargée de communication", True),
    ("Développeur·se Python F/H", "Développeur Python", "Développeuse Python", True),
    ("Data Analyst Senior H/F - CDI", "Data Analyst Senior", "Data Analyst Senior", False),
    ("Analyste H/F (CDI)", "Analyste", "Analyste", False),
    ("Chef de projet - CDD - Paris", "Chef de projet", "Chef de projet", False),
    ("Data Scientist (H/F) | CDI | Lyon", "Data Scientist", "Data Scientist", False),
    ("Développeur Full Stack JS (H/F/X)", "Développeur Full Stack JS", "Développeur Full Stack JS", False),
    ("Senior Data Analyst (m/f/d)", "Senior Data Analyst", "Senior Data Analyst", False),
    ("Customer Success Manager (Remote)", "Customer Success Manager", "Customer Success Manager", False),
    ("Marketing Manager - Full time", "Marketing Manager", "Marketing Manager", False),
    ("Poste de comptable", "comptable", "comptable", False),
    ("Ingénieur (génie civil)", "Ingénieur (génie civil)", "Ingénieur (génie civil)", False),
    ("Ingénieur d'études", "Ingénieur d’études", "Ingénieur d’études", False),
])
def test_job_titles_lose_the_marks_of_ads(typed, masculine, feminine, marked):
    assert job_titles.parse(typed) == job_titles.JobTitle(masculine, feminine, marked)


@pytest.mark.parametrize(("typed", "french", "english"), [
    ("l'équipe \"data\"", "l’équipe «\u00a0data\u00a0»", "l’équipe “data”"),
    ("Super !!!", "Super !", "Super !"),
    ("un échange...", "un échange…", "un échange…"),
    ("la visite , enfin", "la visite, enfin", "la visite, enfin"),
])
def test_typed_text_gets_the_typography_of_the_catalogs(typed, french, english):
    assert text.tidy(typed, ("«\u00a0", "\u00a0»")) == french
    assert text.tidy(typed, ("“", "”")) == english
