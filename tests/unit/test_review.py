"""The reviewer: each finding on a positive and a negative example, in both languages."""

from __future__ import annotations

import json
from typing import Any

import pytest

from rebond import apply_fixes, compose, review, typography
from rebond.api import handle

OK_FR = "Madame,\n\nMerci pour votre réponse et pour votre temps.\n\nBien cordialement,\nCamille"
OK_EN = "Dear Ms Martin,\n\nThank you for your reply and your time.\n\nKind regards,\nSam"


def codes(text, lang, kind="thanks", channel="email", **kw):
    return [f["code"] for f in review(text, lang=lang, kind=kind, channel=channel, **kw)]


@pytest.mark.parametrize(("lang", "bad", "code"), [
    ("fr", "Merci. Pourriez-vous m’accorder un nouvel entretien ?", "new_interview"),
    ("fr", "Merci. Je vous demande de reconsidérer votre choix.", "new_interview"),
    ("fr", "Merci. Pourriez-vous revenir sur votre décision ?", "new_interview"),
    ("fr", "Merci. Donnez-moi une seconde chance.", "new_interview"),
    ("fr", "Merci. Serait-il possible d’avoir un deuxième entretien ?", "new_interview"),
    ("en", "Thank you. Could I have another interview?", "new_interview"),
    ("en", "Thank you. Please reconsider my application.", "new_interview"),
    ("en", "Thank you. I hope you will change your mind.", "new_interview"),
    ("fr", "Merci. Je me permets d’insister pour avoir une réponse.", "insistent"),
    ("fr", "Merci. Je n’ai toujours pas de réponse, répondez au plus vite.", "insistent"),
    ("fr", "Merci. Malgré mes nombreuses relances, rien.", "insistent"),
    ("en", "Thanks. I still haven't heard back; please reply ASAP.", "insistent"),
    ("en", "Thank you. Despite my repeated emails, nothing.", "insistent"),
    ("fr", "Merci. Cette décision est injuste.", "bitter"),
    ("fr", "Merci. Tant pis, dommage pour vous.", "bitter"),
    ("en", "Thank you. This decision is unfair.", "bitter"),
    ("en", "Thank you. Your loss, really.", "bitter"),
    ("fr", "Merci. Vous n’avez pas pris le temps de lire mon CV.", "blame"),
    ("fr", "Merci. Vous auriez dû me poser la question.", "blame"),
    ("fr", "Merci. L’entretien était mal organisé.", "blame"),
    ("en", "Thank you. You didn't even read my CV.", "blame"),
    ("en", "Thank you. You should have asked me.", "blame"),
    ("en", "Thanks for letting me know. You clearly made a mistake.", "blame"),
    ("fr", "Merci pour votre retour. Vous avez clairement fait une erreur.", "blame"),
    ("fr", "Merci. Cdt", "abbreviation"),
    ("fr", "Merci bcp pour votre retour.", "abbreviation"),
    ("en", "Thx for your reply.", "abbreviation"),
    ("en", "Thank you, pls keep my CV. Rgds", "abbreviation"),
    ("fr", "Merci, je suis déçu(e).", "gender_parenthesis"),
    ("fr", "Merci, je suis ravi·e de ce retour.", "gender_parenthesis"),
    ("fr", "Merci pour votre retour: bonne journée", "typography"),
    ("fr", "Merci pour votre retour !", "typography"),
    ("fr", "Merci pour le poste «chargée de projet».", "typography"),
    ("fr", "MERCI BEAUCOUP pour votre retour.", "shouting"),
    ("fr", "Merci pour votre retour\u202f!!!", "shouting"),
    ("en", "THANK YOU SO MUCH for your reply.", "shouting"),
    ("en", "Thank you for your reply!!", "shouting"),
    ("fr", "Bonjour [Nom], merci.", "placeholder"),
    ("fr", "Merci, XXX", "placeholder"),
    ("en", "Dear {name}, thank you.", "placeholder"),
    ("en", "Thank you, Dear ___,", "placeholder"),
])
def test_positive(lang, bad, code):
    found = review(bad, lang=lang, kind="thanks", channel="email")
    hits = [f for f in found if f["code"] == code]
    assert hits, found
    for f in hits:
        assert bad[f["start"]:f["end"]] == f["excerpt"]
        assert f["severity"] in ("error", "warning", "info")
        assert f["message"]
        assert f["suggestion"]


@pytest.mark.parametrize(("lang", "good"), [
    ("fr", OK_FR), ("en", OK_EN),
    ("fr", "Merci. L’entretien était bien organisé\u202f; j’ai apprécié la visite à 10:30, voir https://exemple.fr/a?b=1."),
    ("fr", "Merci pour votre retour\u202f! Mon e-mail\u00a0: camille@exemple.fr :)"),
    ("en", "Thank you! My SQL and AWS work: see the AWS docs. Your team was great."),
    ("en", "Thank you. U2 played at the event; the interview was well run."),
    ("fr", "Merci. Je serais heureuse de rester en contact. La SNCF et la RATP recrutent."),
    ("fr", "Merci. Le deuxième entretien s’est bien passé, et ce choix vous appartient."),
])
def test_negative(lang, good):
    assert review(good, lang=lang, kind="thanks", channel="email") == []


@pytest.mark.parametrize(("lang", "text"), [("fr", "Bonjour, votre décision est bien notée."),
                                       ("en", "Hello, your decision is noted.")])
def test_missing_thanks(lang, text):
    assert "missing_thanks" in codes(text, lang)
    assert "missing_thanks" not in codes(text + (" Merci." if lang == "fr" else " Thank you."), lang)
    assert codes("", lang) == []


