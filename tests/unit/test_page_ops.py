"""The engine ops the generator page calls, so that no rule lives in its JavaScript: one check of
the text as it stands, fixes applied by key to the current text, the prefill link's format."""

from __future__ import annotations

import json

import pytest

from rebond import compose, prefill
from rebond.api import handle
from rebond.fields import DEFAULTS
from rebond.validate import validate


def call(op, **args):
    out = json.loads(handle(json.dumps({"op": op, "args": args})))
    assert out["ok"], out
    return out["result"]


def test_check_gives_findings_mailto_and_the_linkedin_count():
    out = call("check", text="é" * 250, subject="", lang="fr", kind="linkedin", channel="linkedin", ui_lang="en")
    assert out["count"]["n"] == 250
    assert out["count"]["fits_free"] is False
    assert out["count"]["fits_premium"] is True
    assert out["count"]["text"].startswith("250 characters")
    assert "free account" in out["count"]["text"]
    assert out["mailto"]["url"].startswith("mailto:?subject=&body=%C3%A9")
    assert [f["code"] for f in out["findings"]] == ["missing_thanks", "linkedin_free"]
    assert call("check", text="Merci.", lang="fr", channel="email")["count"] is None
    over = call("check", text="é" * 301, lang="fr", kind="linkedin", channel="linkedin", ui_lang="fr")["count"]
    assert over["fits_premium"] is False
    assert "Premium" in over["text"]


def test_a_fix_applies_to_the_text_as_it_stands():
    text = "Thank you. Thx again."
    key = next(f for f in call("review", text=text, lang="en") if f["code"] == "abbreviation")["key"]
    # The reader typed before the click landed: the finding still applies, at its new place.
    edited = "Thank you so much. Thx again."
    assert call("apply", text=edited, lang="en", key=key) == {"applied": True,
                                                              "text": "Thank you so much. Thanks again.",
                                                              "reason": ""}
    gone = call("apply", text="Thank you so much.", lang="en", key=key, ui_lang="fr")
    assert gone["applied"] is False
    assert gone["text"] == "Thank you so much."
    assert "changé" in gone["reason"]
    no_fix = next(iter(call("review", text="Thanks. Please reconsider.", lang="en")))["key"]
    none = call("apply", text="Thanks. Please reconsider.", lang="en", key=no_fix, ui_lang="en")
    assert none["applied"] is False
    assert "automatic" in none["reason"]


@pytest.mark.parametrize(("raw", "expected"), [
    ("#kind=feedback&keep_cv=oui&disappointment=on&good_luck=no&variant=%2B2",
     {"kind": "feedback", "keep_cv": True, "disappointment": True, "good_luck": False, "variant": 2}),
    ("#feedback_topics=cv&feedback_topics=tests", {"feedback_topics": ["cv", "tests"]}),
    ("#feedback_topics=cv%2Ctests&company=L%E2%80%99Or%C3%A9al", {"feedback_topics": ["cv", "tests"],
                                                                  "company": "L’Oréal"}),
])
def test_prefill_values_are_read_as_the_validator_reads_fields(raw, expected):
    out = call("prefill", fragment=raw)
    assert out == {"prefill": True, "fields": expected, "ignored": [], "error": None}
    clean, errors = validate({"kind": "thanks", **expected})
    assert clean is not None, errors
    assert all(clean[k] == v for k, v in expected.items())


def test_prefill_ignores_what_the_engine_would_refuse():
    out = call("prefill", fragment="#kind=linkedin&channel=email&tone=loud&bogus=1&detail=" + "x" * 400
                                   + "&variant=1e3&keep_cv=maybe&company=%E2%82")
    assert out["fields"] == {"kind": "linkedin"}
    # The company's value is no UTF-8: named among the ignored, and the link said malformed.
    assert out["ignored"] == ["tone", "bogus", "detail", "variant", "keep_cv", "company", "channel"]
    assert out["error"]["code"] == "link_malformed"
    assert call("prefill", fragment="#top") == {"prefill": False, "fields": {}, "ignored": [], "error": None}


def test_links_round_trip_and_the_planner_uses_the_same_format():
    values = {**DEFAULTS, "kind": "thanks_feedback", "company": "Café & Thé; « Zoé »", "keep_cv": False,
              "feedback_topics": ["cv", "interview"], "variant": 2}
    link = call("link", fields=values, initial={**DEFAULTS, "kind": "thanks"})
    assert link.startswith("#kind=thanks_feedback&")
    assert " " not in link
    assert "&keep_cv=0" in link
    back = call("prefill", fragment=link)
    assert back["ignored"] == []
    assert {k: values[k] for k in back["fields"]} == back["fields"]
    assert set(back["fields"]) == {"kind", "company", "keep_cv", "feedback_topics", "variant"}
    planned = call("plan", refusal_date="2026-01-30", company="Acme", today="2026-02-01")["plan"]
    assert planned["steps"][1]["link"]["fragment"] == prefill.build({"kind": "feedback", "company": "Acme",
                                                                     "position": ""})
    assert compose({"kind": "thanks", **call("prefill", fragment=link)["fields"]})["ok"]
