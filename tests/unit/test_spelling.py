"""Spelling on request (rebond.spelling): pyspellchecker's word lists, handed to the engine."""

from __future__ import annotations

import json

import pytest
import spellchecker

from rebond import compose, spelling
from rebond.api import handle
from rebond.fields import COMBINATIONS


@pytest.fixture
def attached():
    spelling.attach(spellchecker)
    yield
    spelling.attach(None)


def call(op, **args):
    out = json.loads(handle(json.dumps({"op": op, "args": args})))
    assert out["ok"], out
    return out["result"]


def words(text, lang, **kw):
    return [(f["excerpt"], [x["replacement"] for x in f["fixes"]])
            for f in spelling.check(text, lang=lang, **kw)["findings"]]


def test_nothing_until_the_checker_is_handed_over():
    spelling.attach(None)
    assert call("spell", text="I was dissapointed.", lang="en") == {"available": False, "findings": []}
    assert call("check", text="I was dissapointed.", lang="en", spell=True)["spelling"] == "unavailable"


def test_misspellings_get_one_click_suggestions(attached):
    assert words("Thank you, I was dissapointed but I recieve it well.", "en") == [
        ("dissapointed", ["disappointed"]), ("recieve", ["receive", "relieve"])]
    assert words("My futur plans.", "en")[0] == ("futur", ["future"])
    assert words("Merci pour lentretien et le recrutemant.", "fr")[-1][0] == "recrutemant"
    fixed = call("apply", text="I was dissapointed.", lang="en", key="spelling|dissapointed|0")
    assert fixed == {"applied": True, "text": "I was disappointed.", "reason": ""}
    second = call("apply", text="I recieve it.", lang="en", key="spelling|recieve|0", choice=1)
    assert second["text"] == "I relieve it."


def test_never_flagged(attached):
    text = ("Dear Ms Wójcik, thank you. I met Zbigniew at Xylofonix, I know SQL, AWS and the CV, "
            "see https://exemple.org/abcdefg or mail zz@qwrt.io; iPhone, LinkedIn, 3rd, 1ᵉʳ.")
    assert words(text, "en") == []
    assert words("Merci pour l’atelier Qwertz.", "fr", names=("l’atelier Qwertz",)) == []
    assert words("I loved the qwertzuiop workshop.", "en", names=("the qwertzuiop workshop",)) == []


def test_the_languages_accepted_spellings(attached):
    british = ("I realise the colour, the centre, the programme and the organisation were my favourite; "
               "whilst I analysed it, I learnt.")
    assert words(british, "en") == []
    french = "Je vous adresse mes vœux, de tout cœur ; l’e-mail de l’entreprise, aujourd’hui, peut-être."
    assert words(french, "fr") == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_engines_messages_are_spelt_right(attached, lang):
    for kind, channels in COMBINATIONS.items():
        for channel in channels:
            for variant in range(3):
                r = compose({"kind": kind, "channel": channel, "lang": lang, "variant": variant, "disappointment": True,
                             "feedback_topics": ["cv", "letter", "interview", "tests"], "new_skill": "Python"})
                assert words(r["subject"] + "\n\n" + r["body"], lang, names=("Python",)) == [], (kind, channel, variant)


def test_offsets_are_javascripts(attached):
    out = call("spell", text="😀 dissapointed", lang="en")
    f = out["findings"][0]
    assert (f["start"], f["start16"], f["fix"]["start16"]) == (2, 3, 3)
