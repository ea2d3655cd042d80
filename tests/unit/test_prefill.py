"""Reading a prefill link (issue 22): a size cap computed from the fields' limits, links at the
cap read whole, longer ones refused with a message in every language, malformed parts said."""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest

from rebond import locales, prefill
from rebond.api import handle
from rebond.fields import FIELDS, LANGS, TOPICS, VARIANTS


def call(fragment: str) -> dict:
    out = json.loads(handle(json.dumps({"op": "prefill", "args": {"fragment": fragment}})))
    assert out["ok"], out
    return out["result"]


def _longest_link() -> str:
    """Every field at its longest, written by hand from the fields' limits: a text field full of
    astral characters (4 bytes of UTF-8 each, 12 characters once percent-encoded), the longest
    value of each choice, every topic, a yes/no, the last wording."""
    parts = []
    for name, spec in FIELDS.items():
        if spec.get("format") == "email":  # an address: the widest one the field takes
            value = quote("😀" * (spec["max"] - len("@exemple.fr")) + "@exemple.fr", safe="")
        elif spec["type"] == "text":
            value = quote("😀" * spec["max"], safe="")
        elif spec["type"] == "choice":
            value = max((quote(v, safe="") for v in spec["values"]), key=len)
        elif spec["type"] == "list":
            value = quote(",".join(TOPICS), safe="")
        elif spec["type"] == "bool":
            value = "1"
        else:
            value = str(VARIANTS - 1)
        parts.append(f"{name}={value}")
    return "#" + "&".join(parts)


def test_the_cap_is_the_longest_link_the_fields_allow():
    link = _longest_link()
    assert prefill.longest() == len(link)
    # Far above a real draft, far below the audit's 1.6 MB.
    assert 20_000 < prefill.longest() < 40_000


def test_a_link_at_the_cap_is_read_whole():
    link = _longest_link()
    assert len(link) == prefill.longest()
    out = call(link)
    assert out["error"] is None
    assert out["ignored"] == []
    assert set(out["fields"]) == set(FIELDS)  # thanks_for_feedback has a linkedin_message
    assert out["fields"]["detail"] == "😀" * FIELDS["detail"]["max"]


def test_a_link_one_character_over_the_cap_is_refused_with_its_message():
    link = _longest_link()
    over = link[:-1] + "2" + link[-1]  # one more digit somewhere: one character too many
    assert len(over) == prefill.longest() + 1
    out = call(over)
    assert out == {"prefill": True, "fields": {}, "ignored": [], "error": {
        "code": "link_too_long", "message": {lang: locales.pack(lang).ui.UI["link_too_long"] for lang in LANGS}}}
    assert out["error"]["message"]["fr"] == ("Ce lien est trop long pour être un brouillon de Rebond\u00a0: rien n’a "
                                             "été prérempli. Ouvrez de nouveau le lien d’origine, ou remplissez le "
                                             "formulaire vous-même.")
    assert out["error"]["message"]["en"].startswith(
        "This link is too long to be a Rebond draft: nothing was filled in.")


def test_the_audits_link_is_refused_at_once():
    out = call("#" + "feedback_topics=cv&" * 90_000)  # 1.7 MB
    assert out["error"]["code"] == "link_too_long"
    assert out["fields"] == {}


def test_an_anchor_is_no_link_whatever_its_length():
    assert call("#" + "top" * 20_000) == {"prefill": False, "fields": {}, "ignored": [], "error": None}


@pytest.mark.parametrize(("fragment", "fields", "ignored", "code"), [
    ("#kind=thanks&company=Acme&", {"kind": "thanks", "company": "Acme"}, [], None),  # a trailing "&"
    ("#kind=thanks&&company=Acme", {"kind": "thanks", "company": "Acme"}, [], None),
    ("#kind=thanks&company", {"kind": "thanks"}, [], "link_malformed"),  # no "="
    ("#kind=thanks&=Acme", {"kind": "thanks"}, [], "link_malformed"),  # no name
    ("#kind=thanks&company=Ac%E9me", {"kind": "thanks"}, ["company"], "link_malformed"),  # Latin-1, not UTF-8
    ("#kind=thanks&comp%FFany=Acme", {"kind": "thanks"}, [], "link_malformed"),
    ("#=x&company", {}, [], "link_unreadable"),
    ("#company=%C3", {}, ["company"], "link_unreadable"),
    ("#kind=thanks&company=%zz", {"kind": "thanks", "company": "%zz"}, [], None),  # "%" kept as typed
])
def test_malformed_parts_are_left_out_and_said(fragment, fields, ignored, code):
    out = call(fragment)
    assert (out["fields"], out["ignored"]) == (fields, ignored)
    if code is None:
        assert out["error"] is None
        return
    assert out["error"]["code"] == code
    assert out["error"]["message"] == {lang: locales.pack(lang).ui.UI[code] for lang in LANGS}


def test_repeated_names_still_make_a_list_and_repeated_texts_are_refused():
    out = call("#kind=feedback" + "&feedback_topics=cv&feedback_topics=tests" * 500)
    assert out["fields"] == {"kind": "feedback", "feedback_topics": ["cv", "tests"]}
    assert out["ignored"] == []
    out = call("#kind=thanks&company=A&company=B")
    assert (out["fields"], out["ignored"], out["error"]) == ({"kind": "thanks"}, ["company"], None)
