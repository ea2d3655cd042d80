"""The reviewer's rule families, its one negation-and-scope mechanism, length by kind and caps."""

from __future__ import annotations

import json

import pytest

from rebond import compose, locales, plans, review
from rebond.api import handle, utf16_index
from rebond.review import CODES, MAX_CHARS, MAX_FINDINGS


def found(text, lang, kind="thanks", channel="email", **kw):
    return review(text, lang=lang, kind=kind, channel=channel, **kw)


def families(text, lang, **kw):
    return {f["family"] for f in found(text, lang, **kw)}


# --- one negation-and-scope mechanism, every family ---------------------------------------------

@pytest.mark.parametrize(("lang", "risky", "negated", "family"), [
    ("fr", "Merci. Je vous demande un nouvel entretien.", "Merci. Je ne vous demande pas de nouvel entretien.",
     "new_interview"),
    ("fr", "Merci. Pourriez-vous reconsidérer ma candidature ?",
     "Merci. Je ne vous demande pas de reconsidérer ma candidature.",
     "new_interview"),
    ("en", "Thanks. Please reconsider.", "Thanks. I am not asking you to reconsider.", "new_interview"),
    ("en", "Thanks. Could I have another interview?", "Thanks. I would never ask for another interview.",
     "new_interview"),
    ("fr", "Merci. Cette décision est injuste.", "Merci. Cette décision n’est pas injuste.", "reproach"),
    ("en", "Thanks. This decision is unfair.", "Thanks. Nothing about this decision is unfair.", "reproach"),
    ("fr", "Merci. Je relance encore une fois.", "Merci. Je ne relancerai pas une fois de plus.", "pressure"),
    ("en", "Thanks. I insist.", "Thanks. I do not insist.", "pressure"),
])
def test_a_negation_cancels_the_idea(lang, risky, negated, family):
    assert family in families(risky, lang)
    assert family not in families(negated, lang)


@pytest.mark.parametrize(("lang", "text", "family"), [
    # A negative question asks: it is not a negation.
    ("fr", "Merci. Ne pourriez-vous pas revenir sur votre décision ?", "new_interview"),
    ("fr", "Merci. Pourquoi ne pas me recevoir à nouveau ?", "new_interview"),
    ("en", "Thanks. Couldn't you give me another chance?", "new_interview"),
    ("en", "Thanks. Why not invite me back?", "new_interview"),
    # A negation that is the reproach itself.
    ("fr", "Merci. Vous n’avez même pas lu mon CV.", "reproach"),
    ("en", "Thanks. You didn't even read my CV.", "reproach"),
    ("fr", "Merci. Personne n’a daigné me répondre.", "reproach"),
    # The negation is in another clause.
    ("fr", "Merci. Je n’ai pas eu de réponse, mais pourriez-vous m’accorder un nouvel entretien ?", "new_interview"),
    ("en", "Thanks. I don't mind waiting, but could we set up another interview?", "new_interview"),
    # A duration without an answer is pressure, negation or not.
    ("fr", "Merci. Je n’ai pas de nouvelles depuis trois semaines et j’attends.", "pressure"),
    # "ne ... que" restricts, it does not deny.
    ("fr", "Merci. Je ne demande qu’une chose : un nouvel entretien.", "new_interview"),
])
def test_what_is_not_a_negation(lang, text, family):
    assert family in families(text, lang), found(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Merci. J’ai un nouvel entretien chez un autre employeur, que je pourrais décrocher."),
    ("fr", "Merci. Dans quelques mois, accepteriez-vous un café pour me montrer vos projets ?"),
    ("en", "Thanks. Could I have a second interview with another company? A friend asked me."),
    ("en", "Thanks. In a few months, could we meet again for a coffee?"),
    ("en", "Thanks. I work as an urgent care nurse."),
    ("fr", "Merci. Je suis infirmière aux urgences."),
])
def test_words_about_something_else(lang, text):
    assert families(text, lang) - {"typography"} == set(), found(text, lang)


def test_a_name_the_writer_typed_is_not_read():
    text = "Thank you, Asap Digital, for your reply."
    assert "pressure" in families(text, "en")
    assert "pressure" not in families(text, "en", names=("Asap Digital",))


# --- each family in both languages, and the forms of its words --------------------------------