def test_length_by_channel():
    long_fr = "Merci. " + "Bla bla. " * 400
    assert "too_long" in codes(long_fr, "fr", channel="email")
    assert "too_long" not in codes(OK_FR, "fr", channel="email")
    note = "Merci " + "a" * 200
    assert codes(note, "fr", kind="linkedin", channel="linkedin") == ["linkedin_free"]
    assert codes(note + "b" * 100, "fr", kind="linkedin", channel="linkedin") == ["linkedin_premium"]
    assert codes("Merci " + "a" * 150, "fr", kind="linkedin", channel="linkedin") == []
    over = review(note, lang="fr", kind="linkedin", channel="linkedin")[0]
    assert over["start"] == 200
    assert over["end"] == len(note)


@pytest.mark.parametrize(("lang", "three"), [
    ("fr", "Merci. Est-ce le CV\u202f? Est-ce la lettre\u202f? Est-ce l’entretien\u202f?"),
    ("en", "Thank you. Was it the CV? Was it the letter? Was it the interview?")])
def test_too_many_questions(lang, three):
    found = review(three, lang=lang, kind="feedback", channel="email")
    assert [f["code"] for f in found] == ["too_many_questions"]
    assert found[0]["excerpt"].startswith(("Est-ce l’entretien", "Was it the interview"))
    two = three.rsplit(" ", 3 if lang == "fr" else 4)[0]
    assert "too_many_questions" not in codes(two, lang, kind="feedback")
    assert "too_many_questions" not in codes(three, lang, kind="thanks")


def test_names_in_capitals_are_not_shouting():
    text = "Merci pour votre retour, équipe DATAVISUALISATION."
    assert "shouting" in codes(text, "fr")
    assert "shouting" not in codes(text, "fr", names=("DATAVISUALISATION",))
    r = compose({"kind": "thanks", "company": "BNP PARIBAS", "sender_name": "JEAN-MARIE DUPONT"})
    assert r["findings"] == []


def test_messages_follow_ui_language():
    fr = review("Merci Cdt", lang="fr", kind="thanks", channel="email", ui_lang="fr")[0]
    en = review("Merci Cdt", lang="fr", kind="thanks", channel="email", ui_lang="en")[0]
    assert fr["message"] != en["message"]
    assert "Abréviation" in fr["message"]
    assert "abbreviation" in en["message"]
    assert "«\u00a0Cordialement\u00a0»" in fr["suggestion"]
    assert "\u201cCordialement\u201d" in en["suggestion"]
    default = review("Merci Cdt", lang="fr", kind="thanks", channel="email")[0]
    assert default["message"] == fr["message"]


def test_fixes():
    text = "Merci pour votre retour: Cdt!!! je suis déçu(e) «vraiment»"
    found = review(text, lang="fr", kind="thanks", channel="email", sender_gender="f")
    fixed = apply_fixes(text, found)
    assert fixed == "Merci pour votre retour\u00a0: Cordialement\u202f! je suis déçue «\u00a0vraiment\u00a0»"
    assert review(fixed, lang="fr", kind="thanks", channel="email") == []
    m = review("déçu(e)s", lang="fr", kind="thanks", channel="email", sender_gender="m")
    assert apply_fixes("déçu(e)s", m) == "déçus"
    n = review("déçu(e)", lang="fr", kind="thanks", channel="email", sender_gender="n")
    assert [f["fix"] for f in n if f["code"] == "gender_parenthesis"] == [None]


def test_apply_fixes_ignores_bad_fixes_and_overlaps():
    text = "abcdef"
    findings: list[Any] = [  # findings as a page might send them back, broken ones too
        {"fix": {"start": 1, "end": 3, "replacement": "X"}},
        {"fix": {"start": 2, "end": 4, "replacement": "Y"}},  # overlaps: dropped
        {"fix": {"start": 9, "end": 12, "replacement": "Z"}},  # out of range
        {"fix": {"start": "a", "end": 1, "replacement": "Z"}},
        {"fix": None}, {"nofix": 1}, "junk",
    ]
    assert apply_fixes(text, findings) == "aXdef" or apply_fixes(text, findings) == "abYef"
    assert apply_fixes(text, [{"fix": {"start": 2, "end": 2, "replacement": "-"}},
                              {"fix": {"start": 2, "end": 2, "replacement": "+"}}]) in ("ab-cdef", "ab+cdef")


def test_typography_fixes_equal_the_composer_function():
    text = "Objet: merci ; vraiment? «oui» ! Heure 10:30, https://a.b/c?d=1 ;-)"
    fixes = [f for f in review(text, lang="fr", kind="thanks", channel="email") if f["code"] == "typography"]
    assert apply_fixes(text, fixes) == typography.french(text)
    assert typography.french(typography.french(text)) == typography.french(text)
    assert "10:30" in typography.french(text)
    assert "https://a.b/c?d=1" in typography.french(text)


def test_english_text_gets_no_french_typography_findings():
    assert "typography" not in codes("Thank you: really?", "en")


def test_an_unknown_language_is_refused_not_reviewed_by_another_languages_rules():
    with pytest.raises(ValueError, match="unknown language"):
        review("Merci Cdt", lang="de", kind="thanks", channel="email")
    answer = json.loads(handle(json.dumps({"op": "review", "args": {"text": "Merci Cdt", "lang": "de"}})))
    assert answer["ok"] is False
    assert "unknown language" in answer["error"]


def test_non_string_text_is_safe():
    assert review(None, lang="fr", kind="thanks", channel="email") == []  # type: ignore[arg-type]


def test_composed_messages_are_clean_and_edited_ones_are_caught():
    r = compose({"kind": "thanks", "lang": "fr", "sender_gender": "f"})
    edited = r["body"] + "\nPourriez-vous reconsidérer ma candidature ?"
    assert "new_interview" in codes(edited, "fr")