@pytest.mark.parametrize(("lang", "text", "family"), [
    ("fr", "Merci. Je souhaiterais que vous changiez d’avis.", "new_interview"),
    ("fr", "Merci. Vous changerez peut-être d’avis.", "new_interview"),
    ("en", "Thanks. Maybe you'll change your mind.", "new_interview"),
    ("en", "Thanks. Might the decision be revisited?", "new_interview"),
    ("fr", "Merci. Vous avez commis une grave erreur.", "reproach"),
    ("fr", "Merci. Je le raconterai sur LinkedIn.", "reproach"),
    ("en", "Thanks. I will be posting about this on Glassdoor.", "reproach"),
    ("fr", "Merci. Voilà dix jours que j’attends.", "pressure"),
    ("en", "Thanks. This is my fourth email and I'm still waiting.", "pressure"),
    ("fr", "Merci. Pensez à moi si la personne retenue démissionne.", "hired_person"),
    ("en", "Thanks. I'll write again when their trial period ends.", "hired_person"),
    ("fr", "Merci pour ta réponse.", "familiarity"),
    ("en", "Hey, thanks mate.", "familiarity"),
    ("fr", "Chère Madame Durand,\n\nMerci.", "familiarity"),
    ("fr", "Merci. En vous remerciant, veuillez agréer mes salutations.", "familiarity"),
    ("en", "Thank you. I could of done better.", "slip"),
    ("fr", "Merci. Malgré qu’il soit tard, je vous écris.", "slip"),
])
def test_families(lang, text, family):
    hits = [f for f in found(text, lang) if f["family"] == family]
    assert hits, found(text, lang)
    for f in hits:
        assert f["message"]
        assert f["suggestion"]
        assert text[f["start"]:f["end"]] == f["excerpt"]


def test_slips_come_with_one_click_fixes():
    text = "Thank you, i could of done better, alot better."
    out = json.loads(handle(json.dumps({"op": "fix", "args": {"text": text, "lang": "en"}})))["result"]
    assert out == "Thank you, I could have done better, a lot better."
    fr = "Merci. Suite à notre échange, je souhaite pallier au manque."
    out = json.loads(handle(json.dumps({"op": "fix", "args": {"text": fr, "lang": "fr"}})))["result"]
    assert out == "Merci. À la suite de notre échange, je souhaite pallier le manque."


def test_each_passage_is_reported_once():
    text = "Thank you. Please reply ASAP."
    assert [f["code"] for f in found(text, "en")] == ["insistent"]
    shout = found("Thank you. THIS IS A JOKE.", "en")
    assert [f["family"] for f in shout].count("shouting") == 1
    assert any(f["family"] == "shouting" and f["excerpt"] == "THIS IS A JOKE" for f in shout)
    # Acronyms are not shouting; a sentence in capitals is, short words included.
    assert "shouting" not in families("Thank you. I used SQL, AWS and GCP at IBM.", "en")
    assert "shouting" in families("Merci. C’EST UNE BLAGUE ?", "fr")


def test_findings_link_to_the_guide_in_the_readers_language():
    text = "Merci. Pourriez-vous reconsidérer ma candidature ?"
    fr = next(f for f in found(text, "fr", ui_lang="fr") if f["code"] == "new_interview")
    en = next(f for f in found(text, "fr", ui_lang="en") if f["code"] == "new_interview")
    assert fr["guide"]["path"].startswith("guide/demander-un-retour/#ne-pas-demander")
    assert en["guide"]["path"].startswith("guide/demander-un-retour/#dont-ask")
    assert fr["message"] != en["message"]
    assert fr["key"] == en["key"]
    for lang in locales.codes():
        texts = locales.pack(lang).review
        assert set(texts.GUIDE) <= set(texts.REVIEW)
        assert set(CODES) == set(texts.REVIEW), lang


def test_keys_name_findings_across_edits():
    a = found("Thanks. Please reconsider. Please reconsider.", "en")
    assert [f["key"] for f in a] == ["new_interview|reconsider|0", "new_interview|reconsider|1"]
    b = found("Thank you so much. Please reconsider. Please reconsider.", "en")
    assert [f["key"] for f in b] == [f["key"] for f in a]


# --- length by kind: the guide's figures, the engine's figures -----------------------------------

@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("kind", sorted(plans.MAX_WORDS))
def test_length_by_kind_uses_the_plans_figures(lang, kind):
    channel = "email"
    hello, closing = (("Madame,", "Bien cordialement,\nCamille") if lang == "fr"
                      else ("Dear Ms Martin,", "Kind regards,\nSam"))
    word = "merci" if lang == "fr" else "thanks"
    limit = plans.MAX_WORDS[kind]
    at = f"{hello}\n\n{' '.join([word] * limit)}.\n\n{closing}"
    over = f"{hello}\n\n{' '.join([word] * (limit + 1))}.\n\n{closing}"
    assert "too_long" not in [f["code"] for f in found(at, lang, kind, channel)]
    long = [f for f in found(over, lang, kind, channel) if f["code"] == "too_long"]
    assert len(long) == 1
    assert str(limit) in long[0]["message"]
    assert str(plans.LINES[kind]) in long[0]["message"]


def test_phone_notes_have_the_guides_points():
    points = "\n".join(f"– Point {i}, merci." for i in range(plans.PHONE_POINTS + 1))
    text = f"Appel\n\nÀ dire :\n{points}\n\nSi l’échange s’y prête :\n– Autre chose."
    assert "too_many_points" in [f["code"] for f in found(text, "fr", "phone", "phone")]
    fewer = text.replace(f"\n– Point {plans.PHONE_POINTS}, merci.", "")
    assert "too_many_points" not in [f["code"] for f in found(fewer, "fr", "phone", "phone")]


def test_engine_messages_are_within_the_lengths():
    for lang in ("fr", "en"):
        for kind in plans.MAX_WORDS:
            for channel in ("email", "letter"):
                # Fields at their longest, in words of a usual length.
                r = compose({"kind": kind, "channel": channel, "lang": lang, "detail": ("atelier " * 40)[:300].strip(),
                             "skill": ("analyse " * 20)[:120].strip(), "new_skill": ("formation " * 15)[:120].strip(),
                             "disappointment": True})
                if r["ok"]:
                    assert "too_long" not in [f["code"] for f in r["findings"]], (kind, channel, lang)


# --- caps and offsets ------------------------------------------------------------------------------

def test_caps_on_text_and_findings_are_said():
    long = "Merci. " + "a" * (MAX_CHARS + 10)
    codes = [f["code"] for f in found(long, "fr")]
    assert "cap_text" in codes
    many = "Thank you. " + "Really!! " * (MAX_FINDINGS + 20)
    out = found(many, "en")
    assert len(out) == MAX_FINDINGS + 1
    assert out[0]["code"] == "cap_findings"
    assert str(MAX_FINDINGS) in out[0]["message"]


def test_utf16_offsets_in_one_pass():
    text = "😀 Merci 😀😀 bcp !!"
    out = json.loads(handle(json.dumps({"op": "review", "args": {"text": text, "lang": "fr"}})))["result"]
    for f in out:
        assert f["start16"] == utf16_index(text, f["start"]) == len(text[:f["start"]].encode("utf-16-le")) // 2
        assert f["end16"] == len(text[:f["end"]].encode("utf-16-le")) // 2


# --- fields: what the reader typed ---------------------------------------------------------------

@pytest.mark.parametrize(("lang", "field", "value"), [
    ("en", "position", "urgent care nurse"),
    ("fr", "detail", "un nouvel entretien chez un autre employeur"),
    ("en", "detail", "the interview I have with another company next week"),
    ("fr", "company", "Tu Delft"),
])
def test_innocent_fields_are_accepted(lang, field, value):
    r = compose({"kind": "thanks", "lang": lang, field: value})
    assert r["ok"], r
    assert [f for f in r["findings"] if f["severity"] != "info"] == []


@pytest.mark.parametrize(("lang", "field", "value", "code"), [
    ("fr", "detail", "je souhaiterais un nouvel entretien", "review_new_interview"),
    ("en", "detail", "you wasted my time", "review_bitter"),
    ("fr", "detail", "suite à notre échange", "review_slip"),
])
def test_risky_fields_are_refused_next_to_the_field(lang, field, value, code):
    r = compose({"kind": "thanks", "lang": lang, field: value})
    assert not r["ok"]
    assert r["errors"][0]["field"] == field
    assert r["errors"][0]["code"] == code
